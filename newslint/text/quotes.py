"""Direct-quotation detection: straight, curly and single quotes, across paragraphs.

Quotes are found per block. A block that opens a quote and never closes it
continues that quote into the next block when that block opens with a quote
mark again (the AP convention for multi-paragraph quotes).
"""
from __future__ import annotations

import re

from newslint.model import Quote
from newslint.text.lazy_regex import lazy_compile

_OPEN_DOUBLE = "“«„"
_CLOSE_DOUBLE = "”»"
_DOUBLE_CLOSER = lazy_compile(f"[{_CLOSE_DOUBLE}\"]")
#: Characters that may open a quote; the scan jumps from one to the next.
_OPENER = re.compile("[\"“«'‘]")
_WORD = re.compile(r"\w+(?:[’'-]\w+)*")


def quote_words(text: str, quote: Quote) -> int:
    """Number of words inside a quote."""
    return len(_WORD.findall(text, quote.inner_start, quote.inner_end))


def _is_opening_single(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([—–-\"“") and (after.isalnum() or after in "“\"")


def _is_closing_single(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    if before.isalpha() and after.isalpha():
        return False  # apostrophe: don't, it's
    return not before.isspace() and (after.isspace() or after in ".,;:!?)]—–-\"”")


def find_quotes(text: str, continued: bool = False) -> tuple[list[Quote], bool]:
    """Find direct quotations in one block of text.

    ``continued`` says the previous block left a quote open. Returns the quotes
    and whether this block leaves one open for the next block.
    """
    quotes: list[Quote] = []
    n = len(text)
    i = 0
    stripped = text.lstrip()
    lead = n - len(stripped)
    # A continued quote reopens with a quote mark; without one the quote ended.
    if continued and stripped[:1] in "\"“«'‘":
        close = _find_close(text, lead + 1, stripped[0])
        end = n if close is None else close + 1
        quotes.append(Quote(lead, end, lead + 1, close if close is not None else n,
                            continued=True, unclosed=close is None))
        if close is None:
            return quotes, True
        i = end
    while (m := _OPENER.search(text, i)) is not None:
        i = m.start()
        ch = text[i]
        if ch in "\"“«" or _is_opening_single(text, i):
            if ch == "\"" and i + 1 < n and text[i + 1].isspace() and i > 0 and text[i - 1].isdigit():
                i += 1  # inches: 6'2"
                continue
            close = _find_close(text, i + 1, ch)
            if close is None:
                quotes.append(Quote(i, n, i + 1, n, unclosed=True))
                return quotes, True
            inner_end = _reopens(text, close) if ch == "\"" else None
            if inner_end is not None:
                # 'He said: "One sentence. "Another."': a quote that runs on reopens without closing
                quotes.append(Quote(i, inner_end, i + 1, inner_end))
                i = close
                continue
            quotes.append(Quote(i, close + 1, i + 1, close))
            i = close + 1
        else:
            i += 1
    return quotes, False


def _reopens(text: str, j: int) -> int | None:
    """If the straight quote at ``j`` opens a new quoted sentence instead of closing one, the end of the
    quote before it (after its final punctuation); else None."""
    if not (0 < j < len(text) - 1 and text[j - 1].isspace() and text[j + 1].isalnum()):
        return None
    k = j - 1
    while k > 0 and text[k].isspace():
        k -= 1
    return k + 1 if text[k] in ".?!" else None


def _find_close(text: str, i: int, opener: str) -> int | None:
    n = len(text)
    if opener in "'‘":
        closers = "’'"
        while i < n:
            if text[i] in closers and _is_closing_single(text, i):
                return i
            if text[i] == "\n" and i + 1 < n and text[i + 1] == "\n":
                return None
            i += 1
        return None
    if opener == "\"":
        j = text.find("\"", i)
        return None if j == -1 else j
    m = _DOUBLE_CLOSER.search(text, i)  # one scan, not one per closer: linear over many quotes
    return m.start() if m else None
