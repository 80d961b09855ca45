"""Claim triggers: the parts of a sentence that make it need a source.

A :class:`ClaimFinder` is built from lexicons (the attribution plugin passes
its word lists) and finds, inside given text ranges:

* ``figure`` claims: money, percentages, proportions, measured quantities,
  and counts of contested things (people killed, homes built, drones fired)
  or approximate counts ("at least 14", "more than 200 paintings");
* ``judgement`` claims: evaluative words ("considerable damage",
  "unprecedented"), superlatives ("the most serious", "the largest") and
  "no painter was so…" comparisons;
* ``motive`` claims: intentions, motives and mental states ("in a bid to",
  "seeking to", "aimed at");
* ``prediction`` claims: "is expected to", "will likely", "the likely winner".
"""
from __future__ import annotations

import re
from typing import Iterable, Iterator, NamedTuple

from newslint.text.lazy_regex import lazy_compile
from newslint.text.lexicon import Lexicon, LexiconMatch
from newslint.text.numbers import find_figures
from newslint.text.sentences import capitalised_mid_sentence

#: Figure kinds that always need a source when stated in the writer's voice.
SOURCED_FIGURE_KINDS = frozenset({"money", "percent", "proportion", "measure"})

#: Approximators that mark a contested count whatever is counted ("at least 14", "as many as 200").
CONTESTED_APPROXIMATORS = frozenset({"at least", "as many as", "up to", "an estimated", "upwards of"})
#: Money amounts below 100 (without "m"/"bn"/"million") are prices, fares and fees, not contested sums.
_CURRENCY_PREFIX = r"^(?:[A-Z]*[$£€¥]\s?)?"
#: What may follow the digits of an amount with no magnitude word: "£40 million" is not a small amount.
_NO_MAGNITUDE_AFTER = r"(?:\s+(?!(?:hundred|thousand|million|billion|trillion)\b)[a-z]+)?$"
_SMALL_AMOUNT = lazy_compile(_CURRENCY_PREFIX + r"\d{1,2}(?:\.\d+)?(?:p\b)?" + _NO_MAGNITUDE_AFTER)
#: Evaluative superlatives count anywhere; measurable ones ("the biggest", "the fastest") only as records, through
#: the record-scope pattern below ("the biggest jump in a decade").
_SUPERLATIVE_WORDS = ("most", "greatest", "worst", "strongest", "weakest", "deadliest", "toughest", "costliest")
#: "the most deprived (communities)", "the most vulnerable" name a class, like "the poorest nations".
_SUPERLATIVE = lazy_compile(
    r"the\s+(?:(?:second|third|single|very)[\s-]+)?"
    r"(?:most\s+(?!recent\b|likely\b|of\b|part\b|common\b|senior\b|popular\b|famous\b|prominent\b|well\b|"
    r"time\b|deprived\b|vulnerable\b|disadvantaged\b|needy\b)[a-z]{4,}"
    rf"|{'|'.join(_SUPERLATIVE_WORDS[1:])})\b(?!-)")  # "the worst-affected", "the best-selling": compounds
#: Where the two patterns above can start (found in the shared lexicon scan, then read with the regexes).
_JUDGEMENT_STARTS = Lexicon([f"the {mid}{word}" for mid in ("", "second ", "third ", "single ", "very ", "second-",
                                                               "third-", "single-", "very-")
                             for word in _SUPERLATIVE_WORDS] + ["no"])
#: Words after a superlative that make it a record: "ever", "in living memory", "in its history", "in the world".
_RECORD_SCOPE_WORDS = (r"ever|yet|on\s+record|of\s+all\s+time|in\s+(?:living\s+)?memory|"
                       r"in\s+(?:(?:its|the|their|his|her|recent)\s+)?history|in\s+(?:a\s+)?(?:decades?|generation|"
                       r"century|years)|for\s+(?:decades|a\s+generation|a\s+century|years)|in\s+the\s+world")
