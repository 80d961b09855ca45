"""Numbers in news copy and what they measure.

:func:`find_figures` finds numbers written in digits or words ("178", "1.2bn",
"$40m", "nine", "tens of thousands") and classifies each: ``money``,
``percent``, ``proportion`` ("by a third"), ``measure`` (tonnes, megawatts),
``count`` (with the words that follow, to see what is counted), or one of the
kinds that never need a source: ``year``, ``decade``, ``date``, ``time``,
``age``, ``score``, ``ordinal``, ``duration``, ``distance``, ``spec`` ("15Mbps"), ``modifier``
("a 40-year history"), ``rate`` ("per 100 people"). It also records an approximator before the number
("at least", "more than", "about").
"""
from __future__ import annotations

import re
from typing import NamedTuple

from newslint.text.lazy_regex import lazy_compile
from newslint.text.lexicon import Lexicon

_SMALL = ("two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
          "seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety").split()
_LARGE = "dozens hundreds thousands millions billions".split()


def _cased(words: list[str]) -> str:
    """Alternation of lower-case and Capitalised forms: case-sensitive matching is several times faster."""
    return "|".join(words + [w.capitalize() for w in words])


_MULTIPLIER = r"(?:\s*(?:bn|m|k|tn)\b|\s+(?:hundred|thousand|million|billion|trillion)\b)"
# The lookahead lets the regex engine skip ahead to a currency sign or digit (several times faster).
_DIGITS = lazy_compile(
    rf"(?=[$£€¥\d])(?:(?P<cur>[$£€¥])\s?(?P<cnum>\d+(?:,\d{{3}})*(?:\.\d+)?)|(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?))"
    rf"(?P<mult>{_MULTIPLIER}(?:\s+(?:million|billion)\b)?)?", re.IGNORECASE)
#: Where a ``_DIGITS`` match can start. A pattern that opens with a character set is searched much faster than one
#: that opens with a lookahead, so ``_DIGITS`` is searched only from the first such character.
_DIGIT_OR_CURRENCY = lazy_compile(r"[$£€¥\d]")
# Numbers in words are found with a lexicon (one shared scan of the text), then read with this regex.
_WORDS = lazy_compile(
    rf"(?P<num>(?:{_cased(_SMALL)})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?"
    rf"|(?:(?:[Tt]ens|[Hh]undreds)\s+of\s+)?(?:{_cased(_LARGE)})|[Aa]\s+(?:dozen|hundred|thousand|million|billion))"
    rf"(?![\w-])(?P<mult>\s+(?:hundred|thousand|million|billion|trillion)\b)?")
_FRACTIONS = ("half", "third", "quarter", "fifth", "tenth")
_PROPORTIONS = frozenset([f"by {a}{f}" for f in _FRACTIONS for a in ("", "a ", "one ", "more than a ", "almost a ",
                                                                      "nearly a ")]
                         + ["halved", "doubled", "tripled", "trebled", "quadrupled"])
#: Numbers in words and proportions ("by a third", "doubled"), found in one lexicon scan.
_NUMBER_WORDS = Lexicon(_SMALL + _LARGE + [f"{a} of {b}" for a in ("tens", "hundreds") for b in _LARGE]
                        + [f"a {b}" for b in ("dozen", "hundred", "thousand", "million", "billion")]
                        + sorted(_PROPORTIONS))


_CURRENCY_AFTER = lazy_compile(
    r"\s*(?:(?:hundred|thousand|million|billion|trillion)\s+)?(?-i:euros?|pounds?|sterling|dollars?|pence|p\b(?!\.m)|"
    r"cents?|yen|yuan|rupees?|francs?|roubles?|rubles?|dinars?|kronor|krona|kroner|crowns?|pesos?|rand|won|"
    r"shekels?|lira)\b", re.IGNORECASE)
_PERCENT_AFTER = lazy_compile(r"\s?%|\s+(?:per\s?cent|percent|percentage\s+points?)\b", re.IGNORECASE)
_TIME_AFTER = lazy_compile(r"\s*(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|bst\b|hrs\b|:\d\d)", re.IGNORECASE)
_DURATION_AFTER = lazy_compile(
    r"\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|nights?|"
    r"seasons?|quarters?|times|generations?|terms?|innings|overs|laps|rounds|holes|sets|games|matches|goals?|"
    r"points?|runs?|wickets?|tries|strokes?|shots?|seeds?)\b", re.IGNORECASE)
