"""docs/house-style.md documents every kind and every key an entry may have."""
from __future__ import annotations

import re
from pathlib import Path

from newslint.house.kinds import KINDS
from newslint.house.stylebook import ENTRY_KEYS
from newslint.rules import option_fields

DOC = (Path(__file__).resolve().parents[1] / "docs" / "house-style.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    start = DOC.index(f"\n### {title}\n")
    nxt = re.search(r"\n##+ ", DOC[start + 5:])
    return DOC[start:start + 5 + nxt.start()] if nxt else DOC[start:]


def test_every_kind_documents_its_keys_and_placeholders():
    for kind, (params, rule) in KINDS.items():
        text = section(kind)
        for key, _tp, _f in option_fields(params):
            if key != "scope":
                assert f"`{key}`" in text, f"{kind}: {key}"
        for placeholder in rule.placeholders:
            assert f"{{{placeholder}}}" in text, f"{kind}: {{{placeholder}}}"


def test_every_common_key_is_documented():
    table = DOC[DOC.index("## Every entry"):DOC.index("## The kinds")]
    for key in ENTRY_KEYS + ("scope",):
        assert f"| `{key}` |" in table, key
