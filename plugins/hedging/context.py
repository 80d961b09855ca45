"""Context rules: is this use of a hedge word a hedge?

Each judge looks at a few words around one lexicon match inside its sentence
and returns the span to report (block-text coordinates, sometimes widened to
the verb the hedge qualifies: "may have been") or None. The judges never
look beyond the sentence, so they cost a handful of regex steps per match.
"""
from __future__ import annotations

import re
from typing import Mapping, NamedTuple, Sequence

from newslint.text.lazy_regex import lazy_compile
from newslint.text.lexicon import Lexicon

_TOKEN = lazy_compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d[\d,.]*|[^\w\s]")
_WORDS_BEFORE = lazy_compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|[^\w\s]")

Span = tuple[int, int]


class Candidate(NamedTuple):
    """A lexicon match in the sentence ``[s0, s1)`` of a block's ``text``."""

    text: str
    start: int
    end: int
    entry: str  # the casefolded list entry
    s0: int
    s1: int

    def after(self, n: int = 4, pos: int | None = None) -> list[re.Match[str]]:
        """Up to ``n`` tokens (words, numbers, punctuation) after the match, inside the sentence."""
        found = []
        for m in _TOKEN.finditer(self.text, self.end if pos is None else pos, self.s1):
            found.append(m)
            if len(found) == n:
                break
        return found

    def before(self, n: int = 3) -> list[str]:
        """Up to ``n`` casefolded tokens before the match, inside the sentence, nearest last."""
        return [t.casefold() for t in _WORDS_BEFORE.findall(self.text, max(self.s0, self.start - 60), self.start)][-n:]

    @property
    def sentence(self) -> str:
        return self.text[self.s0:self.s1]


ADVERB_FILLERS = frozenset("""also still even yet soon later now then already just ever eventually well not never only
therefore thus in turn""".split())
NEGATIONS = frozenset({"not", "never", "hardly", "barely", "scarcely"})
#: Verbs ending in -ly, so an -ly word after a modal is not always an adverb.
LY_VERBS = frozenset("apply rely reply supply fly multiply comply imply ally rally tally bully sully".split())
#: Words that cannot follow a modal verb: the match is a noun ("military might") or the month.
NOT_AFTER_MODAL = frozenset("""of and or is was are were has had in on at with from for to that which but than the
a an his her its their this these those""".split())
NOUN_BEFORE_MIGHT = frozenset("""the its his her their our my your all full sheer military economic naval financial
industrial attacking nuclear air corporate whose with of""".split())
#: Words after "X to" that show "to" is a preposition ("tended to the wounded", "said to reporters").
NOT_VERB_AFTER_TO = frozenset("""the a an his her its their our my your this that these those him them us me it
elderly people patients reporters journalists police""".split())
BE_FORMS = frozenset("is are was were be been being am 's ’s".split())
BECOME_FORMS = BE_FORMS | frozenset("became become becomes becoming seem seems seemed seeming heir heirs".split())
PRONOUN_SUBJECTS = frozenset("he she they we i you it who".split())
DETERMINERS = frozenset("the these those its his her their our my your all both".split())
#: After a bare "appears"/"seems": words that qualify the adjective ("seems very likely").
DEGREE_WORDS = frozenset("more less very increasingly so too rather quite fairly somewhat almost far most".split())
#: Adjectives after "appears"/"seems" that no suffix gives away; the suffixes catch participles and the rest.
PREDICATIVE_ADJECTIVES = frozenset("""certain sure set keen ready unlikely close open poised clear unclear safe
secure weak strong firm slim remote bleak doomed eager odd strange true false fine wrong calm tense quiet happy
upbeat intact split shut hurt upset lost torn stuck caught bound built spent""".split())
ADJECTIVE_SUFFIXES = ("ed", "en", "ous", "ful", "ive", "able", "ible", "ant", "ent", "ic", "less", "al")
#: Words with those suffixes that are no adjective after "appeared" ("appeared several times"), and hedge
#: adjectives, reported on their own ("seems likely" is one hedge, "likely").
NOT_PREDICATIVE = frozenset("""several eleven seventeen children women heaven garden kitchen festival
arrival likely possible probable""".split())
PREPOSITIONS = frozenset("""to that of in for by with and or but at on as from when than because since after
before about over into towards toward against regarding concerning around""".split())
NUMBER_WORDS = frozenset("""one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty
forty fifty sixty seventy eighty ninety hundred hundreds thousand thousands million millions billion billions
dozen dozens half third quarter fifth tenth score""".split())
_CURRENCY = lazy_compile(r"[$£€¥]\s?\d")
_PASSIVE_BEFORE = lazy_compile(
    r"\b(?:is|are|was|were|be|been|being|am)\s+(?:(?:widely|generally|also|still|now|not|often|long|commonly|"
    r"locally|privately|already|once)\s+){0,2}$|['’]s\s+$", re.IGNORECASE)
