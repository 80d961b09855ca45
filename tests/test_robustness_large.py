"""A 50 MB draft: linted in bounded time (no quadratic step) and bounded memory. Marked slow (about a minute)."""
from __future__ import annotations

import json
import random
import subprocess
import sys

import pytest

SIZE = 50_000_000
WORDS = "the council said plans would cost more than expected after a review of local services and staff".split()
PEOPLE = ["Ms Jones", "Mr Patel", "Dr. Evans", "the U.S. envoy", "Sen. Brown"]

MEASURE = """
import json, resource, sys
from newslint.cli import main
code = main(sys.argv[1:])
print(json.dumps({"code": code, "max_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}), file=sys.stderr)
"""


def write_draft(path, size: int) -> None:
    """Synthetic news-like Markdown: headings, paragraphs, quotes, lists, invalid front matter on top."""
    rnd = random.Random(8)
    with open(path, "w", encoding="utf-8") as fh:
        written = fh.write("---\ntitle: [unclosed\n---\n# Council budget\n\n")
        k = 0
        while written < size:
            k += 1
            if k % 40 == 0:
                piece = f"## Section {k}\n\n"
            elif k % 7 == 0:
                piece = "".join(f"- {' '.join(rnd.choices(WORDS, k=8))}.\n" for _ in range(3)) + "\n"
            elif k % 11 == 0:
                piece = f"> \u201c{' '.join(rnd.choices(WORDS, k=12)).capitalize()},\u201d {rnd.choice(PEOPLE)} said.\n\n"
            else:
                sentences = " ".join(f"{' '.join(rnd.choices(WORDS, k=rnd.randint(6, 20))).capitalize()}."
                                     for _ in range(rnd.randint(2, 5)))
                piece = f"{sentences} \"{' '.join(rnd.choices(WORDS, k=5))}\", {rnd.choice(PEOPLE)} said on Jan. 5.\n\n"
            written += fh.write(piece)


@pytest.mark.slow
def test_fifty_megabyte_draft(tmp_path):
    draft = tmp_path / "huge.md"
    write_draft(draft, SIZE)
    args = ["check", "--isolated", "--select", "NL0", "--format", "json", "--no-cache", str(draft)]
    # The timeout only catches a hang or a quadratic step (which would take hours); it is not a benchmark.
    proc = subprocess.run([sys.executable, "-c", MEASURE, *args], capture_output=True, text=True, timeout=900)
    stats = json.loads(proc.stderr.strip().splitlines()[-1])
    data = json.loads(proc.stdout)
    assert stats["code"] == 1 and data["errors"] == []
    assert [(f["code"], f["location"]["line"]) for f in data["findings"]] == [("NL001", 1)]
    assert stats["max_rss_kb"] * 1024 < 25 * SIZE  # about 15x the file today: text, blocks, sentences, tokens