#: Any "-est" superlative counts when its scope says it is a record: "the strictest rules ever", "the harshest winter
#: in living memory", "the biggest jump in a decade", "the highest since 1990" (listed superlatives count anywhere).
_MORPH_SUPERLATIVE = lazy_compile(
    r"\b[Tt]he\s+(?:(?:second|third|single|very)[\s-]+)?([a-z]{3,}est)\b(?!-)"
    rf"(?=(?:\s+[\w’'-]+){{0,5}}?\s+(?:{_RECORD_SCOPE_WORDS}|in\s+(?:a|\d+|[a-z]+)\s+(?:years?|decades?)|"
    r"since\s+(?:records|\d{4}|the)|on\s+the\s+planet)\b)")
#: "the most seats": "most" before a plural noun is a quantity, not an evaluation.
_PLAIN_NOUN = lazy_compile(r"\bmost\s+[a-z]+s(?<!ous)(?<!ss)(?<!is)$")
#: A size or wealth superlative before a plural noun names a class ("the poorest nations", "the biggest companies"),
#: unless its scope makes it a record ("the biggest losses in its history").
_CLASS_NOUN = lazy_compile(r"\s+[a-z]+s(?<!ss)(?<!ous)(?<!is)\b")
_RECORD_SCOPE = lazy_compile(rf"(?:\s+[\w’'-]+){{0,5}}?\s+(?:{_RECORD_SCOPE_WORDS})\b")


def _class_of(text: str, m: re.Match[str], r1: int) -> bool:
    """Whether a listed superlative (not "most …") names a class of things rather than ranking one."""
    return (" most " not in f" {m.group(0)} " and _CLASS_NOUN.match(text, m.end(), r1) is not None
            and not _RECORD_SCOPE.match(text, m.end(), r1))


_NOT_SUPERLATIVE = frozenset("""west midwest interest forest honest modest protest contest request conquest harvest
arrest inquest priest guest unrest test rest quest chest crest nest pest zest vest manifest behest tempest earnest
everest latest earliest""".split())
#: Superlatives of a measured quantity: among others ("one of the biggest bands in the world") they rank a plain
#: fact; evaluative ones ("one of the finest players ever") still judge.
_MEASURABLE = frozenset("""biggest largest smallest highest lowest fastest slowest oldest youngest longest shortest
tallest richest poorest busiest cheapest heaviest lightest deepest widest hottest coldest wettest driest closest
nearest""".split())
#: A plain "will" forecast with a duration or an outcome and no date: "the blaze will burn for at least another
#: week", "the next flood will come before the wall is built"; "will meet on April 2" is a schedule.
_WILL_FORECAST = lazy_compile(
    r"\bwill\s+(?:(?:now|also|then|not|still|soon|only|first)\s+)?+(?!(?:know|meet|hold|visit|open|travel|attend|vote|decide|announce|publish|host|sign|launch|start|begin|"
    r"close|hear|sit|appear|face|return|play|speak|address|chair|lead|join|present|release|unveil|debate|consider|"
    r"discuss|review|receive|be\s+held|take\s+place|be\s+published|be\s+announced)\b)[a-z]+"
    r"(?:\s+[\w’'-]+){0,4}?\s+(?:for\s+(?:at\s+least\s+)?(?:another|a\s+further|several\s+more|many\s+more|"
    r"months|years|decades|weeks)|before\s+(?:the|a|an|it|its|they|their|any|work|repairs)\b)")
_SCHEDULE = lazy_compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|tonight|"
                         r"scheduled|due\s+to|next\s+(?:week|month|year)|(?:January|February|March|April|May|June|July|"
                         r"August|September|October|November|December)\s+\d|\d{4}|\d{1,2}\s+(?:January|February|"
                         r"March|April|May|June|July|August|September|October|November|December))\b")
