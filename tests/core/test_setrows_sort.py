"""SetRows.sorted_rows orders (row, id, value) triples exactly as the two-column lexsort it replaced."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportdiff.core.setrows import SetRows


def reference(owner: np.ndarray, ids: np.ndarray, values: np.ndarray, rows: int, width: int) -> SetRows:
    """The replaced implementation: lexsort by row, then id."""
    order = np.lexsort((ids, owner))
    indptr = np.zeros(rows + 1, dtype=np.int64)
    np.cumsum(np.bincount(owner, minlength=rows), out=indptr[1:])
    return SetRows(indptr, ids[order].astype(np.int64), values[order].astype(np.float64), max(1, width))


def same(a: SetRows, b: SetRows) -> bool:
    """Field for field, values bit for bit."""
    return (
        a.width == b.width
        and np.array_equal(a.indptr, b.indptr)
        and np.array_equal(a.ids, b.ids)
        and a.ids.dtype == b.ids.dtype
        and np.array_equal(a.values, b.values)
        and a.values.dtype == b.values.dtype
    )


@settings(max_examples=150, deadline=None)
@given(st.sets(st.tuples(st.integers(0, 12), st.integers(0, 40)), max_size=120), st.booleans(), st.integers(0, 9))
def test_any_order_of_distinct_triples(pairs: set[tuple[int, int]], presorted: bool, seed: int) -> None:
    """Distinct (row, id) pairs, shuffled or already sorted, each with its own value: the same rows as lexsort."""
    triples = sorted(pairs)
    if not presorted:
        np.random.default_rng(seed).shuffle(triples)
    owner = np.array([r for r, _ in triples], dtype=np.int64)
    ids = np.array([i for _, i in triples], dtype=np.int64)
    values = np.arange(len(triples), dtype=np.float64) * 0.5 + 1.0
    rows, width = 13, 41
    assert same(SetRows.sorted_rows(owner, ids, values, rows, width), reference(owner, ids, values, rows, width))


@pytest.mark.parametrize("width", [0, 41, 2**61])
def test_rows_without_ids_and_ids_too_wide_for_one_key(width: int) -> None:
    """Empty rows, a width of 0, and a width whose row x width would overflow int64 (the lexsort path)."""
    owner = np.array([3, 0, 3, 1], dtype=np.int64)
    ids = np.array([7, 2, 1, 2], dtype=np.int64) + (2**60 if width == 2**61 else 0)
    values = np.array([1.0, 2.0, 3.0, 4.0])
    assert same(SetRows.sorted_rows(owner, ids, values, 5, width), reference(owner, ids, values, 5, width))
    empty = np.zeros(0, dtype=np.int64)
    assert same(
        SetRows.sorted_rows(empty, empty, np.zeros(0), 4, width), reference(empty, empty, np.zeros(0), 4, width)
    )
