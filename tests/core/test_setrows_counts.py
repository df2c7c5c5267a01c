"""setrows.shared_counts (the compiled LCS count of shared ids) against Python's set intersections, in every range of
ids: small, around the skipped surrogates, up to the last id that fits in a character, and past it (the search)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportdiff.core import setrows
from reportdiff.core.setrows import TEXT_IDS, SetRows, overlap, shared_counts

# Each range puts ids where a mapping to characters could go wrong: below and across the surrogates (which the
# characters skip), at the top of Unicode, and past it.
RANGES = [(0, 40), (0xD7F0, 0xE010), (TEXT_IDS - 40, TEXT_IDS), (TEXT_IDS - 20, TEXT_IDS + 20)]


@st.composite
def _rows_and_pairs(draw: st.DrawFn) -> tuple[list[frozenset[int]], list[tuple[int, int]], int]:
    low, high = draw(st.sampled_from(RANGES))
    rows = draw(st.lists(st.frozensets(st.integers(low, high - 1), max_size=12), min_size=1, max_size=8))
    pairs = draw(st.lists(st.tuples(st.integers(0, 7), st.integers(0, 7)), max_size=30))
    return rows, [(i % len(rows), j % len(rows)) for i, j in pairs], high


@settings(max_examples=300, deadline=None)
@given(_rows_and_pairs(), st.sampled_from([0.0, 5.0, 1e9]))
def test_shared_counts_equal_set_intersections(
    case: tuple[list[frozenset[int]], list[tuple[int, int]], int], mean_ids: float
) -> None:
    """shared_counts == len(a & b) and == overlap().count(), by LCS (threshold 0), by the rule, and by the search."""
    rows, pairs, width = case
    sets = SetRows.build([sorted(r) for r in rows], width)
    left = np.array([i for i, _ in pairs], dtype=np.int64)
    right = np.array([j for _, j in pairs], dtype=np.int64)
    expected = [len(rows[i] & rows[j]) for i, j in pairs]
    old = setrows.COUNT_BY_LCS_MEAN_IDS
    setrows.COUNT_BY_LCS_MEAN_IDS = mean_ids
    try:
        counts = shared_counts(sets, left, right)
    finally:
        setrows.COUNT_BY_LCS_MEAN_IDS = old
    assert counts.tolist() == expected
    assert counts.tolist() == overlap(sets, left, sets, right).count().tolist()


def test_texts_are_increasing_characters_or_none_past_unicode() -> None:
    """Row strings keep the ids' order across the surrogates; an id past TEXT_IDS gives no strings (the search)."""
    sets = SetRows.build([[5, 0xD7FF, 0xD800, 0xDFFF, TEXT_IDS - 1], [], [0xE000]], TEXT_IDS)
    texts = sets.texts()
    assert texts is not None
    codes = [ord(c) for c in texts[0]]
    assert codes == sorted(codes) and len(set(codes)) == 5
    assert not any(0xD800 <= c < 0xE000 for c in codes)
    assert texts[1] == "" and len(texts[2]) == 1
    assert SetRows.build([[TEXT_IDS]], TEXT_IDS + 1).texts() is None


def test_shared_counts_of_no_pairs() -> None:
    """No pairs: an empty int array, by either path."""
    sets = SetRows.build([list(range(10)), list(range(5, 15))], 20)
    for mean_ids in (0.0, 1e9):
        setrows_old = setrows.COUNT_BY_LCS_MEAN_IDS
        setrows.COUNT_BY_LCS_MEAN_IDS = mean_ids
        try:
            empty = shared_counts(sets, np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64))
        finally:
            setrows.COUNT_BY_LCS_MEAN_IDS = setrows_old
        assert empty.shape == (0,)
    assert shared_counts(sets, np.array([0, 1]), np.array([1, 1])).tolist() == [5, 10]


@pytest.mark.parametrize("length", [63, 64, 65, 200])
def test_shared_counts_of_long_rows(length: int) -> None:
    """Rows longer than a machine word (the LCS's blocks) still count exactly."""
    rng = np.random.default_rng(length)
    rows = [sorted(set(rng.integers(0, 3 * length, size=length).tolist())) for _ in range(6)]
    sets = SetRows.build(rows, 3 * length)
    left, right = np.repeat(np.arange(6), 6), np.tile(np.arange(6), 6)
    expected = [len(set(rows[i]) & set(rows[j])) for i, j in zip(left.tolist(), right.tolist(), strict=True)]
    assert shared_counts(sets, left, right).tolist() == expected


def test_shared_counts_where() -> None:
    """With ``where``, the marked pairs are counted as without it and the others are 0."""
    rng = np.random.default_rng(7)
    rows = [sorted(set(rng.integers(0, 30, size=12).tolist())) for _ in range(9)]
    sets = SetRows.build(rows, 30)
    left, right = np.repeat(np.arange(9), 9), np.tile(np.arange(9), 9)
    full = shared_counts(sets, left, right)
    where = rng.random(len(left)) < 0.4
    assert shared_counts(sets, left, right, where).tolist() == np.where(where, full, 0).tolist()
    assert shared_counts(sets, left, right, np.ones(len(left), dtype=bool)).tolist() == full.tolist()
