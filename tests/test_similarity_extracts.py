"""Cross-file extracts are plain data: they pickle without model objects and round-trip exactly."""
from __future__ import annotations

import pickle

from newslint import make_config
from newslint.model import Position, Span
from newslint.runner import Session
from newslint.text.similarity import pack_span, unpack_span

DRAFT = """# Rents rise faster than wages for fourth year

Rents in the city rose by 6% last year, faster than wages for the fourth year running.

Landlords blamed higher mortgage costs and a shortage of new homes across the region.
"""


def _extracts(code: str, text: str = DRAFT):
    session = Session(make_config(None))
    rule = next(a.rule for a in session.global_rules if a.rule.code == code)
    document = session.parse("draft.md", text)
    return rule.extract(document), document


def test_pack_span_round_trips():
    span = Span(Position(3, 1, 48), Position(4, 12, 140))
    assert pack_span(span) == (3, 1, 48, 4, 12, 140)
    assert unpack_span(pack_span(span)) == span


def test_paragraph_extract_is_plain_data_with_the_paragraph_spans():
    paragraphs, document = _extracts("NL104")
    assert len(paragraphs.keys) == len(paragraphs.shingles) == len(paragraphs.spans) == 2
    first = unpack_span(paragraphs.spans[0])
    assert document.source[first.start.offset:first.end.offset].startswith("Rents in the city")
    assert b"newslint.model" not in pickle.dumps(paragraphs)
    assert pickle.loads(pickle.dumps(paragraphs)) == paragraphs


def test_headline_extract_is_plain_data_and_rebuilds_the_heading():
    headline, document = _extracts("NL204")
    assert headline.text == "rents rise faster than wages for fourth year"
    assert headline.heading().shingles and headline.heading().key == headline.key
    assert unpack_span(headline.span) == document.block_span(document.headline)
    assert b"newslint.model" not in pickle.dumps(headline)


def test_short_headline_keeps_no_shingles():
    headline, _ = _extracts("NL204", "# Budget day\n\nThe chancellor will speak at noon on Wednesday.\n")
    assert headline.text == "budget day" and headline.shingles == b""
