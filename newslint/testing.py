"""Testing kit for rule authors: a pytest plugin (entry point ``pytest11``) and a table-driven tester.

Installed with newslint, so any test suite gets the ``lint`` fixture::

    def test_flags_it(lint):
        findings = lint("# Title\\n\\nIt happened yesterday.\\n", {"select": ["EX101"]})
        assert [f.code for f in findings] == ["EX101"]

and can check one rule against tables of texts::

    from newslint.testing import RuleTester

    def test_time_reference():
        RuleTester(TimeReference).run(
            valid=["# T\\n\\nIt happened on Monday.\\n"],
            invalid=[("# T\\n\\nIt happened yesterday.\\n", [("EX101", 3, 13)])],
        )
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

import pytest

from newslint import hookimpl
from newslint.model import Finding
from newslint.rules import Rule

__all__ = ["RuleTester", "Expected", "lint_text", "apply_fixes", "lint"]


def lint_text(text: str, config: Any = None, *, path: str = "draft.md", plugins: Sequence[Any] | None = None,
              ) -> list[Finding]:
    """Lint ``text`` as the file ``path`` and return its findings sorted by position.

    ``config`` is rules.yaml content (a mapping), a path or a Config. With
    ``plugins`` only the core and those plugin modules (or objects) are loaded;
    otherwise every installed plugin is, as on the command line. A crashing rule
    fails the test with the crash message.
    """
    from newslint import make_config
    from newslint.runner import Session

    session = Session(make_config(config), load_entry_points=plugins is None, extra_plugins=plugins or ())
    result = session.lint_source(path, text, keep_source=True)
    if result.errors:
        pytest.fail("; ".join(e.message for e in result.errors), pytrace=False)
    return sorted(result.findings + session.finish([result]), key=lambda f: f.sort_key)


def apply_fixes(text: str, findings: Iterable[Finding]) -> str:
    """``text`` with the safe, non-overlapping fixes of ``findings`` applied (what ``--fix`` writes)."""
    from newslint.fixes import apply_edits, choose_fixes

    return apply_edits(text, [e for f in choose_fixes(findings) for e in f.fix.edits], "\n")  # type: ignore[union-attr]


@dataclass(frozen=True)
class Expected:
    """One finding an invalid case must produce; ``message`` is a substring, None to skip it."""

    code: str
    line: int
    column: int
    message: str | None = None

    @classmethod
    def of(cls, item: Any) -> "Expected":
        """From ``(code, line, column)``, ``(code, line, column, message)`` or a mapping with those keys."""
        if isinstance(item, Expected):
            return item
        if isinstance(item, Mapping):
            return cls(item["code"], item["line"], item["column"], item.get("message"))
        return cls(*item)

    def matches(self, f: Finding) -> bool:
        return (f.code, f.span.start.line, f.span.start.column) == (self.code, self.line, self.column) and \
            (self.message is None or self.message in f.message)


class _OnlyRule:
    """A plugin object that registers one rule class."""

    def __init__(self, rule: type[Rule]):
        self.__name__ = f"testing:{rule.code}"
        self.rule = rule

    @hookimpl
    def newslint_rules(self) -> list[type[Rule]]:
        return [self.rule]


class RuleTester:
    """Table-driven tests for one rule, in isolation from other installed plugins.

    ``plugins`` are the modules to load (default: just the rule); ``config`` is
    rules.yaml content shared by every case, which selects only the rule unless
    it says otherwise. Cases of :meth:`run`:

    * valid: a text, or ``{"text": ..., "config": ..., "path": ...}``; it must give no finding of the rule;
    * invalid: ``(text, errors)`` or ``{"text", "errors", "config", "path", "output"}`` where
      ``errors`` lists exactly the findings expected, each ``(code, line, column[, message part])``,
      and ``output`` is the text after applying the safe fixes.
    """

    def __init__(self, rule: type[Rule], *, config: Mapping[str, Any] | None = None,
                 plugins: Sequence[Any] | None = None):
        self.rule = rule
        self.config = dict(config or {})
        self.plugins = list(plugins) if plugins is not None else [_OnlyRule(rule)]

    def lint(self, text: str, config: Mapping[str, Any] | None = None, path: str = "draft.md") -> list[Finding]:
        """Findings of this rule on ``text``."""
        merged = {"select": [self.rule.code], **self.config, **(config or {})}
        return [f for f in lint_text(text, merged, path=path, plugins=self.plugins) if f.code == self.rule.code]

    def check_valid(self, case: Any) -> str | None:
        """What is wrong with a valid case, or None."""
        case = {"text": case} if isinstance(case, str) else dict(case)
        found = self.lint(case["text"], case.get("config"), case.get("path", "draft.md"))
        if found:
            return f"valid text gave {_describe(found)}:\n{_indent(case['text'])}"
        return None

    def check_invalid(self, case: Any) -> str | None:
        """What is wrong with an invalid case, or None."""
        case = dict(zip(("text", "errors"), case)) if isinstance(case, (tuple, list)) else dict(case)
        expected = [Expected.of(e) for e in case["errors"]]
        if not expected:
            return "an invalid case needs at least one expected finding"
        found = self.lint(case["text"], case.get("config"), case.get("path", "draft.md"))
        if len(found) != len(expected) or not all(e.matches(f) for e, f in zip(expected, found)):
            want = ", ".join(f"{e.code} {e.line}:{e.column}" + (f" ~{e.message!r}" if e.message else "")
                             for e in expected)
            return f"expected {want}\n  got {_describe(found)}:\n{_indent(case['text'])}"
        if "output" in case:
            fixed = apply_fixes(case["text"], found)
            if fixed != case["output"]:
                return f"fixed text differs:\n  expected {case['output']!r}\n  got      {fixed!r}"
        return None

    def run(self, valid: Iterable[Any] = (), invalid: Iterable[Any] = ()) -> None:
        """Check every case and fail once, listing every case that went wrong."""
        problems = [p for p in [*map(self.check_valid, valid), *map(self.check_invalid, invalid)] if p]
        if problems:
            pytest.fail(f"{self.rule.code}: {len(problems)} case(s) failed\n\n" + "\n\n".join(problems),
                        pytrace=False)


def _describe(findings: list[Finding]) -> str:
    if not findings:
        return "no finding"
    return ", ".join(f"{f.code} {f.span.start.line}:{f.span.start.column} {f.message!r}" for f in findings)


def _indent(text: str) -> str:
    return "\n".join("    | " + line for line in text.splitlines())


@pytest.fixture
def lint():
    """Lint a text with a given config: ``lint(text, config=None, *, path="draft.md", plugins=None)``."""
    return lint_text