#: "is expected to begin in April", "is expected to go on sale in April", "is expected to be available later
#: this month": an event verb after "expected to", with a time in the sentence (below), is a schedule, not a forecast.
#: What an announcement will say ("is expected to announce a ban next week", "more cuts are expected to be announced on
#: Monday"), outcomes ("to open lower", "to start rising", "to meet its targets") and attendance ("About 120,000
#: people are expected to attend") are still forecasts.
_SCHEDULED_EVENT = lazy_compile(
    r"\s+(?:(?:begin|start)(?!\s+[a-z]+ing\b)|open(?!\s+(?:lower|higher|flat|down|up)\b)|resume|finish|"
    r"meet(?!\s+(?:its|their|the|his|her|a|an|all|any|demand|targets?|expectations)\b)|take\s+place|"
    r"go\s+on\s+sale|hold\s+(?:further\s+)?talks|give\s+(?:evidence|(?:its|his|her|their)\s+(?:verdict|ruling))|"
    r"make\s+(?:his|her|their|its)\s+debut|be\s+(?:held|heard|available|released|published|completed?|"
    r"launched|screened|broadcast|shown))\b")
_EVENT_TIME = lazy_compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|tomorrow|tonight|soon|January|February|March|"
    r"April|May|June|July|August|September|October|November|December|\d{4}|"
    r"(?:this|next|later\s+this|early\s+next|late\s+next)\s+(?:week|weekend|fortnight|month|year)|"
    r"end\s+of\s+(?:the|this|next)\s+(?:week|month|year)|before\s+the\s+(?:summer|spring|autumn|winter)|"
    r"in\s+(?:the\s+(?:next|coming)\s+)?(?:[\w-]+\s+)?(?:days|weeks|months))\b")
_RATE = lazy_compile(r"(?:\s+[\w-]+){1,2}\s+(?:a|an|per|each|every)\s+(?:second|minute|hour)\b")
_CONVERSION = lazy_compile(r"\s*[(;]\s*(?:about\s+|around\s+|approximately\s+|roughly\s+)?$")
_MAGNITUDES = frozenset("dozens hundreds thousands millions billions".split())
_RANK_AMONG = lazy_compile(r"\b(?:[Oo]ne\s+of|[Aa]mong|[Aa]mongst)\s+$")
_CLAUSE_END = lazy_compile(r"[;:.!?]|,\s+(?:but|while|although|and\s+(?:the|a|an|its|their|his|her))\b")
#: A money or percentage figure between a determiner and a noun describes a thing ("a $7,000 tale", "his 28.1%
#: shareholding") unless the noun is a measured quantity ("a 12% rise", "the £2bn cost").
_DETERMINER_BEFORE = lazy_compile(r"(?:\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Ii]ts|[Tt]heir)|\w['’]s)\s+(?:entire\s+|whole\s+|full\s+)?$")
_NOUN_AFTER = lazy_compile(r"(?:\s*\([^)]{1,20}\))?\s+(?:[a-z][\w-]*\s+)?([a-z][\w-]*)")
_QUANTITY_NOUNS = frozenset("""cost costs bill price value loss losses profit profits deficit surplus debt debts rise
fall increase decrease drop gain gains jump cut cuts decline growth rate surge slump share fine fines damage
damages shortfall turnover revenue revenues sales spending funding budget investment bonus pay payout rise
salary salaries fee fees tax windfall deal valuation write-off""".split())

_NAME_AFTER = lazy_compile(r" [A-Z][a-z]")
_UP_TO = lazy_compile(r"\bup\s+to\s+$")
#: "can hold up to 10,000 songs", "allowing up to 16 players", "offers up to 1,080 lines", "must submit up to 10,000
#: words": after a verb of capacity or permission, "up to" gives a capacity or a rule's limit, not a contested count
#: ("can cost up to 250% more" is a measured difference).
_CAPACITY_UP_TO = lazy_compile(r"\b(?:can(?!\s+(?:cost|be|rise|fall|reach|lose|save|earn|pay|add|cut|increase|"
                               r"reduce|grow)\b)|able\s+to|allow(?:s|ed|ing)?|let(?:s|ting)?|offer(?:s|ed|ing)?|"
                               r"hold(?:s|ing)?|must|accommodat(?:e|es|ing)|seat(?:s|ing)?|carry|carries|carrying)\b"
                               r"(?:\s+[\w’'-]+){0,4}?\s+up\s+to\s+$")
