"""Default word lists of the hedging family (shared lists, extendable in ``rules.yaml``).

Every list is matched whole-word and case-insensitively by
:class:`newslint.text.lexicon.Lexicon`; a phrase's inner spaces match any
whitespace. The lists say *what* may be a hedge; the context rules in
:mod:`.context` and :mod:`.legal` decide whether a given use is one.
"""
from __future__ import annotations

#: Epistemic modals ("may have been", "could be higher"); ability, permission and nouns are filtered out.
HEDGE_MODALS = ("may", "might", "could", "may well", "might well", "could well")

#: Epistemic verb frames. "X to" frames need a verb after them; "believed to" and
#: its kin need a passive ("is believed to"); "suggests that" needs a subject
#: that is not a person or a source document; a bare "appears"/"seems" needs an
#: adjective or participle after it ("appears divided", not "appeared in court").
HEDGE_VERBS = (
    "appear to", "appears to", "appeared to", "it appears", "it appeared", "it would appear",
    "seem to", "seems to", "seemed to", "it seems", "it seemed", "it would seem",
    "appear", "appears", "appeared", "seem", "seems", "seemed",
    "believed to", "thought to", "said to", "understood to", "rumoured to", "rumored to",
    "tend to", "tends to", "tended to",
    "suggests that", "suggest that", "suggested that", "indicates that", "indicate that",
)

#: Epistemic and hearsay adverbs.
HEDGE_ADVERBS = (
    "reportedly", "apparently", "possibly", "perhaps", "probably", "presumably", "seemingly",
    "arguably", "supposedly", "purportedly", "conceivably", "ostensibly", "maybe",
)

#: Epistemic adjectives; "apparent", "supposed", "purported" and "probable" only before a noun.
HEDGE_ADJECTIVES = ("apparent", "purported", "supposed", "so-called", "possible", "likely", "probable")

#: Legal hedges, checked against legal usage (AP "allege").
HEDGE_ALLEGATIONS = ("alleged", "allegedly")

#: Words that hedge only weakly alone and are reported only when stacked with another hedge.
HEDGE_WEAK = ("potentially", "suggest", "suggests", "indicate", "indicates")

#: Approximators, checked only in front of a figure (rule NL407, off by default).
HEDGE_APPROXIMATORS = (
    "about", "around", "roughly", "approximately", "nearly", "almost", "some", "up to", "as many as",
    "as much as", "an estimated", "close to", "upwards of", "in the region of",
)

#: Fixed phrases that are never hedges; a hedge inside one of them is ignored.
HEDGE_EXCEPTIONS = (
    "as soon as possible", "if possible", "where possible", "wherever possible", "whenever possible",
    "when possible", "as far as possible", "so far as possible", "made possible", "make possible",
    "makes possible", "making possible", "made it possible", "make it possible", "makes it possible",
    "making it possible", "be that as it may", "come what may", "might as well", "may as well",
    "could as well", "likely voters", "likely caucusgoers", "more likely", "less likely", "as likely",
    "equally likely", "heir apparent", "heirs apparent", "supposed to", "presumed innocent",
    "could not", "could never", "could only", "could hardly", "could barely", "could scarcely",
    "could no longer", "could do nothing", "could do little", "could do no wrong", "not possibly", "cannot possibly",
    "could not possibly", "all possible", "every possible", "any way possible", "could be anything",
    "may be anything", "might be anything", "could then", "might like to", "may like to", "might want to",
    "may want to", "might wish to", "may wish to", "pigs might fly", "might be expected", "may be expected",
    "could be expected", "might have been expected", "could have been expected", "might have been hoped",
    "what might have been", "what could have been", "when it seemed", "as it seemed", "could have been better",
    "could have been worse", "might have been better", "might have been worse",
    # advice and waste, not doubt: "it may be worthwhile taking advice", "money that could be put to better use"
    "may be worthwhile", "might be worthwhile", "may be advisable", "might be advisable", "may be wise",
    "might be wise", "could be put to better use", "could be better spent",
)