_DISTANCE_AFTER = lazy_compile(
    r"\s*(?:km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|m\b|feet|ft|foot|yards?|inches|inch|cm|mm|mph|km/h|"
    r"kph|degrees?|°)\b", re.IGNORECASE)
_MEASURE_AFTER = lazy_compile(
    r"\s*(?:megawatts?|gigawatts?|kilowatts?|mw|gw|kw|tonnes?|tons?|barrels?|litres?|liters?|gallons?|hectares?|"
    r"acres?|kilo(?:gram)?s?|kg|square\s+(?:miles|kilomet(?:re|er)s|met(?:re|er)s|feet))\b", re.IGNORECASE)
_MONTHS = (r"jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|june?|july?|aug(?:ust|\.)?|"
           r"sept?(?:ember|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?")
# The patterns searched in the words before a number ("…$") open with a lookahead on the first characters their
# alternatives can start with: the search then skips the other positions quickly. A run of word characters before
# an apostrophe or a comma is possessive ("*+", "++"): giving characters back could never reach that mark.
_MONTH_BEFORE = lazy_compile(rf"(?=[adfjmnos])\b(?:{_MONTHS})\s*$", re.IGNORECASE)
_MONTH_AFTER = lazy_compile(rf"\s+(?:{_MONTHS})\b", re.IGNORECASE)
_AGE_BEFORE = lazy_compile(r"(?=[A-Zuo])(?:[A-Z][\w’'-]++,\s*|\b(?:under|over)-?)$")
_AGED = lazy_compile(r"(?=a)\b(?:aged|age\s+of)\s+$", re.IGNORECASE)
_AGE_AFTER = lazy_compile(r"(?:,|\s*-?\s*years?[\s-]old\b|-year-old|\)|\s+or\s+(?:over|older|younger))", re.IGNORECASE)
_ORDINAL = lazy_compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_GLUED_UNIT = lazy_compile(r"[A-Za-z]+\b")
_SCORE = lazy_compile(r"\s*[-–]\s*\d+\b")
_HYPHEN_COMPOUND = lazy_compile(r"-[A-Za-z]")
_BEFORE_IGNORED = lazy_compile(r"(?=[#/a-z])(?:\b(?:no|number|article|section|chapter|page|room|route|flight|platform|"
                               r"channel|radio|level|grade|class|phase|stage|division|league|top|version|"
                               r"series|world\s+war|windows|euro|schedule|table|figure|clause|rule|line|"
                               r"paragraph|item|district|ward|region|zone|area|tier|category|model)\.?|[#/]|"
                               r"[A-Z]\w*+['’]s)\s*$",
                               re.IGNORECASE)
#: Words before a count that make it approximate ("at least 14"); not after "no" ("no more than six").
_APPROXIMATORS = frozenset("""at least|more than|as many as|as much as|up to|nearly|almost|about|around|roughly|
approximately|some|over|an estimated|close to|upwards of|in excess of|fewer than|less than|just under|
just over""".replace("\n", "").split("|"))
_YEAR = lazy_compile(r"1[89]\d\d|20\d\d")
_YEARS_OLD = lazy_compile(r"\s*-?\s*years?[\s-]old\b|-year-old", re.IGNORECASE)
_FOLLOWING = lazy_compile(r"[\s-]*([A-Za-z][\w’'-]*)")
_STOP_WORDS = frozenset("""in of at to from and or the a an who which that were was are is have has had on for by
with as than but after before when since during into over under about per each this these those their its his
her our your my said says""".split())


class Figure(NamedTuple):
    """A number in a text, ``[start, end)`` including its currency or unit."""

    start: int
    end: int
    text: str
    kind: str
    following: tuple[str, ...] = ()
    approximate: str = ""


