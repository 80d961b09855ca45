"""newslint: a linter for news drafts.

Public API: :func:`lint_text`, :data:`hookimpl` for plugins, and the model
and rule classes re-exported below.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from newslint.hookspecs import hookimpl
    from newslint.model import (
        Block, BlockKind, Document, Edit, Finding, Fix, Position, Quote, Related, Sentence, Severity, Span,
    )
    from newslint.rules import ProjectContext, Rule, RuleContext

#: Re-exported names and their modules, imported on first use: ``newslint --version`` and
#: ``--help`` need neither pluggy nor the model.
_EXPORTS = {
    "hookimpl": "newslint.hookspecs",
    **dict.fromkeys(("Block", "BlockKind", "Document", "Edit", "Finding", "Fix", "Position", "Quote", "Related",
                     "Sentence", "Severity", "Span"), "newslint.model"),
    **dict.fromkeys(("ProjectContext", "Rule", "RuleContext"), "newslint.rules"),
}


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


_default_session: Any = None


def make_config(config: Any = None) -> Any:
    """Turn ``None`` (defaults), a mapping (rules.yaml content), a path or a Config into a Config."""
    import os

    from newslint.config import Config, load_config, parse_config

    if config is None:
        return Config()
    if isinstance(config, Config):
        return config
    if isinstance(config, dict):
        return parse_config(config, {}, "<config>", os.getcwd())
    return load_config(config)


def lint_text(text: str, path: str = "draft.md", config: Any = None) -> list[Finding]:
    """Lint ``text`` as if it were the file ``path``; return findings sorted by position.

    ``config`` may be None (built-in defaults), a mapping with ``rules.yaml``
    content, a path to a config file, or a :class:`newslint.config.Config`.
    Project-scope rules (cross-file checks) run over this one document.
    """
    from newslint.runner import Session

    global _default_session
    if config is None:
        if _default_session is None:
            _default_session = Session(make_config(None))
        session = _default_session
    else:
        session = Session(make_config(config))
    result = session.lint_source(path, text, keep_source=True)
    findings = result.findings + session.finish([result])
    if result.errors:
        from newslint.errors import NewslintError

        raise NewslintError(result.errors[0].message)
    return sorted(findings, key=lambda f: f.sort_key)


__all__ = ["__version__", "hookimpl", "lint_text", "make_config", "Block", "BlockKind", "Document", "Edit",
           "Finding", "Fix", "Position", "Quote", "Related", "Sentence", "Severity", "Span", "Rule",
           "RuleContext", "ProjectContext"]