#: A count under ten, exact: "two white and five ethnic minority women" is seen, not counted by somebody.
_SMALL_EXACT = lazy_compile(r"(?:[2-9]|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine)$")


def _word_end(text: str, word: str, i: int, r1: int) -> int:
    """Where the counted ``word`` (lower case, found after ``i``) ends in ``text``."""
    m = re.compile(re.escape(word), re.IGNORECASE).search(text, i, r1)
    return m.end() if m else i


_FUNCTION_WORDS = frozenset("""of in to for from on at by with than and or which that who was were is are has had have
a an the""".split())


def _descriptive(text: str, fig) -> bool:
    if not _DETERMINER_BEFORE.search(text, max(0, fig.start - 14), fig.start):
        return False
    m = _NOUN_AFTER.match(text, fig.end)
    if not m:
        return False
    words = m.group(0).lower().split()
    return words[0] not in _FUNCTION_WORDS and not any(w in _QUANTITY_NOUNS for w in words)


#: "sold its insurance arm to Metlife for $11.5bn", "bought the unit for $9.3bn": the price of a completed sale is on the
#: record (a price after "for", a sale verb earlier in the clause).
_FOR_BEFORE = lazy_compile(r"\bfor\s+$")
_SALE_VERB = lazy_compile(r"\b(?:sold|sells|selling|bought|buys|buying|acquired|purchased)\b")


def _sale_price(text: str, fig, r0: int) -> bool:
    """Whether a sum of money is what something was sold or bought for, the sale verb in the same clause."""
    if fig.kind != "money" or not _FOR_BEFORE.search(text, max(r0, fig.start - 5), fig.start):
        return False
    return any(not _CLAUSE_END.search(text, m.end(), fig.start)
               for m in _SALE_VERB.finditer(text, max(r0, fig.start - 120), fig.start))


#: "the gadget, which costs $250", "a sofa priced £4,250", "each session will cost $150": a price tag under 10,000 is
#: a shop's or an office's price, not a sum somebody counted ("the film cost $42m", "schemes costing £885m").
_PRICE_VERB = lazy_compile(r"\b(?:costs|costing|will\s+cost|priced(?:\s+at)?|retails?\s+at)\s+"
                           r"(?:about\s+|around\s+|just\s+|only\s+|from\s+)?$")
_PRICE_AMOUNT = lazy_compile(_CURRENCY_PREFIX + r"(?:\d{1,4}|\d,\d{3})(?:\.\d+)?" + _NO_MAGNITUDE_AFTER)


def _price_tag(text: str, fig, r0: int) -> bool:
    """Whether a sum of money under 10,000 is what something costs to buy ("which costs $250")."""
    return bool(fig.kind == "money" and _PRICE_AMOUNT.match(fig.text)
                and _PRICE_VERB.search(text, max(r0, fig.start - 25), fig.start))


def _limit(text: str, fig, r0: int) -> bool:
    """Whether a figure after "up to" is a limit or a capacity: any sum of money ("fees of up to £3,000"), any figure
    after a verb of capacity or permission ("allowing up to 100% foreign ownership")."""
    return bool(_UP_TO.search(text, max(r0, fig.start - 8), fig.start)
                and (fig.kind == "money" or _CAPACITY_UP_TO.search(text, max(r0, fig.start - 60), fig.start)))


_DEFINITE = lazy_compile(r"\b(?:[Tt]he|[Tt]hese|[Tt]hose|[Bb]oth)\s+(?:(?:last|first|other|remaining|same)\s+)?$")
_GENERIC_YOU = lazy_compile(r"\byou\s+$", re.IGNORECASE)  # "you are likely to find": generic, not a forecast
#: An infinitive that completes a verb of telling or needing is what was asked, not a purpose: "users are being told
#: to avoid the site", "the side needs to avoid defeat".
_COMPLEMENT_VERB = lazy_compile(r"\b(?:told|urged|advised|asked|warned|encouraged|ordered|instructed|allowed|forced|"
                                r"able|need|needs|needed|had|has|have|want|wants|wanted|tried|try|trying|decided|hope|"
                                r"hopes|hoped|managed|failed|wish|wishes|help|helps|helped|struggling|struggled|struggle|battling|"
                                r"fighting|how|where|when)\s+(?:\w+\s+){0,2}$")


