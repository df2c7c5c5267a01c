"""The candidate search: which sentence pairs of two articles are worth scoring.

Every pair of sentences sharing a content word is reachable: the IDF cosine of each such pair comes from a sparse
product of the two articles' sentence x word postings (numpy, no loop over pairs), and each sentence keeps its best
partners, from either side. Only a bound on the work (the number of products) ever leaves words out, never how many
articles are loaded (issue 11). core/similarity.py weighs the words (per article pair) and scores what is kept;
this module finds it. Knows nothing of sentences' text or Qt.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import NamedTuple

import numpy as np

from .setrows import distinct
from .topk import top_cells, top_per_group, top_per_row_and_column

# -- tuning knobs, one place ---------------------------------------------------------------------------------
# Up to this many cells (sentences of one article x sentences of the other), the candidate search adds its products
# into a dense matrix and ranks partners by sorting its rows and columns (no sort of the products): two 1,000-sentence
# articles, 8 MB. Past it, the sparse path (np.unique over the products). Same candidates either way.
DENSE_CANDIDATE_CELLS = 1 << 20
# A whole-article candidate search on the dense path also hands block scoring, for each pair it keeps, the content
# words the two sentences share: their number, the dot product of their weights and each side's sum of them, taken
# from its own products (the same products in the same order as the set overlap of ``_block_columns`` adds: the same
# bits; tests/core/test_sim_search_sums.py). 20 articles x 5,000 words: the overlap of 266k pairs' content words,
# ~0.19 s, replaced by ~0.05 s of sums over the products of the pairs kept. False: block scoring lays the content
# words out again (the reference the test compares with).
SEARCH_SUMS = True
# Past DENSE_CANDIDATE_CELLS, the products are made and summed for a run of left sentences at a time, about this
# many products a run: the arrays of the search then stay ~10 MB each, where the two 2 MB articles' 4M products at
# once held ~300 MB.
CANDIDATE_RUN_WORK = 1 << 20
# The candidate search sums its products per cell (sentence pair) in a dense array over all cells when they are
# at most DENSE_SUM_CELLS (2 MB: the array stays in the processor's cache) or at most DENSE_SUM_CELLS_PER_PRODUCT
# per product (the array no bigger than the products' own), else through a stable sort of the products' cells,
# which come in sorted runs (1M products over 4M cells: the sort ~17 ms, the dense array ~44 ms, np.unique's
# quicksort ~35-50 ms; 60k products over 70k cells: the dense array 10x faster). Same sums in the same order.
DENSE_SUM_CELLS = 1 << 18
DENSE_SUM_CELLS_PER_PRODUCT = 1.0
# Past those, the products of a run of left sentences (keys in row order) are summed in dense tiles of whole rows,
# DENSE_SUM_CELLS each (cache-sized), where the cells are at most TILED_SUM_CELLS_PER_PRODUCT per product: the pair of
# 100k-word articles (7 cells a product) 0.13 -> 0.07 s for its 4M products; at 14 cells a product ~15% faster than
# the sort, at 20+ the sort wins (subsets of those products; the 2 MB pair has ~60).
TILED_SUM_CELLS_PER_PRODUCT = 12.0


class ContentSums(NamedTuple):
    """Per pair: the number of content words the two sentences share, the dot product of their weights, and the sum
    of their weights on the left (mass_a) and on the right (mass_b) sentence: what ``_block_columns`` reads of the
    content words' overlap."""

    shared: np.ndarray
    dot: np.ndarray
    mass_a: np.ndarray
    mass_b: np.ndarray


class Search(NamedTuple):
    """A candidate search's pairs (left, right) and, when it has them, their ``ContentSums``."""

    left: np.ndarray
    right: np.ndarray
    sums: ContentSums | None


class Postings(NamedTuple):
    """The words of some sentences for the candidate search: (row = position among the sentences, word id, its
    multiplier: the weight but for the IDF, which depends on the article pair) of every word, sentence after
    sentence; the same sorted by word (stable); the distinct words, sorted, and each word's place among them
    (words[place[k]] == term[k])."""

    row: np.ndarray
    term: np.ndarray
    value: np.ndarray
    sorted_row: np.ndarray
    sorted_term: np.ndarray
    sorted_value: np.ndarray
    words: np.ndarray
    place: np.ndarray


