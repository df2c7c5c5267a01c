"""The best cosine of each sentence among another article's sentences, bit for bit as einsum computes it, at BLAS speed.

The semantic relatives (core/similarity.py) read, for each sentence, its best embedding cosine in the other article.
einsum gives bits that do not depend on BLAS's threads or kernels; BLAS is several times faster but its bits vary.
Here a BLAS product finds, within a proven error bound, the few cells that can hold a maximum, and einsum computes
those cells alone: the maxima are einsum's bits (tests/core/test_sim_maxima.py). Knows nothing of sentences or Qt.
"""

from __future__ import annotations

import os

import numpy as np

from .topk import run_starts

# -- tuning knobs, one place ---------------------------------------------------------------------------------
# Below similarity.SEMANTIC_BLAS_CELLS, where BLAS runs on one thread (the entry points: core/gctune.py), the
# maxima are einsum's bits found through a BLAS product (einsum_maxima): 20 articles x 5,000 words, ~0.7 -> ~0.3 s
# in-process. Unless the cells that could hold a maximum are more than this share of all (a sentence printed many
# times ties with each copy): the whole einsum then.
SEMANTIC_EXACT_SHARE = 0.125
# Cells computed by one einsum (_exact_cells, pair_cosines): 128 pairs of 256 floats gathered (128 KB each) reuse
# memory; 400 KB at once cost ~0.5 ms a call in fresh pages (measured on 263 x 263 sentences: 0.58 ms at once,
# 0.14 ms by 128).
EXACT_CELLS_AT_ONCE = 128


def einsum_maxima(
    first: np.ndarray, second: np.ndarray, norms: tuple[np.ndarray, np.ndarray] | None = None
) -> tuple[np.ndarray, np.ndarray] | None:
    """(maximum of each row, of each column) of ``np.einsum("id,jd->ij", first, second)``, floored at 0, in float64,
    bit for bit, without that einsum: a BLAS product (several times faster) finds, within a proven bound, the few
    cells that can hold a row's or a column's maximum, and einsum computes those cells alone (an einsum cell is a dot
    product of its two vectors, the same bits in any shape of einsum: tests/core/test_sim_maxima.py). Bound: a float32
    dot product of d terms is within d x 2^-24 x |u| |v| / (1 - d x 2^-24) of the exact one, whatever the order of
    its sum (FMA or not): the BLAS cell and the einsum cell are within twice that of each other; twice again here.
    None (the caller then runs the whole einsum) for vectors that are not finite or when the cells to compute would
    be more than SEMANTIC_EXACT_SHARE of all (many sentences of equal vectors: the product gains nothing).
    ``norms``: ``norms_above`` of ``first`` and of ``second`` when the caller has them (any bound at least the true
    norms keeps the maxima exact: it only decides which cells einsum computes)."""
    approx = np.matmul(first, second.T)
    if not np.isfinite(approx).all():
        return None
    slack = _dot_slack(first.shape[1])
    norm_first, norm_second = norms if norms is not None else (norms_above(first), norms_above(second))
    # a cell can hold its row's maximum only if within 2 x (its possible error) of the row's largest BLAS cell
    row_floor = _float32_below(approx.max(axis=1) - 2.0 * slack * norm_first * float(norm_second.max()))
    column_floor = _float32_below(approx.max(axis=0) - 2.0 * slack * norm_second * float(norm_first.max()))
    near = np.greater_equal(approx, row_floor[:, None])
    near |= np.greater_equal(approx, column_floor[None, :])
    rows, columns = _nonzero_2d(near)
    if len(rows) > SEMANTIC_EXACT_SHARE * approx.size:
        return None
    exact = _exact_cells(first, second, rows, columns)
    starts = run_starts(rows)  # every row has a cell: its BLAS maximum
    best_first = np.maximum(np.maximum.reduceat(exact, starts).astype(np.float64), 0.0)
    column_best = np.full(len(second), -np.inf, dtype=np.float32)
    np.maximum.at(column_best, columns, exact)
    return best_first, np.maximum(np.zeros(len(second)), column_best.astype(np.float64))


