"""Sentence splitting tuned for news copy.

A regex splitter rather than pysbd/syntok: those are 20-100x slower per
sentence and know nothing of newsroom abbreviations; newslint splits millions
of sentences in archive runs. Boundaries never fall after titles (Sen., Gov.,
Dr.), month abbreviations before a number, initials (J. K.), decimals, or
multi-dot abbreviations (U.S., a.m.) unless a typical sentence opener follows.
"""
from __future__ import annotations

import re

from newslint.text.lazy_regex import lazy_compile

# Titles and short forms that are never sentence-final in practice.
TITLE_ABBREVIATIONS = frozenset("""
mr mrs ms messrs dr prof sen sens rep reps gov lt col gen maj capt cmdr sgt cpl adm
st ste mt ft rev fr hon pres supt insp det atty amb brig
no nos vs v etc cf approx dept est fig
jan feb mar apr jun jul aug sep sept oct nov dec
inc corp ltd co bros assn jr sr
ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo
mont neb nev okla ore pa tenn tex va vt wash wis wyo
""".split())

# Words that, after an abbreviation like "U.S." or "a.m.", start a new sentence.
SENTENCE_OPENERS = frozenset("""
the a an he she it they we i you his her its their our this that these those there
but and yet so however meanwhile still then in on at after before when while if as
mr mrs ms police officials authorities
""".split())

# Matches start only at the beginning of a punctuation run (group 1) and never
# backtrack into it (possessive), so a long run of dots stays linear. The
# pattern opens with a character class, not a look-behind, so ``re`` can skip
# to the next punctuation mark without trying every position.
_BOUNDARY = re.compile(r"""([.!?…](?<![.!?…][.!?…])[.!?…]*+)[\"'”’)\]»]*+"""
                       r"""(?:(?=\s+[\"'“‘(\[«]*[A-Z0-9])|\s*$)""")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.'-]*)$")
_WORD_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.'-")
_NEXT_WORD = lazy_compile(r"\s+[\"'“‘(\[«]*([A-Za-z0-9]+)")


def _run_start(text: str, end: int) -> int:
    """Start of the run of word characters (``[A-Za-z.'-]``) ending at ``end`` (or before a newline there).

    ``_WORD_BEFORE`` can only match inside that run, so searching from it
    instead of from 0 gives the same match without rescanning the paragraph.
    """
    if end and text[end - 1] == "\n":
        end -= 1
    i = end
    while i and text[i - 1] in _WORD_CHARS:
        i -= 1
    return i


def _is_boundary(text: str, dot: int, after: int) -> bool:
    """Decide whether the punctuation at ``dot`` ends a sentence; the next word may start at ``after``."""
    if text[dot] != ".":
        return True
    m = _WORD_BEFORE.search(text, _run_start(text, dot), dot)
    if not m:
        return True
    word = m.group(1)
    lower = word.lower().rstrip(".")
    if "." in word.strip("."):
        # U.S., a.m., N.Y.: a boundary only when a sentence opener follows.
        return _opener_follows(text, after)
    if len(word) == 1 and word.isupper():
        return False  # an initial: "J. K. Rowling"
    if lower in TITLE_ABBREVIATIONS:
        if lower in {"no", "est", "fig", "etc", "inc", "corp", "ltd", "co", "jr", "sr", "bros"}:
            return _opener_follows(text, after)
        return False
    return True


def _opener_follows(text: str, after: int) -> bool:
    """Whether the word at ``after`` (after whitespace and opening quotes) is a typical sentence opener."""
    nm = _NEXT_WORD.match(text, after)
    return nm is not None and nm.group(1).lower() in SENTENCE_OPENERS


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return ``(start, end)`` ranges of the sentences in ``text`` (whitespace trimmed)."""
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if not _is_boundary(text, m.end(1) - 1, end):
            continue
        _append(text, start, end, spans)
        start = end
    if start < n:
        _append(text, start, n, spans)
    return spans


def _append(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


_FINAL = re.compile(r"""[.!?…]["'”’)\]»]*\s*$|["”’]\s*$""")


def ends_sentence(line: str) -> bool:
    """True when a line ends with sentence-final punctuation or a closing quote."""
    return bool(_FINAL.search(line))


#: Marks after which a capitalised word may open a sentence, a quotation, a parenthesis or an aside.
_OPENING_MARKS = frozenset(".!?…:\"“”‘'(—–-")


def capitalised_mid_sentence(text: str, i: int, start: int = 0) -> bool:
    """Whether the word at ``i`` is capitalised though it opens nothing, so it is most likely a name ("the shop
    Crucial shared the award", "Continental Research shows"): text since ``start`` comes before it, and the
    last of that text is no sentence end, colon, quotation mark, bracket or dash."""
    if not text[i:i + 1].isupper():
        return False
    before = text[start:i].rstrip()
    return bool(before) and before[-1] not in _OPENING_MARKS


#: A question or exclamation asserts nothing: "Why not give him an award for the greatest trousers!"
_QUESTION_END = lazy_compile(r"[?!][\s\"”’')]*$")
#: Nor does a condition: "If Fox chose the format, it would have a 47% share.", also after a connective: "But if
#: the talks fail, …", "However, unless …".
_CONDITION_START = lazy_compile(r"[\s\"“‘']*(?:(?:And|But|However|Yet|So|Now|Still|Even|Only),?\s+(?:if|unless|were)|"
                                r"If|Unless|Were)\b")


def asserts(text: str, start: int, end: int) -> bool:
    """Whether the sentence ``text[start:end]`` asserts anything: a question, an exclamation or a sentence that
    opens with a condition ("If …", "Unless …", "Were …", "But if …") does not."""
    return not (_CONDITION_START.match(text, start) or _QUESTION_END.search(text, start, end))
