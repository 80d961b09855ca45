"""Attribution detection: which parts of a sentence are a source's words, not the writer's.

Shared by every rule that needs the writer's voice (hedging) or the presence
of a source (attribution). For each sentence it finds reporting cues outside
quotations ("said", "told", "according to", "in a statement", "was confirmed
by"), the source they are tied to, what kind of source that is, and the
attributed content range. Results are cached per document.

The cue lexicons are the shared word lists ``attribution-verbs`` and
``attribution-nouns`` (declared by the core plugin, extendable in rules.yaml).
"""
from __future__ import annotations

import bisect
import re
from typing import Iterable, NamedTuple

from newslint.model import Block, Document, Sentence
from newslint.text.lazy_regex import lazy_compile
from newslint.text.lexicon import Lexicon, LexiconMatch
from newslint.text.sources import ANONYMITY_REASON, PRONOUNS, VAGUE_HEADS, classify_source  # noqa: F401

#: Default reporting verbs (any tense listed explicitly; matching is whole-word).
ATTRIBUTION_VERBS = (
    "said", "says", "say", "told", "tells", "tell", "added", "adds", "stated", "states", "announced",
    "announces", "confirmed", "confirms", "denied", "denies", "claimed", "claims", "dismissed", "dismisses",
    "urged", "urges", "wrote", "writes", "estimated", "estimates", "reported", "reports", "noted", "notes",
    "explained", "explains", "warned", "warns", "insisted", "insists", "argued", "argues", "contended",
    "maintained", "asserted", "indicated", "indicates", "emphasized", "emphasised", "emphasizes",
    "emphasises", "stressed", "stresses", "acknowledged", "acknowledges", "admitted", "admits", "conceded",
    "predicted", "predicts", "alleged", "alleges", "accused", "testified", "tweeted", "posted", "replied",
    "responded", "revealed", "disclosed", "declared", "complained", "vowed", "promised", "threatened",
    "cautioned", "observed", "described", "cited", "labelled", "labeled", "labeling", "labelling",
    "forecast", "forecasts", "projected", "calculated", "counted", "recorded", "found", "showed", "show",
    "shows", "suggested", "suggests", "echoed", "countered", "rejected", "blamed", "praised",
    "criticised", "criticized", "recalled", "pointed out", "according to", "quoted", "quoting",
    "add", "announce", "confirm", "deny", "claim", "estimate", "report", "note", "explain", "warn", "insist",
    "argue", "admit", "predict", "allege", "reveal", "describe", "acknowledge", "urge", "stress", "suggest",
    "indicate", "believe", "believes", "believed", "think", "thinks", "thought", "fear", "fears", "feared",
    "expect", "expects", "expected", "heard", "understands", "understood", "learned", "learnt", "disputed",
    "seen", "regarded", "considered", "viewed", "called on", "called for", "calls on", "calls for",
    "ruled", "reckons", "reckon", "asked", "expecting", "predicting", "forecasting", "warning", "claiming",
    "saying", "estimating", "commented", "comments", "signalled", "signaled", "reveals", "point out", "points out",
    "hope that", "hopes that", "hoped that", "remarks", "remarked", "recommended", "recommends", "describes", "describing", "arguing", "insisting", "noting", "adding", "explaining", "convinced", "adamant",
    "stressing", "admitting", "acknowledging", "conceding", "revealing", "disclosing", "specified", "specifies", "agree that", "agrees that", "agreed that", "chosen", "voted",
    "named", "ranked", "rated", "hailed", "crowned", "dubbed",
    "recommend", "recommending",
)
#: Default nominal cues: the document or channel a statement came through.
ATTRIBUTION_NOUNS = (
    "in a statement", "in a press release", "in a report", "in an interview", "in a filing",
    "in a letter", "in a post", "in a tweet", "in a memo", "in court documents", "in court filings",
    "at a news conference", "at a press conference", "at a briefing", "in a briefing",
    "in testimony", "in a speech", "in an email", "in a video", "in remarks", "in a social media post",
    "in its report", "in its annual report", "in a blog post", "in an article", "in a radio interview",
    "in a television interview", "in a newspaper interview", "in court papers", "on its website",
    "a report by", "a study by", "a survey by", "a poll by", "research by", "figures from", "data from",
    "figures released by", "figures published by", "data released by", "data published by",
    "announcement that", "'s announcement", "’s announcement", "'s argument", "’s argument", "in its petition",
    "in a petition", "in its bankruptcy petition",
    "figures showing", "figures show", "data showing", "minutes of the meeting showed", "minutes showed",
    "estimates from", "estimates by", "analysis by", "a research note", "statement read",
)

