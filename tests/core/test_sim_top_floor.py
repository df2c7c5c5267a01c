"""The dense candidate search's top cells found by a floor (topk._top_by_floor: the k-th highest of
each row's maxima over slices, then only the cells at or above it ranked) keep exactly what the stable sort of each
whole row and column keeps, and what the partition of every row and column keeps; on small matrices too (the floor
is used from TOP_FLOOR_MIN cells a row on: patched to 0 here)."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportdiff.core import topk


def _stable_sort_top(dense: np.ndarray, k: int) -> np.ndarray:
    """Each row's and column's k best positive cells by a stable sort (descending value, then position)."""
    keep = np.zeros(dense.shape, dtype=bool)
    for r in range(dense.shape[0]):
        order = sorted(range(dense.shape[1]), key=lambda c: -dense[r, c])[:k]
        keep[r, order] = True
    for c in range(dense.shape[1]):
        order = sorted(range(dense.shape[0]), key=lambda r: -dense[r, c])[:k]
        keep[order, c] = True
    return keep & (dense > 0)


def _partition_top(dense: np.ndarray, k: int) -> np.ndarray:
    keep = topk._top_of_rows(dense, k)
    keep |= topk._top_of_rows(dense.T, k).T
    return keep


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1, 14),
    st.integers(1, 14),
    st.lists(st.sampled_from([0.0, 0.0, 0.25, 0.5, 0.5, 1.0, 3.0, 5e-324]), min_size=196, max_size=196),
    st.integers(1, 5),
)
def test_floor_keeps_what_a_stable_sort_keeps(height: int, width: int, values: list[float], k: int) -> None:
    """Few values (ties everywhere, rows with more than k cells at the k-th value), the smallest positive float,
    rows and columns with fewer than k positive cells, rows shorter than the slices (the partition then)."""
    dense = np.array(values[: height * width]).reshape(height, width)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(topk, "TOP_FLOOR_MIN", 0)
        got = topk.top_cells(dense, k)
    assert got.tolist() == _stable_sort_top(dense, k).tolist()


@pytest.mark.parametrize("shape", [(160, 170), (264, 263), (300, 200)])
def test_floor_and_partition_alike_on_search_sized_matrices(shape: tuple[int, int]) -> None:
    """Matrices the size of 20 x 5,000-word articles' searches, half their cells set, a few values repeated (ties at
    the k-th): the floor's cells are the partition's."""
    rng = np.random.default_rng(sum(shape))
    dense = rng.random(shape) * (rng.random(shape) < 0.55)
    dense[::7] = np.round(dense[::7], 1)  # ties
    assert min(shape) >= topk.TOP_FLOOR_MIN  # the floor's path
    for k in (1, 4, 6):
        assert topk.top_cells(dense, k).tolist() == _partition_top(dense, k).tolist()
