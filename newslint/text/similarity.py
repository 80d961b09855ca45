"""Repeated and near-repeated text: shingles, overlap scores and linear-time indexes.

Texts are compared as sets of hashed word pairs or character n-grams
("shingles"). Hashes derive from CRC-32, so they are stable across processes and runs (extracts
made in worker processes compare equal). Two indexes find repeats without
comparing all pairs: :class:`OverlapIndex`, an exact inverted index for the
few dozen units of one document, and :class:`LSHIndex`, MinHash-LSH (the
``datasketch`` package, imported on first use) for thousands of files.
"""
from __future__ import annotations

import hashlib
import operator
import zlib
from dataclasses import dataclass
from itertools import repeat
from typing import Callable, Hashable, Iterable, Sequence

Shingles = frozenset[int]


def text_key(normalized: str) -> int:
    """A stable 64-bit key of a normalised text, for exact-repeat hash indexes."""
    return int.from_bytes(hashlib.blake2b(normalized.encode(), digest_size=8).digest(), "big")


_WORD_HASHES: dict[str, int] = {}


def _word_hashes(tokens: Sequence[str]) -> list[int]:
    """CRC-32 of each token, memoised per word (the memo is cleared when it grows very large)."""
    hashes = list(map(_WORD_HASHES.get, tokens))
    if None in hashes:
        if len(_WORD_HASHES) > 1_000_000:
            _WORD_HASHES.clear()
        for i, h in enumerate(hashes):
            if h is None:
                hashes[i] = _WORD_HASHES[tokens[i]] = zlib.crc32(tokens[i].encode())
    return hashes  # type: ignore[return-value]


def shingles(tokens: Sequence[str]) -> Shingles:
    """Hashed pairs of adjacent words of ``tokens`` (the one word of a one-word text), 32-bit."""
    hashes = _word_hashes(tokens)
    if len(hashes) < 2:
        return frozenset(hashes)
    return frozenset(map(operator.xor, hashes, map(operator.rshift, hashes[1:], repeat(1))))


def char_shingles(text: str, n: int = 4) -> Shingles:
    """Hashed character ``n``-grams of ``text`` (for short texts such as headlines)."""
    if len(text) <= n:
        return frozenset([zlib.crc32(text.encode())]) if text else frozenset()
    return frozenset(zlib.crc32(text[i:i + n].encode()) for i in range(len(text) - n + 1))


def check_threshold(value: float, name: str = "threshold") -> None:
    """Raise ValueError unless ``value`` is a similarity share in (0, 1] (for rule options)."""
    if not 0 < value <= 1:
        raise ValueError(f"option {name!r} must lie in (0, 1], got {value}")