#: A motive that is a plan ("Blair will seek to reassure MPs"), is negated, hypothetical or a permission ("would not
#: seek to", "administrators can seek to"), or
#: describes an organisation in a relative clause ("firms who are seeking to promote", "an operation which was aimed
#: at") is a stated aim, not the writer's guess.
_STATED_AIM = lazy_compile(r"\b(?:will|would|can|could|may|might|not|who|which|that)\s+"
                           r"(?:(?:is|are|was|were|also|now|still)\s+)?$")
#: "a significant chunk of users", "a considerable number": a vague quantity, not an evaluation.
_VAGUE_QUANTITY = lazy_compile(r"\s+(?:number|numbers|chunk|proportion|amount|amounts|minority|majority|share|portion|"
                               r"percentage|sum|sums)\b")
#: Judgement words that are also nouns count only before the noun they judge: "a landmark ruling", not "the West
#: End landmark was decorated".
_NOUN_UNLESS_BEFORE_NOUN = frozenset({"landmark"})
#: Fixed terms that contain a judgement word but judge nothing: "an extraordinary general meeting".
_FIXED_TERM_AFTER = lazy_compile(r"\s+(?:general\s+meeting|(?:shareholders?['’]?\s+)?meeting|general\s+assembly)\b")
_NOUN_NEXT = lazy_compile(r"\s+(?!(?:is|was|are|were|has|had|have|will|would|and|or|in|of|on|at|to|for|which|that|"
                          r"with|by)\b)[a-z]")
#: "failed in an attempt to sue": the attempt is the event, not a motive; "is aimed at gamers" names a market, not
#: a purpose ("is aimed at cutting costs").
_FAILED_BEFORE = lazy_compile(r"\bfailed\s+$")
_GERUND = lazy_compile(r"\s+[a-z]+ing\b")
#: "They were scathing about the plans", "was critical of": the subject's own stance, reported.
_BE_BEFORE = lazy_compile(r"\b(?:is|are|was|were|been|be)\s+(?:also\s+|highly\s+|deeply\s+|openly\s+)?$")
_STANCE_AFTER = lazy_compile(r"\s+(?:about|of|towards?)\b")


_NONE_SO = lazy_compile(r"(?=[Nn]o\s)\b[Nn]o\s+(?:other\s+)?[a-z]+(?:\s+[a-z]+){0,5}\s+(?:was|is|has\s+been|had\s+been)\s+"
                        r"(?:so|as|more)\s+[a-z]+")


def _not_a_claim(kind: str, m: LexiconMatch, text: str, r0: int, r1: int) -> bool:
    """Whether a judgement, motive or prediction word in ``text[r0:r1]`` is used in a way that claims nothing."""
    if _GENERIC_YOU.search(text, max(r0, m.start - 12), m.start) or capitalised_mid_sentence(text, m.start, r0):
        return True  # "you are likely to find", "the retailer Crucial"
    if m.entry.startswith("to ") and _COMPLEMENT_VERB.search(text, max(r0, m.start - 40), m.start):
        return True  # "told to avoid", "needed fresh capital to avoid"
    if kind == "motive":
        return bool(_STATED_AIM.search(text, max(r0, m.start - 20), m.start)
                    or _FAILED_BEFORE.search(text, max(r0, m.start - 10), m.start)
                    or m.entry.endswith("aimed at") and not _GERUND.match(text, m.end, r1))
    if kind == "prediction":
        return bool(m.entry.endswith("expected to") and _SCHEDULED_EVENT.match(text, m.end, r1)
                    and _EVENT_TIME.search(text, r0, r1))  # "is expected to begin in April": a schedule
    if kind == "judgement":
        return bool(_STANCE_AFTER.match(text, m.end, r1) and _BE_BEFORE.search(text, max(r0, m.start - 20), m.start)
                    or _VAGUE_QUANTITY.match(text, m.end, r1) or _FIXED_TERM_AFTER.match(text, m.end, r1)
                    or m.entry.lower() in _NOUN_UNLESS_BEFORE_NOUN and not _NOUN_NEXT.match(text, m.end, r1))
    return False


