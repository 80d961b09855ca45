"""Default word lists of the attribution family (users extend or replace them in rules.yaml).

Phrases match whole words, case-insensitively; inflections are listed explicitly.
"""
from __future__ import annotations

#: Things whose count a reporter cannot have made alone: casualties, arrests, weapons, homes, jobs.
COUNT_NOUNS = (
    "people", "persons", "individuals", "civilians", "children", "adults", "women", "men", "babies", "pupils",
    "students", "soldiers", "troops", "fighters", "militants", "rebels", "insurgents", "officers", "protesters",
    "demonstrators", "migrants", "refugees", "asylum-seekers", "patients", "deaths", "victims", "casualties",
    "fatalities", "bodies", "passengers", "residents", "households", "homes", "houses", "flats", "properties",
    "jobs", "workers", "employees", "staff", "redundancies", "layoffs", "drones", "missiles", "rockets",
    "shells", "bombs", "tanks", "aircraft", "planes", "jets", "helicopters", "ships", "vessels", "boats",
    "weapons", "guns", "arrests", "fans", "supporters", "voters", "signatures", "subscribers", "customers",
    "users", "visitors", "viewers", "listeners", "copies", "prisoners", "hostages", "detainees", "suspects",
    "infections", "cases", "doses", "complaints", "crimes", "offences", "offenses", "incidents", "attacks",
    "strikes", "raids", "airstrikes", "shootings", "animals", "cattle", "sheep", "trees", "operations",
    "appointments", "procedures", "surgeries", "treatments", "admissions", "referrals", "flights", "evictions",
    "closures", "cancellations",
    "vehicles", "cars", "businesses", "shops", "schools", "hospitals", "beds", "villages", "towns",
)
#: Words that make a nearby number a casualty or arrest count ("three people dead and 11 injured").
CASUALTY_WORDS = (
    "killed", "dead", "died", "die", "killing", "injured", "injuring", "wounded", "wounding", "hurt", "arrested",
    "detained", "missing", "displaced", "evacuated", "rescued", "hospitalised", "hospitalized", "infected",
    "death toll", "lost their lives", "lost their jobs", "laid off", "made redundant",
)
#: Evaluative and characterising words a source must own.
JUDGEMENTS = (
    "arguably", "significant", "significantly", "considerable", "considerably", "unprecedented", "devastating",
    "devastated", "dramatically", "crucial", "controversial", "chaotic", "dire", "historic",
    "landmark", "sweeping", "dangerously", "dominant", "disastrous", "catastrophic", "remarkable",
    "stunning", "shocking", "alarming", "alarmingly", "troubling", "embattled", "beleaguered",
    "bleak", "grim", "staggering", "astonishing", "extraordinary", "spectacular", "humiliating",
    "major blow", "major setback", "major victory", "major boost", "serious blow", "severe blow", "huge blow",
    "a blow to", "a setback for", "a victory for", "a boost for", "remains fluid", "remain fluid",
    "remains uncertain", "remain uncertain", "remains tense", "remain tense", "uncertain future",
    "hopes for", "hopes of a", "amid fears", "amid concerns",
    "fears of a", "sparked fears", "sparked outrage", "sparked anger",
    # intensifiers that make any adjective an evaluation ("painfully slow", "woefully inadequate")
    "painfully", "woefully", "hopelessly", "shockingly", "appallingly", "worryingly", "disappointingly",
    "embarrassingly", "depressingly", "lamentably", "pitifully", "grossly", "dismally", "spectacularly",
    # evaluative adjectives and nouns
    "inadequate", "damning", "scathing", "dismal", "abysmal", "lacklustre", "lackluster", "woeful", "disgraceful",
    "shameful", "inexcusable", "deplorable", "appalling", "fiasco", "debacle", "shambles", "farce",
    "a major disappointment", "a big disappointment", "a huge disappointment", "a bitter disappointment", "statement of intent", "serious failings", "failings",
    "serious shortcomings", "a triumph", "a masterclass", "a coup for", "a snub",
    # causes nobody stated
    "hastened", "hastening", "precipitated",
)
#: Intentions, motives and mental states nobody stated. Declared wishes and plans ("wants to", "is hoping to",
#: "intends to", "is trying to") are left out: in published copy they are the subject's own stated aims far more
#: often than the writer's guess.
MOTIVES = (
    "in a bid to", "in an effort to", "in an attempt to", "an apparent attempt to", "apparent attempt to",
    "in an apparent bid to", "seeking to", "seeks to", "seek to", "is aimed at", "are aimed at", "was aimed at",
    "were aimed at", "to avoid", "serves to justify", "serve to justify", "is determined to", "are determined to",
    "is desperate to", "are desperate to", "in order to avoid", "unsettled", "angered", "infuriated", "frustrated",
    "dismayed", "alarmed", "emboldened", "rattled",
)
#: Predictions with nobody doing the predicting.
PREDICTIONS = (
    "will likely", "will probably", "will almost certainly", "will inevitably", "will certainly",
    "is expected to", "are expected to", "is likely to", "are likely to", "is unlikely to", "are unlikely to",
    "the likely", "is poised to", "are poised to", "is on course to", "are on course to", "is bound to",
    "are bound to", "looks set to", "look set to", "will rise", "will fall", "will exceed", "will increase",
    "will decline", "will drop", "will climb", "will soar", "will plunge", "will double", "will worsen",
    "will collapse", "will fail", "will struggle", "will hurt", "will push", "will force",
)
#: Weasel frames that hide who is speaking (beyond "critics say"-style vague subjects).
VAGUE_PHRASES = (
    "it is believed", "it is thought", "it is said", "it is understood", "it is claimed", "it is alleged",
    "it is reported", "it is rumoured", "it is rumored", "it is feared", "it is widely", "it was believed",
    "it was thought", "it was said", "it was understood", "it has been suggested", "it has been reported",
    "it has been claimed", "it has been said", "it has been alleged", "widely seen as", "widely regarded as",
    "widely considered", "widely believed", "widely thought", "widely expected", "widely viewed as",
    "is said to", "are said to", "was said to", "were said to", "is believed to", "are believed to",
    "was believed to", "is thought to", "are thought to", "is understood to", "has been described as",
    "have been described as", "studies show", "studies have shown", "studies suggest", "research shows",
    "research has shown", "research suggests", "there are fears", "there are concerns", "there is speculation",
    "some have suggested", "some have argued", "some say", "many say", "many believe", "some believe",
    "many feel", "some feel", "many think", "some think", "others feel", "others believe",
)