def jaccard(a: Shingles, b: Shingles) -> float:
    """Size of the intersection over size of the union (0 for two empty sets)."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def overlap(a: Shingles, b: Shingles, min_size_ratio: float = 0.5) -> float:
    """How much of the smaller set lies in the larger one, or 0 when their sizes differ too much.

    A paragraph with a few words changed, or with one of several sentences added
    or dropped, scores high; a sentence quoted inside a long paragraph does not
    (its set is less than ``min_size_ratio`` of the other's size).
    """
    small, large = sorted((len(a), len(b)))
    if not small or small < min_size_ratio * large:
        return 0.0
    return len(a & b) / small


class OverlapIndex:
    """Finds, among the sets indexed so far, the one a new set overlaps most (see :func:`overlap`).

    Candidates are the sets sharing one of the new set's ``k`` smallest hashes (a
    bottom-k sketch: a pair with Jaccard similarity J is missed with probability
    about ``(1 - J) ** k``, under 0.3% for the weakest near repeat worth reporting),
    then scored exactly. Cost grows with the number of sets, not with their pairs.
    """

    def __init__(self, k: int = 16) -> None:
        self.k = k
        self._postings: dict[int, list[int]] = {}
        self._sets: list[Shingles] = []

    def add(self, items: Shingles, threshold: float, min_size_ratio: float = 0.5) -> tuple[float, int] | None:
        """Index a set (ids count up from 0) and return ``(score, id)`` of the earlier set
        with the highest :func:`overlap` with it (the earliest on ties), if that reaches
        ``threshold``."""
        sketch = sorted(items)[:self.k]
        candidates = {i for h in sketch for i in self._postings.get(h, ())}
        best: tuple[float, int] | None = None
        for ident in sorted(candidates):
            score = overlap(items, self._sets[ident], min_size_ratio)
            if score >= threshold and (best is None or score > best[0]):
                best = (score, ident)
        ident = len(self._sets)
        self._sets.append(items)
        for h in sketch:
            self._postings.setdefault(h, []).append(ident)
        return best


class LSHIndex:
    """MinHash-LSH over shingle sets: candidates whose Jaccard similarity is likely high.

    ``bands`` × ``rows`` MinHash values are used; a pair with Jaccard ``J``
    becomes a candidate with probability ``1 - (1 - J**rows)**bands`` (the
    defaults find 99.6% of pairs at J = 0.5 and almost none below 0.1).
    Candidates are approximate: verify them with :func:`overlap` or
    :func:`jaccard`.
    """

    def __init__(self, bands: int = 42, rows: int = 3, seed: int = 1):
        from datasketch import MinHash, MinHashLSH  # optional, heavy: only for cross-file runs

        num_perm = bands * rows
        template = MinHash(num_perm=num_perm, seed=seed)
        self._make = lambda: MinHash(num_perm=num_perm, seed=seed, hashfunc=int,
                                     permutations=template.permutations, scheme=template.scheme)
        self._lsh = MinHashLSH(num_perm=num_perm, params=(bands, rows))

    def _minhash(self, items: Shingles):
        m = self._make()
        m.update_batch(list(items))
        return m

    def add(self, key: Hashable, items: Shingles) -> list[Hashable]:
        """Query the keys already indexed that are candidates for ``items``, then index it."""
        if not items:
            return []
        m = self._minhash(items)
        found = self._lsh.query(m)
        self._lsh.insert(key, m, check_duplication=False)
        return found


class UnionFind:
    """Disjoint sets over ids ``0..n-1`` (path halving, union by size)."""

    def __init__(self, n: int):
        self.parent = list(range(n))
        self.size = [1] * n

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            if self.size[a] < self.size[b]:
                a, b = b, a
            self.parent[b] = a
            self.size[a] += self.size[b]


@dataclass(frozen=True, slots=True)
class Unit:
    """One comparable text of a run: its group (file), exact key and shingles."""

    group: str
    key: int
    shingles: Shingles


@dataclass(frozen=True, slots=True)
class Repeat:
    """Unit ``later`` repeats unit ``earlier`` of another group (``score`` 1.0 when exact)."""

    later: int
    earlier: int
    score: float
    exact: bool


def cross_group_repeats(units: Sequence[Unit], *, threshold: float,
                        similarity: Callable[[int, int], float] | None = None,
                        common_groups: int = 0, max_candidates: int = 64) -> list[Repeat]:
    """Repeats between units of different groups, in linear time.

    Units must come grouped and in order; each later unit is matched to the
    unit of an *earlier* group it repeats best: exactly (same key, through a
    hash index) or nearly (``similarity(later, earlier) >= threshold``, unit
    indexes, among MinHash-LSH candidates; by default the :func:`overlap` of
    their shingles). Texts that recur in ``common_groups`` or more groups
    (boilerplate), counting near repeats, are left out; 0 keeps everything.
    """
    if similarity is None:
        def similarity(i: int, j: int) -> float:
            return overlap(units[i].shingles, units[j].shingles)
    index: LSHIndex | None = None
    first: dict[int, int] = {}           # exact key -> first unit with it
    sets = UnionFind(len(units))
    best: dict[int, Repeat] = {}
    for i, unit in enumerate(units):
        j = first.get(unit.key)
        if j is not None:
            sets.union(i, j)
            if units[j].group != unit.group:
                best[i] = Repeat(i, j, 1.0, True)
            continue                      # an exact copy adds nothing to the near index
        first[unit.key] = i
        index = index or LSHIndex()
        for j in sorted(index.add(i, unit.shingles))[:max_candidates]:
            if units[j].group == unit.group:
                continue
            score = similarity(i, j)
            if score >= threshold:
                sets.union(i, j)
                if i not in best or score > best[i].score:
                    best[i] = Repeat(i, j, score, False)
    _redirect_exact_copies(units, first, best)
    if common_groups:
        groups: dict[int, set[str]] = {}
        for i, unit in enumerate(units):
            groups.setdefault(sets.find(i), set()).add(unit.group)
        best = {i: r for i, r in best.items() if len(groups[sets.find(i)]) < common_groups}
    return [best[i] for i in sorted(best)]


def _redirect_exact_copies(units: Sequence[Unit], first: dict[int, int], best: dict[int, Repeat]) -> None:
    """Give exact copies that only repeat their own group the near match of their first copy."""
    for i, unit in enumerate(units):
        j = first[unit.key]
        if i != j and i not in best and j in best and units[best[j].earlier].group != unit.group:
            r = best[j]
            best[i] = Repeat(i, r.earlier, r.score, r.exact)
