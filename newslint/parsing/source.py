"""Reading draft files: decoding, line endings, front matter and comment lines."""
from __future__ import annotations

import codecs
import re
from typing import Any

from newslint.errors import InputError

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(?P<body>.*?)(?:^|\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
COMMENT_LINE = re.compile(r"^[ \t]*<!--.*-->[ \t]*$")


class BinaryFileError(InputError):
    """A file with NUL bytes: reported when named explicitly, skipped when found by walking."""


def decode(data: bytes, path: str) -> str:
    """Decode a draft: BOM-marked UTF-8/16/32, else strict UTF-8; binary is refused."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec)
            except UnicodeDecodeError as exc:
                raise InputError(path, f"cannot decode as {codec}: {exc.reason} at byte {exc.start}") from None
    if b"\x00" in data:
        raise BinaryFileError(path, "binary file (contains NUL bytes), skipped")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"invalid UTF-8 at byte offset {exc.start}") from None


def normalize_newlines(text: str) -> tuple[str, str]:
    """Return the text with ``\\n`` line endings and the dominant original ending."""
    if "\r" not in text:
        return text, "\n"
    newline = "\r\n" if "\r\n" in text else "\r"
    return text.replace("\r\n", "\n").replace("\r", "\n"), newline


def split_front_matter(text: str) -> tuple[int, str | None]:
    """Length of a leading YAML front-matter block (0 if none) and its YAML body."""
    m = FRONT_MATTER.match(text)
    if not m:
        return 0, None
    return m.end(), m.group("body")


def load_front_matter(body: str) -> tuple[dict[str, Any], str | None]:
    """Parse front matter with the safe loader; return (data, error message or None)."""
    import yaml

    try:
        data = yaml.safe_load(body) if body.strip() else {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return {}, f"front matter is not valid YAML{where}: {problem}"
    except (ValueError, TypeError, RecursionError) as exc:  # e.g. date: 2024-02-30, or nesting too deep
        return {}, f"front matter cannot be read: {type(exc).__name__}: {exc}"
    if data is None:
        return {}, None
    if not isinstance(data, dict):
        return {}, "front matter is not a mapping"
    return data, None
