"""NL105 repeated-word."""
from __future__ import annotations

import re

from newslint.model import BlockKind, Document, Edit, Fix, Severity
from newslint.rules import Rule, RuleContext

from newslint_plugins.duplicates.units import paragraph_units

WORD_LIST = "allowed-doubled-words"
#: Words that may correctly stand twice in a row: grammatical doubles ("he had had enough",
#: "that that", "add to this this law"), a particle before a preposition ("placed in in the
#: past", "waiting for for years"), and emphatic doubles in speech ("really really", "no no").
ALLOWED_DOUBLED_WORDS = ("had", "that", "this", "in", "on", "for", "up", "out", "very", "really", "no",
                         "so", "yes", "bye", "ha", "well", "now", "there")
# A word, whitespace (a line break included), the same word again; letters only, any case.
_DOUBLED = re.compile(r"(?<![\w'’-])([^\W\d_]+)(\s+)(\1)(?![\w'’-])", re.IGNORECASE)


class RepeatedWord(Rule):
    """## What it does
    Flags a word typed twice in a row ("the the", "to to"), also when the two
    copies sit on either side of a line break. Grammatical doubles ("had had",
    "that that") are allowed through the shared word list
    `allowed-doubled-words`; a repeat whose second copy is capitalised
    ("Duran Duran", "Walla Walla") is taken for a name; punctuation between the
    words ("very, very"; "that. That") is not a repeat.

    ## Why is this bad?
    The eye skips the second word, so doubled words survive proofreading and
    reach print.

    ## Example
    `Volunteers helped in the the parish hall.` Use instead: `in the parish hall`.
    """

    code = "NL105"
    name = "repeated-word"
    summary = "The same word twice in a row"
    default_severity = Severity.WARNING

    def __init__(self, options, config):
        super().__init__(options, config)
        self.allowed = frozenset(w.casefold() for w in config.word_list(WORD_LIST))

    def check(self, document: Document, ctx: RuleContext) -> None:
        clean = {u.block.index for u in paragraph_units(document) if not u.doubled_word}
        for block in document.blocks:
            if not (block.is_prose or block.kind is BlockKind.HEADING) or block.index in clean:
                continue
            for m in _DOUBLED.finditer(block.text):
                word, second = m.group(1), m.group(3)
                if word.casefold() in self.allowed or second[0].isupper():
                    continue
                start, end = block.source_range(m.start(1), m.end(3))
                cut = block.source_range(m.start(2), m.end(3))
                fix = Fix(f"Delete the second '{second}'", (Edit(cut[0], cut[1], ""),))
                ctx.report(start, end, f"Word '{word}' is repeated", suggestion=f"Delete the second '{second}'.",
                           fix=fix if cut[1] - cut[0] == m.end(3) - m.start(2) else None)