_CACHE = "newslint.attributions"
_WORD = lazy_compile(r"\d{1,3}(?:,\d{3})+|[\w’'.-]+")  # "12,000" is one word
_CLAUSE_BREAK = lazy_compile(r"[,;:—–(]|\b(?:and|but|while|as|because|after|before|when|although|though)\b")
_TRAILER = lazy_compile(
    r"(?:\s*(?:[A-Z][\w.’'-]*|\d[\w,.:-]*|(?i:on|in|at|last|this|late|early|during|earlier|later|after|before|"
    r"from|to|by|via|over|a|an|the|his|her|their|its|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"week|month|year|night|morning|afternoon|evening|today|yesterday|statement|interview|briefing|conference|"
    r"news|press|release|report|told|reporters|journalists|said|says|added|spokesman|spokeswoman|spokesperson|"
    r"inquiry|committee|hearing|meeting|parliament|mps|lawmakers|audience|radio|television|tv|newspaper|"
    r"magazine|website|programme|program|show|summit|rally|seminar|forum|delegates|"
    r"of|for|with|and|on\s+condition\s+of\s+anonymity))\b)*[\s.!?\"”’)]*\Z")
#: The auxiliary of a passive, right before the participle or before one "-ly" adverb ("is widely believed").
_PASSIVE_AUXILIARIES = frozenset("is are was were be been being".split())
_PASSIVE_ADVERBS = frozenset("now also still already often long even once further not".split())
_RELATIVE_BEFORE = lazy_compile(r"(?:,\s*|\s+)(?:who|which)\s+(?:(?:also|later|then|has|had|have)\s+)?$")
#: The main clause's verb right after a relative clause's closing comma: "…, allegedly paid", "…, has", "…, won".
_MAIN_VERB_AFTER = lazy_compile(r"\s+(?:[a-z]+ly\s+[a-z]+|is|are|was|were|has|have|had|will|would|could|can|may|"
                                r"might|must|should|did|does|paid|won|lost|took|made|gave|sold|bought|kept|left|met|"
                                r"spent|became|[a-z]{2,}ed)\b(?!\s+(?:by|that)\b)")
_BY_AGENT = lazy_compile(r"\s+by\s+", re.IGNORECASE)
#: A capitalised name in apposition, closed by a comma: ", TDG Research,".
_APPOSITION = lazy_compile(r",\s*([A-Z][\w&’'.-]*(?:\s+(?:[A-Z][\w&’'.-]*|of|and|&))*),")
#: What may follow the last words of a sentence: closing punctuation and quotation marks.
_SENTENCE_REST = lazy_compile(r"[\s.!?\"”’')]*")
_LATE_BY_AGENT = lazy_compile(r",?\s+by\s+(?=[A-Za-z])")
#: Hearsay passives whose agent may follow an "as" complement, like the choice verbs: "described as … by X".
_DESCRIPTION_CUES = frozenset({"described"})
_AS_AFTER = lazy_compile(r"\s+as\b")
#: Cue forms that are often nouns or adjectives ("claims of", "the alleged fraud", "the United States").
AMBIGUOUS_CUES = frozenset("""claims reports states notes estimates forecasts forecast show shows found alleged
described labeling labelling labelled labeled cited counted recorded suggested suggests indicates observed posted
quoted quoting recalled projected calculated predicts accused blamed praised rejected criticised criticized
promised threatened echoed countered tells tell say claim report estimate note fear fears feared thought
expected believed disputed learned heard""".split())
#: Evidence verbs ("data show", "a study found") are attributions only with a document or named subject, or "it":
#: "the timing suggests", "both sides showed flexibility" are the writer's own inference or plain narrative.
EVIDENCE_CUES = frozenset("show shows showed found suggest suggests indicate indicates".split())
#: Base forms attribute only after a plural subject ("Critics say", "they fear"), not as nouns or infinitives.
BASE_FORM_CUES = frozenset("""tell add announce confirm deny claim estimate report note explain warn insist argue
admit predict allege reveal describe acknowledge urge stress suggest indicate believe think fear expect show""".split())
_PLURAL_BEFORE = lazy_compile(r"(?:\b(?:they|we|you|I|people|police|many|some|most|others|few|several)|[a-z]{3,}s)"
                              r"\s+(?:(?:now|also|still|generally|widely|largely|already)\s+)?$", re.IGNORECASE)
#: A vague group opening the sentence with its own complement: "Many in the shipping industry (believe)".
_GROUP_SUBJECT = lazy_compile(r"[\s“\"‘']*(?:Many|Some|Most|Others|Few|Several)\s+(?:of|in|at|within|across|among)\s+"
                              r"[^,;:.!?]{1,60}\s$")