class Claim(NamedTuple):
    """A claim trigger ``[start, end)`` of kind figure, judgement, motive or prediction."""

    kind: str
    start: int
    end: int
    text: str
    detail: str = ""  # for figures: money, percent, count, ...

    def label(self) -> str:
        """``"figure: 178 drones"``, ``"judgement: considerable"``."""
        return f"{self.kind}: {self.text}"


class ClaimFinder:
    """Finds claim triggers; build once per rule (it compiles its lexicons)."""

    def __init__(self, *, count_nouns: Iterable[str] = (), casualty_words: Iterable[str] = (),
                 judgements: Iterable[str] = (), motives: Iterable[str] = (), predictions: Iterable[str] = (),
                 figure_kinds: Iterable[str] = SOURCED_FIGURE_KINDS, superlatives: bool = True,
                 commitments: Iterable[str] = (), record_words: Iterable[str] = ()):
        self.count_nouns = frozenset(w.lower() for w in count_nouns)
        self.casualties = Lexicon(casualty_words)
        self.figure_kinds = frozenset(figure_kinds)
        self.superlatives = superlatives
        self.kinds: dict[str, str] = {}
        for kind, words in (("judgement", judgements), ("motive", motives), ("prediction", predictions)):
            for w in words:
                self.kinds.setdefault(" ".join(w.lower().split()), kind)
        self.lexicon = Lexicon(self.kinds)
        self.commitments = Lexicon(commitments)
        self.record_words = Lexicon(record_words)

    def figures(self, text: str, ranges: Iterable[tuple[int, int]]) -> list[Claim]:
        """Figures that need a source inside ``ranges`` of ``text``."""
        out: list[Claim] = []
        for r0, r1 in ranges:
            previous_end = r0
            for fig in find_figures(text, r0, r1):
                gap_start, previous_end = previous_end, fig.end
                if fig.kind not in self.figure_kinds and fig.kind != "count":
                    continue  # a year, a date, a score: never a claim, so not worth the checks below
                if (_CONVERSION.match(text, gap_start, fig.start) or fig.kind == "money" and _SMALL_AMOUNT.match(fig.text)
                        or self._own_terms(text, fig.start, r0) or self._on_record(text, fig, r0, r1)):
                    continue  # "$1.1bn (£568m)": the same amount converted
                if _limit(text, fig, r0) or _sale_price(text, fig, r0) or _price_tag(text, fig, r0):
                    continue  # "fees of up to £3,000 a year", "can hold up to 10,000 songs", "sold … for £9m"
                if fig.kind in ("money", "percent") and (_descriptive(text, fig) or _NAME_AFTER.match(text, fig.end)):
                    continue  # "his entire 59.5% stake", "host of 100% Homegrown"
                if fig.kind in self.figure_kinds:
                    out.append(Claim("figure", fig.start, fig.end, fig.text, fig.kind))
                elif fig.kind == "count" and not (_DEFINITE.search(text, max(r0, fig.start - 20), fig.start)
                                                  and not fig.approximate):  # "the two men": a reference
                    counted = self._counted(text, fig, r0, r1)
                    if counted is not None:
                        end = _word_end(text, counted, fig.end, r1) if counted else fig.end
                        out.append(Claim("figure", fig.start, end, text[fig.start:end], "count"))
        return out

    def _own_terms(self, text: str, i: int, r0: int) -> bool:
        """Whether the figure at ``i`` is part of what its clause's subject commits to or plans ("Marsh agreed
        to pay $850m", "plans for tax cuts worth £4bn"): the subject is its source."""
        lo = max(r0, i - 120)
        for m in self.commitments.finditer(text, lo, i):
            if not _CLAUSE_END.search(text, m.end, i):
                return True
        return False

    def _on_record(self, text: str, fig, r0: int, r1: int) -> bool:
        """Whether a record word shares the figure's clause: just before it ("a maximum fine of $32,500", "Mori
        interviewed 6,000 people", "who own 28.9% of the club") or just after it ("£82.7m in fines", "45,000
        people were surveyed"). Fines, bail, prizes, entitlements, holdings and survey samples are on the record."""
        for m in self.record_words.finditer(text, max(r0, fig.start - 80), fig.start):
            if not _CLAUSE_END.search(text, m.end, fig.start):
                return True
        after = min(r1, fig.end + 50)
        return any(not _CLAUSE_END.search(text, fig.end, m.start)
                   for m in self.record_words.finditer(text, fig.end, after))

    def _counted(self, text: str, fig, r0: int, r1: int) -> str | None:
        """What a count counts when it needs a source ("" when only the number matters), else None.

        A vague magnitude ("thousands of businesses") is background unless it counts casualties."""
        if _RATE.match(text, fig.end, r1):
            return None  # a machine's rate, not a count: "80 million operations a second"
        vague = fig.text.split()[-1].lower() in _MAGNITUDES
        # "five ethnic minority women", "six other unions": a small exact count or a reference to others
        plain = vague or fig.following[:1] == ("other",) or not fig.approximate and _SMALL_EXACT.match(fig.text)
        for word in () if plain else fig.following:
            if word in self.count_nouns:
                return word
        if fig.approximate.lower() in CONTESTED_APPROXIMATORS and fig.following and not vague:
            return fig.following[0]
        for m in self.casualties.finditer(text, max(r0, fig.start - 40), min(r1, fig.end + 40)):
            if m.end <= fig.start and m.text.lower() == "missing" or capitalised_mid_sentence(text, m.start, r0):
                continue  # "missing three tests" misses something, "Die Hard 2" is a title; "three people missing"
            between = text[m.end:fig.start] if m.end <= fig.start else text[fig.end:m.start]
            if not re.search(r"[;:.!?,]", between):  # same clause: "killing 12", "11 injured"; not "who died in
                # June, has seven nominations"
                return fig.following[-1] if fig.following else ""
        return None

    def judgements(self, text: str, ranges: Iterable[tuple[int, int]]) -> list[Claim]:
        """Evaluations, motives and predictions inside ``ranges`` of ``text``."""
        out: list[Claim] = []
        for r0, r1 in ranges:
            for m in self.lexicon.finditer(text, r0, r1):
                kind = self.kinds[" ".join(m.entry.lower().split())]
                if not _not_a_claim(kind, m, text, r0, r1):
                    out.append(Claim(kind, m.start, m.end, m.text))
            if self.superlatives:
                out.extend(Claim("judgement", m.start(), m.end(), m.group(0)) for m in self._superlatives(text, r0, r1))
            if "will " in text[r0:r1] and not _SCHEDULE.search(text, r0, r1):
                out.extend(Claim("prediction", m.start(), m.end(), m.group(0)) for m in _WILL_FORECAST.finditer(text, r0,
                                                                                                              r1))
        out.sort(key=lambda c: c.start)
        return out

    @staticmethod
    def _superlatives(text: str, r0: int, r1: int) -> Iterator[re.Match[str]]:
        listed = []
        for start in _JUDGEMENT_STARTS.finditer(text, r0, r1):
            m = (_NONE_SO if start.entry == "no" else _SUPERLATIVE).match(text, start.start, r1)
            if m and not (_RANK_AMONG.search(text, max(0, m.start() - 12), m.start()) and " most " not in m.group(0)
                          or _PLAIN_NOUN.search(m.group(0)) or start.entry != "no" and _class_of(text, m, r1)):
                listed.append(m.start())
                yield m  # "one of the biggest sitcoms" ranks among others: background, not a judgement
        if "est " in text[r0:r1]:
            for m in _MORPH_SUPERLATIVE.finditer(text, r0, r1):
                if m.group(1) not in _NOT_SUPERLATIVE and m.start() not in listed and not (
                        m.group(1) in _MEASURABLE and _RANK_AMONG.search(text, max(0, m.start() - 12), m.start())):
                    yield m  # "one of the lowest in the world" ranks a measured fact among others
