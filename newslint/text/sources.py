"""Classifying the source noun phrase of an attribution.

``classify_source("Critics", True)`` is ``"vague"``; ``"a source at the club"``
is ``"anonymous"``; ``"the authority's annual report"`` is ``"document"``. The
kinds are described on :class:`newslint.text.attribution.Attribution`.
Separately, :func:`anonymity` grades an anonymous source: a bare "a source",
a described one, or one whose anonymity is explained.
"""
from __future__ import annotations

import functools
import re

from newslint.text.lazy_regex import lazy_compile

PRONOUNS = frozenset("he she they it we i you who which".split())
_PREPOSITIONS = frozenset("for at from in with".split())
_AUXILIARIES = frozenset("has had have will would also has been had been later then".split())
#: Heads of a group of unnamed people; "critics say", "Western diplomats said".
VAGUE_HEADS = frozenset("""critics experts analysts observers commentators people others many some most several
scientists researchers economists skeptics sceptics supporters opponents residents locals teachers doctors
engineers nurses parents farmers traders investors lawyers academics campaigners activists fans pundits
insiders diplomats historians scholars specialists professionals users consumers voters americans europeans
studies reports""".split())
#: Determiners and adjectives that do not identify anybody ("some", "Western", "former").
VAGUE_MODIFIERS = frozenset("""some many most several few numerous various other certain unnamed a an the two
three four five six seven eight nine ten dozens hundreds thousands senior former current independent leading
prominent top western eastern european foreign international local regional industry business party
government""".split())
#: Heads of documents and data: "the report", "figures", "a study".
DOCUMENT_HEADS = frozenset("""report reports study studies survey surveys poll polls data figures statistics
research analysis review records documents document filing filings statement release census audit inquiry
investigation memo letter website transcript findings estimates estimate forecast projections index""".split())
_BARE_DOCUMENTS = frozenset({"studies", "research", "reports", "surveys", "polls"})
_ANON_HEADS = frozenset({"source", "sources", "official", "officials", "insider", "insiders", "aide", "aides",
                         "person", "people", "diplomat", "diplomats"})
#: Heads that are anonymous without a description ("an official said"; not "people said").
_ANONYMOUS_ALONE = _ANON_HEADS - {"person", "people", "diplomat", "diplomats"}
_BARE_ANONYMOUS = lazy_compile(r"^(?:(?:a|one|another|some|two|three|several|multiple|the)\s+)?"
                               r"(?:sources?|officials|insiders?)$", re.IGNORECASE)
_DESCRIBED_ANONYMOUS = lazy_compile(
    r"\b(?:sources?|insiders?|aides?|(?:person|people|officials?|diplomats?|aides?)\s+(?:familiar|close|with\s+"
    r"knowledge|briefed|involved|who\s+(?:spoke|asked|declined|requested)))\b", re.IGNORECASE)
ANONYMITY_REASON = lazy_compile(
    r"\b(?:condition\s+of\s+anonymity|(?:asked|declined|requested)\s+not\s+to\s+be\s+(?:named|identified)|"
    r"not\s+authori[sz]ed\s+to\s+(?:speak|discuss|comment)|(?:speaking|spoke)\s+anonymously|"
    r"(?:because|as)\s+(?:he|she|they)\s+(?:was|were|is|are)\s+not\s+(?:authori[sz]ed|allowed|permitted))\b",
    re.IGNORECASE)
_VAGUE_DETERMINERS = frozenset("some many most several few numerous various".split())
_DEFINITE = frozenset("the his her their its our these those".split())
_WORD = lazy_compile(r"[\w’'.-]+")
_PROPER = lazy_compile(r"^(?:[A-Z][a-z’'-]+|[A-Z]{2,}|[A-Z][a-z]*[A-Z]\w*)")
#: Adjective endings: a capitalised first word with one is a description, not a name ("Political analysts say").
_ADJECTIVE = lazy_compile(r"(?:ical|ic|al|ary|ive|ous|ful|less|ent|ant|ish)$")
#: A dateline opening a story: "HARTWELL — ", "SAINT-REMY-SUR-LAC — ".
DATELINE = lazy_compile(r"[A-Z][A-Z .,'’-]+\s[—–-]\s")
_COMMON_WORDS = VAGUE_HEADS | VAGUE_MODIFIERS | DOCUMENT_HEADS | _ANON_HEADS | PRONOUNS | frozenset(
    "police authorities prosecutors investigators his her their its our".split())


