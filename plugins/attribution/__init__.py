"""Rule family NL3xx: attribution — unsourced figures and judgements, weasel and anonymous sources,
quotes without a speaker. The detection machinery lives in the core (``newslint.text.attribution``,
``sourcing``, ``claims``, ``numbers``); this package holds the rules and their default word lists.
"""
from newslint import hookimpl


@hookimpl
def newslint_rules():
    from newslint_plugins.attribution.claims import UnattributedFigure, UnattributedJudgement
    from newslint_plugins.attribution.quotes import QuoteWithoutSpeaker
    from newslint_plugins.attribution.sourcing import AnonymousSource, UnexplainedAnonymity, VagueAttribution

    return [UnattributedFigure, UnattributedJudgement, VagueAttribution, AnonymousSource, UnexplainedAnonymity,
            QuoteWithoutSpeaker]


@hookimpl
def newslint_word_lists():
    from newslint_plugins.attribution.lexicons import WORD_LISTS

    return WORD_LISTS
