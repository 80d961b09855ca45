"""The indented JSON writer gives json.dumps(indent=2, ensure_ascii=False)'s text for any JSON data."""
from __future__ import annotations

import enum
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.formatters.json_text import dumps_indented

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text()
keys = st.text() | st.integers() | st.booleans() | st.none() | st.floats(allow_nan=False)
data = st.recursive(scalars, lambda inner: st.lists(inner, max_size=5) | st.tuples(inner, inner)
                    | st.dictionaries(st.text(), inner, max_size=5) | st.dictionaries(keys, inner, max_size=3),
                    max_leaves=40)


@settings(max_examples=400, deadline=None)
@given(data)
def test_same_text_as_json_dumps(obj):
    assert dumps_indented(obj) == json.dumps(obj, indent=2, ensure_ascii=False)


class Level(enum.IntEnum):
    LOW = 1


class Kind(str, enum.Enum):
    NOTE = "note"


def test_subclasses_of_str_and_int_and_unserialisable_values_behave_as_in_json():
    obj = {"level": Level.LOW, Kind.NOTE: [Kind.NOTE, "\u2028 é \x00 \"q\""], "nested": {"empty": {}, "list": []}}
    assert dumps_indented(obj) == json.dumps(obj, indent=2, ensure_ascii=False)
    for bad in ({"x": object()}, [{1j: 1}]):
        try:
            json.dumps(bad, indent=2, ensure_ascii=False)
        except TypeError as exc:
            expected = str(exc)
        try:
            dumps_indented(bad)
        except TypeError as exc:
            assert str(exc) == expected
        else:
            raise AssertionError("no TypeError")