#: Past ability in a subordinate clause: "so that they could", "all they could", "before he could".
_SUBORDINATE_BEFORE = lazy_compile(
    r"(?:\b(?:so(?:\s+that)?|than|before|until|till|whenever|wherever|if|who|whom)\s+(?:[\w’'\"“”-]+\s+){0,6}|"
    r"\b(?:what|whatever|all|everything|anything|best)\s+(?:[\w’'-]+\s+){1,2})$", re.IGNORECASE)
#: No assertion: an embedded question ("how the technology could be used", "whether it may") or a
#: comparison ("as responsive as they might be").
_QUESTION_BEFORE = lazy_compile(r"(?:\b(?:how|whether|why)\s+(?:[\w’'-]+\s+){0,6}|\bas\s+(?:[\w’'-]+\s+){0,2})$",
                                re.IGNORECASE)
#: A free relative or embedded question with "what": "reveal what could happen if…", "suggest what the
#: government might do". With a copula it characterises and stays a hedge: "what could be the decider".
_WHAT_BEFORE = lazy_compile(r"\bwhat\s+(?:[\w’'-]+\s+){0,3}$", re.IGNORECASE)
COPULAS = frozenset("be become prove amount turn mean remain".split())
#: A round of a competition: "could meet Agassi in the quarter-finals" is what the draw allows, not a doubt.
_DRAW_ROUND = lazy_compile(
    r"\bin\s+the\s+(?:(?:quarter|semi)-?finals?|finals?(?!\s+[a-z])|last\s+(?:eight|four|sixteen|16|32)|"
    r"(?:first|second|third|fourth|fifth|next)\s+round|knock-?out\s+(?:stages?|rounds?))\b", re.IGNORECASE)
DRAW_VERBS = frozenset("meet face play encounter".split())
_DRAWN_AGAINST = lazy_compile(r"be\s+drawn\s+(?:against|with)\b", re.IGNORECASE)
#: After "could/might have done": what happened instead, so the modal is a missed chance, not a doubt
#: ("might have scored, only to be tackled", "could have won it but frustratingly shot wide", "might have
#: added a third two minutes later when…").
_WHAT_HAPPENED_INSTEAD = lazy_compile(
    r"\bonly\s+to\b|\bbut\s+(?:[a-z]+ly\s+)?[a-z]+ed\b|\b(?:later|late\s+on|early\s+on)\s+when\b", re.IGNORECASE)
#: Concession, not doubt: "France may have won, but they were dull", "While he may not be ready, …".
_CONCESSION_AFTER = lazy_compile(r"\bbut\b", re.IGNORECASE)
_CONCESSION_BEFORE = lazy_compile(r"\b(?:while|whilst|although|though)\s+(?:[\w’'-]+\s+){0,6}$|"
                                   r"^\W*(?:while|whilst|although|though)\b[^,;:]*$", re.IGNORECASE)
#: A negative subject: "No amount of money could replace…", "nothing could".
_NEGATIVE_SUBJECT = lazy_compile(r"\b(?:no|nothing|nobody|none|neither|nor|no-one|not\s+even|(?<!\ba\s)few)\s+"
                                 r"(?:[\w’'-]+\s+){0,3}$|\bnor\s+$",
                                 re.IGNORECASE)
