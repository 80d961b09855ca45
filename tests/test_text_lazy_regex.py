"""newslint.text.lazy_regex: a lazily compiled pattern behaves like ``re`` before and after compiling."""
import re

from newslint.text.lazy_regex import lazy_compile


def test_first_use_compiles_and_later_calls_go_straight_to_re():
    lazy = lazy_compile(r"(\w+)-(\w+)")
    assert not lazy.is_compiled
    assert lazy.findall("a-b c-d") == [("a", "b"), ("c", "d")]
    compiled = lazy.compiled
    assert compiled is re.compile(r"(\w+)-(\w+)")
    for name in ("search", "match", "fullmatch", "finditer", "findall", "sub", "split"):
        assert getattr(lazy, name) == getattr(compiled, name)
    assert lazy.sub(r"\2-\1", "a-b") == "b-a"


def test_each_method_compiles_on_first_use():
    for call in (lambda p: p.search("xy"), lambda p: p.match("xy"), lambda p: p.fullmatch("y"),
                 lambda p: list(p.finditer("xy")), lambda p: p.findall("xy"), lambda p: p.sub("", "xy"),
                 lambda p: p.split("xyx")):
        lazy = lazy_compile("y")
        call(lazy)
        assert lazy.is_compiled


def test_compiled_pattern_is_stored_on_the_instance():
    lazy = lazy_compile(r"\d+")
    assert "compiled" not in vars(lazy) and not lazy.is_compiled
    assert lazy.search("a 12").group() == "12"
    assert vars(lazy)["compiled"] is lazy.compiled and lazy.is_compiled