#: Verbs of opinion that attribute only in the passive with "as" or "to": "is widely seen as".
#: Participles that report the subject's own belief after "is": "He is convinced Yahoo remains …".
STATIVE_CUES = frozenset({"convinced", "adamant"})
#: Cues that report only as passives: "is widely seen as", and a choice or ranking with its chooser ("was chosen as the
#: greatest gadget of all time by a US magazine"; without an agent the ranking stays the writer's).
PASSIVE_ONLY_CUES = frozenset("""seen regarded considered viewed recognised recognized chosen voted named ranked rated
hailed crowned dubbed""".split())
# The patterns that end at the cue ("…\s+$") open with a lookahead on their words' first letters: the search then
# skips the other positions quickly.
_DETERMINER_BEFORE = lazy_compile(r"(?=[ahiost])\b(?:the|a|an|these|those|its|their|his|her|our|such|any)\s+"
                                  r"(?:[a-z]+ly\s+)?$", re.IGNORECASE)
_NOUN_BEFORE = lazy_compile(r"(?=[aefhimnoprstuw])\b(?:the|a|an|these|those|this|that|its|their|his|her|our|such|new|any|no|of|"
                            r"whose|earlier|recent|false|unconfirmed|media|press|news)\s+$", re.IGNORECASE)
# Case-sensitive: "Corinne May said" is a name, "may say" a modal.
# "will say" previews a speech and still names its speaker ("He will say Labour can no longer …").
_NOT_REPORTING_BEFORE = frozenset("""not Not to To cannot Cannot would Would could Could might Might may should
Should must Must can Can""".split())
# "is expecting", and "by forecasting" / "after saying": the sentence's subject is doing the reporting.
#: "…, with analysts predicting that …": the participle's subject follows "with".
_WITH_SUBJECT = lazy_compile(r"\bwith\s+(?:[\w’'-]+\s+){1,3}$")
_PROGRESSIVE_BEFORE = lazy_compile(r"(?=[abiw])\b(?:is|are|was|were|been|by|after|while|when|before)\s+$",
                                   re.IGNORECASE)
_NOUN_AFTER = lazy_compile(r"\s+(?:of|for|about|in|on|from|and|or)\b", re.IGNORECASE)
#: "declared" with a resulting state ("declared invalid", "was declared the winner") reports nothing.
_DECLARED_STATE = lazy_compile(r"\s+(?:(?:null\s+and\s+)?void|invalid|valid|null|unfit|fit|bankrupt|insolvent|dead|"
                               r"safe|unsafe|open|closed|illegal|legal|unlawful|lawful|unconstitutional|redundant|"
                               r"surplus|elected|ineligible|eligible|missing|extinct|(?:the|a|an)\s+(?:winner|"
                               r"victor|champion|state|national|zone|disaster|emergency)|(?:him|her|them|it)sel(?:f|ves)"
                               r")\b", re.IGNORECASE)
