"""Plain-text drafts to :class:`~newslint.model.Document`.

Blank lines separate runs; whole-line HTML comments (suppression directives)
are not prose; each run is split into headings and paragraphs the same way
Markdown paragraphs are (one paragraph per line, bold lines as headings).
"""
from __future__ import annotations

from newslint.model import BlockKind, Document
from newslint.parsing.blocks import Line, build_block, group_run, simple_block
from newslint.parsing.source import COMMENT_LINE
from newslint.parsing.structure import finish_document


def parse_plaintext(path: str, source: str) -> Document:
    """Parse plain-text ``source`` (``\\n`` line endings) into a document."""
    doc = Document(path=path, source=source, format="text")
    run: list[Line] = []

    def flush() -> None:
        for group in group_run(source, run):
            doc.blocks.append(build_block(source, group, markdown=False))
        run.clear()

    pos = 0
    for raw in source.split("\n"):
        start, end = pos, pos + len(raw)
        pos = end + 1
        if not raw.strip():
            flush()
        elif COMMENT_LINE.match(raw):
            flush()
            doc.blocks.append(simple_block(BlockKind.HTML, source, start, end))
        else:
            run.append(Line(start, end))
    flush()
    return finish_document(doc)
