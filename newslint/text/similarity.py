"""Repeated and near-repeated text: shingles, overlap scores and linear-time indexes.

Texts are compared as sets of hashed word pairs or character n-grams
("shingles"). Hashes derive from CRC-32, so they are stable across processes and runs (extracts
made in worker processes compare equal). Two indexes find repeats without
comparing all pairs: :class:`OverlapIndex`, an exact inverted index for the
few dozen units of one document, and :func:`lsh_candidates`, MinHash-LSH over
``numpy`` arrays (imported on first use) for the units of thousands of files.
"""
from __future__ import annotations

import functools
import operator
import zlib
from array import array
from itertools import chain, repeat
from typing import Callable, Iterable, NamedTuple, Sequence

from newslint import hashing
from newslint.model import Position, Span

Shingles = frozenset[int]


def text_key(normalized: str) -> int:
    """A stable 64-bit key of a normalised text, for exact-repeat hash indexes."""
    return int.from_bytes(hashing.blake2b(normalized.encode(), digest_size=8).digest(), "big")


_WORD_HASHES: dict[str, int] = {}


def _hash_new_words(tokens: Sequence[str], hashes: list[int | None]) -> None:
    """Fill in the CRC-32 of the tokens not yet memoised (the memo is cleared when it grows very large)."""
    if len(_WORD_HASHES) > 1_000_000:
        _WORD_HASHES.clear()
    for i, h in enumerate(hashes):
        if h is None:
            hashes[i] = _WORD_HASHES[tokens[i]] = zlib.crc32(tokens[i].encode())


def shingles(tokens: Sequence[str]) -> Shingles:
    """Hashed pairs of adjacent words of ``tokens`` (the one word of a one-word text), 32-bit."""
    hashes = list(map(_WORD_HASHES.get, tokens))
    if None in hashes:
        _hash_new_words(tokens, hashes)
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


def near_repeat_phrase(score: float, later_size: int, earlier_size: int, earlier: str) -> str:
    """How a near repeat of ``earlier`` is worded: "contains the whole of …" or "is wholly
    contained in …" when one text holds all of the other's shingles, else "nearly repeats
    (N% the same) …"."""
    if round(score, 2) < 1:
        return f"nearly repeats ({score:.0%} the same) {earlier}"
    if later_size >= earlier_size:
        return f"contains the whole of {earlier}"
    return f"is wholly contained in {earlier}"


def overlaps_below(sets: Sequence[Shingles], threshold: float) -> bool:
    """Whether no two of ``sets`` can :func:`overlap` by ``threshold`` or more, because each shares less
    than that share of itself with all the others together. A few set operations per set prove it for
    most documents, which then need no :class:`OverlapIndex`."""
    seen: set[int] = set()
    shared: set[int] = set()
    for items in sets:
        shared |= seen & items
        seen |= items
    return all(items and len(items & shared) / len(items) < threshold for items in sets)


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
        postings = self._postings
        candidates = set(chain.from_iterable(map(postings.get, sketch, repeat(()))))
        best: tuple[float, int] | None = None
        for ident in sorted(candidates):
            score = overlap(items, self._sets[ident], min_size_ratio)
            if score >= threshold and (best is None or score > best[0]):
                best = (score, ident)
        ident = len(self._sets)
        self._sets.append(items)
        for h in sketch:
            postings.setdefault(h, []).append(ident)
        return best


#: MinHash-LSH layout: one-permutation MinHash with ``_BINS`` bins, banded into ``LSH_BANDS``
#: bands of ``LSH_ROWS`` bins each (bins ``b``, ``b + 42`` and ``b + 84`` form band ``b``).
LSH_BANDS, LSH_ROWS = 42, 3
_BINS = 128
#: Shingles found in more than this many units of a run are common phrasing: near repeats are
#: looked for through their rarer shingles (an exact repeat is always found through its key).
MAX_SHARED = 64
#: Each member of an LSH bucket is paired with the bucket's first this many members only.
_PARTNERS = 4
_MASK32 = 0xFFFFFFFF
#: Each shingle is hashed into this many bins, so that small sets fill enough bins.
_COPIES = 4


