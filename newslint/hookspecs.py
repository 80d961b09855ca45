"""The newslint plugin contract: every hook a plugin may implement.

Plugins are modules or objects with functions decorated by
``newslint.hookimpl``, registered through the ``newslint`` entry-point group::

    [project.entry-points.newslint]
    myrules = "my_package.rules"

Hooks are called with keyword arguments; an implementation may accept any
subset of a hook's parameters (pluggy matches them by name). First-party rule
families are registered exactly this way.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Mapping, Sequence

import pluggy

if TYPE_CHECKING:
    from newslint.config import Config, OptionParser
    from newslint.formatters import Formatter
    from newslint.model import Document, Finding
    from newslint.report import Report
    from newslint.rules import Rule

hookspec = pluggy.HookspecMarker("newslint")
#: Decorator for plugin functions that implement a hook.
hookimpl = pluggy.HookimplMarker("newslint")


@hookspec(historic=True)
def newslint_addoption(parser: "OptionParser") -> None:
    """Add command-line options and top-level ``rules.yaml`` settings.

    :param parser: call ``parser.add_option(*flags, **argparse_kwargs)`` for a
        ``newslint check`` flag and ``parser.add_setting(name, default, help)``
        for a top-level configuration key (read back with ``config.setting(name)``).
    :return: nothing.
    """


@hookspec(historic=True)
def newslint_configure(config: "Config") -> None:
    """Called once the configuration is final, before any file is read.

    :param config: the resolved :class:`newslint.config.Config`.
    :return: nothing. Raise :class:`newslint.errors.NewslintError` to stop the run.
    """


@hookspec
def newslint_rules() -> "Sequence[type[Rule]]":
    """Declare rule classes (subclasses of :class:`newslint.rules.Rule`).

    Codes must match ``[A-Z]{2,5}[0-9]{3}`` and be unique; the prefix ``NL`` is
    reserved for first-party rules.

    :return: a sequence of rule classes.
    """


@hookspec
def newslint_word_lists() -> "Mapping[str, Sequence[str]]":
    """Declare default shared word lists (lexicons) by name.

    Users replace or extend them under ``word-lists`` in ``rules.yaml``; rules
    read them with ``config.word_list(name)``.

    :return: a mapping of list name to words and phrases.
    """


@hookspec
def newslint_formatters() -> "Sequence[type[Formatter]]":
    """Declare output formats (subclasses of :class:`newslint.formatters.Formatter`).

    :return: a sequence of formatter classes, each with a unique ``name``.
    """


@hookspec(firstresult=True)
def newslint_parse(path: str, source: str, config: "Config") -> "Document | None":
    """Turn a file's decoded text into a :class:`newslint.model.Document`.

    The first non-None result wins; the built-in Markdown and text parsers run
    last, so a plugin can claim other formats (HTML, NITF) by extension.

    :param path: the path as given, POSIX separators.
    :param source: the decoded text with ``\\n`` line endings.
    :param config: the run's configuration.
    :return: a Document, or None to let another parser try.
    """


@hookspec
def newslint_check(document: "Document", config: "Config") -> "Iterable[Finding] | None":
    """Check one document and return findings.

    The core implements this hook by running every selected document-scope
    rule. Other implementations may add findings (their codes must be
    registered by a rule) or, as ``wrapper=True`` hooks, filter the result.

    :param document: the parsed document.
    :param config: the configuration in effect for this document's path.
    :return: findings, or None.
    """


@hookspec
def newslint_report(report: "Report", config: "Config") -> None:
    """Side outputs after the main formatter has written (metrics, summaries).

    :param report: the run's :class:`newslint.report.Report`.
    :param config: the run's configuration.
    :return: nothing.
    """


@hookspec
def newslint_unconfigure(config: "Config") -> None:
    """Called at the end of a run, for teardown.

    :param config: the run's configuration.
    :return: nothing.
    """


def hook_names() -> list[str]:
    """Names of all hooks in this contract (used by the docs check)."""
    return sorted(n for n, v in globals().items() if n.startswith("newslint_") and callable(v))


__all__: list[Any] = ["hookspec", "hookimpl", "hook_names"]
