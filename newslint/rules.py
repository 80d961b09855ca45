"""The rule API: rule classes with metadata, typed options, and the context they report to.

A document-scope rule implements :meth:`Rule.check`. A project-scope rule sees
every document of a run: :meth:`Rule.extract` runs per document (possibly in a
worker process, so it must return something small and picklable) and
:meth:`Rule.finish` runs once with every extract.
"""
from __future__ import annotations

import dataclasses
import re
import typing
from typing import Any, ClassVar, Iterable, Mapping

from newslint.model import Block, Document, Finding, Fix, Related, Severity, Span

CODE_PATTERN = re.compile(r"^[A-Z]{2,5}[0-9]{3}$")
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$")
FAMILIES = {"NL0": "core", "NL1": "duplicates", "NL2": "headlines", "NL3": "attribution", "NL4": "hedging"}


@dataclasses.dataclass(frozen=True)
class NoOptions:
    """Options of a rule that takes none."""


class Rule:
    """Base class of all rules. Subclasses set the class attributes and implement ``check``.

    The class docstring is the rule's documentation, in three Markdown sections:
    ``## What it does``, ``## Why is this bad?`` and ``## Example``.
    """

    code: ClassVar[str]
    name: ClassVar[str]
    summary: ClassVar[str]
    default_severity: ClassVar[Severity] = Severity.WARNING
    enabled_by_default: ClassVar[bool] = True
    scope: ClassVar[str] = "document"
    Options: ClassVar[type] = NoOptions

    def __init__(self, options: Any, config: Any) -> None:
        self.options = options
        self.config = config

    @classmethod
    def family(cls) -> str:
        """The rule family: first-party families by code range, else the code prefix."""
        return FAMILIES.get(cls.code[:3], re.sub(r"\d+$", "", cls.code))

    @classmethod
    def documentation(cls) -> str:
        """The rule's Markdown documentation (its docstring, dedented)."""
        import inspect

        return inspect.cleandoc(cls.__doc__ or "")

    def check(self, document: Document, ctx: "RuleContext") -> Iterable[Finding] | None:
        """Report problems in one document through ``ctx``. Document scope only."""
        raise NotImplementedError

    def extract(self, document: Document) -> Any:
        """Project scope: a small picklable summary of one document."""
        raise NotImplementedError

    def finish(self, extracts: Mapping[str, Any], ctx: "ProjectContext") -> None:
        """Project scope: report through ``ctx`` after every document was extracted."""
        raise NotImplementedError


class RuleContext:
    """Where a document-scope rule reports its findings."""

    def __init__(self, rule: Rule, document: Document):
        self.rule = rule
        self.document = document
        self.findings: list[Finding] = []

    def report(self, start: int, end: int, message: str, *, suggestion: str | None = None,
               fix: Fix | None = None, related: Iterable[Related] = ()) -> Finding:
        """Report ``[start, end)`` (source offsets of the document)."""
        return self.report_span(self.document.span(start, end), message, suggestion=suggestion,
                                fix=fix, related=related)

    def report_block(self, block: Block, start: int, end: int, message: str, **kw: Any) -> Finding:
        """Report block-text range ``[start, end)`` of ``block``."""
        s, e = block.source_range(start, end)
        return self.report(s, e, message, **kw)

    def report_span(self, span: Span, message: str, *, suggestion: str | None = None,
                    fix: Fix | None = None, related: Iterable[Related] = ()) -> Finding:
        rule = self.rule
        finding = Finding(rule.code, rule.name, rule.default_severity, message, self.document.path,
                          span, suggestion=suggestion, fix=fix, related=tuple(related))
        self.findings.append(finding)
        return finding

    def related(self, start: int, end: int, message: str) -> Related:
        """A related location ``[start, end)`` in the same document."""
        return Related(self.document.path, self.document.span(start, end), message)