#: A clause subject's own commitments, plans and decisions: the figures that follow are its terms ("agreed to pay
#: $850m", "fined the coach £2,000").
COMMITMENTS = (
    "agreed to pay", "has agreed to pay", "agreed to", "agreed a", "agreed an", "has agreed", "plans to", "plan to",
    "planned to", "plans for", "plan for", "wants", "wanted", "offered", "has offered", "proposed", "proposes",
    "pledged", "pledges", "promised", "promises", "is to", "are to", "will pay", "bid", "bids", "is seeking",
    "are seeking", "sought", "is offering", "aims to", "aim to", "hoping to", "hopes to", "has set aside", "set aside", "is investing",
    "will invest", "invested", "is spending", "will spend", "budgeted", "earmarked", "target of", "targets",
    "to keep", "to cap", "to limit", "fined", "was fined", "were fined", "ordered to pay", "found guilty of",
    "convicted of", "sentenced to", "awarded",
)

#: Words that put a figure in the same clause on the public record, or make it a rule's term or a survey's sample:
#: fines, bail, damages, prizes, lawsuits, donations, holdings, head counts, entitlements and limits, product
#: prices ("paid £82.7m in fines", "who own 28.9% of the club", "Mori interviewed 6,000 people").
RECORD_WORDS = (
    "fine", "fines", "penalty", "penalties", "bail", "damages", "prize money", "prize fund", "prize", "jackpot",
    "award", "seating", "sued", "suing", "is suing", "lawsuit", "claim filed", "in a claim", "donation", "donations", "donated", "donating", "donor", "donors", "contributed", "accused of",
    "own", "owns", "owned", "stake", "shareholding", "employs", "employing", "employed",
    "entitled to", "entitlement", "threshold", "thresholds", "maximum", "minimum", "allowance", "tax-free",
    "capped at", "cap", "limit", "limits", "limited to", "ceiling",
    "surveyed", "interviewed", "polled", "questioned", "sampled", "sell for", "sells for", "selling for",
    "retail for", "retails for", "recommended price", "hits the shelves", "hit the shelves", "goes on sale",
    "go on sale", "capable of", "compiled",
    "to settle", "to buy", "to acquire", "bought for", "sold for", "acquired for", "auction", "to the party", "subject to", "income tax", "tax rate",
    "top rate", "vat", "stamp duty",
)

#: Words that mark market data and retail prices: a markets desk does not attribute these moves.
MARKET_WORDS = (
    "shares", "share price", "stock", "stocks", "index", "ftse", "dow", "dow jones", "nasdaq", "nikkei", "dax",
    "cac", "hang seng", "s&p", "closed at", "closed down", "closed up", "trading", "traded", "the dollar",
    "the euro", "the pound", "sterling", "the yen", "oil prices", "crude", "priced at", "retails at",
    "on sale", "tickets", "an ounce", "a barrel", "per barrel", "gold", "bond yields", "stock value", "gainer",
    "gainers", "fallers", "market value", "in value", "pence", "currency", "interest rate", "interest rates", "key rate", "base rate", "rates to",
    "rates at",
)

WORD_LISTS = {
    "attribution-market-words": MARKET_WORDS,
    "attribution-commitments": COMMITMENTS,
    "attribution-record-words": RECORD_WORDS,
    "attribution-count-nouns": COUNT_NOUNS,
    "attribution-casualty-words": CASUALTY_WORDS,
    "attribution-judgements": JUDGEMENTS,
    "attribution-motives": MOTIVES,
    "attribution-predictions": PREDICTIONS,
    "attribution-vague-phrases": VAGUE_PHRASES,
}
