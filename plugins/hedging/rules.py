"""The NL4xx rules: hedges in the writer's own voice, read from one shared scan."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import ClassVar

from newslint.model import Document, Severity
from newslint.rules import Rule, RuleContext
from newslint.selection import is_selected

from .legal import LABEL, REDUNDANT, ROUTINE, VICTIM
from .scan import Hedge, Scan, scanner_for

VOICE = "in the writer's own voice"
ATTRIBUTE = "Attribute it: who says so? Or, if it is established, state it plainly."
KIND_NAMES = {"modal": "modal hedge", "verb": "hedging verb", "adverb": "hedging adverb",
              "adjective": "hedging adjective"}
#: Suggestions for hedges that call for something more specific than "attribute it".
SPECIAL_SUGGESTIONS = {
    "reportedly": "Name who reported it (“…, the Daily Post reported”), or state it plainly if confirmed.",
    "so-called": "Say who calls it that, or drop “so-called” and use the name plainly.",
    "said to": "Name who says so, or state it plainly if confirmed.",
}
ALLEGED = {
    LABEL: ("“{h}” labels a person with an unproven crime {v}",
            "Name the person first and attribute the charge: “John Smith, who is charged with …”."),
    VICTIM: ("“{h}” casts doubt on the victim {v}",
             "Describe what is alleged instead (“the woman who says she was attacked”) and attribute it."),
    REDUNDANT: ("“{h}” doubles “accused of”, which already attributes the claim",
                "Drop “allegedly”."),
    ROUTINE: ("“{h}” qualifies something that is not a crime or a charge {v}",
              "Attribute it: who alleges it? Or, if it is established, state it plainly."),
}


class _HedgeRule(Rule):
    """Base of the NL4xx rules: they share one scanner (and one scan per document)."""

    kinds: ClassVar[frozenset[str]] = frozenset()

    def __init__(self, options, config):
        super().__init__(options, config)
        self.scanner = scanner_for(config)
        # Hedges in a stack are reported once, by NL405, unless that rule is switched off.
        self.report_stacked = not _selected(StackedHedge, config)

    def scan(self, document: Document) -> Scan:
        return self.scanner.scan(document, self.config)

    def check(self, document: Document, ctx: RuleContext) -> None:
        scan = self.scan(document)
        for h in scan.hedges:
            if h.kind in self.kinds and (self.report_stacked or not scan.stacked(h)):
                message, suggestion = self.describe(h)
                ctx.report_block(h.block, h.start, h.end, message, suggestion=suggestion)

    def describe(self, h: Hedge) -> tuple[str, str]:
        """Message and suggestion for one hedge."""
        return (f"{KIND_NAMES[h.kind].capitalize()} “{h.text}” {VOICE}: the claim is qualified but nobody "
                f"is named as unsure", SPECIAL_SUGGESTIONS.get(h.entry, ATTRIBUTE))


def _selected(rule: type[Rule], config) -> bool:
    try:
        return is_selected(rule.code, rule.name, rule.enabled_by_default, config.select, config.extend_select,
                           config.ignore)
    except AttributeError:
        return True


class ModalHedge(_HedgeRule):
    """## What it does
    Flags an epistemic modal — "may", "might", "could" — that qualifies a factual
    statement in the writer's own voice: "The collapse may have been caused by
    erosion", "The final bill could be higher".

    Not flagged: anything in a direct quotation or an attributed clause ("the
    union said the strike could last"), "May" the month or a surname, "might" the
    noun ("military might"), negated or past ability and perception ("could not",
    "could see", "could be seen", "she could swim" — but "prices could climb" is
    flagged), permission ("residents may apply for", "may not be laid off … under
    local law"), questions, and fixed phrases ("be that as it may", "might as
    well").

    ## Why is this bad?
    A modal in the reporter's voice says someone is unsure without saying who. If
    a source made the prediction, attribute it; if the reporter knows, state it.

    ## Example
    The final bill could be higher.

    Use instead: The final bill could be higher, the authority's finance director said.
    """

    code = "NL401"
    name = "modal-hedge"
    summary = "Epistemic modal (may/might/could) in the writer's own voice"
    kinds = frozenset({"modal"})


class HedgingVerb(_HedgeRule):
    """## What it does
    Flags a hedging verb in an epistemic frame in the writer's own voice: "appears
    to", "seems to", "it seems", "is believed to", "is thought to", "is said to",
    "is understood to", "tends to", a bare "appears"/"seems" before an adjective or
    participle ("The board appears divided"), and "suggests that" / "indicates
    that" when no person or source is the subject ("The timing suggests that …").

    Not flagged: other senses of the same verbs ("appeared in court", "tended to
    the wounded", "said to reporters", "The senator suggested that the vote be
    delayed"), and the agentless "it is believed that", which the attribution
    family reports as vague attribution.

    ## Why is this bad?
    "Is believed to" and "appears to" report a belief or an impression without
    saying whose it is, so the reader cannot judge it.

    ## Example
    The outbreak appears to have started at a football tournament.

    Use instead: The outbreak started at a football tournament, the health agency said.
    """

    code = "NL402"
    name = "hedging-verb"
    summary = "Hedging verb (appears to, is believed to, …) in the writer's own voice"
    kinds = frozenset({"verb"})


class HedgingWord(_HedgeRule):
    """## What it does
    Flags hedging adverbs and adjectives in the writer's own voice: "reportedly",
    "apparently", "possibly", "perhaps", "probably", "presumably", "seemingly",
    "arguably", "supposedly", "purportedly", "so-called", "likely", "possible", and
    "apparent", "supposed", "purported" before a noun ("an apparent attempt").

    Not flagged: quotations and titles in quotes ("Perhaps Tomorrow"), attributed
    clauses, "heir apparent", "supposed to", "as soon as possible", "if possible",
    "the best possible", "possible to" (feasibility), "likely voters", and
    comparisons such as "more likely to".

    ## Why is this bad?
    Each of these words says the writer is not sure, or that someone unnamed said
    so ("reportedly"). Name the source or state the fact.

    ## Example
    Two bidders reportedly withdrew before the tender closed.

    Use instead: Two bidders withdrew before the tender closed, the Hartwell Courier reported.
    """

    code = "NL403"
    name = "hedging-word"
    summary = "Hedging adverb or adjective (reportedly, perhaps, likely, …) in the writer's own voice"
    kinds = frozenset({"adverb", "adjective"})


class AllegedMisuse(_HedgeRule):
    """## What it does
    Flags "alleged" and "allegedly" where they are not the legally required use
    (AP style): a person labelled by a crime ("alleged arsonist Dana Cole"), an
    "alleged victim", "accused of allegedly", and "alleged" qualifying something
    that is no crime, with no charge, court or police in the paragraph ("an alleged
    error", "allegedly clashed with the board").

    Not flagged: "alleged" before a crime or offence ("the alleged fraud"),
    "allegedly" before a criminal act ("allegedly forged") or about a suspect in a
    paragraph with a charge, court or police, and "it is alleged that" (the
    attribution family's vague-attribution rule).

    ## Why is this bad?
    Used as a routine qualifier, "alleged" hedges the writer's own claim without
    saying who makes the allegation; used as a label before a name it prejudges
    the person.

    ## Example
    Alleged arsonist Dana Cole appeared in court on Monday.

    Use instead: Dana Cole, who is charged with arson, appeared in court on Monday.
    """

    code = "NL404"
    name = "alleged-misuse"
    summary = "“Alleged”/“allegedly” outside its legal use"
    kinds = frozenset({"alleged"})

    def describe(self, h: Hedge) -> tuple[str, str]:
        message, suggestion = ALLEGED[h.reason]
        return message.format(h=h.text, v=VOICE), suggestion


class StackedHedge(_HedgeRule):
    """## What it does
    Flags two or more hedges within a few words of each other in the writer's own
    voice: "could possibly", "may potentially", "appears to suggest", "will
    probably likely". The stack is reported once, here, not again by the rules of
    its parts (unless this rule is switched off).

    ## Why is this bad?
    A stacked hedge qualifies the same claim twice; it reads as evasive and says
    even less about who is unsure.

    ## Example
    The outbreak could potentially spread to neighbouring provinces.

    Use instead: The outbreak could spread to neighbouring provinces, the health ministry said.
    """

    code = "NL405"
    name = "stacked-hedge"
    summary = "Two or more hedges on one claim"

    def check(self, document: Document, ctx: RuleContext) -> None:
        for stack in self.scan(document).stacks:
            first, last = stack[0], stack[-1]
            words = " + ".join(f"“{h.text}”" for h in stack)
            ctx.report_block(first.block, first.start, last.end,
                             f"Stacked hedges {words} {VOICE}: one claim qualified {len(stack)} times",
                             suggestion="Keep at most one hedge and attribute it: who says so? "
                                        "Or, if it is established, state it plainly.")


@dataclass(frozen=True)
class DensityOptions:
    paragraph_threshold: int = field(default=3, metadata={
        "help": "Report a paragraph with at least this many hedges in the writer's voice."})
    document_threshold: int = field(default=8, metadata={
        "help": "Report a document with at least this many hedges in the writer's voice."})


class HedgeDensity(_HedgeRule):
    """## What it does
    Reports, for information, a paragraph or a whole draft with many hedges in the
    writer's own voice (by default three in a paragraph, eight in a draft). Each
    hedge is also reported by its own rule; this one shows where the copy is soft.

    ## Why is this bad?
    A paragraph of "reportedly", "appears to" and "possibly" tells the reader the
    desk has not established its facts; it usually needs sourcing, not rewording.

    ## Example
    Quillon's cloud division reportedly missed its targets. The shortfall possibly
    cost it 200 million dollars. Investors seem to have lost patience.
    """

    code = "NL406"
    name = "hedge-density"
    summary = "Many hedges in one paragraph or draft"
    default_severity = Severity.INFO
    Options = DensityOptions

    def check(self, document: Document, ctx: RuleContext) -> None:
        hedges = self.scan(document).hedges
        by_block: dict[int, list[Hedge]] = {}
        for h in hedges:
            by_block.setdefault(h.block.index, []).append(h)
        for group in by_block.values():
            if len(group) >= self.options.paragraph_threshold:
                block = group[0].block
                ctx.report_block(block, group[0].start, group[-1].end,
                                 f"{len(group)} hedges in one paragraph {VOICE}: {_listing(group)}",
                                 suggestion="Source the claims or state what is known plainly; keep a hedge "
                                            "only where the doubt is real and say whose it is.")
        if len(hedges) >= self.options.document_threshold:
            first = hedges[0]
            ctx.report_block(first.block, first.start, first.end,
                             f"{len(hedges)} hedges in this draft {VOICE}: {_listing(hedges)}",
                             suggestion="Check the sourcing of the whole draft: hedged claims need a named source.")


def _listing(hedges: list[Hedge]) -> str:
    return ", ".join(f"“{h.text}”" for h in hedges)


class Approximator(_HedgeRule):
    """## What it does
    Reports, for information, an approximator directly in front of a figure in the
    writer's own voice: "about 200", "some 5,000", "nearly a third", "up to 300".
    Off by default: approximate figures are normal news style; switch it on for
    desks that want every estimate sourced.

    ## Why is this bad?
    An approximate figure is an estimate, and an estimate has an author.

    ## Example
    About 150 people filled the chamber.

    Use instead: About 150 people filled the chamber, council staff said.
    """

    code = "NL407"
    name = "approximator"
    summary = "Approximator in front of a figure (off by default)"
    default_severity = Severity.INFO
    enabled_by_default = False

    def check(self, document: Document, ctx: RuleContext) -> None:
        for h in self.scanner.approximators(document, self.config):
            ctx.report_block(h.block, h.start, h.end, f"Approximate figure “{h.text}” {VOICE}",
                             suggestion="Give the exact figure, or attribute the estimate: who says so?")


RULES = [ModalHedge, HedgingVerb, HedgingWord, AllegedMisuse, StackedHedge, HedgeDensity, Approximator]
