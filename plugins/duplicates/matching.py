"""Finding repeated paragraphs inside one document (shared by NL101, NL102 and NL103)."""
from __future__ import annotations

from typing import NamedTuple

from newslint.model import Document
from newslint.text.similarity import OverlapIndex, overlaps_below

from newslint_plugins.duplicates.units import TextUnit, paragraph_units

#: Defaults of the paragraph rules (NL102's options start from these).
MIN_WORDS = 8
NEAR_THRESHOLD = 0.7
MIN_SIZE_RATIO = 0.5


class ParagraphRepeat(NamedTuple):
    """Paragraph ``later`` repeats ``first``: exactly, or with ``score`` of its wording shared."""

    later: TextUnit
    first: TextUnit
    score: float

    @property
    def exact(self) -> bool:
        return self.later.key == self.first.key


def paragraph_repeats(document: Document, min_words: int = MIN_WORDS,
                      threshold: float = NEAR_THRESHOLD) -> list[ParagraphRepeat]:
    """Each paragraph that repeats an earlier one, matched to its closest earlier copy.

    An exact repeat (same normalised text) is matched to the first copy; a near
    repeat to the earlier paragraph sharing the largest part of the smaller
    one's word pairs, when that part is at least ``threshold``. Lists of names
    (see :func:`is_prose`) may repeat.
    """
    cache_key = ("duplicates.repeats", min_words, threshold)
    cached = document.meta.get(cache_key)
    if cached is not None:
        return cached
    compared = [unit for unit in paragraph_units(document) if unit.words >= min_words]
    first_by_key: dict[int, TextUnit] = {}
    for unit in compared:
        first_by_key.setdefault(unit.key, unit)
    # Most documents are proved to hold no near repeat at all, and skip the index.
    firsts = [unit.shingles for unit in first_by_key.values()]
    index = None if overlaps_below(firsts, threshold) else OverlapIndex()
    units: list[TextUnit] = []
    repeats: list[ParagraphRepeat] = []
    for unit in compared:
        first = first_by_key[unit.key]
        if first is not unit:
            if unit.prose:
                repeats.append(ParagraphRepeat(unit, first, 1.0))
        elif index is not None:
            best = index.add(unit.shingles, threshold, MIN_SIZE_RATIO)
            if best is not None and unit.prose:
                repeats.append(ParagraphRepeat(unit, units[best[1]], best[0]))
            units.append(unit)
    document.meta[cache_key] = repeats
    return repeats


