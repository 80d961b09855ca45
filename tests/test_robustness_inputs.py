"""Odd drafts: encodings, line endings, empty and huge inputs, deep nesting, broken markup and front matter."""
from __future__ import annotations

import codecs

import pytest

from newslint import make_config
from newslint.errors import InputError
from newslint.parsing.source import BinaryFileError, decode
from newslint.runner import Session
from tests.support import sample_rules

BODY = "Title\n\nA banana here.\n"


@pytest.fixture(scope="module")
def core():
    """The sample rules on the core pipeline (no first-party plugins): parsing, sentences, quotes."""
    return Session(make_config(None), load_entry_points=False, extra_plugins=[sample_rules])


def banana(session, text, path="d.md"):
    result = session.lint_source(path, text)
    assert result.errors == []
    return [(f.span.start.line, f.span.start.column, f.span.end.line, f.span.end.column)
            for f in result.findings if f.code == "TST001"]


# --- decoding -----------------------------------------------------------------------

@pytest.mark.parametrize("bom, codec", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                                        (codecs.BOM_UTF16_BE, "utf-16-be"), (codecs.BOM_UTF32_LE, "utf-32-le")])
def test_byte_order_marks_are_decoded_and_do_not_shift_columns(core, bom, codec):
    text = decode(bom + BODY.encode(codec), "d.md")
    assert text == BODY
    assert banana(core, text) == [(3, 3, 3, 9)]


def test_invalid_utf8_reports_the_byte_offset():
    data = "Caf\u00e9 ok\n".encode() + b"bad \xff byte"
    with pytest.raises(InputError) as info:
        decode(data, "x.md")
    assert str(info.value) == "x.md: invalid UTF-8 at byte offset 13"  # "Café ok\n" is 9 bytes, then "bad "


def test_latin1_is_not_guessed():
    with pytest.raises(InputError, match="invalid UTF-8 at byte offset 3"):
        decode("Caf\u00e9".encode("latin-1"), "x.txt")


def test_nul_bytes_mean_binary_but_utf16_with_bom_is_text():
    with pytest.raises(BinaryFileError, match="binary file"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "img.md")
    with pytest.raises(BinaryFileError):
        decode("A banana.".encode("utf-16-le"), "no-bom.md")  # UTF-16 without a BOM is not guessed
    assert decode(codecs.BOM_UTF16_LE + "A banana.".encode("utf-16-le"), "bom.md") == "A banana."


def test_truncated_utf16_is_an_input_error():
    with pytest.raises(InputError, match="cannot decode as utf-16"):
        decode(codecs.BOM_UTF16_LE + b"A\x00B", "cut.md")


# --- line endings -------------------------------------------------------------------

@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
@pytest.mark.parametrize("path", ["d.md", "d.txt"])
def test_positions_are_the_same_for_every_line_ending(core, newline, path):
    text = "Title\n\nFirst line.\nA banana here, and banana again.\n\n> quoted banana\n".replace("\n", newline)
    assert banana(core, text, path) == [(4, 3, 4, 9), (4, 20, 4, 26), (6, 10, 6, 16)]


def test_mixed_line_endings(core):
    assert banana(core, "Title\r\n\rOne.\nTwo banana.\r\n") == [(4, 5, 4, 11)]


# --- empty, tiny and odd documents ------------------------------------------------------

@pytest.mark.parametrize("text", ["", " ", "\n", "\n\n\n", " \t \n\t\n   ", "\r\n\r\n", "\ufeff", "\u2028\u2029",
                                  "\x0b\x0c", "#", "---", "---\n---\n", ">", "-", "***", "```", "<!--", "\"", "\u201c"])
@pytest.mark.parametrize("path", ["d.md", "d.txt"])
def test_empty_and_degenerate_documents(core, text, path):
    result = core.lint_source(path, text)
    assert result.errors == [] and result.findings == []


@pytest.mark.parametrize("text", [
    "Title\n\n```\nA banana in code.\n\nStill code, unclosed fence",
    "Title\n\n~~~~python\nbanana\n",
    "Title\n\n    indented banana code\n",
])
def test_unclosed_and_indented_code_is_not_prose(core, text):
    assert banana(core, text) == []


@pytest.mark.parametrize("text, found", [
    ('Title\n\nHe said "banana and never closed it.\n\nNext banana.\n', 2),
    ("Title\n\n\u201cA banana \u201cnested \u201copen banana.\n", 2),
    ("Title\n\nA closing\u201d banana\u201d with no opener.\n", 1),
    ("Title\n\n'Single banana and don't close.\n", 1),
    ('Title\n\n""""""""" banana """\n', 1),
])
def test_unbalanced_quotes(core, text, found):
    assert len(banana(core, text)) == found


@pytest.mark.parametrize("make", [
    lambda n: "".join(">" * (i + 1) + " banana\n" for i in range(n)),
    lambda n: ">" * n + " banana\n",
    lambda n: "".join("  " * i + "- banana\n" for i in range(n)),
    lambda n: "".join("   " * i + "1. banana\n" for i in range(n)),
    lambda n: "*" * n + "banana" + "*" * n + "\n",
    lambda n: "[" * n + "banana" + "]" * n + "\n",
    lambda n: "<div>" * n + "\n\nbanana\n",
])
def test_markdown_nested_hundreds_of_levels(core, make):
    text = "Title\n\n" + make(500)
    result = core.lint_source("deep.md", text)
    assert result.errors == []
    for f in result.findings:
        assert text[f.span.start.offset:f.span.end.offset].lower() in ("banana", "title")


@pytest.mark.parametrize("front, words", [
    ("title: \"unclosed\n", "front matter is not valid YAML at line 2"),
    ("date: 2024-02-30\n", "day is out of range for month"),
    ("x: " + "[" * 1200 + "]" * 1200 + "\n", "front matter cannot be read: RecursionError"),
    ("- a list\n- not a mapping\n", "front matter is not a mapping"),
    ("evil: !!python/object/apply:os.system ['echo pwned']\n", "could not determine a constructor"),
])
def test_invalid_front_matter_is_an_nl001_finding_not_a_crash(front, words):
    s = Session(make_config({"select": ["NL001"]}), load_entry_points=False)
    result = s.lint_source("fm.md", f"---\n{front}---\n# Title\n\nBody.\n")
    assert result.errors == []
    [f] = result.findings
    assert f.code == "NL001" and words in f.message and f.span.start.line == 1


def test_one_megabyte_single_line(core):
    sentence = "The council said a banana, which cost \u00a33.5m, was \u201cripe\u201d on Jan. 5 in the U.S. "
    text = "Title\n\n" + sentence * (1_000_000 // len(sentence))
    for path in ("big.md", "big.txt"):
        found = banana(core, text, path)
        assert len(found) == 1_000_000 // len(sentence)
        assert found[-1][0] == 3


@pytest.mark.parametrize("line", [
    "." * 100_000 + "x", "[a](" * 25_000, "<!--" * 25_000 + "x", "x <http:" * 12_000, "\u201ca\u201d " * 25_000,
    "![" * 50_000, "[a][" * 25_000, "**a" * 30_000, "`a" * 50_000,
])
def test_pathological_long_lines_stay_linear(core, line):
    """Inputs that made the parser, splitter or quote finder quadratic (they used to take minutes)."""
    for path in ("p.md", "p.txt"):
        assert core.lint_source(path, "Title\n\nx " + line + "\n").errors == []