_PERMISSION_MARKER = lazy_compile(
    r"\bunder\s+(?:[\w’'-]+\s+){0,3}(?:laws?|bylaws?|by-laws?|ordinance|licen[cs]e|contract|policy|rules|"
    r"regulations|legislation|act|scheme|terms|guidelines|code|plans|"
    r"proposals|reforms|changes|measures|overhaul|bill|deal|agreement)\b|"
    r"\bif\s+(?:\w+\s+){0,4}(?:convicted|found\s+(?:guilty|liable|in\s+contempt)|upheld)\b|"
    r"\b(?:break|breaks|breaking|broke|flout|flouts|flouting|breach|breaches|breaching|violate|violates|"
    r"violating)\s+(?:[\w’'-]+\s+){0,3}(?:rules?|laws?|regulations|code|order|ban)\b|"
    r"\b(?:fined|jailed|banned|suspended|sentenced|imprisoned|charge|fine|impose)\b[^.;]*\bup\s+to\b|"
    r"\b(?:fines|penalties|sentences|bans)\s+of\s+up\s+to\b|\bfail(?:s|ed|ure)?\s+to\s+comply\b|\bmust\b|"
    r"\bfree\s+of\s+charge\b|\bwithout\s+(?:prior\s+)?(?:permission|consent|consultation|approval|"
    r"a\s+licen[cs]e|a\s+permit|a\s+visa)\b|\b(?:are|is)\s+(?:allowed|permitted|entitled|eligible)\b", re.IGNORECASE)
#: An eligible group opening the sentence: "Passengers who hold passes may…", "Visitors under 18 may…".
_ELIGIBLE_GROUP = lazy_compile(
    r"(?:(?:the|all|local|eligible|most|many|some|its|their)\s+)?(?:[\w’'-]+\s+)?(?:residents|passengers|visitors|"
    r"customers|parents|students|pupils|members|tenants|households|applicants|patients|travell?ers|shoppers|users|"
    r"voters|drivers|fans|spectators|employees|workers|staff|delegations|delegates|guests|owners|holders|"
    r"subscribers|farmers|families|homeowners|landlords|candidates|entrants|participants|children|adults|anyone|"
    r"pensioners|commuters|motorists|cyclists|citizens|people|those|veterans|clients|claimants|borrowers|savers)"
    r"\s+(?:who|whose|under|over|aged|with|without|holding|living|in|on|from|of)\b", re.IGNORECASE)
#: Verbs that keep "may" epistemic even after an eligible group: "Passengers on the line may face delays".
#: Verbs that make a modal rhetorical, not a doubt about a fact: "many might think", "this may sound odd".
RHETORICAL_VERBS = frozenset("think argue say wonder expect assume imagine suppose sound".split())
NOT_PERMISSION = frozenset("""be have face lose need suffer see find feel struggle notice experience want get end pay
miss wait worry fear think believe know forget become seem appear""".split())
_SUPERLATIVE_BEFORE = lazy_compile(r"\bthe\s+(?:most|best|worst|biggest|greatest|finest|[a-z]+est)\b", re.IGNORECASE)
FEASIBLE_AFTER = frozenset("to for due thanks because through with by under".split())
_AUXILIARIES = frozenset("had has have also even previously already now then once earlier recently".split())
PASSIVE_FRAMES = frozenset("believed thought said understood rumoured rumored".split())
#: A clause word naming a source document or an institution: "the report", "the ministry".
_SOURCE = lazy_compile(r"\b(?:reports?|stud(?:y|ies)|surveys?|polls?|data|figures|statistics|research|analys[ie]s|reviews?|"
                       r"inquir(?:y|ies)|investigations?|statements?|findings|documents?|records?|ministry|department|government|"
                       r"police|authorit(?:y|ies)|company|firm|board|court|agency|office|commission|committee|army|"
                       r"military|council|bank|institute|university|school|hospital|service|association|federation|"
                       r"league|"
                       r"organi[sz]ation|regulator)\b", re.IGNORECASE)
#: A clause word naming a person or group: "the senator", "teachers", "the union" (-er/-or/-ist/-ian/-ant/-ent).
_PERSON = lazy_compile(r"\b(?!(?:after|under|over|other|never|whether|however|rather|later|ever|number|order|summer|"
                       r"winter|recent|percent|event|moment|extent|content|water)\b)"
                       r"(?:[^\W\d_]+(?:er|or|ist|ian|ant|ent|man|men)s?|man|men|people|person|persons|staff|mps?|"
                       r"chair|boss|chief|union|team|side|club|party|group|family|families|children|public|fans|he|she|"
                       r"they|we|i|you|analysts?|experts?|critics?|officials?|aides?|diplomats?|sources?|insiders?|"
                       r"pundits?|judges?|coach|captain|envoys?)\b", re.IGNORECASE)


