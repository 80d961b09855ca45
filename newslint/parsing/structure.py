"""Document-level structure shared by all parsers: headline, roles, quotes, sentences."""
from __future__ import annotations

import re

from newslint.model import Block, BlockKind, Document, PROSE_KINDS, Sentence
from newslint.text.lazy_regex import lazy_compile
from newslint.text.quotes import find_quotes
from newslint.text.sentences import ends_sentence, split_sentences

PLAIN_TITLE_MAX_CHARS = 150
QUESTION_TITLE_MAX_CHARS = 90  # "Time to get tough on friendlies?" is a headline; a long question is a lede
HEADLINE_SEARCH_BLOCKS = 3
BYLINE = re.compile(r"^(?:By|BY|Written by|Reporting by)\s+[A-Z][\w.'’-]*(?:[\s,]+(?:and\s+)?[A-Z][\w.'’-]*){0,6}$")
_STRUCTURAL = frozenset({BlockKind.FRONT_MATTER, BlockKind.HTML, BlockKind.CODE})


def finish_document(doc: Document) -> Document:
    """Number blocks, find the headline and roles, then quotes and sentences."""
    content = [b for b in doc.blocks if b.kind not in _STRUCTURAL]
    _promote_plain_title(content)
    _assign_roles(doc, content)
    continued = False
    for i, block in enumerate(doc.blocks):
        block.index = i
        if block.kind in PROSE_KINDS:
            block.quotes, continued = find_quotes(block.text, continued)
            block.sentences = [Sentence(block, s, e, k) for k, (s, e) in enumerate(split_sentences(block.text))]
        elif block.kind is BlockKind.HEADING:
            continued = False
            block.sentences = [Sentence(block, 0, len(block.text), 0)] if block.text else []
        elif block.kind not in _STRUCTURAL:
            continued = False
    return doc


#: A title may trail off: "'My memories of Marley...'" (an ellipsis, not a full stop, perhaps inside quotes).
_TRAILING_ELLIPSIS = lazy_compile(r"(?:\.\.\.|…)[\"'”’]?\s*$")


def _promote_plain_title(content: list[Block]) -> None:
    """A first short line with no final punctuation (or a short question) is the headline of a plain draft."""
    if not content or any(b.kind is BlockKind.HEADING for b in content[:HEADLINE_SEARCH_BLOCKS]):
        return
    first = content[0]
    text = first.text
    question_title = text.endswith("?") and len(text) <= QUESTION_TITLE_MAX_CHARS and len(content) > 1
    trailing_off = _TRAILING_ELLIPSIS.search(text) is not None and len(content) > 1  # "'My memories of Marley...'"
    if (first.kind is BlockKind.PARAGRAPH and "\n" not in text and len(text) <= PLAIN_TITLE_MAX_CHARS
            and (question_title or trailing_off or not ends_sentence(text))
            and not BYLINE.match(text) and not text.endswith(":")):
        first.kind, first.markup, first.level = BlockKind.HEADING, "plain", 1


def _assign_roles(doc: Document, content: list[Block]) -> None:
    headline_at = next((i for i, b in enumerate(content[:HEADLINE_SEARCH_BLOCKS])
                        if b.kind is BlockKind.HEADING), None)
    if headline_at is None:
        doc.headline = None
    else:
        doc.headline = content[headline_at]
        doc.headline.role = "headline"
        for b in content[:headline_at]:
            b.role = "before-headline"
    for b in content:
        if b.role == "body" and b.kind is BlockKind.PARAGRAPH and BYLINE.match(b.text):
            b.role = "byline"