class ProjectContext:
    """Where a project-scope rule reports, with spans computed during ``extract``."""

    def __init__(self, rule: Rule):
        self.rule = rule
        self.findings: list[Finding] = []

    def report(self, path: str, span: Span, message: str, *, suggestion: str | None = None,
               fix: Fix | None = None, related: Iterable[Related] = ()) -> Finding:
        rule = self.rule
        finding = Finding(rule.code, rule.name, rule.default_severity, message, path, span,
                          suggestion=suggestion, fix=fix, related=tuple(related))
        self.findings.append(finding)
        return finding


# --- options ---------------------------------------------------------------

class OptionError(ValueError):
    """An option value of the wrong type; ``key`` names the option."""

    def __init__(self, key: str, message: str):
        self.key = key
        super().__init__(message)


def option_fields(options_cls: type) -> list[tuple[str, Any, dataclasses.Field]]:
    """``(kebab-name, type, field)`` for each option of an Options dataclass."""
    if not dataclasses.is_dataclass(options_cls):
        return []
    hints = typing.get_type_hints(options_cls)
    return [(f.name.replace("_", "-"), hints[f.name], f) for f in dataclasses.fields(options_cls)]


def option_default(f: dataclasses.Field) -> Any:
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.default_factory is not dataclasses.MISSING:  # type: ignore[misc]
        return f.default_factory()  # type: ignore[misc]
    return None


def build_options(options_cls: type, raw: Mapping[str, Any], word_list: Any = None) -> Any:
    """Validate ``raw`` (kebab-case keys) into an instance of ``options_cls``.

    List options accept ``"@name"`` items, expanded from the shared word lists
    through ``word_list(name)``. Raises :class:`OptionError`.
    """
    if not raw:  # the defaults: no need to evaluate the type hints
        return options_cls()
    fields = {name: (tp, f) for name, tp, f in option_fields(options_cls)}
    values: dict[str, Any] = {}
    for key, value in raw.items():
        if key not in fields:
            known = ", ".join(sorted(fields)) or "none"
            raise OptionError(key, f"unknown option {key!r} (known: {known})")
        tp, f = fields[key]
        values[f.name] = _coerce(key, value, tp, word_list)
    return options_cls(**values)


def _coerce(key: str, value: Any, tp: Any, word_list: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (list, tuple, frozenset, set):
        if not isinstance(value, list):
            raise OptionError(key, f"option {key!r} must be a list, got {type(value).__name__}")
        args = typing.get_args(tp)
        item_tp = args[0] if args else str
        items: list[Any] = []
        for item in value:
            if isinstance(item, str) and item.startswith("@") and word_list is not None:
                items.extend(word_list(item[1:]))
            else:
                items.append(_coerce(key, item, item_tp, word_list))
        return tuple(items) if origin is tuple else origin(items)
    if origin is typing.Literal:
        choices = typing.get_args(tp)
        if value not in choices:
            raise OptionError(key, f"option {key!r} must be one of {', '.join(map(str, choices))}")
        return value
    if tp is bool:
        if not isinstance(value, bool):
            raise OptionError(key, f"option {key!r} must be true or false")
        return value
    if tp is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise OptionError(key, f"option {key!r} must be an integer")
        return value
    if tp is float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise OptionError(key, f"option {key!r} must be a number")
        return float(value)
    if tp is str:
        if not isinstance(value, str):
            raise OptionError(key, f"option {key!r} must be a string")
        return value
    return value


def validate_rule_class(rule: type) -> str | None:
    """Return what is wrong with a rule class's metadata, or None."""
    for attr in ("code", "name", "summary"):
        if not isinstance(getattr(rule, attr, None), str):
            return f"rule {rule.__name__} has no {attr}"
    if not CODE_PATTERN.match(rule.code):
        return f"rule {rule.__name__} has invalid code {rule.code!r} (want 2-5 capitals + 3 digits)"
    if not NAME_PATTERN.match(rule.name):
        return f"rule {rule.code} has invalid name {rule.name!r} (want kebab-case)"
    if rule.scope not in ("document", "project"):
        return f"rule {rule.code} has invalid scope {rule.scope!r}"
    return None