def _is_adverb(word: str) -> bool:
    w = word.casefold()
    return w in ADVERB_FILLERS or (w.endswith("ly") and len(w) > 4 and w not in LY_VERBS)


def _at(lexicon: Lexicon, text: str, pos: int, end: int) -> bool:
    """Whether an entry of ``lexicon`` starts exactly at ``pos``."""
    m = lexicon.search(text, pos, min(end, pos + 40))
    return m is not None and m.start == pos


class ContextRules:
    """Judges for modals, verb frames, adverbs, adjectives and approximators."""

    def __init__(self, lists: Mapping[str, Sequence[str]]):
        self.ability = Lexicon(lists["ability-verbs"])
        self.skill = Lexicon(lists["skill-verbs"])
        self.permission = Lexicon(lists["permission-verbs"])

    # --- modals ---------------------------------------------------------------
    def modal(self, c: Candidate) -> Span | None:
        """Epistemic may/might/could, not the month, a name, the noun, ability or permission."""
        if c.text[c.start].isupper():
            return None  # "May" the month or a name; "Could this be…?"
        base = c.entry.split()[0]
        tokens = c.after(6)
        negated, i = False, 0
        while i < len(tokens) and _is_adverb(tokens[i].group()):
            negated = negated or tokens[i].group().casefold() in NEGATIONS
            i += 1
        if i == len(tokens) or not tokens[i].group()[0].isalpha():
            return None  # "military might.", "may 2005"
        verb = tokens[i]
        if verb.group().casefold() in NOT_AFTER_MODAL:
            return None
        before = c.before(1)
        if base == "might" and before and (before[0] in NOUN_BEFORE_MIGHT or before[0] in ("'s", "’s")):
            return None
        window = max(c.s0, c.start - 60)
        if (before and before[0] == "you") or _distributive(c) or _QUESTION_BEFORE.search(c.text, window, c.start) \
                or verb.group().casefold() in RHETORICAL_VERBS:
            return None  # "you might think", "some may want, others…", "how it might work", "this may sound odd"
        if base == "could" and (negated or (before and before[0] in ("i", "we"))
                                or _at(self.ability, c.text, verb.start(), c.s1)
                                or (_at(self.skill, c.text, verb.start(), c.s1) and _personal_subject(c))
                                or _SUBORDINATE_BEFORE.search(c.text, window, c.start)
                                or _NEGATIVE_SUBJECT.search(c.text, window, c.start)):
            return None  # past or hypothetical ability: "could not", "I could defend myself", "could see"
        if base != "might" and (_at(self.permission, c.text, verb.start(), c.s1)
                                or _PERMISSION_MARKER.search(c.sentence)):
            return None  # permission or a rule: "residents may apply for", "if convicted, he could face"
        if base == "may" and verb.group().casefold() not in NOT_PERMISSION and _ELIGIBLE_GROUP.match(c.text, c.s0):
            return None  # "Visitors under 18 may enter…": who is allowed
        if (base != "could" and _CONCESSION_AFTER.search(c.text, verb.end(), c.s1)) \
                or _CONCESSION_BEFORE.search(c.text[c.s0:c.start]):
            return None
        if base == "could" and before and before[0] in ("which", "that") and _counterfactual(tokens[i:]):
            return None  # "a deal which could have forced it to buy…": what did not happen
        if (base != "may" and _missed_chance(c, tokens[i:])) or _draw_pairing(c, verb) \
                or (_WHAT_BEFORE.search(c.text, window, c.start) and not _copular(tokens[i:])):
            return None  # "might have scored, only to…", "could meet Agassi in the quarter-finals", "what could happen"
        end = verb.end()
        if verb.group().casefold() == "have" and i + 1 < len(tokens) and tokens[i + 1].group().casefold() == "been":
            end = tokens[i + 1].end()
        return c.start, end

    # --- verb frames ----------------------------------------------------------
    def verb(self, c: Candidate) -> tuple[str, Span] | None:
        """An epistemic verb frame; returns ("verb" | "weak", span)."""
        words = c.entry.split()
        if words[0] == "appear" and c.before(1) == ["to"]:
            return None  # an infinitive is a summons, not an impression: "failed to appear to give evidence"
        if words[-1] == "to":
            nxt = c.after(1)
            if not nxt or not _starts_verb_phrase(nxt[0].group()):
                return None  # "tended to the wounded", "said to reporters"
            if words[0] in PASSIVE_FRAMES and not _PASSIVE_BEFORE.search(c.text, max(c.s0, c.start - 40), c.start):
                return None  # "he said to…" is not "he is said to"
            return "verb", (c.start, c.end)
        if len(words) == 1:  # a bare "appears"/"seems": a hedge before an adjective or participle
            return ("verb", (c.start, c.end)) if _predicative_follows(c) else None
        if words[0] == "it":
            nxt = c.after(1)
            if nxt and nxt[0].group().casefold() in ("in", "on", "at", "before", "alongside", "with", "as"):
                return None  # "it appeared in court"
            return "verb", (c.start, c.end)
        # "suggests that" / "indicates that": a hedge only when nobody is the subject
        before = c.before(4)
        if before and before[-1] == "to":
            return "weak", (c.start, c.end)  # "appears to suggest that": part of a stack
        if not _impersonal_subject(c.text, c.s0, c.start):
            return None
        return "verb", (c.start, c.end)

    # --- adverbs and adjectives ----------------------------------------------
    def adjective(self, c: Candidate) -> Span | None:
        """Attributive "apparent/supposed/purported/probable", and "possible", "likely", "so-called"."""
        e = c.entry
        if e == "so-called":
            return c.start, c.end
        if e == "likely":
            return None if _idiomatic_likely(c) else (c.start, c.end)
        if e == "possible":
            return None if _not_a_doubt_possible(c) else (c.start, c.end)
        before, nxt = c.before(2), c.after(1)
        if not nxt or not nxt[0].group()[0].isalpha() or nxt[0].group().casefold() in PREPOSITIONS:
            return None  # predicative: "it became apparent that"
        if before and before[-1] in BECOME_FORMS:
            return None  # "heir apparent", "became apparent"
        return c.start, c.end

    # --- approximators -----------------------------------------------------------
    @staticmethod
    def approximator(c: Candidate) -> Span | None:
        """An approximator directly in front of a figure ("about 200", "some 5,000", "nearly a third")."""
        tokens = c.after(2)
        if not tokens:
            return None
        first = tokens[0].group()
        low = first.casefold()
        if first[0].isdigit() or _CURRENCY.match(c.text, tokens[0].start()) or low in NUMBER_WORDS:
            return c.start, tokens[0].end()
        if low in ("a", "an") and len(tokens) > 1 and tokens[1].group().casefold() in NUMBER_WORDS:
            return c.start, tokens[1].end()
        return None


