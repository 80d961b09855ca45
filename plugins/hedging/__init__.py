"""Rule family NL4xx: hedging language in the writer's own voice.

Quotes, attributed clauses and legal "alleged" are not the writer's hedges; see
``docs/hedging.md``. Modules: :mod:`.lexicons` (default word lists),
:mod:`.context` and :mod:`.legal` (is this use a hedge?), :mod:`.scan` (one
scan per document), :mod:`.rules` (the rules).
"""
from newslint import hookimpl

from .lexicons import WORD_LISTS
from .rules import RULES


@hookimpl
def newslint_rules():
    return list(RULES)


@hookimpl
def newslint_word_lists():
    return dict(WORD_LISTS)
