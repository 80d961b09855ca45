"""The attribution family's speed-ups keep behaviour: lazy regexes, search lookaheads, per-sentence shortcuts."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest

from newslint.text import attribution
from newslint.text.numbers import find_figures

_FAMILY = ("newslint.text.attribution", "newslint.text.claims", "newslint.text.numbers", "newslint.text.sources",
           "newslint.text.sourcing", "newslint.text.speakers", "newslint_plugins.attribution.claims",
           "newslint_plugins.attribution.quotes", "newslint_plugins.attribution.scope",
           "newslint_plugins.attribution.sourcing")


def test_importing_the_family_compiles_no_regex():
    # the modules it imports from elsewhere (model, rules, lexicon, quotes) are loaded first
    before = ("newslint", "newslint.model", "newslint.rules", "newslint.text.lexicon", "newslint.text.quotes",
              "newslint.text.sentences", "newslint_plugins")  # the sentence splitter: parsing loads it anyway
    code = ("import importlib, re._compiler as c\n"
            f"for m in {before!r}: importlib.import_module(m)\n"
            "seen, orig = [], c.compile\n"
            "c.compile = lambda p, flags=0: seen.append(p) or orig(p, flags)\n"
            f"for m in {_FAMILY!r}: importlib.import_module(m)\n"
            "print(len(seen), seen[:3])\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.startswith("0 "), out


def _alternatives(pattern: str) -> list[str]:
    return re.search(r"\\b\(\?:([^()]*)\)", pattern)[1].split("|")


@pytest.mark.parametrize("name", ["_DETERMINER_BEFORE", "_NOUN_BEFORE", "_PROGRESSIVE_BEFORE"])
def test_words_before_a_cue_are_found_behind_their_lookahead(name):
    lazy = getattr(attribution, name)
    plain = re.compile(re.sub(r"^\(\?=\[\w+\]\)", "", lazy.pattern), lazy.flags)
    assert plain.pattern != lazy.pattern
    for word in _alternatives(lazy.pattern):
        for before in (f"as {word} ", f"({word.capitalize()} ", f"x{word} ", f"{word}s "):
            assert bool(lazy.search(before)) == bool(plain.search(before)), before
        assert lazy.search(f"we saw {word} ")  # every listed word is reachable


def test_figures_are_read_from_the_first_digit_or_currency_sign():
    text = "Rain fell. About 40 people and £3m, then 2,000 homes; ¥5bn later."
    found = [(f.text, f.kind) for f in find_figures(text, 11)]
    assert found == [("40", "count"), ("£3m", "money"), ("2,000", "count"), ("¥5bn", "money")]
    assert find_figures(text, 0, 10) == []


@pytest.mark.parametrize("name", ["_MONTH_BEFORE", "_AGED", "_AGE_BEFORE", "_BEFORE_IGNORED"])
def test_words_before_a_number_are_found_behind_their_lookahead(name):
    from newslint.text import numbers

    lazy = getattr(numbers, name)
    plain = re.compile(re.sub(r"^\(\?=(?:\[[^\]]+\]|\w)\)", "", lazy.pattern).replace("*+", "*").replace("++", "+"),
                       lazy.flags)
    assert plain.pattern != lazy.pattern
    words = re.findall(r"[a-z]+", lazy.pattern) + ["Smith,", "Bob's", "McDonald’s", "_Bo's", "#", "/", "ſec", "x"]
    for word in words:
        for text in (f"in {word} ", f"in {word}. ", f"({word.upper()} ", f"x{word} ", f"{word}s ", f"'{word}",
                     f"world  {word} ", f"{word}-"):
            for lo in range(len(text)):
                assert bool(lazy.search(text, lo)) == bool(plain.search(text, lo)), (text, lo)
