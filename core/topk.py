"""The k best cells of each row and column of a score matrix, and the k best values of each group of a flat array,
ties broken by position (the lower first) exactly as a stable sort would: how the candidate search
(core/similarity.py) keeps each sentence's best partners without sorting millions of pairs. Numpy only; pure
functions of arrays. Each routine's test is the stable sort it replaced (tests/core/test_sim_block.py,
test_sim_top_floor.py).
"""

from __future__ import annotations

import itertools

import numpy as np

# -- tuning knobs, one place (each measured; none changes which cells are kept, only how fast they are found) --------
# The top partners of each right sentence over a run of the sparse search (groups in no order) are found in rounds
# of ufunc.at over every pair; with more than this many pairs per kept partner, first a floor under each group's k-th
# best from the maxima of 2k slices, and the rounds over the pairs reaching it alone (pair of 100k-word articles:
# ~190 pairs per right sentence a run, ~5% reach the floor).
TOP_PREFILTER_PER_GROUP = 4
# top_cells' floor: each row's (column's) maxima over this many slices per kept cell. Two: a few cells per row reach
# the floor (20 articles x 5,000 words: ~5 of ~260 a row), found by one pass of maxima and one comparison, ~2.5x
# less than np.partition of every row and column of the 260 x 260 matrices (665 -> 511 us a matrix with the column
# side as rows of a transposed copy and the few cells ranked by a partition, 1,570 before).
TOP_FLOOR_SLICES = 2
# ... where the rows and columns hold at least this many cells: the floor's ~30 numpy calls cost more than the
# partition of small matrices (random square matrices, half their cells set: 32 0.02 -> 0.11 ms, 128 0.39 -> 0.50,
# 192 0.93 -> 0.83, 260 1.42 -> 0.73, 400 3.9 -> 2.3). 20 news articles (~30 sentences each) keep the partition.
TOP_FLOOR_MIN = 160


def top_per_row_and_column(
    rows: np.ndarray, columns: np.ndarray, value: np.ndarray, height: int, width: int, k: int
) -> np.ndarray:
    """``top_per_group`` by rows, or by columns, of positive values at distinct cells (rows, columns) of a small
    matrix: a stable sort of each row and column of the dense matrix breaks ties by position exactly as the sparse
    version does. Found without sorting: each row's and column's k-th largest entry (zeros included) by np.partition,
    then the cells at or above it, with ties at it counted off by position only where more than k reach it (~2x
    less than masks over the whole matrix). A value <= 0 (none today: the weights are positive) ties with the empty
    cells: the masks over the whole matrix then."""
    matrix = np.zeros((height, width))
    matrix[rows, columns] = value
    if len(value) and float(value.min()) <= 0.0:
        chosen = _top_along(matrix, k) | _top_along(matrix.T, k).T
        return chosen[rows, columns]
    by_row = _at_or_above(rows, columns, width, value, _kth_largest(matrix, k, axis=1), k)
    return by_row | _at_or_above(columns, rows, height, value, _kth_largest(matrix, k, axis=0), k)


_SMALLEST = float(np.nextafter(0.0, 1.0))  # the smallest positive float: ">= it" is "> 0"


def top_cells(matrix: np.ndarray, k: int) -> np.ndarray:
    """Mask of the positive cells of ``matrix`` among the k highest of their row or of their column, ties going to
    the lower position: what a stable sort of each whole row and column keeps of them (zeros, the empty cells, are
    never kept). Rows and columns of at least TOP_FLOOR_MIN (and TOP_FLOOR_SLICES x k) cells: ``_top_by_floor``
    for the rows, then for the columns; shorter ones: each row's and column's k-th largest by np.partition, every
    cell at or above it; ties at it counted off by position only in the rows or columns where more than k reach
    it."""
    height, width = matrix.shape
    if min(height, width) >= max(TOP_FLOOR_MIN, TOP_FLOOR_SLICES * k):
        matrix = np.ascontiguousarray(matrix)
        keep = np.zeros(height * width, dtype=bool)
        keep[_top_by_floor(matrix, k, rows=True)] = True
        keep[_top_by_floor(matrix, k, rows=False)] = True
        return keep.reshape(height, width)
    keep = _top_of_rows(matrix, k)
    keep |= _top_of_rows(matrix.T, k).T
    return keep


