"""Grammatical person: the words that show a text speaks as "I" or "we" (or to "you").

A paragraph or quote in the first person is somebody's own account: a quote's speaker, a column, a letter or
a reader's comment, not the reporter's news voice. The rules of several families ask this, so the forms and
the one way of matching them live here.
"""
from __future__ import annotations

import re
from typing import Iterable

from newslint.text.lazy_regex import LazyPattern, lazy_compile


def _contracted(words: Iterable[str], endings: Iterable[str]) -> frozenset[str]:
    """Each word, with and without each contraction ending ("we" → "we", "we're", "we've", …)."""
    return frozenset(word + end for word in words for end in ("", *endings))


def _capitalised(words: Iterable[str]) -> frozenset[str]:
    """Each word as written and with a capital initial (sentence-initial "We", "Our")."""
    return frozenset(w for word in words for w in (word, word[0].upper() + word[1:]))


#: First-person forms as written. "I" is always a capital; "me" and "us" count only in lower case ("Get Me Out of
#: Here", the US), and "mine" not at all (a copper mine).
FIRST_PERSON_FORMS = (_contracted(["I"], ["'m", "'ve", "'d", "'ll"])
                      | _capitalised(_contracted(["we"], ["'re", "'ve", "'d", "'ll"]))
                      | _capitalised(["my", "myself", "our", "ourselves"]) | {"me", "us"})
#: The first-person forms that mark narration (outside quotes) as somebody's own account. A capitalised "Our" or
#: "My" there is more often the outlet's own voice or a title: "Our correspondent says", "My Family".
NARRATIVE_FIRST_PERSON_FORMS = FIRST_PERSON_FORMS - {"Our", "My"}
#: Second-person forms as written: a column or a Q&A speaks to its reader.
SECOND_PERSON_FORMS = _capitalised(_contracted(["you"], ["'re", "'ve", "'d", "'ll"]) | {"your", "yours"})


def whole_words(forms: Iterable[str]) -> LazyPattern:
    """A pattern matching any of ``forms`` exactly as written (case-sensitive), as a whole word: no word
    character, apostrophe or hyphen before it, no word character or apostrophe after it. An apostrophe in a
    form also matches a typographic one ("we’re").

    The pattern opens with a look-ahead on the forms' first letters, which lets a search skip other positions
    quickly.
    """
    forms = sorted(set(forms), key=lambda w: (-len(w), w))  # longest first: "we're" before "we"
    firsts = "".join(sorted({w[0] for w in forms}))
    alternatives = "|".join(re.escape(w).replace("'", "['’]") for w in forms)
    return lazy_compile(rf"(?=[{firsts}])(?<![\w'’-])(?:{alternatives})(?![\w'’])")


#: A first-person word (in a quote: its speaker's own account).
FIRST_PERSON = whole_words(FIRST_PERSON_FORMS)
#: A first-person word in narration.
NARRATIVE_FIRST_PERSON = whole_words(NARRATIVE_FIRST_PERSON_FORMS)