def _idiomatic_likely(c: Candidate) -> bool:
    """ "the second most likely to buy" (a survey comparison), "the best film you are likely to see" (an idiom)."""
    nxt = c.after(1)
    to_follows = bool(nxt) and nxt[0].group().casefold() == "to"
    before = c.before(2)
    if to_follows and ("most" in before or "least" in before):
        return True
    return bool(_SUPERLATIVE_BEFORE.search(c.text, max(c.s0, c.start - 80), c.start))


def _not_a_doubt_possible(c: Candidate) -> bool:
    """Feasibility ("possible to book", "possible thanks to"), a count ("a possible five", "two possible
    outcomes"), a fixed phrase ("as soon as possible", "the best possible", "not possible") or a topic
    ("talks about a possible alliance")."""
    before, nxt = c.before(2), c.after(1)
    nxt_word = nxt[0].group().casefold() if nxt else ""
    if nxt_word in FEASIBLE_AFTER or nxt_word.split("-")[0] in NUMBER_WORDS or (nxt and nxt[0].group()[0].isdigit()):
        return True
    if not before:
        return False
    last = before[-1]
    return (last in ("if", "where", "when", "whenever", "wherever", "it", "not", "no", "longer", "most", "least")
            or last.endswith("est") or "as" in c.before(3) or last in PREPOSITIONS
            or (len(before) == 2 and last in ("a", "an") and before[0] in PREPOSITIONS)
            or last in NUMBER_WORDS or last[0].isdigit())


def _starts_verb_phrase(word: str) -> bool:
    """Whether the word after "to" can start a verb phrase."""
    w = word.casefold()
    if not word[0].isalpha() or word[0].isupper() or w in NOT_VERB_AFTER_TO:
        return False
    return not (w.endswith("ly") and w not in LY_VERBS and len(w) > 4)