#: What a participle is praised, blamed or cautioned for: "cautioned for not honouring", "praised for saving".
_FOR_A_DEED = lazy_compile(r"\s+for\s+(?:not\s+|[a-z]+ing\b)")
#: A plural verb right after an "-s" cue makes it a noun ("insurance claims were"), unless a pronoun is its subject.
_PLURAL_VERB_AFTER = lazy_compile(r"\s+(?:were|are|have|had)\b")
_PRONOUN_BEFORE = lazy_compile(r"\b(?:he|she|it|who|which|what|that)\s+$", re.IGNORECASE)
#: Reported speech going on after an inverted subject: "…, said Mr Vale and that …", "…, said the ministry and added".
_SPEECH_GOES_ON = lazy_compile(r"\s+and\s+(?:that|added|adds|said|says|insisted|warned|went\s+on)\b")
_QUOTE_MARKS = frozenset("”\"’'")
#: Cues that can come before their subject with nothing said after them: "…, said the ministry." ("…, claims an
#: audience of a billion" has an object instead).
#: The cue shares the sentence's subject: "… agreed …, but added that", "… won protection after revealing debts of".
_SHARED_SUBJECT = lazy_compile(r"\b(?:and|but|after|before|while|when|by)\s+(?:also\s+)?$")
_INTRANSITIVE_CUES = frozenset("""said says added adds explained explains wrote writes noted notes insisted insists
argued argues warned warns stressed stresses commented comments continued replied responded recalled""".split())
_SUBJECT_DETERMINERS = frozenset("the a an its his her their one two three several".split())
_FINITE_VERBS = frozenset("""is are was were be been has have had will would could can may might should must do does
did""".split())
_NP_STOP = lazy_compile(r"[\"“”?!]")
#: Words that end a noun phrase read forwards after a cue or "by".
_NP_AFTER_ENDS = frozenset("that who which show shows showed said as".split())
#: Words that end a source phrase read backwards from its cue: conjunctions, relative and interrogative words, "than".
_NP_OUTSIDE = frozenset("""and but that while as because after when although what which who whom whose where how
why than""".split())
#: Determiners that open a noun phrase, and what may still come before one inside it ("Lawyers for the pair", "Many
#: of those questioned", "all the experts").
_NP_DETERMINERS = frozenset("the a an some many most several few these those his her their its our".split())
_NP_BEFORE_DETERMINER = frozenset("of for at in from with on among within across to by all both half".split())
_QUANTIFIERS = frozenset("some many most several few".split())
_ARTICLES = frozenset("the a an his her their its our these those".split())  # "the most common woes", "a few"
_RELATIVES = frozenset("who which that".split())
#: What follows a relative word that is itself a subject: "which pushed rates up", "who had tested".
_RELATIVE_VERB = lazy_compile(r"\s+(?:[a-z]+ed|is|are|was|were|has|have|had|will|would|could|can|may|might)\b")
_NUMBER_AFTER = lazy_compile(r"\s+\d")
_EDGE = " \t\n,;:\"“”‘’'()"
_PASSIVE_COMPLEMENT = lazy_compile(r"\s+(?:(?:by\s+\w+\s+)?as\b|to\b)", re.IGNORECASE)
#: What follows "alleged" or "accused" used as a verb: "alleged that", "accused him", "accused Smith".
_ACCUSATION_OBJECT = lazy_compile(r"\s+(?:that|him|her|them|the|a|an|his|their|its|[A-Z])\b")
_FINITE_BREAK = lazy_compile(r"\b(?:and|but|that|which|because|when|if)\b", re.IGNORECASE)
_SPACES = lazy_compile(r"\s*")
_NOT_A_SOURCE = lazy_compile(r"^(?:according\s+to\s+)?(?:the\s+)?(?:plan|schedule|legend|tradition)\b",
                             re.IGNORECASE)


class Attribution(NamedTuple):
    """A reporting cue tied (or not) to a source, in block-text coordinates.

    ``source_kind`` is one of ``named`` (a name or an organisation), ``role``
    (a described but identifiable source: "the ministry", "a spokesman"),
    ``pronoun``, ``vague`` ("critics", "experts"), ``anonymous`` ("a source",
    "people familiar with the matter"), ``document`` (a nominal cue) or
    ``agentless`` (a passive with nobody named: "is estimated").
    """

    cue_start: int
    cue_end: int
    cue: str
    source: str
    source_start: int
    source_end: int
    source_kind: str
    content_start: int
    content_end: int
    position: str  # leading | trailing | according | nominal | relative | passive

    @property
    def has_source(self) -> bool:
        return self.source_kind != "agentless"


