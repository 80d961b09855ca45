"""Regular expressions from users (config options, house rules) that cannot hang a run.

Two guards, because Python's ``re`` backtracks:

* :func:`pattern_problem` refuses, before any text is read, the shapes that
  backtrack exponentially: a variable quantifier inside a repeated group
  (``(a+)+``, ``(\\w+\\s?)*``), an alternation inside a repeated group (``(a|aa)*``) and
  backreferences. A refused pattern is a config error at ``file:line:col``.
* :class:`GuardedPattern` runs each search under a time limit, for what a
  static check cannot see (polynomial patterns such as ``\\s*\\s*\\s*x`` on a long
  paragraph). The limit uses ``SIGALRM`` and so applies in the main thread on
  POSIX systems (also in ``--jobs`` worker processes); elsewhere only the static
  check protects.

Use :func:`compile_option` in a rule's ``__init__`` so that a bad pattern is
reported at the option in ``rules.yaml``.
"""
from __future__ import annotations

import re
import signal
import threading
from contextlib import contextmanager
from re import _constants as _c, _parser  # type: ignore[attr-defined]
from typing import Any, Iterator

MAX_PATTERN_CHARS = 1000
DEFAULT_TIME_LIMIT = 2.0  # seconds per search; a block of a news draft takes microseconds
_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, _c.POSSESSIVE_REPEAT)


class UnsafePatternError(ValueError):
    """A pattern that does not compile or can backtrack catastrophically."""


class RegexTimeout(RuntimeError):
    """A search ran over its time limit (reported as a crash of the rule that ran it)."""


def pattern_problem(pattern: str) -> str | None:
    """Why ``pattern`` is refused, or None. See the module documentation."""
    if len(pattern) > MAX_PATTERN_CHARS:
        return f"regular expression longer than {MAX_PATTERN_CHARS} characters"
    try:
        tree = _parser.parse(pattern)
    except re.error as exc:
        return f"invalid regular expression {pattern!r}: {exc}"
    return _walk(tree, pattern, repeated=False)


def _walk(items: Any, pattern: str, repeated: bool) -> str | None:
    risky = f"in {pattern!r} can backtrack catastrophically"
    for op, av in items:
        if op in _REPEATS:
            if repeated and av[0] != av[1]:  # a fixed count inside (\d{3}) cannot be split two ways
                return f"nested quantifier {risky}; use a single quantifier"
            problem = _walk(av[2], pattern, repeated or av[1] > 1)
        elif op is _c.BRANCH:
            if repeated:
                return f"alternation inside a repeated group {risky}"
            problem = next(filter(None, (_walk(b, pattern, repeated) for b in av[1])), None)
        elif op in (_c.GROUPREF, _c.GROUPREF_EXISTS):
            return f"backreference in {pattern!r} is not allowed"
        elif op is _c.SUBPATTERN:
            problem = _walk(av[3], pattern, repeated)
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            problem = _walk(av[1], pattern, repeated)
        elif op is _c.ATOMIC_GROUP:
            problem = _walk(av, pattern, repeated)
        else:
            problem = None
        if problem:
            return problem
    return None


class GuardedPattern:
    """A compiled safe pattern whose searches stop after ``time_limit`` seconds."""

    def __init__(self, pattern: str, flags: int = 0, time_limit: float = DEFAULT_TIME_LIMIT):
        problem = pattern_problem(pattern)
        if problem:
            raise UnsafePatternError(problem)
        self.pattern = pattern
        self.regex = re.compile(pattern, flags)
        self.time_limit = time_limit

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
        """All matches in ``text[pos:endpos]``; raises :class:`RegexTimeout` past the time limit."""
        with time_limit(self.time_limit, self.pattern):
            return list(self.regex.finditer(text, pos, len(text) if endpos is None else endpos))

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The first match in ``text[pos:endpos]``, under the time limit."""
        with time_limit(self.time_limit, self.pattern):
            return self.regex.search(text, pos, len(text) if endpos is None else endpos)


def compile_option(option: str, pattern: str, flags: int = 0) -> GuardedPattern:
    """Compile a rule option's pattern; a refusal is an OptionError located at the option."""
    from newslint.rules import OptionError

    try:
        return GuardedPattern(pattern, flags)
    except UnsafePatternError as exc:
        raise OptionError(option, f"option {option!r}: {exc}") from None


@contextmanager
def time_limit(seconds: float, what: str = "regular expression") -> Iterator[None]:
    """Raise :class:`RegexTimeout` in the block after ``seconds`` (a no-op where SIGALRM cannot be used).

    It stays out of the way of an interval timer someone else has set.
    """
    usable = (hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()
              and signal.getitimer(signal.ITIMER_REAL)[0] == 0)
    if not usable:
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise RegexTimeout(f"{what!r} ran for more than {seconds:g}s and was stopped")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


__all__ = ["GuardedPattern", "RegexTimeout", "UnsafePatternError", "compile_option", "pattern_problem",
           "time_limit"]
