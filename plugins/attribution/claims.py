"""NL301 unattributed-figure and NL302 unattributed-judgement."""
from __future__ import annotations

from dataclasses import dataclass, field

from newslint.model import Document, Severity
from newslint.rules import Rule, RuleContext
from newslint.text.claims import SOURCED_FIGURE_KINDS, Claim, ClaimFinder
from newslint.text.lexicon import Lexicon

from newslint_plugins.attribution.scope import checked_sentences, vague_sources

FIGURE_ADVICE = {
    "money": "who gave this amount?",
    "percent": "whose statistic is this?",
    "proportion": "who measured this change?",
    "measure": "who measured this?",
    "count": "who counted?",
}
CLAIM_ADVICE = {
    "judgement": "attribute the assessment to whoever made it, or replace it with the facts behind it",
    "motive": "say who states this intention or motive, or report only what was done",
    "prediction": "say who expects this, or drop the prediction",
}


class _ClaimRule(Rule):
    """Shared machinery: find claim triggers in the writer's voice of unsourced sentences."""

    def __init__(self, options, config):
        super().__init__(options, config)
        words = config.word_list
        self.finder = ClaimFinder(
            count_nouns=words("attribution-count-nouns"), casualty_words=words("attribution-casualty-words"),
            judgements=words("attribution-judgements"), motives=words("attribution-motives"),
            predictions=words("attribution-predictions"), figure_kinds=self.figure_kinds(),
            superlatives=getattr(options, "superlatives", True), commitments=words("attribution-commitments"),
            record_words=words("attribution-record-words"))
        self.vague = vague_sources(words("attribution-vague-phrases"))

    def figure_kinds(self) -> frozenset[str]:
        return SOURCED_FIGURE_KINDS

    def claims(self, text: str, ranges: list[tuple[int, int]]) -> list[Claim]:
        raise NotImplementedError

    def message(self, claims: list[Claim]) -> tuple[str, str]:
        raise NotImplementedError

    def check(self, document: Document, ctx: RuleContext) -> None:
        for checked in checked_sentences(document, self.config, self.vague):
            if checked.sourcing.sourced or checked.weak:
                continue  # attributed (in the sentence or carried over), or vaguely (NL303 reports that)
            sentence = checked.sourcing.sentence
            claims = self.claims(checked.block.text, [(sentence.start, sentence.end)])
            if claims and checked.asserts:  # only then are its mood and the writer's voice worth working out
                claims = [c for c in claims if any(r0 <= c.start and c.end <= r1 for r0, r1 in checked.voice)]
                if claims:
                    message, suggestion = self.message(claims)
                    ctx.report_block(checked.block, claims[0].start, claims[0].end, message,
                                     suggestion=suggestion)


def _labels(claims: list[Claim]) -> str:
    labels = list(dict.fromkeys(c.label() for c in claims))
    more = f" (+{len(labels) - 3} more)" if len(labels) > 3 else ""
    return "; ".join(labels[:3]) + more


@dataclass(frozen=True)
class FigureOptions:
    figure_kinds: tuple[str, ...] = field(default=("money", "percent", "proportion", "measure", "count"), metadata={
        "help": "Kinds of figure that need a source: money, percent, proportion, measure, count (counts of the "
                "things in the attribution-count-nouns list, approximate counts and casualty counts)."})


class UnattributedFigure(_ClaimRule):
    """## What it does
    Flags a figure stated in the writer's own voice with no source in the
    sentence: money, percentages, proportions, measured quantities, and counts
    of casualties, arrests, weapons, homes or jobs (or any approximate count,
    "at least 14", "more than 200"). Dates, ages, times, scores, durations,
    distances and ordinals are not figures. A sentence that continues an
    attributed one ("He added…", "They…") counts as attributed.

    ## Why is this bad?
    A reporter rarely counts casualties or money personally. AP attributes
    "any disputable facts that were not witnessed, gathered or confirmed on
    our own", in the same sentence.

    ## Example
    "Russia launched 178 drones overnight." → "Russia launched 178 drones
    overnight, Ukraine's air force said."
    """

    code = "NL301"
    name = "unattributed-figure"
    summary = "Figure with no source"
    default_severity = Severity.WARNING
    Options = FigureOptions

    def figure_kinds(self) -> frozenset[str]:
        return frozenset(self.options.figure_kinds) - {"count"}

    def __init__(self, options, config):
        super().__init__(options, config)
        self.markets = Lexicon(config.word_list("attribution-market-words"))

    def claims(self, text, ranges):
        found = self.finder.figures(text, ranges)
        if "count" not in self.options.figure_kinds:
            found = [c for c in found if c.detail != "count"]
        return [c for c in found if not (c.detail in ("percent", "money") and self._market_move(text, c))]

    def _market_move(self, text: str, claim: Claim) -> bool:
        """A price or index move ("shares rose 4%", earlier in the paragraph too; "lost 80% of its stock value"):
        markets copy, not a claim."""
        return self.markets.search(text, max(0, claim.start - 300), min(len(text), claim.end + 30)) is not None

    def message(self, claims):
        advice = FIGURE_ADVICE.get(claims[0].detail, "who gave this figure?")
        return (f"Unattributed {_labels(claims)}",
                f"Name the source of the figure ({advice}): add \u201c, the ministry said\u201d or "
                "\u201caccording to …\u201d, or cut it.")


@dataclass(frozen=True)
class JudgementOptions:
    kinds: tuple[str, ...] = field(default=("judgement", "motive", "prediction"), metadata={
        "help": "Claim kinds to flag: judgement (evaluative words, superlatives), motive (intentions, motives, "
                "mental states) and prediction."})
    superlatives: bool = field(default=True, metadata={
        "help": "Treat superlatives (\"the most serious\", \"the largest\") as judgements."})


class UnattributedJudgement(_ClaimRule):
    """## What it does
    Flags an evaluation ("considerable damage", "unprecedented", "remains
    fluid", "the most serious"), a motive or intention ("in a bid to",
    "seeking to", "aimed at") or a prediction ("is expected to", "will
    likely") in the writer's own voice with nobody named as holding it.

    ## Why is this bad?
    Judgements, motives and forecasts are opinions: in news copy they belong
    to a named source. Unsourced, they read as the outlet's own view.

    ## Example
    "The attack caused considerable damage." → "The attack caused
    considerable damage, the regional governor said."
    """

    code = "NL302"
    name = "unattributed-judgement"
    summary = "Judgement, motive or prediction with no source"
    default_severity = Severity.WARNING
    Options = JudgementOptions

    def claims(self, text, ranges):
        return [c for c in self.finder.judgements(text, ranges) if c.kind in self.options.kinds]

    def message(self, claims):
        advice = CLAIM_ADVICE[claims[0].kind]
        return f"Unattributed {_labels(claims)}", f"Name the source: {advice}."
