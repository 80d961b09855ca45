"""Parser structure: blocks, spans, headline detection, one-paragraph-per-line drafts."""
from __future__ import annotations

import pytest

from newslint.model import BlockKind
from newslint.parsing.markdown import parse_markdown
from newslint.parsing.plaintext import parse_plaintext
from tests.conftest import KURSK

needs_kursk = pytest.mark.skipif(not KURSK.exists(), reason="shared samples not present")


def kinds(doc):
    return [(b.kind.value, doc.position(b.start).line) for b in doc.blocks]


@needs_kursk
@pytest.mark.parametrize("parse", [parse_plaintext, parse_markdown])
def test_kursk_structure(parse):
    src = KURSK.read_text(encoding="utf-8")
    doc = parse("kursk", src)
    assert kinds(doc) == [("paragraph", 1), ("heading", 2), ("heading", 4), ("paragraph", 5)] + \
        [("paragraph", n) for n in range(6, 15)]
    assert doc.headline is doc.blocks[1]
    assert doc.blocks[0].role == "before-headline"
    assert doc.blocks[1].text == doc.blocks[2].text == \
        "Russia Intensifies Offensive in Kursk Amid Ongoing Ceasefire Negotiations"
    assert doc.blocks[1].markup == "bold"


@pytest.mark.parametrize("parse", [parse_plaintext, parse_markdown])
def test_block_text_maps_back_to_source(parse):
    src = "Title line\n\nFirst paragraph here.\nSecond one, on its own line.\n"
    doc = parse("d", src)
    for b in doc.blocks:
        s, e = b.source_range(0, len(b.text))
        assert src[s:e] == b.text


def test_markdown_inline_markup_is_stripped_with_exact_offsets():
    src = "# The *big* story\n\nA **bold** claim with [a link](http://x.y) and `code` &amp; more.\n"
    doc = parse_markdown("d.md", src)
    h, p = doc.blocks
    assert h.kind is BlockKind.HEADING and h.markup == "atx" and h.text == "The big story"
    assert p.text == "A bold claim with a link and code & more."
    i = p.text.index("link")
    s, e = p.source_range(i, i + 4)
    assert src[s:e] == "link"
    j = p.text.index("&")
    assert src[p.source_offset(j):p.source_offset(j) + 5] == "&amp;"


def test_setext_headings_lists_quotes_code_tables_front_matter():
    src = ("---\ntitle: X\n---\nHeadline here\n=============\n\nSub\n---\n\n- item one\n- item two\n\n"
           "> quoted para\n\n```\ncode \"quote\"\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<!-- comment -->\n")
    doc = parse_markdown("d.md", src)
    got = [(b.kind.value, b.markup, b.level) for b in doc.blocks]
    assert got == [("front_matter", "", 0), ("heading", "setext", 1), ("heading", "setext", 2),
                   ("list_item", "", 0), ("list_item", "", 0), ("blockquote", "", 0), ("code", "", 0),
                   ("table", "", 0), ("html", "", 0)]
    assert doc.front_matter == {"title": "X"}
    assert doc.blocks[3].text == "item one"
    assert doc.blocks[5].text == "quoted para"
    assert doc.headline.text == "Headline here"


def test_hard_wrapped_paragraph_stays_one_paragraph():
    src = ("The council voted on Tuesday to close the library on\n"
           "Sundays from next month, saying the savings would pay\n"
           "for longer opening hours on weekdays. Staff were told.\n")
    for parse in (parse_plaintext, parse_markdown):
        doc = parse("d", src)
        assert [b.kind for b in doc.blocks] == [BlockKind.PARAGRAPH]


def test_one_paragraph_per_line_without_blank_lines():
    src = ("Exam board orders inquiry into leaked paper\nBy Tomasz Reyes\n"
           "KELMOUTH — The board has ordered an independent inquiry after questions were leaked, the board said.\n"
           "Board chair Elspeth Harrow said about 11,000 students sat the paper on Thursday across the region.\n")
    doc = parse_plaintext("d.txt", src)
    assert [b.kind.value for b in doc.blocks] == ["heading", "paragraph", "paragraph", "paragraph"]
    assert doc.headline.markup == "plain"
    assert doc.blocks[1].role == "byline"


def test_plain_title_needs_no_final_period():
    doc = parse_plaintext("d.txt", "The storm hit the coast on Monday.\n\nMore text follows here.\n")
    assert doc.headline is None
    assert doc.blocks[0].kind is BlockKind.PARAGRAPH


def test_invalid_front_matter_is_a_problem_not_a_crash():
    doc = parse_markdown("d.md", "---\ntitle: \"unclosed\n---\nBody text.\n")
    assert doc.problems and "front matter" in doc.problems[0][2]


def test_positions_are_code_points_one_based():
    src = "Héllo “wörld”\nsecond 😀 line\n"
    doc = parse_plaintext("d.txt", src)
    off = src.index("😀")
    pos = doc.position(off)
    assert (pos.line, pos.column, pos.offset) == (2, 8, off)
    assert doc.position(0).line == 1 and doc.position(0).column == 1


def test_comment_lines_in_text_are_not_prose():
    doc = parse_plaintext("d.txt", "<!-- newslint-disable-file -->\nBody text here.\n")
    assert [b.kind.value for b in doc.blocks] == ["html", "paragraph"]


def test_quote_continued_into_next_paragraph():
    src = ("“We will rebuild the school,” the mayor said. “It will take time.\n\n"
           "“But we will do it together.”\n\nThe council met later.\n")
    doc = parse_markdown("d.md", src)
    p1, p2, p3 = doc.blocks
    assert len(p1.quotes) == 2 and p1.quotes[1].unclosed
    assert p2.quotes[0].continued and not p2.quotes[0].unclosed
    assert p3.quotes == []


def test_short_question_is_a_plain_title_but_long_question_is_not():
    doc = parse_plaintext("d.txt", "Time to get tough on friendlies?\n\nThe FA said on Monday it would act.\n")
    assert doc.headline is not None and doc.headline.text == "Time to get tough on friendlies?"
    long_q = ("Who will pay for the bridge that the council promised to build before the election, "
              "and when will the work finally start?\n\nThe council did not say.\n")
    assert parse_plaintext("d.txt", long_q).headline is None


def test_a_title_that_trails_off_is_a_plain_title():
    doc = parse_plaintext("d.txt", "'My years on the night desk...'\n\nA former sub-editor remembers the job.\n")
    assert doc.headline is not None and doc.headline.text == "'My years on the night desk...'"
    assert parse_plaintext("d.txt", "The storm hit the coast on Monday.\n\nMore text.\n").headline is None