def _subject(text: str, s0: int, start: int) -> tuple[str, list[str]]:
    """The subject clause of the verb at ``start`` and its words.

    The subject is the clause before the verb; when that clause is only an auxiliary or adverb, the
    subject opens the sentence: "Mr Balls, who stepped down in May, had suggested that …".
    """
    segments = re.split(r"[,;:—–(]", text[s0:start])
    prefix = segments[-1].strip()
    if all(w.casefold() in _AUXILIARIES for w in prefix.split()):
        prefix = segments[0].strip()
    return prefix, re.findall(r"[\w’'-]+", prefix)


def _personal_subject(c: Candidate) -> bool:
    """Whether the modal's subject may be a person: a pronoun, a name or a person noun ("the climber"),
    or no subject found. A lone capitalised plural opening the sentence is a common noun ("Prices")."""
    prefix, words = _subject(c.text, c.s0, c.start)
    if not words or any(w.casefold() in PRONOUN_SUBJECTS for w in words) or _PERSON.search(prefix):
        return True
    first = words[0]
    lone_name = len(words) == 1 and first[:1].isupper() and not (first.endswith("s") and not first.endswith("ss"))
    return lone_name or any(w[:1].isupper() for w in words[1:])


def _counterfactual(tokens: list[re.Match[str]]) -> bool:
    """ "have" + an active past participle ("could have forced"), not "could have been" or "could have value"."""
    if len(tokens) < 2 or tokens[0].group().casefold() != "have":
        return False
    participle = tokens[1].group().casefold()
    return participle != "been" and participle.endswith(("ed", "en")) and len(participle) > 4


def _missed_chance(c: Candidate, tokens: list[re.Match[str]]) -> bool:
    """ "have" + a participle, then what happened instead: "might have scored, only to be tackled"."""
    if len(tokens) < 2 or tokens[0].group().casefold() != "have" or tokens[1].group().casefold() in ("been", "to"):
        return False
    return _WHAT_HAPPENED_INSTEAD.search(c.text, tokens[1].end(), c.s1) is not None


def _draw_pairing(c: Candidate, verb: re.Match[str]) -> bool:
    """A pairing the draw allows: "could meet Agassi in the quarter-finals", "could be drawn against Arsenal"."""
    if verb.group().casefold() in DRAW_VERBS:
        return _DRAW_ROUND.search(c.text, verb.end(), c.s1) is not None
    return _DRAWN_AGAINST.match(c.text, verb.start()) is not None


def _copular(tokens: list[re.Match[str]]) -> bool:
    """Whether the verb after the modal links a description: "be", "prove", "have been"."""
    words = [t.group().casefold() for t in tokens[:2]]
    return bool(words) and (words[0] in COPULAS or words == ["have", "been"])


def _distributive(c: Candidate) -> bool:
    """Bare "some" or "others" as subject: a spread of people, not a doubt ("some may watch one episode,
    while others…"); "the others could be…" is a definite subject."""
    before = c.before(2)
    if not before or before[-1] not in ("some", "others"):
        return False
    return len(before) < 2 or before[0] not in DETERMINERS


def _predicative_follows(c: Candidate) -> bool:
    """Whether an adjective or participle follows, after any degree adverbs ("appears deeply divided")."""
    for tok in c.after(4):
        word = tok.group()
        w = word.casefold()
        if w in PREDICATIVE_ADJECTIVES or w in NOT_PREDICATIVE:
            return w in PREDICATIVE_ADJECTIVES
        if _is_adverb(word) or w in DEGREE_WORDS:
            continue
        if not word[0].isalpha() or word[0].isupper():
            return False
        return (w.startswith("un") and len(w) > 5) or \
            (len(w) > 5 and w.endswith(ADJECTIVE_SUFFIXES))
    return False


def _impersonal_subject(text: str, s0: int, start: int) -> bool:
    """Whether the subject of the verb at ``start`` is no person, name, pronoun or source document."""
    prefix, words = _subject(text, s0, start)
    if not words or any(w.casefold() in PRONOUN_SUBJECTS for w in words):
        return False
    if any(w[:1].isupper() for w in words[1:]) or (len(words) == 1 and words[0][:1].isupper()
                                                    and words[0].casefold() not in ("this", "that")):
        return False  # a name or an organisation
    return not (_SOURCE.search(prefix) or _PERSON.search(prefix))