#: Stance cues: a hedge after one of these in the sentence is the doubt of whoever fears, believes or
#: expects ("Critics believe it could…", "amid fears that prices may…"), not the writer's.
STANCE_CUES = (
    "fear", "fears", "feared", "fearful", "afraid", "worried", "worry", "worries", "concerned", "concern",
    "concerns", "believe", "believes", "believed", "think", "thinks", "thought", "hope", "hopes", "hoped",
    "expect", "expects", "expected", "suspect", "suspects", "suspected", "speculation", "speculate",
    "speculated", "imagine", "saying", "suggesting", "adding", "claiming", "claimed", "claims that", "claim that",
    "arguing", "insisting", "warning", "predicting", "argue", "argues", "argued", "insist", "insists", "convinced",
    "optimistic", "pessimistic", "confident",
    "hoping", "fearing", "believing", "expecting", "agree", "agrees", "agreed", "found that", "find that",
    "finds that", "show that", "shows that", "showed that", "concluded", "idea", "prospect", "possibility",
    "notion", "assumption", "belief", "theory", "suggestion", "suggestions", "rumours", "rumors",
    "say that", "says that", "said that", "added that", "told", "hinted", "hints", "accept that", "accepts that",
    "accepted that", "sceptical", "skeptical", "doubt", "doubts", "doubted", "questioned", "wondered", "warn",
    "warns", "warned", "point out", "points out", "pointed out", "predict", "predicts", "predicted", "predicting",
    "explaining", "accusing", "citing", "describing", "warnings", "scathing", "critical", "dismissive",
    "hopeful", "wonder", "wonders", "wondering", "asked about", "asked whether", "asked if", "persuade",
    "persuaded", "convince", "view that", "opinion that", "suggest", "suggests", "suggested that",
    "indicate that", "indicates that", "indicated that", "recommend", "recommends", "recommended", "said",
    "says", "say", "feel", "feels", "felt that", "confirm", "confirmed", "confirming", "deny", "denied", "denying",
)

#: Verbs that make "could" past ability or perception ("could see", "could be heard").
ABILITY_VERBS = (
    "see", "hear", "feel", "smell", "taste", "watch", "notice", "spot", "sense", "remember", "recall",
    "recognise", "recognize", "imagine", "understand", "afford", "manage", "cope", "tell",
    "make out", "have scored", "have won", "have had", "have gone", "have taken", "have done", "be seen",
    "be heard", "be felt", "be spotted", "be glimpsed", "be smelled", "be smelt",
    # capability, not doubt: "the card could be used to back up data", "a phone that could display video"
    "use", "be used", "display", "store", "be stored", "send", "be sent", "record", "be recorded", "transmit",
    "download", "be downloaded", "access", "be accessed", "be played", "be viewed", "be installed", "handle",
)

#: Skills that make "could" past ability only with a person as subject ("she could swim", "he could
#: climb"); with anything else the modal is a prediction ("temperatures could climb further").
SKILL_VERBS = (
    "read", "write", "speak", "swim", "paint", "draw", "sing", "dance", "play", "run", "walk", "ride", "drive",
    "recite", "climb", "cook", "sew", "lift", "type", "count",
)

#: Verbs that make "may" permission ("residents may apply for", "visitors may enter").
PERMISSION_VERBS = (
    "apply for", "apply online", "request", "book", "register", "enter", "claim", "submit", "appeal",
    "opt", "choose", "contact", "park", "vote", "attend", "speak", "sign up", "take part", "visit",
    "collect", "access", "download", "ask for", "buy", "order", "cancel", "withdraw", "enrol", "enroll",
    "drop off", "borrow", "renew", "reserve", "camp", "exchange",
)