def _top_by_floor(matrix: np.ndarray, k: int, rows: bool) -> np.ndarray:
    """Flat indices (into the C-contiguous ``matrix``) of its positive cells among the k highest of their row (or,
    ``rows`` false, of their column), ties going to the lower position. A floor under each row's k-th highest: the
    k-th highest of its maxima over TOP_FLOOR_SLICES x k slices (k cells of k different slices reach it, so its k
    best do; a column's slices are of equal length, the few cells past the last whole one left out of its maxima,
    which only lowers its floor). Only the cells at or above it (and above 0), a few per row, are ranked: each
    row's k-th highest of them by np.partition (of a table of rows x the most any row has, zeros filling it), then
    ``_at_or_above``. The columns are read in place, without a transposed copy of the matrix: their maxima over
    slices of rows, their cells at or above the floor taken column by column from the transposed mask (a byte a
    cell). Any floor at or under the k-th highest keeps the same cells."""
    height, width = matrix.shape
    slices = TOP_FLOOR_SLICES * k
    if rows:
        maxima = np.maximum.reduceat(matrix, (np.arange(slices) * width) // slices, axis=1)
        floor = np.maximum(np.partition(maxima, slices - k, axis=1)[:, slices - k], _SMALLEST)
        cells = np.flatnonzero(matrix >= floor[:, None])  # row by row
        groups, span = height, width
        group = cells // width
    else:
        run = height // slices
        maxima = matrix[: slices * run].reshape(slices, run, width).max(axis=1)
        floor = np.maximum(np.partition(maxima, slices - k, axis=0)[slices - k], _SMALLEST)
        cells = np.flatnonzero((matrix >= floor[None, :]).T)  # column by column: cells of the transposed matrix
        groups, span = width, height
        group = cells // height
    counts = np.bincount(group, minlength=groups)
    most = int(counts.max()) if len(cells) else 0
    if most > k:
        flat = cells if rows else (cells % height) * width + group  # each cell's place in ``matrix``
        values = matrix.reshape(-1).take(flat)
        table = np.zeros((groups, most))
        table[group, np.arange(len(cells)) - np.repeat(np.cumsum(counts) - counts, counts)] = values
        kth = np.partition(table, most - k, axis=1)[:, most - k]  # 0 in a row of fewer than k: all its cells kept
        cells = cells[_at_or_above(group, cells, groups * span, values, kth, k)]
    return cells if rows else (cells % height) * width + cells // height


def _top_of_rows(matrix: np.ndarray, k: int) -> np.ndarray:
    """``top_cells`` by rows alone."""
    n = matrix.shape[1]
    if k >= n:
        return matrix > 0.0
    kth = np.partition(matrix, n - k, axis=1)[:, n - k]
    # a row whose k-th largest is 0 has fewer than k positive cells: all of them, and no zero
    keep = matrix >= np.maximum(kth, _SMALLEST)[:, None]
    over = np.flatnonzero(np.count_nonzero(keep, axis=1) > k)
    if len(over):
        keep[over] = _top_along(matrix[over], k) & (matrix[over] > 0.0)
    return keep


def _kth_largest(matrix: np.ndarray, k: int, axis: int) -> np.ndarray:
    """The k-th largest entry of each row (axis 1) or column (axis 0) of ``matrix``; 0 when there are no more than k
    entries (every one is kept)."""
    n = matrix.shape[axis]
    if k >= n:
        return np.zeros(matrix.shape[1 - axis])
    return np.partition(matrix, n - k, axis=axis).take(n - k, axis=axis)


def _at_or_above(
    group: np.ndarray, position: np.ndarray, span: int, value: np.ndarray, kth: np.ndarray, k: int
) -> np.ndarray:
    """Mask of the positive ``value`` cells among their group's k highest (its k-th highest being ``kth``), ties at
    the k-th going to the lower ``position`` (below ``span``): every cell above it, then cells at it while room is left.
    A group whose k-th is 0 has fewer than k positive cells: all kept."""
    at_least = kth[group]
    keep = value >= at_least
    reach = np.bincount(group[keep], minlength=len(kth))
    over = reach > k  # ties at the k-th: count them off by position
    if bool(over.any()):
        tied = np.flatnonzero(over[group] & (value == at_least))
        tied = tied[np.argsort(group[tied] * span + position[tied], kind="stable")]
        owner = group[tied]
        room = k - reach + np.bincount(owner, minlength=len(kth))  # k less the cells above the k-th
        rank = _rank_in_runs(owner)
        keep[tied[rank >= room[owner]]] = False
    return keep


def _top_along(matrix: np.ndarray, k: int) -> np.ndarray:
    """Mask of the ``k`` highest entries of each row, ties going to the leftmost: what a stable sort of each row
    keeps, in linear time (np.partition finds each row's k-th value; only ties at it are counted off)."""
    if k >= matrix.shape[1]:
        return np.ones(matrix.shape, dtype=bool)
    kth = -np.partition(-matrix, k - 1, axis=1)[:, k - 1 : k]
    above = matrix > kth
    at = matrix == kth
    room = k - above.sum(axis=1, keepdims=True)
    return above | (at & (np.cumsum(at, axis=1) <= room))


def _rank_in_runs(values: np.ndarray) -> np.ndarray:
    """Each entry's place in its run of equal values (0 at a run's start)."""
    place = np.arange(len(values))
    start = np.zeros(len(values), dtype=place.dtype)
    new = np.empty(len(values), dtype=bool)
    new[:1] = True
    np.not_equal(values[1:], values[:-1], out=new[1:])
    np.multiply(place, new, out=start)
    return place - np.maximum.accumulate(start)


def run_starts(values: np.ndarray) -> np.ndarray:
    """Where each run of equal values begins (0 first, for a non-empty array): ``np.flatnonzero(np.r_[True,
    values[1:] != values[:-1]])`` without np.r_'s index machinery (~10 us a call)."""
    new = np.empty(len(values), dtype=bool)
    new[:1] = True
    np.not_equal(values[1:], values[:-1], out=new[1:])
    return np.flatnonzero(new)


def top_per_group(group: np.ndarray, value: np.ndarray, k: int) -> np.ndarray:
    """Mask of the ``k`` highest values within each group (ties broken by position: the lower first), for
    non-negative group numbers and values above -inf. What a stable sort by (group, -value) keeps, found in ``k``
    rounds without sorting: each round picks every group's highest remaining value, at its lowest position among
    ties (12x faster than the sort on a million pairs)."""
    mask = np.zeros(len(group), dtype=bool)
    if not len(group):
        return mask
    if bool(np.all(group[1:] >= group[:-1])):  # groups one after another (a run's rows): maxima by segment
        remaining = value.astype(np.float64)  # a copy: chosen entries are struck out below
        starts = run_starts(group)
        lengths = np.diff(starts, append=len(group))
        segment = np.repeat(np.arange(len(starts)), lengths)
        for _ in range(k):
            at = remaining == np.repeat(np.maximum.reduceat(remaining, starts), lengths)
            at &= remaining > -np.inf
            found = np.flatnonzero(at)
            if not len(found):
                break
            first = np.ones(len(found), dtype=bool)  # the first of each segment's ties
            np.not_equal(segment[found[1:]], segment[found[:-1]], out=first[1:])
            mask[found[first]] = True
            remaining[found[first]] = -np.inf
        return mask
    groups = int(group.max()) + 1
    if len(group) > TOP_PREFILTER_PER_GROUP * k * groups:
        # A floor under each group's k-th highest value: the k-th highest of its maxima over 2k slices of the
        # positions (k entries of k different slices reach it). Only entries at or above it can be among the k
        # highest; the rounds below run over those alone, in their order (ties fall as over all entries).
        slices = 2 * k
        bounds = ((np.arange(slices + 1) * len(group)) // slices).tolist()
        maxima = np.full((slices, groups), -np.inf)
        for row, (low, high) in enumerate(itertools.pairwise(bounds)):
            np.maximum.at(maxima[row], group[low:high], value[low:high])
        floor = np.partition(maxima, slices - k, axis=0)[slices - k]
        near = np.flatnonzero(value >= floor[group])
        if len(near) < len(group):
            mask[near[_top_per_group_rounds(group[near], value[near], k, groups)]] = True
            return mask
    return _top_per_group_rounds(group, value, k, groups)


def _top_per_group_rounds(group: np.ndarray, value: np.ndarray, k: int, groups: int) -> np.ndarray:
    """``top_per_group`` for groups in any order (below ``groups``): k rounds of each group's highest value by
    ufunc.at."""
    mask = np.zeros(len(group), dtype=bool)
    remaining = value.astype(np.float64)  # a copy: chosen entries are struck out below
    position = np.arange(len(group))
    for _ in range(k):
        best = np.full(groups, -np.inf)
        np.maximum.at(best, group, remaining)
        at = remaining == best[group]
        at &= remaining > -np.inf
        first = np.full(groups, len(group))
        np.minimum.at(first, group[at], position[at])
        chosen = first[first < len(group)]
        if not len(chosen):
            break
        mask[chosen] = True
        remaining[chosen] = -np.inf
    return mask
