"""NL303 vague-attribution, NL304 anonymous-source and NL305 unexplained-anonymity."""
from __future__ import annotations

from newslint.model import Block, Document, Severity
from newslint.rules import Rule, RuleContext
from newslint.text.lazy_regex import lazy_compile
from newslint.text.sources import anonymity, clean_source, source_end
from newslint.text.sourcing import SentenceSourcing, paragraph_sourcing

from newslint_plugins.attribution.scope import checked_blocks, checked_sentences, vague_sources


#: "Officials counted 200 postal ballots": a count as the object is something done, not said.
_COUNTING = frozenset({"counted", "recorded", "calculated"})
_DOING = lazy_compile(r"\s+(?:some\s+|about\s+|more\s+than\s+|nearly\s+|almost\s+)?\d")


class VagueAttribution(Rule):
    """## What it does
    Flags weasel attribution: a vague group as the source ("critics say",
    "some experts believe", "many believe", "Western diplomats said"), a
    passive that hides the speaker ("it is believed", "is said to", "is widely
    seen as") and frames such as "studies show".

    ## Why is this bad?
    It looks like sourcing but names nobody, so the reader cannot weigh the
    claim. Wikipedia's MOS:WEASEL and every wire style guide ask for the name.

    ## Example
    "Critics say the law will hurt small businesses." → "The Federation of
    Small Businesses said the law would hurt its members."
    """

    code = "NL303"
    name = "vague-attribution"
    summary = "Vague or hidden source (\"critics say\", \"it is believed\")"
    default_severity = Severity.WARNING

    def __init__(self, options, config):
        super().__init__(options, config)
        self.vague = vague_sources(config.word_list("attribution-vague-phrases"))

    def check(self, document: Document, ctx: RuleContext) -> None:
        for checked in checked_sentences(document, self.config, self.vague):
            weak = checked.weak
            if weak:
                ctx.report_block(checked.block, weak[0].start, weak[0].end,
                                 f"Vague attribution: \u201c{weak[0].text}\u201d names nobody",
                                 suggestion="Name who says this (which critics? which study?), or cut the claim.")


class _AnonymousRule(Rule):
    """Shared check: report anonymous sources of one grade."""

    grade = ""
    message = ""
    suggestion = ""

    def check(self, document: Document, ctx: RuleContext) -> None:
        for block in checked_blocks(document):
            for sourcing in paragraph_sourcing(document, block, self.config):
                self._report(ctx, block, sourcing)

    def _report(self, ctx: RuleContext, block: Block, sourcing: SentenceSourcing) -> None:
        sentence = sourcing.sentence
        for a in sourcing.attributions:
            if a.source_kind != "anonymous" or a.cue.lower() in _COUNTING and _DOING.match(block.text, a.cue_end):
                continue
            end = source_end(block.text, a.source_start, a.source_end)  # "officials have (said)" is bare too
            source = block.text[a.source_start:end]
            if anonymity(source, sentence.text) == self.grade:
                ctx.report_block(block, a.source_start, end, self.message.format(source=clean_source(source)),
                                 suggestion=self.suggestion)
                return


class AnonymousSource(_AnonymousRule):
    """## What it does
    Flags a bare anonymous source: "a source said", "sources say",
    "officials said" with nothing to say who they are.

    ## Why is this bad?
    AP: simply quoting "a source", unmodified, "is almost always prohibited".
    The reader gets no way to judge the source's position to know.

    ## Example
    "Sources say the chief executive will resign." → "Two board members, who
    spoke on condition of anonymity because the talks are private, said …"
    """

    code = "NL304"
    name = "anonymous-source"
    summary = "Bare anonymous source (\"a source said\")"
    default_severity = Severity.WARNING
    grade = "bare"
    message = "Bare anonymous source: \u201c{source}\u201d"
    suggestion = ("Name the source, or describe it as specifically as possible and say why anonymity was granted.")


class UnexplainedAnonymity(_AnonymousRule):
    """## What it does
    Notes a described but unnamed source ("a source at the club", "people
    familiar with the matter", "two Veldmark officials") when the story gives
    no reason for the anonymity. Not flagged when the reason is stated ("who
    spoke on condition of anonymity because they were not authorised to …").

    ## Why is this bad?
    AP and Reuters ask why a source was granted anonymity; WSJ calls "people
    familiar with" "an especially overused device". Advisory (info level).

    ## Example
    "People familiar with the matter said a sale was likely." → add "who
    asked not to be named because the talks are private".
    """

    code = "NL305"
    name = "unexplained-anonymity"
    summary = "Anonymous source with no reason for anonymity"
    default_severity = Severity.INFO
    grade = "described"
    message = "Anonymous source with no reason given: \u201c{source}\u201d"
    suggestion = "Say why the source was granted anonymity, or name them."