def segment_maxima(vectors: np.ndarray, sizes: np.ndarray) -> tuple[np.ndarray, np.ndarray] | None:
    """For sentence vectors in runs of ``sizes`` (one run per article): (rows, columns) with rows[i, b] the maximum
    over the sentences j of run b of einsum's cell (i, j), and columns[a, j] the maximum over the sentences i of run
    a, float32, for every two different runs (entries of a run with itself: -inf). The bits of one einsum per pair
    of runs: ``einsum_maxima``'s bound, with a run's largest norm in place of the whole matrix's. None as there."""
    runs = len(sizes)
    run_of = np.repeat(np.arange(runs), sizes)
    starts = np.cumsum(sizes) - sizes
    approx = np.matmul(vectors, vectors.T)
    if not np.isfinite(approx).all():
        return None
    slack = _dot_slack(vectors.shape[1])
    norms = norms_above(vectors)
    largest = np.maximum.reduceat(norms, starts)  # each run's largest norm
    row_floor = _float32_below(np.maximum.reduceat(approx, starts, axis=1) - 2.0 * slack * norms[:, None] * largest)
    column_floor = _float32_below(
        np.maximum.reduceat(approx, starts, axis=0) - 2.0 * slack * largest[:, None] * norms[None, :]
    )
    near = (approx >= row_floor[:, run_of]) | (approx >= column_floor[run_of, :])
    near &= run_of[:, None] != run_of[None, :]
    first, second = _nonzero_2d(near)
    if len(first) > SEMANTIC_EXACT_SHARE * approx.size:
        return None
    exact = _exact_cells(vectors, vectors, first, second)
    rows = np.full(len(vectors) * runs, -np.inf, dtype=np.float32)
    np.maximum.at(rows, first * runs + run_of[second], exact)
    columns = np.full(runs * len(vectors), -np.inf, dtype=np.float32)
    np.maximum.at(columns, run_of[first] * len(vectors) + second, exact)
    return rows.reshape(len(vectors), runs), columns.reshape(runs, len(vectors))


def pair_cosines(vectors: np.ndarray, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """vectors[first[k]] . vectors[second[k]] for each k, by one batched matmul per EXACT_CELLS_AT_ONCE pairs (each
    pair's dot alone: the same bits whatever the batch). Gathered all at once, a block's two (pairs x 256) float32
    copies were fresh pages every block: 94k of 20x5k's 150k page faults in aligning, ~0.35 s."""
    out = np.empty(len(first), dtype=np.result_type(vectors.dtype, np.float32))
    for start in range(0, len(first), EXACT_CELLS_AT_ONCE):
        part = slice(start, start + EXACT_CELLS_AT_ONCE)
        out[part] = np.matmul(vectors[first[part]][:, None, :], vectors[second[part]][:, :, None])[:, 0, 0]
    return out


def norms_above(vectors: np.ndarray) -> np.ndarray:
    """Each row's norm in float64, rounded up a little: a bound never below the true norm."""
    return np.sqrt(np.einsum("id,id->i", vectors, vectors, dtype=np.float64)) * (1.0 + 1e-6)


def one_blas_thread() -> bool:
    """Whether numpy's BLAS runs on one thread, as the entry points ask (core/gctune.py), read as OpenBLAS reads it.
    Only then does ``einsum_maxima`` pay: with more threads, OpenBLAS's threads spin between the calls and cost more
    CPU than the einsum saves (20 articles x 5,000 words in-process, aligning: 3.9 s on one thread, 8.8 s on two).
    Either way the maxima are the same bits."""
    for name in ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS"):
        value = os.environ.get(name, "").strip()
        if value.isdigit() and int(value) > 0:
            return int(value) == 1
    return os.cpu_count() == 1


def _nonzero_2d(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.nonzero`` of a 2-d mask (row by row), from its flat indices: 264 x 263 cells, 2% set, ~20 us where
    np.nonzero took ~280 us (numpy 2.4)."""
    flat = np.flatnonzero(mask)
    width = mask.shape[1]
    return flat // width, flat % width


def _dot_slack(d: int) -> float:
    """The error bound of a float32 dot product of ``d`` terms, over the product of its vectors' norms, doubled (the
    BLAS cell and the einsum cell may each be off by it): ``einsum_maxima``'s bound."""
    return 2.0 * d * 2.0**-23 * (1.0 + 1e-6)


def _exact_cells(first: np.ndarray, second: np.ndarray, rows: np.ndarray, columns: np.ndarray) -> np.ndarray:
    """einsum's cells (rows[k], columns[k]) of ``first`` by ``second``, float32, the same bits as in the whole
    einsum, EXACT_CELLS_AT_ONCE at a time (small gathers: no fresh pages per call)."""
    exact = np.empty(len(rows), dtype=np.float32)
    for start in range(0, len(rows), EXACT_CELLS_AT_ONCE):
        cells = slice(start, start + EXACT_CELLS_AT_ONCE)
        exact[cells] = np.einsum("kd,kd->k", first[rows[cells]], second[columns[cells]])
    return exact


def _float32_below(values: np.ndarray) -> np.ndarray:
    """float64 values as float32, each rounded down (a floor compared with float32 cells keeps every cell above)."""
    low = values.astype(np.float32)
    return np.where(low.astype(np.float64) > values, np.nextafter(low, np.float32(-np.inf)), low)