def _products(
    l_row: np.ndarray,
    l_value: np.ndarray,
    r_row: np.ndarray,
    r_value: np.ndarray,
    first: np.ndarray,
    count: np.ndarray,
    width: int,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(cell, product, left value, right value) of every left word with each of its postings in the right rows
    (``first``/``count`` into the right rows sorted by word), cell = left row x ``width`` + right row, in the left
    words' order."""
    total = int(count.sum())
    there = np.arange(total) + np.repeat(first - (np.cumsum(count) - count), count)
    key = np.repeat(l_row, count) * width + r_row[there]
    left, right = np.repeat(l_value, count), r_value[there]
    return key, left * right, left, right


def _kept_sums(
    key: np.ndarray,
    left: np.ndarray,
    right: np.ndarray,
    word: np.ndarray,
    kept: np.ndarray,
    chosen: np.ndarray,
) -> ContentSums:
    """The content sums of the cells ``chosen`` (sorted; ``kept``: the same as a mask over all cells) from the
    search's products: ``key`` each product's cell, ``left`` and ``right`` its two weights, ``word`` the number its
    word has in ``SentenceSets``. A cell's products are the words its two sentences share; each sum adds them in
    the order the set overlap of ``_block_columns`` lays them out (the left sentence's words by that number), so
    every sum has that overlap's bits."""
    mine = np.flatnonzero(kept.take(key))
    cells = key.take(mine)
    order = np.argsort(cells * (int(word.max()) + 1 if len(word) else 1) + word.take(mine))  # distinct: no ties
    mine, cells = mine.take(order), cells.take(order)
    new = np.ones(len(cells), dtype=bool)
    np.not_equal(cells[1:], cells[:-1], out=new[1:])
    cell = np.cumsum(new) - 1  # every chosen cell has a product (its cosine is positive): numbered as ``chosen``
    n = len(chosen)
    weight_a, weight_b = left.take(mine), right.take(mine)
    return ContentSums(
        np.bincount(cell, minlength=n),
        np.bincount(cell, weights=weight_a * weight_b, minlength=n),
        np.bincount(cell, weights=weight_a, minlength=n),
        np.bincount(cell, weights=weight_b, minlength=n),
    )


def candidates_between(left: int, right: int, per_sentence: int, long: tuple[int, int] | None) -> int:
    """Candidates each sentence keeps between two articles of ``left`` and ``right`` sentences: ``per_sentence``, or
    with ``long`` = (size, fewer), ``fewer`` (never more, at least 1) past that size (the two sizes' geometric mean;
    AlignSettings.long_candidates_from says why)."""
    if long is None or math.sqrt(left * right) <= long[0]:
        return per_sentence
    return min(per_sentence, max(1, long[1]))


def _bound_work(terms: np.ndarray, count: np.ndarray, max_work: int) -> np.ndarray:
    """Postings counts with the words making the most products left out until the products fit ``max_work``."""
    words, inverse = np.unique(terms, return_inverse=True)
    products = np.bincount(inverse, weights=count)
    order = np.argsort(-products, kind="stable")
    remaining = products.sum() - np.cumsum(products[order])
    dropped = order[: int(np.searchsorted(-remaining, -max_work)) + 1]
    mask = np.zeros(len(words), dtype=bool)
    mask[dropped] = True
    return np.where(mask[inverse], 0, count)


def sum_by_key(
    key: np.ndarray, products: np.ndarray, cells: int, width: int = 0
) -> tuple[np.ndarray, np.ndarray]:
    """(distinct keys in order, the sum of the products of each), keys below ``cells``: one bincount over all cells
    (no sort) when they are few (DENSE_SUM_CELLS, DENSE_SUM_CELLS_PER_PRODUCT), by tiles of rows where the keys are
    row x ``width`` + column with rows in order (given ``width``; TILED_SUM_CELLS_PER_PRODUCT), else the keys
    sorted. The same sums every way: each key's products added in their order here."""
    if cells <= DENSE_SUM_CELLS or cells <= DENSE_SUM_CELLS_PER_PRODUCT * len(key):
        dense = np.bincount(key, weights=products, minlength=cells)
        pairs = np.flatnonzero(dense != 0.0)  # weights are positive: a shared word makes a positive dot
        return pairs, dense[pairs]
    if not len(key):
        return key, np.zeros(0)
    if width and cells <= TILED_SUM_CELLS_PER_PRODUCT * len(key):
        tile = max(1, DENSE_SUM_CELLS // width) * width  # whole rows: a tile's keys lie together
        bounds = np.searchsorted(key, np.arange(0, cells + tile, tile)).tolist()  # keys rise row by row
        found, sums = [], []
        for base, low, high in zip(range(0, cells, tile), bounds[:-1], bounds[1:], strict=False):
            if low < high:
                dense = np.bincount(key[low:high] - base, weights=products[low:high], minlength=tile)
                pairs = np.flatnonzero(dense != 0.0)  # a bool array's nonzero: ~3x faster than a float one's
                found.append(pairs + base)
                sums.append(dense[pairs])
        return np.concatenate(found), np.concatenate(sums)
    order = np.argsort(key, kind="stable")  # runs of sorted keys: the stable sort merges them
    ordered = key[order]
    first = np.empty(len(ordered), dtype=bool)
    first[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    inverse = np.empty(len(key), dtype=np.int64)
    inverse[order] = np.cumsum(first) - 1
    return ordered[first], np.bincount(inverse, weights=products)


def cosines(
    l_norms: np.ndarray,
    r_norms: np.ndarray,
    l_row: np.ndarray,
    l_value: np.ndarray,
    r_row: np.ndarray,
    r_value: np.ndarray,
    first: np.ndarray,
    count: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(left position, right position, IDF cosine) of every pair sharing a word, in (left, right) order, from
    the left words' postings in the right article (``first``/``count`` into the right rows sorted by word), and
    each side's sentence norms. ``l_row`` is sorted (a run of left sentences): the pairs are numbered from its
    first row on."""
    width = len(r_norms)
    base = int(l_row[0]) if len(l_row) else 0
    key, products, _, _ = _products(l_row - base, l_value, r_row, r_value, first, count, width)
    cells = (int(l_row[-1]) - base + 1) * width if len(l_row) else 0
    pairs, dots = sum_by_key(key, products, cells, width)
    a, b = pairs // width + base, pairs % width
    return a, b, dots / (l_norms[a] * r_norms[b])


class Found(NamedTuple):
    """What ``search`` found: the kept pairs as positions among the left and the right sentences, their
    ``ContentSums`` when asked and taken, and how many distinct words the work bound left out (None: none)."""

    left: np.ndarray
    right: np.ndarray
    sums: ContentSums | None
    left_out: int | None


def search(
    left: Postings,
    right: Postings,
    l_value: np.ndarray,
    r_value: np.ndarray,
    l_norms: np.ndarray,
    r_norms: np.ndarray,
    per_sentence: int,
    max_work: int,
    term_id: Callable[[], np.ndarray] | None = None,
) -> Found:
    """Pairs (left position, right position) sharing a content word, each sentence keeping its ``per_sentence``
    best partners by IDF cosine. ``left``'s words are weighed ``l_value`` (in its row order), ``right``'s
    ``r_value`` (sorted by word); ``l_norms``, ``r_norms``: each sentence's weight norm (never 0). At most
    ``max_work`` products (``_bound_work``). ``term_id``: with SEARCH_SUMS, where the dense path took every shared
    word, the kept pairs' ``ContentSums`` too, each product's word numbered by ``term_id()`` (block scoring's
    numbering of the word ids)."""
    none = np.zeros(0, dtype=np.int64)
    l_row, l_term = left.row, left.term
    r_row, r_term = right.sorted_row, right.sorted_term
    n_left, n_right = len(l_norms), len(r_norms)
    # each left word's postings in the right rows sorted by word: searched once per distinct word
    low = np.searchsorted(r_term, left.words, side="left")
    high = np.searchsorted(r_term, left.words, side="right")
    first, count = low[left.place], (high - low)[left.place]
    bounded = int(count.sum()) > max_work
    left_out = None
    if bounded:
        searched = count > 0
        count = _bound_work(l_term, count, max_work)
        left_out = len(distinct(l_term[searched & (count == 0)]))  # np.unique would import numpy.ma (~10 ms)
    total = int(count.sum())
    if not total:
        return Found(none, none, None, left_out)
    cells = n_left * n_right
    if cells <= DENSE_CANDIDATE_CELLS:
        if float(l_value.min()) > 0.0 and float(r_value.min()) > 0.0:  # every shared cell's cosine is > 0
            key, products, l_factor, r_factor = _products(l_row, l_value, r_row, r_value, first, count, n_right)
            dots = np.bincount(key, weights=products, minlength=cells).reshape(n_left, n_right)
            kept = top_cells(dots / (l_norms[:, None] * r_norms[None, :]), per_sentence)
            chosen = np.flatnonzero(kept)  # row by row, as np.nonzero
            found = None
            if term_id is not None and SEARCH_SUMS and not bounded:
                words = np.repeat(term_id().take(l_term), count)  # each product's word, numbered as block scoring
                found = _kept_sums(key, l_factor, r_factor, words, kept.reshape(-1), chosen)
            return Found(chosen // n_right, chosen % n_right, found, left_out)
        a, b, cosine = cosines(l_norms, r_norms, l_row, l_value, r_row, r_value, first, count)
        keep = top_per_row_and_column(a, b, cosine, n_left, n_right, per_sentence)
        return Found(a[keep], b[keep], None, left_out)
    # Past the dense size, left sentences a run at a time (each run's products bounded: memory), each run keeping its
    # rows' top partners (rows are whole within a run) and its top partners of each right sentence; the right
    # sentences' top partners overall are among the latter, found again over them at the end. Ties fall as in one
    # pass: every array stays in (left, right) order.
    row_work = np.bincount(l_row, weights=count, minlength=n_left)
    run_of_row = (np.cumsum(row_work) - row_work) // CANDIDATE_RUN_WORK
    edges = np.searchsorted(run_of_row[l_row], np.arange(int(run_of_row[-1]) + 2))
    kept_a, kept_b, kept_cosine, row_top = [], [], [], []
    for start, stop in zip(edges[:-1].tolist(), edges[1:].tolist(), strict=True):
        if start == stop:
            continue
        span = slice(start, stop)
        a, b, cosine = cosines(l_norms, r_norms, l_row[span], l_value[span], r_row, r_value, first[span], count[span])
        by_row = top_per_group(a, cosine, per_sentence)
        keep = by_row | top_per_group(b, cosine, per_sentence)
        kept_a.append(a[keep])
        kept_b.append(b[keep])
        kept_cosine.append(cosine[keep])
        row_top.append(by_row[keep])
    if not kept_a:
        return Found(none, none, None, left_out)
    a, b = np.concatenate(kept_a), np.concatenate(kept_b)
    keep = np.concatenate(row_top) | top_per_group(b, np.concatenate(kept_cosine), per_sentence)
    return Found(a[keep], b[keep], None, left_out)


def postings(row: np.ndarray, term: np.ndarray, value: np.ndarray) -> Postings:
    """``Postings`` of words given in row order: (row, word id, multiplier) of each."""
    order = np.argsort(term, kind="stable")
    sorted_term = term[order]
    new = np.ones(len(order), dtype=bool)
    np.not_equal(sorted_term[1:], sorted_term[:-1], out=new[1:])
    place = np.empty(len(order), dtype=np.int64)
    place[order] = np.cumsum(new) - 1
    return Postings(row, term, value, row[order], sorted_term, value[order], sorted_term[new], place)