class AttributionFinder:
    """Finds attributions in sentences; build once per configuration."""

    def __init__(self, verbs: Iterable[str] = ATTRIBUTION_VERBS, nouns: Iterable[str] = ATTRIBUTION_NOUNS):
        self.verbs = Lexicon(verbs)
        self.nouns = Lexicon(nouns)

    def find(self, sentence: Sentence) -> list[Attribution]:
        """Attributions of one sentence (cues inside quotations are ignored)."""
        text, s0, s1 = sentence.block.text, sentence.start, sentence.end
        return self._find(sentence, self.nouns.finditer(text, s0, s1), self.verbs.finditer(text, s0, s1))

    def find_block(self, block: Block) -> list[list[Attribution]]:
        """Attributions of each sentence of a block, from one scan of its text."""
        sentences = block.sentences
        starts = [s.start for s in sentences]
        nouns: list[list[LexiconMatch]] = [[] for _ in sentences]
        verbs: list[list[LexiconMatch]] = [[] for _ in sentences]
        for lexicon, bins in ((self.nouns, nouns), (self.verbs, verbs)):
            for m in lexicon.finditer(block.text):
                k = bisect.bisect_right(starts, m.start) - 1
                if k >= 0 and m.end <= sentences[k].end:
                    bins[k].append(m)
        # most sentences of a block have no cue
        return [self._find(s, nouns[k], verbs[k]) if nouns[k] or verbs[k] else [] for k, s in enumerate(sentences)]

    def _find(self, sentence: Sentence, nouns: Iterable[LexiconMatch], verbs: Iterable[LexiconMatch]
              ) -> list[Attribution]:
        """Attributions from the cues found in a sentence (every cue lies inside it)."""
        block, text = sentence.block, sentence.block.text
        s0, s1 = sentence.start, sentence.end
        quoted = [(q.start, q.end) for q in block.quotes if q.start < s1 and q.end > s0]
        found: list[Attribution] = []
        for m in nouns:
            if not _inside(quoted, m.start):
                found.append(Attribution(m.start, m.end, m.entry, m.text, m.start, m.end, "document",
                                         s0, s1, "nominal"))
        inside_until = -1  # cues after a leading cue belong to its content: "The union said members had rejected"
        for m in verbs:
            if m.start < inside_until or _inside(quoted, m.start):
                continue
            att = self._verb(text, s0, s1, m.start, m.end, m.entry, quoted)
            if att is not None:
                found.append(att)
                if att.position in ("leading", "according", "relative") and att.has_source:
                    inside_until = att.content_end
        return found

    def _verb(self, text: str, s0: int, s1: int, c0: int, c1: int, cue: str,
              quoted: list[tuple[int, int]]) -> Attribution | None:
        cue_l = cue.lower()
        if not _is_reporting_use(text, s0, c0, c1, cue_l):
            return None
        att = self._place(text, s0, s1, c0, c1, cue, cue_l, quoted)
        if att is None:
            return None
        if (cue_l in EVIDENCE_CUES and att.source_kind not in ("document", "named", "agentless")
                and att.source.lower().split()[:1] != ["it"]):  # "It also found …": the study just named
            return None
        if cue_l in PASSIVE_ONLY_CUES and att.position != "passive":
            return None
        return att

    def _place(self, text: str, s0: int, s1: int, c0: int, c1: int, cue: str, cue_l: str,
               quoted: list[tuple[int, int]]) -> Attribution | None:
        """Find the source of a reporting verb (``cue``, lower case ``cue_l``) from where it sits in the sentence."""
        if cue_l == "according to":
            src0, src1 = _np_after(text, c1, s1)
            source = text[src0:src1]
            if src0 == src1 or _NOT_A_SOURCE.match(source):
                return None
            kind = classify_source(source, True)
            if kind == "vague":  # "according to technology analysts, TDG Research, …" names them after all
                src1, kind = _apposition_naming(text, src1, s1) or (src1, kind)
                source = text[src0:src1]
            return Attribution(c0, c1, cue, source, src0, src1, kind, s0, s1, "according")
        near = max(s0, c0 - 60)  # the patterns that end at the cue need no more context
        if (_passive_before(text, near, c0) and not cue_l.endswith("ing")  # "is expecting" is active
                and cue_l not in STATIVE_CUES):  # so is "is convinced"
            if cue_l in PASSIVE_ONLY_CUES and not _PASSIVE_COMPLEMENT.match(text, c1):
                return None  # "was seen leaving", "was considered for the post"
            by = _BY_AGENT.match(text, c1, s1)
            if not by and (cue_l in PASSIVE_ONLY_CUES or cue_l in _DESCRIPTION_CUES and _AS_AFTER.match(text, c1)):
                # "chosen as the greatest gadget of all time, by a magazine", "described as idle speculation by X"
                by = _LATE_BY_AGENT.search(text, c1, s1)
            if by:
                src0, src1 = _np_after(text, by.end(), s1)
                source = text[src0:src1]
                start = _clause_start(text, s0, c0)
                if start > s0 and _SENTENCE_REST.fullmatch(text, src1, s1):
                    start = s0  # a trailer: "The bullet may not have come from the fatal shot, the trial was told by X."
                return Attribution(c0, c1, cue, source, src0, src1, classify_source(source, True), start, s1,
                                   "passive")
            return Attribution(c0, c1, cue, "", c0, c0, "agentless", _clause_start(text, s0, c0), s1, "passive")
        rel = _RELATIVE_BEFORE.search(text, near, c0) if "wh" in text[near:c0] else None
        if rel:
            src1 = rel.start()
            src0 = _np_before_start(text, s0, src1)
            source = text[src0:src1]
            return Attribution(c0, c1, cue, source, src0, src1, classify_source(source, False), src0,
                               _relative_end(text, c1, s1), "relative")
        if text[near:c0].rstrip()[-1:] in _QUOTE_MARKS:
            # Inverted after a quotation: "“…,” said Annika Vale, 58, who lives nearby."
            src0, src1 = _np_after(text, c1, s1)
            if src0 < src1:
                source = text[src0:src1]
                return Attribution(c0, c1, cue, source, src0, src1, classify_source(source, False), s0, s1,
                                   "trailing")
        # Inverted trailing attribution: ", said the ministry." / ", the ministry said."
        comma = text.rfind(",", s0, c0)
        if comma != -1 and not text[comma + 1:c0].strip() and cue_l in _INTRANSITIVE_CUES:
            after0, after1 = _np_after(text, c1, s1)
            if _inverted_subject(text, after0, after1, s1):  # "…, said Sun's chief operating officer Jonathan Schwartz."
                source = text[after0:after1]
                return Attribution(c0, c1, cue, source, after0, after1, classify_source(source, False), s0, s1,
                                   "trailing")
        if comma != -1:
            between = text[comma + 1:c0].strip()
            if (between and len(between.split()) <= 9 and not _has_finite_break(between)
                    and _TRAILER.match(text[c1:s1])):
                src0 = comma + 1 + (len(text[comma + 1:c0]) - len(text[comma + 1:c0].lstrip()))
                return Attribution(c0, c1, cue, between, src0, src0 + len(between),
                                   classify_source(between, False), s0, s1, "trailing")
        if text[s0:c0].rstrip().endswith(","):
            # "Two officials, who spoke on condition of anonymity, said …": the subject opens the sentence
            # (after a quotation that opens it: "“…,” Simon Yates, a senior analyst, said.")
            subject = max([s0] + [q1 for q0, q1 in quoted if q1 <= c0])
            first_comma = text.find(",", subject, c0)
            source = text[subject:first_comma].strip(_EDGE)
            src0 = text.find(source, subject) if source else subject
            return Attribution(c0, c1, cue, source, src0, src0 + len(source),
                               classify_source(source, subject == s0), s0, s1, "leading")
        by = _BY_AGENT.match(text, c1, s1)
        if by and cue_l.endswith("ed"):  # a participle with its agent: "a sapphire described by Sharon"
            src0, src1 = _np_after(text, by.end(), s1)
            source = text[src0:src1]
            return Attribution(c0, c1, cue, source, src0, src1, classify_source(source, True),
                               _clause_start(text, s0, c0), s1, "passive")
        src0 = _np_before_start(text, s0, c0)
        source = text[src0:c0].strip()
        if not source and _SHARED_SUBJECT.search(text, max(s0, c0 - 12), c0):
            # "Lord Falconer agreed …, but added that …": the cue shares the sentence's subject
            src0 = s0
            end = text.find(",", s0, c0)
            source = text[s0:end if end != -1 else c0].strip()
        if not source:
            return None
        return Attribution(c0, c1, cue, source, src0, src0 + len(source), classify_source(source, src0 == s0),
                           _clause_start(text, s0, src0), s1, "leading")

    def writer_voice(self, sentence: Sentence, attributions: list[Attribution] | None = None) -> list[tuple[int, int]]:
        """Ranges of the sentence in the writer's own voice: outside quotes and attributed content."""
        atts = self.find(sentence) if attributions is None else attributions
        cut = [(q.start, q.end) for q in sentence.quotes()]
        cut += [(a.content_start, a.content_end) for a in atts if a.has_source]
        return subtract((sentence.start, sentence.end), cut)


