"""Properties over generated drafts (hypothesis; a few dozen examples here, thousands via scripts/fuzz.py).

For any text and file type: linting does not raise; every position lies in the
document and agrees with its offset; block text maps back onto the source;
output is deterministic (also across ``--jobs``); a disable-file comment
silences everything; ``--fix`` reaches a fixed point in one pass.
"""
from __future__ import annotations

import json
import os
import tempfile

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import newslint
from newslint.parsing.source import normalize_newlines

FRAGMENTS = [
    "# ", "## ", "Title", "\n", "\n\n", "\r\n", "\r", " ", "  ", "\t", "> ", "- ", "1. ", "* ", "```", "~~~", "    ",
    "---\n", "title: x\n", "**", "__", "*", "_", "`", "[", "]", "(", ")", "](http://x.y)", "<", ">", "<!--", "-->",
    "<!-- newslint-disable -->", "<!-- newslint-enable -->", "<b>", "&amp;", "&#8220;", "\\", "|", "| a | b |\n|---|---|\n",
    "\"", "'", "\u201c", "\u201d", "\u2018", "\u2019", "\u00ab", "\u00bb", ".", ". ", "! ", "? ", "\u2026", ", ",
    "The council said ", "police said. ", "It is reportedly ", "may have ", "allegedly ", "the the ", "Sources say ",
    "Mr. Smith ", "U.S. ", "Jan. 5 ", "3.5% ", "\u00a310m ", "By Jane Doe\n", "caf\u00e9 ", "\u00e9", "\U0001f600",
    "\u2028", "\x0c", "\ufeff", "\u200b", "\u0301", "\ud7ff",
]
drafts = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), max_size=40).map("".join)
paths = st.sampled_from(["draft.md", "draft.txt", "notes.markdown"])
# scripts/fuzz.py sets NEWSLINT_FUZZ_EXAMPLES for a long, randomised run; the suite runs a fixed small sample.
FUZZ_EXAMPLES = int(os.environ.get("NEWSLINT_FUZZ_EXAMPLES", "0"))
SETTINGS = settings(max_examples=FUZZ_EXAMPLES or 40, deadline=None, derandomize=not FUZZ_EXAMPLES,
                    suppress_health_check=[HealthCheck.too_slow])


def _position(source: str, offset: int) -> tuple[int, int]:
    """1-based line and column, computed independently of the core."""
    line = source.count("\n", 0, offset) + 1
    return line, offset - (source.rfind("\n", 0, offset) + 1) + 1


def _check_span(source: str, span) -> None:
    for p in (span.start, span.end):
        assert 0 <= p.offset <= len(source)
        assert (p.line, p.column) == _position(source, p.offset)
    assert span.start.offset <= span.end.offset


@SETTINGS
@given(text=drafts, path=paths)
def test_lint_text_never_raises_and_positions_agree_with_offsets(text, path):
    findings = newslint.lint_text(text, path=path)
    source = normalize_newlines(text)[0]
    for f in findings:
        _check_span(source, f.span)
        for r in f.related:
            if r.path == path:
                _check_span(source, r.span)
        for e in (f.fix.edits if f.fix else ()):
            assert 0 <= e.start <= e.end <= len(source)


@SETTINGS
@given(text=drafts, path=paths)
def test_block_text_maps_back_onto_the_source(text, path):
    from newslint.runner import Session

    source = normalize_newlines(text)[0]
    doc = Session.parse(_session(), path, source)
    for block in doc.blocks:
        assert 0 <= block.start <= block.end <= len(source)
        for i, ch in enumerate(block.text):
            src = source[block.source_offset(i)]
            assert src == ch or src == "&", (block.kind, i, ch, src)  # an entity maps to its "&"


@SETTINGS
@given(text=drafts, path=paths)
def test_output_is_deterministic(text, path):
    first = [json.dumps(f.to_dict(), sort_keys=True) for f in newslint.lint_text(text, path=path)]
    fresh = [json.dumps(f.to_dict(), sort_keys=True) for f in newslint.lint_text(text, path=path, config={})]
    assert first == fresh


@SETTINGS
@given(text=drafts, path=paths)
def test_disable_file_comment_silences_every_rule(text, path):
    assert newslint.lint_text("<!-- newslint-disable-file -->\n\n" + text, path=path) == []


_SESSION = None


def _session():
    global _SESSION
    if _SESSION is None:
        from newslint.runner import Session

        _SESSION = Session(newslint.make_config(None))
    return _SESSION


@SETTINGS
@given(text=drafts, path=paths)
def test_fix_reaches_a_fixed_point_in_one_pass(text, path):
    from newslint.fixes import plan_fixes

    with tempfile.TemporaryDirectory() as tmp:
        file = os.path.join(tmp, path)
        with open(file, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        plans = plan_fixes(_session().run([file], keep_sources=True))
        for plan in plans:
            with open(plan.path, "wb") as fh:
                fh.write(plan.fixed)
        with open(file, "rb") as fh:
            fixed = fh.read()
        assert plan_fixes(_session().run([file], keep_sources=True)) == []
        with open(file, "rb") as fh:
            assert fh.read() == fixed


@settings(SETTINGS, max_examples=max(3, FUZZ_EXAMPLES // 50))
@given(texts=st.lists(drafts, min_size=10, max_size=10))
def test_jobs_1_and_jobs_2_give_identical_reports(texts):
    parallel = pytest.importorskip("newslint.parallel")
    from newslint.formatters.json_format import JsonFormatter
    import io

    with tempfile.TemporaryDirectory() as tmp:
        files = []
        for i in range(5 * parallel.MIN_FILES_PER_WORKER // 2):  # enough files for two workers
            files.append(os.path.join(tmp, f"d{i:03}.{'md' if i % 3 else 'txt'}"))
            with open(files[-1], "w", encoding="utf-8", newline="") as fh:
                fh.write(texts[i % len(texts)])
        outputs = []
        for executor in (parallel.ProcessExecutor(1), parallel.ProcessExecutor(2)):
            report = _session().run(files, executor=executor)
            buf = io.StringIO()
            JsonFormatter(buf, _session().config).format(report)
            outputs.append(buf.getvalue())
        assert outputs[0] == outputs[1]