@functools.cache
def _starts() -> list[int]:
    """Where an empty bin starts looking for a filled one (a fixed shuffle of the bins)."""
    import random

    return random.Random(_BINS).sample(range(_BINS), _BINS)


def pack(items: Iterable[int]) -> bytes:
    """32-bit shingles as compact bytes (for extracts pickled to workers and caches)."""
    return array("I", items).tobytes()


def unpack(packed: bytes) -> Shingles:
    """The shingle set of :func:`pack` output."""
    return frozenset(array("I", packed))


def pack_span(span: Span) -> tuple[int, int, int, int, int, int]:
    """A span as plain integers (line, column, offset of its start, then of its end): extracts made of
    plain data pickle several times faster than model objects."""
    start, end = span.start, span.end
    return start.line, start.column, start.offset, end.line, end.column, end.offset


def unpack_span(fields: Sequence[int]) -> Span:
    """The span of :func:`pack_span` output."""
    return Span(Position(*fields[:3]), Position(*fields[3:]))


def minhash_signatures(items, sizes):
    """One-permutation MinHash signatures: one row of ``_BINS`` values per set.

    ``items`` holds the sets' 32-bit shingles one set after the other (``numpy``
    arrays; ``sizes[k]`` shingles for set ``k``, at least one). Each shingle is hashed
    ``_COPIES`` times; a hash's top bits pick a bin, the rest is its value, and a bin
    keeps its smallest value. An empty bin takes the value of the first filled bin
    from its own fixed, random starting bin on (densification as in Shrivastava and Li
    2014; the random starts and the copies keep the bins of small sets nearly
    independent). Two sets agree in a bin with probability equal to their Jaccard
    similarity, as with classic MinHash, for a few hashes per shingle instead of one
    per shingle and bin.
    """
    import numpy as np

    n = len(sizes)
    z = np.repeat(items.astype(np.uint64) << np.uint64(3), _COPIES)
    z |= np.tile(np.arange(_COPIES, dtype=np.uint64), len(items))
    z *= np.uint64(0x9E3779B97F4A7C15)                     # splitmix64 finaliser
    z ^= z >> np.uint64(29)
    z *= np.uint64(0xBF58476D1CE4E5B9)
    z ^= z >> np.uint64(32)
    cell = np.repeat(np.arange(0, n * _BINS, _BINS, dtype=np.intp), sizes * _COPIES)
    cell += (z >> np.uint64(57)).astype(np.intp)
    sig = np.full(n * _BINS, _MASK32, dtype=np.uint32)
    np.minimum.at(sig, cell, (z & np.uint64(_MASK32)).astype(np.uint32))
    filled = np.zeros((n, 2 * _BINS), dtype=bool)
    filled[:, :_BINS] = np.bincount(cell, minlength=n * _BINS).reshape(n, _BINS) > 0
    filled[:, _BINS:] = filled[:, :_BINS]
    pos = np.where(filled, np.arange(2 * _BINS, dtype=np.uint16), np.uint16(2 * _BINS))
    nearest = np.minimum.accumulate(pos[:, ::-1], axis=1)[:, :_BINS - 1:-1]   # next filled bin, circularly
    source = np.where(filled[:, :_BINS], np.arange(_BINS, dtype=np.uint16), nearest[:, _starts()] % _BINS)
    return np.take_along_axis(sig.reshape(n, _BINS), source.astype(np.intp), axis=1)


def _band_keys(items, sizes, chunk: int = 1 << 14, sets: int = 4096):
    """``(sets, LSH_BANDS)`` band hashes of the sets' signatures, computed a chunk at a time
    (at most ``chunk`` shingles and ``sets`` sets)."""
    import numpy as np

    keys = np.empty((len(sizes), LSH_BANDS), dtype=np.uint64)
    ends = np.cumsum(sizes)
    lo = 0
    while lo < len(sizes):
        first = int(ends[lo - 1]) if lo else 0
        hi = min(max(lo + 1, int(np.searchsorted(ends, first + chunk, side="right"))), lo + sets)
        sig = minhash_signatures(items[first:ends[hi - 1]], sizes[lo:hi]).astype(np.uint64)
        rows = [sig[:, r * LSH_BANDS:(r + 1) * LSH_BANDS] for r in range(LSH_ROWS)]
        keys[lo:hi] = (rows[0] * np.uint64(0x9E3779B97F4A7C15)) ^ (rows[1] << np.uint64(32)) ^ rows[2]
        lo = hi
    return keys