def _is_reporting_use(text: str, s0: int, c0: int, c1: int, cue_l: str) -> bool:
    """Reject cue words used as nouns, adjectives, names or non-reporting verbs."""
    if c0 > s0 and text[c0].isupper() and cue_l != "according to":
        return False  # "the United States", "Consumer Reports"
    before = text[max(s0, c0 - 30):c0]
    if before[-1:].isspace():
        last = before.split()[-1:]
        word = last[0].lstrip("([\"“‘'-—–") if last else ""
        if word in _NOT_REPORTING_BEFORE or word.endswith(("n't", "n’t")):
            return False  # "could not say", "declined to say", "didn't say"
    if before.rstrip().lower().endswith(" than"):
        return False  # a comparison, not a source: "cost more than expected", "faster than forecast"
    if cue_l in BASE_FORM_CUES and not (_PLURAL_BEFORE.search(before) or before.rstrip().endswith(",")
                                        or _GROUP_SUBJECT.match(text, s0, c0)):
        return False  # "the quarterly report", "a claim"; but "…, warn union leaders"
    if cue_l.endswith("ing") and cue_l != "according to" and not (_PROGRESSIVE_BEFORE.search(before)
                                                                  or before.rstrip().endswith(",")
                                                                  or _WITH_SUBJECT.search(before)):
        return False  # "it is expecting", "…, saying it would …" and "…, with analysts predicting" count
    if _DETERMINER_BEFORE.search(before):
        return False  # an adjective: "the said property", "their carefully argued amendments"
    if cue_l.endswith("ed") and _FOR_A_DEED.match(text, c1):
        return False  # a passive participle: "saw many firms cautioned for not honouring them", "praised for saving"
    if cue_l == "declared" and _DECLARED_STATE.match(text, c1):
        return False  # a resulting state, not a statement: "the ballots were declared invalid"
    if cue_l in AMBIGUOUS_CUES:
        if _NOUN_BEFORE.search(before) or _NOUN_AFTER.match(text, c1):
            return False
        if cue_l.endswith("s") and _PLURAL_VERB_AFTER.match(text, c1) and not _PRONOUN_BEFORE.search(before):
            return False  # a plural noun as subject: "95% of insurance claims were for …"; not "what he claims were"
        if cue_l in ("alleged", "accused") and not _ACCUSATION_OBJECT.match(text, c1, c1 + 12):
            return False
    return True


