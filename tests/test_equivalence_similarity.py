"""The numpy MinHash-LSH helpers agree with plain Python definitions of what they compute."""
from __future__ import annotations

import random
from itertools import combinations

import numpy as np
import pytest
from hypothesis import given, settings, strategies as st

from newslint.text.similarity import (_BINS, _COPIES, _MASK32, _members, _starts, minhash_signatures, overlap,
                                      overlaps_below)

MASK64 = (1 << 64) - 1


def splitmix64(z: int) -> int:
    z = (z * 0x9E3779B97F4A7C15) & MASK64
    z ^= z >> 29
    z = (z * 0xBF58476D1CE4E5B9) & MASK64
    return z ^ (z >> 32)


def smallest_by_bin(shingles: list[int]) -> dict[int, int]:
    """For each bin a shingle's copies fall in, the smallest value there (the definition of the signature)."""
    best: dict[int, int] = {}
    for s in shingles:
        for copy in range(_COPIES):
            z = splitmix64((s << 3) | copy)
            b, v = z >> 57, z & _MASK32
            best[b] = min(v, best.get(b, v))
    return best


@pytest.mark.parametrize("seed", range(5))
def test_signature_keeps_the_smallest_value_of_each_filled_bin(seed):
    rng = random.Random(seed)
    sets = [rng.sample(range(1 << 32), rng.randint(1, 40)) for _ in range(30)]
    items = np.array([s for shingles in sets for s in shingles], dtype=np.uint32)
    sizes = np.array([len(shingles) for shingles in sets])
    signatures = minhash_signatures(items, sizes)
    assert signatures.shape == (len(sets), _BINS)
    for shingles, signature in zip(sets, signatures):
        best = smallest_by_bin(shingles)
        assert {b: int(signature[b]) for b in best} == best
        for b in set(range(_BINS)) - best.keys():  # an empty bin copies the first filled bin from its start on
            source = next(k % _BINS for k in range(_starts()[b], _starts()[b] + _BINS) if k % _BINS in best)
            assert int(signature[b]) == best[source]


@pytest.mark.parametrize("seed", range(5))
def test_members_is_set_membership(seed):
    rng = random.Random(seed)
    values = rng.sample(range(1 << 32), rng.choice([0, 1, 50, 2000]))
    values = sorted({*values, *(v ^ (1 << 28) for v in values[:20])})  # some share their low bits
    # items share low bits with values without being one of them, and repeat some of them
    items = [rng.choice(values) if values and rng.random() < 0.3 else rng.randrange(1 << 32) for _ in range(5000)]
    items += [(v ^ (1 << 25)) for v in values[:100]]
    found = _members(np.array(items, dtype=np.uint32), np.array(values, dtype=np.uint32))
    members = set(values)
    assert found.tolist() == [i in members for i in items]


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.frozensets(st.integers(0, 60), max_size=25), max_size=8), st.sampled_from([0.3, 0.5, 0.7, 1.0]))
def test_overlaps_below_holds_only_when_no_pair_reaches_the_threshold(sets, threshold):
    pairs_below = all(overlap(a, b, 0) < threshold for a, b in combinations(sets, 2))
    assert pairs_below or not overlaps_below(sets, threshold)
    if all(sets) and not any(a & b for a, b in combinations(sets, 2)):
        assert overlaps_below(sets, threshold)  # sets sharing nothing are proved apart