def _members(items, values):
    """Whether each of the ``uint32`` ``items`` is one of the sorted ``values``.

    Each value is stored in a table slot picked by its low 20 bits, so an item is
    compared with the one value of its slot; items whose slot holds several values
    are searched for among the values.
    """
    import numpy as np

    if not len(values):
        return np.zeros(len(items), dtype=bool)
    low = (1 << 20) - 1
    slots, counts = np.unique(values & low, return_counts=True)
    stored = np.zeros(low + 1, dtype=np.uint32)
    stored[values & low] = values
    used = np.zeros(low + 1, dtype=bool)
    used[slots] = True
    shared = np.zeros(low + 1, dtype=bool)
    shared[slots[counts > 1]] = True
    slot = items & low
    found = used[slot] & (stored[slot] == items)
    ambiguous = np.flatnonzero(shared[slot])
    if len(ambiguous):
        candidates = items[ambiguous]
        found[ambiguous] = values[np.minimum(np.searchsorted(values, candidates), len(values) - 1)] == candidates
    return found


def lsh_candidates(packed: Sequence[bytes], max_shared: int = MAX_SHARED):
    """Pairs ``(later, earlier)`` of sets likely to be similar, by MinHash-LSH, in linear time.

    ``packed`` holds :func:`pack`-ed shingle sets. Shingles found in more than
    ``max_shared`` sets are left out first (a set left empty gets no candidates); a
    pair is a candidate when the ``LSH_ROWS`` bins of one of the ``LSH_BANDS`` bands
    agree: probability ``1 - (1 - J**3)**42`` for Jaccard ``J`` of what is left (99.6%
    at 0.5, 68% at 0.3). Every member of a band bucket shares a shingle, so buckets
    hold at most ``max_shared`` sets and the work grows linearly with the sets.
    Returns two ``numpy`` index arrays, sorted by ``later`` then ``earlier``.
    """
    import numpy as np

    none = (np.empty(0, np.intp), np.empty(0, np.intp))
    sizes = np.fromiter(map(len, packed), dtype=np.int64, count=len(packed)) // 4
    items = np.frombuffer(b"".join(packed), dtype=np.uint32)
    if not len(items):
        return none
    values, counts = np.unique(items, return_counts=True)
    keep = ~_members(items, values[counts > max_shared])
    del values, counts
    kept_sizes = np.bincount(np.repeat(np.arange(len(packed), dtype=np.int32), sizes)[keep], minlength=len(packed))
    ids = np.flatnonzero(kept_sizes)
    if len(ids) < 2:
        return none
    keys = _band_keys(items[keep], kept_sizes[ids])
    pairs = []
    for key in keys.T:
        order = np.argsort(key)
        key = key[order]
        start = np.flatnonzero(np.concatenate(([True], key[1:] != key[:-1])))
        size = np.diff(np.append(start, len(key)))
        first = np.repeat(start, size)            # where each member's bucket starts
        shared = np.repeat(size, size) > 1
        member, first = order[shared], first[shared]
        rank = np.flatnonzero(shared) - first
        for k in range(min(int(size.max()) - 1, _PARTNERS)):  # pair each member with the k-th of its bucket
            more = rank > k
            member, first, rank = member[more], first[more], rank[more]
            other = order[first + k]
            pairs.append((np.maximum(member, other).astype(np.uint64) << np.uint64(32))
                         | np.minimum(member, other).astype(np.uint64))
        if len(pairs) > 32:                        # a pair recurs in several bands: keep memory down
            pairs = [np.unique(np.concatenate(pairs))]
    found = np.unique(np.concatenate(pairs)) if pairs else np.empty(0, dtype=np.uint64)
    return ids[(found >> np.uint64(32)).astype(np.intp)], ids[(found & np.uint64(_MASK32)).astype(np.intp)]


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


