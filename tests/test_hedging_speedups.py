"""Patterns of the hedging scan written for speed match what their plain forms match."""
from __future__ import annotations

import re

from hypothesis import given, settings, strategies as st

from newslint_plugins.hedging.scan import _FIRST_PERSON

PLAIN_FIRST_PERSON = re.compile(r"(?<![\w'’])(?:I|I['’](?:m|ve|d|ll)|my|me|[Ww]e|[Ww]e['’](?:re|ve|ll|d)|our|us)(?![\w'’])")
PIECES = st.sampled_from(list("IWwmyeoursld ’'-.,\n") + ["I'm", "We’re", "we", "we'll", "our", "us", "Ive", "my", "me"])


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(PIECES, max_size=30).map("".join))
def test_first_person_pattern_matches_its_plain_form(text):
    assert [m.span() for m in _FIRST_PERSON.finditer(text)] == [m.span() for m in PLAIN_FIRST_PERSON.finditer(text)]
