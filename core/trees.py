"""A fitted ensemble of regression trees (gradient boosting), evaluated with numpy: no scikit-learn at run time.

``bench/train_similarity.py`` fits the ensemble with scikit-learn and writes every tree's nodes to
``similarity_model.json``; here they are packed into arrays (one row per tree, leaves pointing at themselves) and
a whole block of feature rows walks all trees at once, one level per numpy step. A row goes left where its value
is <= the node's threshold, as scikit-learn's histogram gradient boosting decides (in float64), so the margins are
the ones the fit saw. Knows nothing of sentences or Qt.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

# margin_columns: a steady column of fewer runs than this over a block is looked up once per run (an article pair's
# rows are one run; a block of 20 articles x 5,000 words holds 1-3 pairs), else row by row. Either way the same
# leaves: the run's one value is every row's value.
STEADY_RUNS = 16
# margin_columns: how many of a column's thresholds lie below each value, by a table over an even grid of buckets
# (_Buckets) instead of a binary search per value: the grids tried, finest last; a column whose thresholds share a
# bucket even on the finest keeps the search. On 20 articles x 5,000 words (205k rows, 21 columns a row) the counts
# took 39 ms by np.searchsorted, 14 ms so; the shipped model's columns take 16 to 4,096 buckets.
BUCKET_GRIDS = (16, 64, 256, 1024, 4096)


@dataclass(frozen=True)
class _Buckets:
    """How many of a column's sorted thresholds lie below each value (``np.searchsorted(thresholds, values)``), by
    table. A value's bucket is clip(floor((value - lo) x scale), 0, top), a monotone function of the value (each
    step rounds monotonely), computed alike for the thresholds: a threshold in a lower bucket than a value's is
    below it, one in a higher bucket is not, and the grid is chosen so that no two thresholds share a bucket. So the
    count is ``below[bucket]`` plus whether the bucket's own threshold (``inside``, +inf where none) is below the
    value: exact, +-inf included (they fall in the end buckets); a block holding NaN (above every threshold for the
    search) takes the search."""

    lo: float
    scale: float
    top: int
    below: np.ndarray  # intp per bucket: the thresholds in lower buckets
    inside: np.ndarray  # float64 per bucket: its threshold, +inf where it holds none

    @classmethod
    def build(cls, thresholds: np.ndarray) -> _Buckets | None:
        """The table for ``thresholds`` (sorted, distinct), or None when no grid of BUCKET_GRIDS parts them."""
        finite = thresholds[np.isfinite(thresholds)]
        if not len(finite):
            return None
        lo, hi = float(finite[0]), float(finite[-1])
        for grid in BUCKET_GRIDS:
            scale = grid / (hi - lo) if hi > lo else 1.0
            table = cls(lo, scale, grid + 1, np.zeros(0, dtype=np.intp), np.zeros(0))
            where = table.bucket(table.grid(thresholds, np.empty(len(thresholds))), np.empty(len(thresholds), np.intp))
            if bool(np.all(where[1:] > where[:-1])):
                inside = np.full(grid + 2, np.inf)
                inside[where] = thresholds
                below = np.searchsorted(where, np.arange(grid + 2), side="left").astype(np.intp)
                return cls(lo, scale, grid + 1, below, inside)
        return None

    def grid(self, values: np.ndarray, out: np.ndarray) -> np.ndarray:
        """clip((value - lo) x scale, 0, top) of each value into ``out`` (float64; NaN stays NaN)."""
        with np.errstate(over="ignore"):  # past +-1e308 a place is infinite: the end bucket, as it should be
            np.subtract(values, self.lo, out=out)
            np.multiply(out, self.scale, out=out)
        return np.clip(out, 0, self.top, out=out)

    @staticmethod
    def bucket(grid: np.ndarray, out: np.ndarray) -> np.ndarray:
        """The buckets of ``grid``'s places (no NaN among them) into ``out`` (intp): truncated, which is the floor
        of a place from 0 up."""
        out[...] = grid
        return out

    def below_each(self, values: np.ndarray, out: np.ndarray) -> np.ndarray | None:
        """``np.searchsorted(thresholds, values)`` into ``out`` (intp); None where a value is NaN."""
        n = len(values)
        work = self.grid(values, _scratch("bucket_work", (n, 1), np.float64).reshape(n))
        if np.isnan(work).any():
            return None
        where = self.bucket(work, _scratch("bucket", (n, 1), np.intp).reshape(n))
        self.below.take(where, out=out)
        np.add(out, np.less(self.inside.take(where, out=work), values), out=out)
        return out


@dataclass(frozen=True)
class TreeEnsemble:
    """Margin (log-odds) = ``base`` + the sum over trees of the value of the leaf each row reaches."""

    base: float
    feature: np.ndarray  # int64 (trees, nodes): the column a node tests (0 at leaves)
    threshold: np.ndarray  # float64 (trees, nodes): go left where value <= threshold (+inf at leaves)
    left: np.ndarray  # int64 (trees, nodes): left child (the node itself at a leaf)
    right: np.ndarray  # int64 (trees, nodes): right child (the node itself at a leaf)
    value: np.ndarray  # float64 (trees, nodes): the leaf's contribution, learning rate included
    depth: int

    @classmethod
    def from_json(cls, data: Mapping[str, Any], columns: Sequence[str]) -> TreeEnsemble:
        """From the JSON of ``bench/train_similarity.py``: ``features`` (names), ``base``, and per tree the lists
        ``feature`` (index into ``features``, -1 at a leaf), ``threshold``, ``left``, ``right``, ``value``.
        ``columns``: the names of the feature rows it will be given; every name it uses must be one of them."""
        where = [list(columns).index(name) for name in data["features"]]
        trees = data["trees"]
        width = max(len(t["feature"]) for t in trees)
        shape = (len(trees), width)
        feature = np.zeros(shape, dtype=np.int64)
        threshold = np.full(shape, np.inf)
        left = np.tile(np.arange(width, dtype=np.int64), (len(trees), 1))
        right = left.copy()
        value = np.zeros(shape)
        for t, tree in enumerate(trees):
            for k, f in enumerate(tree["feature"]):
                value[t, k] = float(tree["value"][k])
                if f >= 0:
                    feature[t, k] = where[f]
                    threshold[t, k] = float(tree["threshold"][k])
                    left[t, k], right[t, k] = int(tree["left"][k]), int(tree["right"][k])
        return cls(float(data["base"]), feature, threshold, left, right, value, int(data["depth"]))

    def __post_init__(self) -> None:
        # The same nodes as Python lists, for one row at a time (numpy's per-call cost dominates a single row).
        lists = (self.feature.tolist(), self.threshold.tolist(), self.left.tolist(), self.right.tolist(),
                 self.value.tolist())  # fmt: skip
        object.__setattr__(self, "_lists", lists)
        object.__setattr__(self, "_complete", self._completed())

    def _completed(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """The trees as complete binary trees of ``depth`` levels in level order (node k's children at 2k + 1 and
        2k + 2), for ``margin``: (feature, threshold, value), each (trees, 2 ** (depth + 1) - 1). A leaf above the
        last level becomes a chain of nodes that always go left (threshold +inf) down to a last-level node holding
        its value, so every row takes exactly ``depth`` steps to the leaf it reached in the fitted tree."""
        trees, size = len(self.feature), 2 ** (self.depth + 1) - 1
        feature = np.zeros((trees, size), dtype=np.int64)
        threshold = np.full((trees, size), np.inf)
        value = np.zeros((trees, size))
        for t in range(trees):
            stack = [(0, 0, 0)]  # (node of the fitted tree, position in the complete one, level)
            while stack:
                node, position, level = stack.pop()
                if level == self.depth:
                    value[t, position] = self.value[t, node]
                elif self.left[t, node] == node:  # a leaf above the last level: always left
                    stack.append((node, 2 * position + 1, level + 1))
                else:
                    feature[t, position] = self.feature[t, node]
                    threshold[t, position] = self.threshold[t, node]
                    stack.append((int(self.left[t, node]), 2 * position + 1, level + 1))
                    stack.append((int(self.right[t, node]), 2 * position + 2, level + 1))
        return feature, threshold, value

    def decides_alike(self, columns: np.ndarray, lows: np.ndarray, highs: np.ndarray) -> bool:
        """Whether every node testing one of ``columns`` sends all values from lows[k] to highs[k] (of column
        columns[k]) the same way: then any row whose values lie within those bounds reaches the same leaves as
        another, the other columns equal (a node's test, value <= threshold, is monotone in the value)."""
        tested = self._thresholds_by_column
        for column, low, high in zip(columns.tolist(), lows.tolist(), highs.tolist(), strict=True):
            thresholds = tested.get(column)
            if thresholds is not None and np.any((low <= thresholds) & (thresholds < high)):
                return False
        return True

    @functools.cached_property
    def _thresholds_by_column(self) -> dict[int, np.ndarray]:
        """The thresholds of the nodes testing each column (leaves aside), for ``decides_alike``: alignment's copy
        checks ask it ~200 times on 20 articles x 5,000 words."""
        finite = np.isfinite(self.threshold)
        return {column: self.threshold[(self.feature == column) & finite]
                for column in sorted(set(self.feature[finite].tolist()))}  # fmt: skip

    def margin_one(self, row: Sequence[float]) -> float:
        """Log-odds of one row: the trees walked in Python, the same comparisons as ``margin``."""
        features, thresholds, lefts, rights, values = self._lists  # type: ignore[attr-defined]
        total = 0.0
        for feature, threshold, left, right, value in zip(features, thresholds, lefts, rights, values, strict=True):
            node = 0
            for _ in range(self.depth):
                node = left[node] if row[feature[node]] <= threshold[node] else right[node]
            total += value[node]
        return self.base + total

    def margin(self, rows: np.ndarray) -> np.ndarray:
        """``margin_columns`` of the columns of ``rows`` (rows x columns)."""
        x = np.ascontiguousarray(rows, dtype=np.float64)
        if x.ndim != 2:
            raise ValueError("margin: rows must be a 2-d array")
        return self.margin_columns(list(x.T), len(x))

    def margin_columns(self, columns: Sequence[np.ndarray], n: int, steady: Collection[int] = ()) -> np.ndarray:
        """Log-odds of each of ``n`` rows whose k-th column is ``columns[k]`` (one value per row, float64), found
        without walking the trees (QuickScorer, Lucchese
        et al., SIGIR 2015): a node whose test fails (value > threshold) rules out the leaves of its left subtree,
        and the leaf a row reaches is the leftmost leaf of its tree that no failed node rules out. Per column, the
        nodes testing it sorted by threshold: a row's failed nodes are the first ``searchsorted`` of them, whose
        ruled-out leaves, ANDed per tree, are looked up in a table (one byte per tree for depth 3). The same leaves
        as ``margin_walk``, the same sum: bit for bit (tests/core/test_sim_trees.py); 20 articles x 5,000 words,
        266k rows, 0.75 -> 0.3 s. Trees deeper than six levels (64 leaves a mask) take the walk.
        ``steady``: columns that hold one value over runs of rows (an article pair's features, rows grouped by
        pair): where such a column has at most STEADY_RUNS runs, each run's value is looked up once and its leaves
        ANDed into the run's rows at once; the same masks as row by row."""
        quick = self._quick
        if quick is None or not n:
            return self.margin_walk(np.column_stack(columns) if n else np.zeros((0, len(columns))))
        tested, masks, kind, trees, leaf_value = quick
        # the leaves not ruled out, one bit each, one mask per tree, the trees' masks packed in 64-bit words
        shape = (n, masks[0][1].shape[1])
        alive = _scratch("alive", shape, np.uint64)
        alive.fill(np.iinfo(np.uint64).max)
        ruled_out = _scratch("ruled", shape, np.uint64)
        counts = _scratch("failed", (n, 1), np.intp).reshape(n)
        for column, (thresholds, ruled, buckets) in zip(tested, masks, strict=True):
            values = columns[column]
            if column in steady:
                starts = np.flatnonzero(values[1:] != values[:-1]) + 1
                if len(starts) < STEADY_RUNS:
                    ends = [*starts.tolist(), n]
                    starts = np.concatenate(([0], starts))
                    failed = np.searchsorted(thresholds, values.take(starts), side="left").tolist()
                    for start, end, k in zip(starts.tolist(), ends, failed, strict=True):
                        run = alive[start:end]
                        np.bitwise_and(run, ruled[min(k, len(ruled) - 1)], out=run)
                    continue
            failed = None if buckets is None else buckets.below_each(values, counts)  # thresholds below the value
            if failed is None:
                failed = np.searchsorted(thresholds, values, side="left")
            np.bitwise_and(alive, ruled.take(failed, axis=0, out=ruled_out, mode="clip"), out=alive)
        return self.base + leaf_value(alive.view(kind)[:, :trees]).sum(axis=1)

    @functools.cached_property
    def _quick(
        self,
    ) -> tuple[list[int], list[tuple[np.ndarray, np.ndarray, _Buckets | None]], np.dtype, int, Any] | None:
        """``margin``'s tables, built on first use (not at import): (the columns tested; per column, its nodes'
        thresholds sorted, the leaves still alive in each tree once the first k of those nodes failed, k = 0..,
        packed in 64-bit words, and the thresholds' buckets (_Buckets); the type of one tree's mask; the number of
        trees; the function from the alive masks to the value of each tree's leftmost alive leaf). None past six
        levels."""
        if self.depth > 6:
            return None
        feature, threshold, value = self._complete  # type: ignore[attr-defined]
        trees, leaves = len(feature), 2**self.depth
        kind = np.dtype(np.uint8 if leaves <= 8 else f"uint{leaves}")
        width = -(-trees * kind.itemsize // 8)  # 64-bit words per row
        by_column: dict[int, list[tuple[float, int, int]]] = {}
        for t in range(trees):
            for node in range(leaves - 1):  # every inner node of the complete tree (chains of +inf included)
                level = (node + 1).bit_length() - 1
                span = 2 ** (self.depth - level)  # leaves under the node
                first = (node - (2**level - 1)) * span
                left = (2 ** (span // 2) - 1) << first  # its left subtree's leaves
                by_column.setdefault(int(feature[t, node]), []).append((float(threshold[t, node]), t, left))
        if not by_column:
            return None  # leaves only
        columns, masks = [], []
        for column, nodes in sorted(by_column.items()):
            nodes.sort(key=lambda node: node[0])
            ruled = np.zeros((len(nodes) + 1, width * 8 // kind.itemsize), dtype=kind)
            ruled[:, trees:] = np.iinfo(kind).max  # padding: never read
            alive = [2**leaves - 1] * trees
            ruled[0, :trees] = alive
            for k, (_, t, left) in enumerate(nodes):
                alive[t] &= ~left
                ruled[k + 1, :trees] = alive
            columns.append(column)
            # A value fails every node of a threshold below it or none: the failed count is always past a whole run
            # of equal thresholds, so the search runs over the distinct ones (the completed trees' +inf chains make
            # 54 of the 60 "cosine" nodes) and reads the rows at the ends of those runs: the same rows, fewer steps.
            thresholds = np.array([node[0] for node in nodes])
            distinct = np.flatnonzero(np.r_[thresholds[1:] != thresholds[:-1], True])  # last of each run
            rows = np.concatenate(([0], distinct + 1))  # the rows after no node, after each run
            kept = thresholds[distinct]
            masks.append((kept, np.ascontiguousarray(ruled.view(np.uint64)[rows]), _Buckets.build(kept)))
        last = np.ascontiguousarray(value[:, leaves - 1 :])  # (trees, leaves): the last level's values
        if leaves <= 8:  # each tree's value for every possible mask, by table: one gather

            def leftmost(mask: int) -> int:
                return (mask & -mask).bit_length() - 1 if mask else 0

            # masks of trees with fewer leaves hold only their bits
            table = last[:, [leftmost(m & (2**leaves - 1)) for m in range(256)]].ravel()
            offset = np.arange(trees, dtype=np.int64) * 256

            def leaf_value(alive: np.ndarray) -> np.ndarray:
                where = np.add(alive, offset, out=_scratch("where", alive.shape, np.int64))
                return table.take(where, out=_scratch("values", alive.shape, np.float64), mode="clip")

        else:
            flat, offset = last.ravel(), np.arange(trees, dtype=np.int64) * leaves

            def leaf_value(alive: np.ndarray) -> np.ndarray:
                bit = alive & (~alive + kind.type(1))  # the lowest set bit alone: a power of two, exact in float64
                return flat.take(np.log2(bit.astype(np.float64)).astype(np.int64) + offset)

        return columns, masks, kind, trees, leaf_value

    def margin_walk(self, rows: np.ndarray) -> np.ndarray:
        """Log-odds of each row of ``rows`` (rows x columns): all trees at once, one level per step, over flat
        indices (a take on 1-d arrays is several times cheaper than 2-d fancy indexing), on the complete trees: a
        child's position is arithmetic, not looked up (~30% faster than walking the fitted trees' child links; the
        same margins: tests/core/test_sim_trees.py)."""
        x = np.ascontiguousarray(rows, dtype=np.float64)
        n = len(x)
        if not n:
            return np.zeros(0)
        feature, threshold, value = self._complete  # type: ignore[attr-defined]
        offset = np.arange(len(feature)) * feature.shape[1]  # each tree's first node in the flat arrays
        feature, threshold = feature.ravel(), threshold.ravel()
        node = np.zeros((n, len(offset)), dtype=np.int64)  # position within its tree of every (row, tree)
        row = (np.arange(n) * x.shape[1])[:, None]
        flat_x = x.ravel()
        for _ in range(self.depth):
            at = node + offset
            go_left = flat_x.take(row + feature.take(at)) <= threshold.take(at)
            node = 2 * node + 2 - go_left  # left child 2k + 1, right 2k + 2
        return self.base + value.ravel().take(node + offset).sum(axis=1)


# margin's working arrays, kept per thread between calls: a fresh multi-MB temporary costs a page fault per 4 KB
# (the allocator hands large blocks back to the system when they are freed), and on 20 articles x 5,000 words those
# faults were most of the margins' time (127 blocks of ~2,000 rows x 100 trees: ~0.3 of ~0.4 s)
_SCRATCH = threading.local()


def _scratch(name: str, shape: tuple[int, int], dtype: type[np.generic]) -> np.ndarray:
    """This thread's working array ``name`` of ``shape`` (contents undefined), grown as needed, never shrunk; one
    name is always asked with one dtype."""
    size = shape[0] * shape[1]
    held: np.ndarray | None = getattr(_SCRATCH, name, None)
    if held is None or held.size < size or held.dtype != dtype:
        held = np.empty(size, dtype=dtype)
        setattr(_SCRATCH, name, held)
    return held[:size].reshape(shape)