class Unit(NamedTuple):
    """One comparable text of a run: its group (file), exact key and :func:`pack`-ed shingles."""

    group: str
    key: int
    shingles: bytes


class Repeat(NamedTuple):
    """Unit ``later`` repeats unit ``earlier`` of another group (``score`` 1.0 when exact)."""

    later: int
    earlier: int
    score: float
    exact: bool


def cross_group_repeats(units: Sequence[Unit], *, threshold: float,
                        similarity: Callable[[int, int], float] | None = None,
                        common_groups: int = 0, max_shared: int = MAX_SHARED) -> list[Repeat]:
    """Repeats between units of different groups, in linear time.

    Units must come grouped and in order; each later unit is matched to the
    unit of an *earlier* group it repeats best: exactly (same key, through a
    hash index) or nearly (``similarity(later, earlier) >= threshold``, unit
    indexes, among the :func:`lsh_candidates` of the units' first copies; by
    default the :func:`overlap` of their shingles). Texts that recur in
    ``common_groups`` or more groups (boilerplate), counting near repeats, are
    left out; 0 keeps everything.
    """
    if similarity is None:
        similarity = _overlap_of(units)
    first: dict[int, int] = {}           # exact key -> first unit with it
    near: list[int] = []                 # first copies, compared for near repeats
    copies: list[tuple[int, int]] = []   # (exact copy, its first copy)
    for i, unit in enumerate(units):
        j = first.setdefault(unit.key, i)
        if j != i:
            copies.append((i, j))
        elif unit.shingles:
            near.append(i)
    later, earlier = lsh_candidates([units[i].shingles for i in near], max_shared)
    candidates: dict[int, list[int]] = {}
    for i, j in zip(later.tolist(), earlier.tolist()):
        if units[near[i]].group != units[near[j]].group:
            candidates.setdefault(near[i], []).append(near[j])
    sets = UnionFind(len(units))
    joined = list(copies)                # pairs of units in one set (all others are alone)
    best: dict[int, Repeat] = {}
    for i, j in copies:
        sets.union(i, j)
        if units[j].group != units[i].group:
            best[i] = Repeat(i, j, 1.0, True)
    for i, js in candidates.items():
        for j in js:
            score = similarity(i, j)
            if score >= threshold:
                sets.union(i, j)
                joined.append((i, j))
                if i not in best or score > best[i].score:
                    best[i] = Repeat(i, j, score, False)
    _redirect_exact_copies(units, copies, best)
    if common_groups:
        groups: dict[int, set[str]] = {}
        for i in set(chain.from_iterable(joined)):
            groups.setdefault(sets.find(i), set()).add(units[i].group)
        best = {i: r for i, r in best.items() if len(groups[sets.find(i)]) < common_groups}
    return [best[i] for i in sorted(best)]


def _overlap_of(units: Sequence[Unit]) -> Callable[[int, int], float]:
    """:func:`overlap` of two units' packed shingles (the later unit's set is unpacked once)."""
    last: list = [None, frozenset()]

    def score(i: int, j: int) -> float:
        a, b = len(units[i].shingles) // 4, len(units[j].shingles) // 4
        if 2 * min(a, b) < max(a, b):    # what overlap() would return
            return 0.0
        if last[0] != i:
            last[:] = [i, unpack(units[i].shingles)]
        return len(last[1].intersection(memoryview(units[j].shingles).cast("I"))) / min(a, b)
    return score


def _redirect_exact_copies(units: Sequence[Unit], copies: list[tuple[int, int]], best: dict[int, Repeat]) -> None:
    """Give exact copies that only repeat their own group the near match of their first copy."""
    for i, j in copies:
        if i not in best and j in best and units[best[j].earlier].group != units[i].group:
            r = best[j]
            best[i] = Repeat(i, r.earlier, r.score, r.exact)
