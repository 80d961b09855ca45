"""An example newslint plugin: the hooks newslint calls, and nothing else.

newslint finds this module through the ``newslint`` entry point declared in
pyproject.toml and calls every function marked ``@hookimpl`` whose name is a
hook of ``newslint.hookspecs``.
"""
from __future__ import annotations

from newslint import hookimpl

from newslint_example.relative_day import RelativeDay

__version__ = "0.1.0"


@hookimpl
def newslint_rules():
    """The rule classes this plugin adds."""
    return [RelativeDay]


@hookimpl
def newslint_word_lists():
    """Shared word lists; users can replace or extend them under ``word-lists`` in rules.yaml."""
    return {"relative-days": ("yesterday", "tomorrow", "last night", "tomorrow night")}