#: Abbreviations whose full stop belongs to a source phrase that ends with them.
_ABBREVIATED_ENDINGS = (" Jr.", " Sr.", " Inc.", " Co.", " Ltd.")
#: Auxiliaries and adverbs that a source phrase read before its cue may end with: "officials have also (said)".
_TRAILING_AUXILIARIES = lazy_compile(r"(?:\s+(?:" + "|".join(sorted(_AUXILIARIES)) + r"))+\s*$", re.IGNORECASE)


def source_end(text: str, start: int, end: int) -> int:
    """Where the source phrase ``text[start:end]`` ends without trailing auxiliaries, adverbs or a full stop
    ("US officials have also" → "US officials", "reports." → "reports"): for highlighting it."""
    m = _TRAILING_AUXILIARIES.search(text, start, end)
    if m and m.start() > start:
        end = m.start()
    phrase = text[start:end]
    return end - 1 if phrase.endswith(".") and not phrase.endswith(_ABBREVIATED_ENDINGS) and end - 1 > start else end


def clean_source(source: str) -> str:
    """The source phrase without dateline, quotation marks and edge punctuation."""
    s = source.strip()
    m = DATELINE.match(s)
    s = s[m.end():] if m else s
    s = s.strip(" \t\n,;:\"“”‘’'()")
    return s[:-1] if s.endswith(".") and not s.endswith(_ABBREVIATED_ENDINGS) else s


@functools.lru_cache(maxsize=4096)  # sources recur: "he", "He", "the company", "Mr Blair"
def classify_source(source: str, sentence_initial: bool) -> str:
    """Classify a source noun phrase: named, role, pronoun, vague, anonymous, document or agentless."""
    s = clean_source(source)
    words = _WORD.findall(s)
    if not words:
        return "agentless"
    low = [w.lower().strip(".’'") for w in words]
    while len(low) > 1 and low[-1] in _AUXILIARIES:  # "The world number one had (said)"
        low.pop()
        words.pop()
    head = low[-1]
    if len(low) > 2 and low[0] in DOCUMENT_HEADS and low[1].endswith("ed"):
        head = low[0]  # "Figures released earlier this year (showed)"
    for i, w in enumerate(low[1:], 1):  # "a spokesman for her lawyers": the head comes before the preposition
        if w in _PREPOSITIONS or w == "of" and low[i - 1] in DOCUMENT_HEADS:  # "a survey of 900 owners"
            head = low[i - 1]
            break
    if head in PRONOUNS and not (len(words[-1]) > 1 and words[-1].isupper()):  # "he", "I (wrote)"; not "the WHO"
        return "pronoun"
    if _BARE_ANONYMOUS.match(s):
        return "anonymous"
    if _DESCRIBED_ANONYMOUS.search(s) or head in _ANONYMOUS_ALONE:
        return "anonymous"
    if head in DOCUMENT_HEADS:
        bare = len(low) == 1 or len(low) == 2 and low[0] in _VAGUE_DETERMINERS  # "studies", "some reports"
        return "vague" if bare and head in _BARE_DOCUMENTS else "document"
    # A capitalised first word of a sentence is no evidence of a name; vague modifiers ("Western") identify nobody.
    names = [w for i, (w, lw) in enumerate(zip(words, low))
             if "A" <= w[0] <= "Z" and _PROPER.match(w) and lw not in VAGUE_MODIFIERS
             and not (i == 0 and sentence_initial and (lw in _COMMON_WORDS or head in VAGUE_HEADS and _ADJECTIVE.search(lw)))]
    approximate = low[0] == "some" and len(low) > 1 and low[1][:1].isdigit()  # "Some 82% (said)": about 82%
    if _points_back(low):
        return "role"
    if head in VAGUE_HEADS or low[0] in _VAGUE_DETERMINERS and not approximate:
        if not names:
            return "vague"
    if names:
        return "named"
    # A description without a name or a vague head ("The organisers of the tournament") identifies somebody;
    # a long phrase here is more often a clause read as a subject than a weasel, so it is not called vague.
    return "role"


def _points_back(low: list[str]) -> bool:
    """Whether a short group phrase with a definite or possessive determiner points back to a group the story has
    identified ("the researchers", "her lawyers", "The campaigners"); "the majority of analysts" does not."""
    return len(low) <= 3 and low[0] in _DEFINITE and low[-1] in VAGUE_HEADS and "of" not in low


def anonymity(source: str, sentence_text: str) -> str:
    """Grade an anonymous source: ``bare``, ``described`` or ``explained`` (a reason is given)."""
    if ANONYMITY_REASON.search(sentence_text):
        return "explained"
    s = clean_source(source)
    return "bare" if _BARE_ANONYMOUS.match(s) else "described"