#: Crimes and offences (nouns) and criminal acts (verbs): "alleged fraud", "allegedly stole".
LEGAL_OFFENCES = (
    "crime", "crimes", "offence", "offences", "offense", "offenses", "fraud", "frauds", "murder", "murders",
    "manslaughter", "assault", "assaults", "attack", "attacks", "rape", "rapes", "abuse", "abuses",
    "theft", "thefts", "robbery", "robberies", "burglary", "burglaries", "bribery", "bribe", "bribes",
    "corruption", "embezzlement", "misconduct", "harassment", "stalking", "kidnapping", "kidnap",
    "trafficking", "smuggling", "laundering", "extortion", "blackmail", "forgery", "arson", "shooting",
    "stabbing", "killing", "killings", "homicide", "terrorism", "plot", "conspiracy", "wrongdoing",
    "irregularities", "breach", "breaches", "violation", "violations", "offending", "hacking",
    "insider dealing", "insider trading", "price fixing", "price-fixing", "tax evasion", "doping",
    "cheating", "match-fixing", "match fixing", "war crimes", "genocide", "torture", "spying", "espionage",
    "stole", "stolen", "steal", "stealing", "forged", "forging", "murdered", "killed", "kill", "raped",
    "assaulted", "attacked", "abused", "defrauded", "embezzled", "bribed", "laundered", "smuggled",
    "trafficked", "kidnapped", "stabbed", "shot", "hacked", "threatened", "harassed", "stalked",
    "blackmailed", "extorted", "misused", "misappropriated", "diverted", "falsified", "lied", "cheated",
    "set fire", "tried to kill", "sexually", "deceit", "deception", "negligence", "misrepresentation",
    "mis-selling", "collusion", "discrimination", "cover-up", "racketeering", "rigging", "manipulation", "tampering",
)

#: People labelled by a crime or as a victim: "alleged killer John Smith", "alleged victim".
LEGAL_LABELS = (
    "killer", "killers", "murderer", "murderers", "arsonist", "arsonists", "thief", "thieves", "rapist",
    "rapists", "attacker", "attackers", "gunman", "gunmen", "shooter", "shooters", "fraudster", "fraudsters",
    "perpetrator", "perpetrators", "ringleader", "ringleaders", "mastermind", "abuser", "abusers", "bomber",
    "bombers", "hacker", "hackers", "smuggler", "smugglers", "terrorist", "terrorists", "paedophile",
    "pedophile", "stalker", "kidnapper", "kidnappers", "victim", "victims",
)

#: Legal process that makes "alleged"/"allegedly" the required, legal use in its paragraph.
LEGAL_ANCHORS = (
    "charged", "charges", "charge", "indicted", "indictment", "trial", "court", "courts", "court's", "court’s",
    "prosecutor",
    "prosecutors", "prosecution", "prosecuted", "jury", "jurors", "judge", "pleaded", "pleads", "denies",
    "denied", "convicted", "acquitted", "arrested", "arrest", "accused", "lawsuit", "sued", "suing",
    "police", "detectives", "investigation", "investigators", "inquest", "tribunal", "hearing",
    "allegation", "allegations", "complaint", "complainant", "disciplinary",
)

#: A court case that makes "alleged"/"allegedly" legal anywhere in the story (the suspect is charged).
COURT_ANCHORS = (
    "charged with", "indicted", "on trial", "trial", "court", "courts", "court's", "court’s", "prosecutors",
    "prosecution", "jury", "jurors", "defendant", "defendants", "pleaded", "convicted", "acquitted",
)

WORD_LISTS: dict[str, tuple[str, ...]] = {
    "hedge-modals": HEDGE_MODALS,
    "hedge-verbs": HEDGE_VERBS,
    "hedge-adverbs": HEDGE_ADVERBS,
    "hedge-adjectives": HEDGE_ADJECTIVES,
    "hedge-allegations": HEDGE_ALLEGATIONS,
    "hedge-weak": HEDGE_WEAK,
    "hedge-approximators": HEDGE_APPROXIMATORS,
    "hedge-exceptions": HEDGE_EXCEPTIONS,
    "stance-cues": STANCE_CUES,
    "ability-verbs": ABILITY_VERBS,
    "skill-verbs": SKILL_VERBS,
    "permission-verbs": PERMISSION_VERBS,
    "legal-offences": LEGAL_OFFENCES,
    "legal-labels": LEGAL_LABELS,
    "legal-anchors": LEGAL_ANCHORS,
    "court-anchors": COURT_ANCHORS,
}
