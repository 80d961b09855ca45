"""User-supplied regular expressions cannot hang a run: ReDoS shapes refused, searches time-limited."""
from __future__ import annotations

import signal
import threading

import pytest

from newslint.rules import OptionError
from newslint.text.safe_regex import GuardedPattern, RegexTimeout, UnsafePatternError, compile_option, \
    pattern_problem, time_limit


@pytest.mark.parametrize("pattern, words", [
    (r"^(a+)+$", "nested quantifier"),                      # the classic ReDoS
    (r"(\w+\s?)*$", "nested quantifier"),                   # the "words" ReDoS from real validators
    (r"(.*a){12}", "nested quantifier"),
    (r"(a|aa)+b", "alternation inside a repeated group"),
    (r"(?:said|says|\w+)*:", "alternation inside a repeated group"),
    (r"(?=(a+)+)", "nested quantifier"),                    # hidden in a lookahead
    (r"(x)\1", "backreference"),
    (r"[unclosed", "invalid regular expression"),
    (r"a" * 1001, "longer than 1000 characters"),
])
def test_dangerous_and_invalid_patterns_are_refused(pattern, words):
    assert words in pattern_problem(pattern)
    with pytest.raises(UnsafePatternError):
        GuardedPattern(pattern)


@pytest.mark.parametrize("pattern", [r"\bsaid\b", r"(?:Mr|Mrs|Dr)\.? [A-Z]\w+", r"\d{1,3}(?:,\d{3})*", r"(?:ab){2,5}",
                                     r"\w+\s+(?:said|says)\b", r"(?i)according to"])
def test_ordinary_patterns_are_accepted(pattern):
    assert pattern_problem(pattern) is None
    assert GuardedPattern(pattern).regex.pattern == pattern


def test_guarded_search_finds_matches():
    g = GuardedPattern(r"\bsaid\b")
    assert [m.start() for m in g.finditer("He said she said.")] == [3, 12]
    assert g.search("He said", 4) is None


def test_time_limit_stops_a_polynomial_pattern_the_static_check_allows():
    pattern = r"\s*\s*\s*\s*\s*\s*x"  # no nesting, but O(n^6) on a long run of spaces
    assert pattern_problem(pattern) is None
    g = GuardedPattern(pattern, time_limit=0.2)
    with pytest.raises(RegexTimeout, match="ran for more than 0.2s"):
        g.finditer(" " * 5000 + "y")
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0 and signal.getsignal(signal.SIGALRM) is not None
    assert g.finditer("  x") != []  # the guard is reusable


def test_time_limit_leaves_other_timers_and_threads_alone():
    signal.setitimer(signal.ITIMER_REAL, 100)
    try:
        with time_limit(0.01):
            pass
        assert signal.getitimer(signal.ITIMER_REAL)[0] > 50  # untouched
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    seen = []
    t = threading.Thread(target=lambda: seen.append(GuardedPattern("a").finditer("aa")))
    t.start()
    t.join()
    assert len(seen[0]) == 2


def test_compile_option_raises_an_option_error_naming_the_option():
    with pytest.raises(OptionError) as info:
        compile_option("pattern", "(a+)+")
    assert info.value.key == "pattern" and "option 'pattern'" in str(info.value)
