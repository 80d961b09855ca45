"""Which rules run: select/ignore by code, code prefix, rule name or ``ALL``.

The most specific selector wins (an exact code or name beats any prefix, a
longer prefix beats a shorter one); on a tie, ignore wins. Rules that are off
by default run only when selected by exact code or name. Per-path entries are
applied after the global choice, in order, each able to switch a rule on or off.
"""
from __future__ import annotations

from typing import Iterable, Sequence

EXACT = 1000


def specificity(selector: str, code: str, name: str) -> int:
    """How specifically ``selector`` names a rule: 0 for no match."""
    if selector == code or selector == name:
        return EXACT
    if selector == "ALL":
        return 1
    if code.startswith(selector) and selector.isalnum() and selector.upper() == selector:
        return 1 + len(selector)
    return 0


def best(selectors: Iterable[str], code: str, name: str) -> int:
    return max((specificity(s, code, name) for s in selectors), default=0)


def is_selected(code: str, name: str, enabled_by_default: bool, select: Sequence[str] | None,
                extend_select: Sequence[str], ignore: Sequence[str]) -> bool:
    """Global decision for one rule."""
    chosen = best(list(select if select is not None else ["ALL"]) + list(extend_select), code, name)
    if not enabled_by_default and chosen < EXACT:
        return False
    return chosen > 0 and chosen > best(ignore, code, name)


def apply_override(selected: bool, code: str, name: str, enabled_by_default: bool,
                   select: Sequence[str], ignore: Sequence[str]) -> bool:
    """Apply one per-path entry's select/ignore on top of an earlier decision."""
    on, off = best(select, code, name), best(ignore, code, name)
    if not enabled_by_default and on < EXACT:
        on = 0
    if off and off >= on:
        return False
    if on:
        return True
    return selected


def valid_selector(selector: str, codes: Iterable[str], names: Iterable[str]) -> bool:
    """Whether a selector names at least one known rule (or is ALL)."""
    if selector == "ALL":
        return True
    return any(specificity(selector, c, n) for c, n in zip(codes, names))