def find_figures(text: str, start: int = 0, end: int | None = None) -> list[Figure]:
    """Numbers in ``text[start:end]`` with their kinds (positions are in ``text``)."""
    end = len(text) if end is None else end
    figures: list[Figure] = []
    first = _DIGIT_OR_CURRENCY.search(text, start, end)  # most sentences have none: one quick scan
    matches = list(_DIGITS.finditer(text, first.start(), end)) if first else []
    for w in _NUMBER_WORDS.finditer(text, start, end):
        if w.entry in _PROPORTIONS:
            figures.append(Figure(w.start, w.end, w.text, "proportion"))
        else:
            m = _WORDS.match(text, w.start, end)
            if m:
                matches.append(m)
    for m in matches:
        if m.start() > 0 and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "-.,"):
            continue  # part of a name or code: "G8", "Iskander-M", "1.2.3"
        kind, stop = _kind(text, m, end)
        if kind == "count":
            figures.append(Figure(m.start(), stop, text[m.start():stop], kind, _following(text, stop, end),
                                  _approximator(text, start, m.start())))
        else:
            figures.append(Figure(m.start(), stop, text[m.start():stop], kind))
    figures.sort(key=lambda f: f.start)
    return figures


def _approximator(text: str, start: int, i: int) -> str:
    """The approximator ending just before ``i`` ("at least"), or ""."""
    lo = max(start, i - 40)
    if i <= lo or not text[i - 1].isspace():
        return ""
    words = text[lo:i].split()
    if lo > start and not text[lo - 1].isspace():
        words = words[1:]  # the window starts inside a word
    for k in (3, 2, 1):
        phrase = " ".join(words[-k:]).lstrip("(“\"‘'[")
        if len(words) >= k and phrase.lower() in _APPROXIMATORS:
            return "" if len(words) > k and words[-k - 1].lower() == "no" else phrase
    return ""


def _kind(text: str, m: re.Match[str], end: int) -> tuple[str, int]:
    """The kind of a number match and where its unit ends."""
    after = m.end()
    if m.re is _DIGITS.compiled and m.group("cur"):
        return "money", after
    num = m.group("num")
    cur = _CURRENCY_AFTER.match(text, after, end)
    if cur:
        return "money", cur.end()
    pct = _PERCENT_AFTER.match(text, after, end)
    if pct:
        return "percent", pct.end()
    if text.startswith("-", after) and not _SCORE.match(text, after, end):
        if _HYPHEN_COMPOUND.match(text, after, end):
            return "modifier", after  # "40-year", "three-year", "22-kilometre"
    if num[0].isdigit():
        if _ORDINAL.match(text, after, end):
            return "ordinal", after
        if _SCORE.match(text, after, end):
            return "score", _SCORE.match(text, after, end).end()
        if _TIME_AFTER.match(text, after, end):
            return "time", after
        if _YEAR.fullmatch(num) and not m.group("mult"):
            if text.startswith("s", after) or text.startswith("’s", after):
                return "decade", after + 1
            return "year", after
        glued = _GLUED_UNIT.match(text, after, end)
        if glued:
            return "spec", glued.end()  # "15Mbps", "256MB", "3GHz": a specification, not a count
        if _MONTH_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _MONTH_AFTER.match(text, after, end):
            return "date", after
        if _AGED.search(text, max(0, m.start() - 12), m.start()):
            return "age", after
        if "." not in num and "," not in num and (_AGE_BEFORE.search(text, max(0, m.start() - 30), m.start())
                                                  and _AGE_AFTER.match(text, after, end)):
            return "age", after
        if _BEFORE_IGNORED.search(text, max(0, m.start() - 20), m.start()):
            return "label", after
    if text[max(0, m.start() - 4):m.start()].lower() == "per ":
        return "rate", after  # "7.5 connections per 100 people"
    if _YEARS_OLD.match(text, after, end):
        return "age", after
    if _DURATION_AFTER.match(text, after, end):
        return "duration", after
    if _DISTANCE_AFTER.match(text, after, end):
        return "distance", after
    measure = _MEASURE_AFTER.match(text, after, end)
    if measure:
        return "measure", measure.end()
    return "count", after


def _following(text: str, i: int, end: int) -> tuple[str, ...]:
    """Up to four lowercased words after a count, stopping at punctuation or a function word."""
    out: list[str] = []
    if text.startswith(" of ", i):  # "dozens of people", "hundreds of homes"
        i += 3
    while len(out) < 4:
        m = _FOLLOWING.match(text, i, end)
        if not m:
            break
        word = m.group(1).lower()
        if word in _STOP_WORDS:
            break
        out.append(word)
        i = m.end()
    return tuple(out)