def _inside(ranges: list[tuple[int, int]], i: int) -> bool:
    """Whether ``i`` lies in one of ``ranges``."""
    return any(r0 <= i < r1 for r0, r1 in ranges)


def subtract(span: tuple[int, int], cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``span`` minus the union of ``cuts``, as sorted ranges."""
    out: list[tuple[int, int]] = []
    pos, end = span
    for c0, c1 in sorted(cuts):
        if c1 <= pos:
            continue
        if c0 > pos:
            out.append((pos, min(c0, end)))
        pos = max(pos, c1)
        if pos >= end:
            break
    if pos < end:
        out.append((pos, end))
    return [r for r in out if r[1] > r[0]]


def _relative_end(text: str, c1: int, s1: int) -> int:
    """End of what a cue inside a "who …" clause covers: the clause, when the main verb follows its closing comma
    ("The agents, who testified for the prosecution, allegedly paid …"), else the rest of the sentence."""
    comma = text.find(",", c1, s1)
    if comma != -1 and _MAIN_VERB_AFTER.match(text, comma + 1, s1):
        return comma
    return s1


def _has_finite_break(between: str) -> bool:
    return _FINITE_BREAK.search(between) is not None


def _np_after(text: str, i: int, end: int) -> tuple[int, int]:
    """A noun phrase right after ``i``: up to a comma, clause break or 10 words."""
    spaces = _SPACES.match(text, i, end)
    start = spaces.end() if spaces else i
    stop = start
    words = 0
    for w in _WORD.finditer(text, start, end):
        gap = text[stop:w.start()]
        if words and (("," in gap) or (";" in gap) or ("(" in gap)):
            break
        word = w.group().lower()
        if words and (word in _NP_AFTER_ENDS  # "regarded by many as the greatest": the agent ends at "as"
                      or word == "for" and _FOR_A_DEED.match(text, w.start() - 1, end)  # "… by campaigners for putting"
                      or word == "and" and _SPEECH_GOES_ON.match(text, w.start() - 1, end)):  # "said Mr X and that …"
            break
        stop = w.end()
        words += 1
        if words >= 10:
            break
    return start, stop


def _apposition_naming(text: str, i: int, end: int) -> tuple[int, str] | None:
    """The end and kind of a name set off by commas right after ``i`` ("analysts, TDG Research, …"), or None."""
    m = _APPOSITION.match(text, i, end)
    if m is None:
        return None
    kind = classify_source(m.group(1), False)
    return (m.end(1), kind) if kind in ("named", "document") else None


def _inverted_subject(text: str, a0: int, a1: int, s1: int) -> bool:
    """Whether ``text[a0:a1]``, right after a cue, is its subject ("…, said the ministry.") rather than the
    start of what was said ("…, said it would …"): a name or a determiner phrase without a verb, ending the
    sentence, followed by a comma or by reported speech going on ("…, said Mr Vale and that …")."""
    words = text[a0:a1].split()
    if not words or not (words[0][0].isupper() or words[0].lower() in _SUBJECT_DETERMINERS):
        return False
    if any(w.lower() in _FINITE_VERBS for w in words):
        return False
    rest = text[a1:s1].lstrip()
    return not rest.strip(".!?\"”’') ") or rest.startswith(",") or _SPEECH_GOES_ON.match(text, a1, s1) is not None


def _passive_before(text: str, near: int, c0: int) -> bool:
    """Whether a passive auxiliary ends just before ``c0`` ("is said", "have been widely seen")."""
    if not text[c0 - 1:c0].isspace():
        return False
    words = text[near:c0].split()[-2:]
    if not words:
        return False
    last = words[-1].lower().lstrip("(“\"‘'")
    if last in _PASSIVE_AUXILIARIES:
        return True
    return (len(words) == 2 and (last in _PASSIVE_ADVERBS or last.endswith("ly") and last.isalpha() and last.isascii())
            and words[0].lower().lstrip("(“\"‘'") in _PASSIVE_AUXILIARIES)


def _np_before_start(text: str, s0: int, c0: int) -> int:
    """Start of the noun phrase ending just before ``c0``: back to a clause break or a relative, interrogative or
    comparative word ("twice what some analysts expected", "more than people think"), or to a determiner that
    nothing but a preposition or predeterminer precedes ("The news surprised some analysts", "When the game was
    released some people wrote"; but "Lawyers for the pair", "all the experts"); at most 10 words."""
    words = list(_WORD.finditer(text, max(s0, c0 - 160), c0))  # ten words fit in 160 characters
    if words and words[0].start() > s0 and _WORD.match(text, words[0].start() - 1):
        words = words[1:]  # cut inside a word
    start = c0
    opened = ""  # the determiner the phrase so far begins with
    outside = None  # where the phrase ends if no relative clause of the subject comes before this determiner
    for w in reversed(words[-10:]):
        gap = text[w.end():start]
        if start != c0 and gap != " " and (_CLAUSE_BREAK.search(gap) or _NP_STOP.search(gap)):
            break
        word = w.group().lower() if not w.group().isupper() else w.group()  # "the WHO said" is a name
        if word in _NP_OUTSIDE and not _inside_subject(text, word, w.end(), c0):
            break
        if opened and word not in _NP_BEFORE_DETERMINER and not (opened in _QUANTIFIERS and word in _ARTICLES):
            outside = start if outside is None else outside
        opened = word if word in _NP_DETERMINERS else ""
        start = w.start()
        if outside is not None and word in _RELATIVES:
            outside = None  # "users who had tested the latest software (reported)": the clause is the subject's
    if outside is not None:
        start = outside
    while start < c0 and text[start].isspace():
        start += 1
    return start


def _inside_subject(text: str, word: str, i: int, c0: int) -> bool:
    """Whether ``word`` (ending at ``i``), read backwards from a cue at ``c0``, still belongs to the cue's subject: a
    relative word that is the subject of its own verb ("Minutes of the meeting which pushed rates up … showed") or
    "than" before a number ("The survey of more than 1,000 people found")."""
    if word in _RELATIVES:
        return _RELATIVE_VERB.match(text, i, c0) is not None
    return word == "than" and _NUMBER_AFTER.match(text, i, c0) is not None


def _clause_start(text: str, s0: int, i: int) -> int:
    """Start of the clause containing ``i``: after the last comma/semicolon/conjunction before it."""
    best = s0
    for m in _CLAUSE_BREAK.finditer(text, s0, i):
        best = m.end()
    while best < i and text[best].isspace():
        best += 1
    return best


_FINDER_CACHE: dict[tuple[int, int], tuple[tuple, tuple, AttributionFinder]] = {}


def finder_for(config) -> AttributionFinder:
    """The finder for a configuration's word lists (built once per distinct lists)."""
    try:
        verbs = config.word_list("attribution-verbs")
        nouns = config.word_list("attribution-nouns")
    except (KeyError, AttributeError):
        verbs, nouns = ATTRIBUTION_VERBS, ATTRIBUTION_NOUNS
    key = (id(verbs), id(nouns))  # the config keeps its lists: identity is a cheap key
    cached = _FINDER_CACHE.get(key)
    if cached is None or cached[0] is not verbs or cached[1] is not nouns:
        cached = _FINDER_CACHE[key] = (verbs, nouns, AttributionFinder(verbs, nouns))
    return cached[2]


def block_attributions(document: Document, block: Block, config=None) -> list[list[Attribution]]:
    """Attributions of each sentence of a block, computed once per document and shared by all rules."""
    cache = document.meta.get(_CACHE)
    if cache is None:
        cache = document.meta[_CACHE] = {}
    found = cache.get(block.index)
    if found is None:
        found = cache[block.index] = finder_for(config).find_block(block)
    return found


def attributions(document: Document, sentence: Sentence, config=None) -> list[Attribution]:
    """Attributions of a sentence, computed once per document (a block at a time) and shared by all rules."""
    block = sentence.block
    found = block_attributions(document, block, config)
    if sentence.index < len(found) and block.sentences[sentence.index] is sentence:
        return found[sentence.index]
    return finder_for(config).find(sentence)  # a sentence made outside the parser


def writer_voice(document: Document, sentence: Sentence, config=None) -> list[tuple[int, int]]:
    """Block-text ranges of ``sentence`` in the writer's own voice (not quoted, not attributed)."""
    return finder_for(config).writer_voice(sentence, attributions(document, sentence, config))
