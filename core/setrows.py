"""Rows of integer sets in compressed form (numpy), and their overlaps for many pairs of rows at once.

The similarity model compares sentences as sets (content words, n-grams, names, numbers). Comparing one pair at a
time in Python costs tens of microseconds a pair; here a whole block of pairs is compared in a few numpy passes:
each row's ids are kept sorted, the ids of the left rows of all pairs are laid out one after another, keyed by
(pair, id), and looked up in the same layout of the right rows. Where only the number of shared ids is asked, each
row is one string (one character per id, ids in order) and the compiled LCS of rapidfuzz counts them: the longest
common subsequence of two increasing sequences is their intersection. Knows nothing of sentences or Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import LCSseq

# Ids as characters: the surrogates (0xD800-0xDFFF) skipped, so ids up to TEXT_IDS fit in one Unicode code point each.
SURROGATES = 0x800
TEXT_IDS = 0x110000 - SURROGATES
# shared_counts counts by LCS when rows hold at least this many ids on average, else by the search: per pair the
# LCS costs ~0.19 us + ~27 ns an id, the search ~0.05 us + ~57 ns an id (20 articles x 5,000 words: 3-gram rows
# of 17 ids 0.26 -> 0.12 s; number rows of 0.16 ids 0.013 -> 0.05 s): even at ~5.
COUNT_BY_LCS_MEAN_IDS = 5.0


@dataclass(frozen=True)
class SetRows:
    """Row k holds the ids ``ids[indptr[k]:indptr[k + 1]]``, sorted and distinct, each with a ``values`` entry."""

    indptr: np.ndarray  # int64, one more than the rows
    ids: np.ndarray  # int64, every id < width
    values: np.ndarray  # float64, one per id (1.0 when the sets carry no weights)
    width: int

    @classmethod
    def build(
        cls, rows: Sequence[Sequence[int]], width: int, weights: Sequence[Sequence[float]] | None = None
    ) -> SetRows:
        """Rows from id lists (each row's ids distinct), with one weight per id when ``weights`` is given."""
        lengths = (
            np.fromiter((len(r) for r in rows), dtype=np.int64, count=len(rows)) if rows else np.zeros(0, np.int64)
        )
        ids = np.fromiter((i for r in rows for i in r), dtype=np.int64, count=int(lengths.sum()))
        if weights is None:
            values = np.ones(len(ids), dtype=np.float64)
        else:
            values = np.fromiter((v for w in weights for v in w), dtype=np.float64, count=len(ids))
        return cls.sorted_rows(np.repeat(np.arange(len(rows)), lengths), ids, values, len(rows), width)

    @classmethod
    def sorted_rows(cls, owner: np.ndarray, ids: np.ndarray, values: np.ndarray, rows: int, width: int) -> SetRows:
        """Rows from (row, id, value) triples in any order; each (row, id) at most once."""
        indptr = np.zeros(rows + 1, dtype=np.int64)
        np.cumsum(np.bincount(owner, minlength=rows), out=indptr[1:])
        ids = ids.astype(np.int64)
        span = max(1, width, int(ids.max()) + 1 if len(ids) else 1)
        if rows * span >= 2**62:  # (row, id) as one number would overflow: sort by the two columns
            order = np.lexsort((ids, owner))
            return cls(indptr, ids[order], values[order].astype(np.float64), max(1, width))
        # (row, id) pairs are distinct, so any sort of row x span + id gives lexsort's order: one argsort instead
        # of lexsort's two passes, and none when the triples come sorted (n-gram rows do): ~1 s of 3 on 2 MB files
        key = np.asarray(owner, dtype=np.int64) * span + ids
        if len(key) and not bool(np.all(key[1:] > key[:-1])):
            order = np.argsort(key)
            ids, values = ids[order], values[order]
        return cls(indptr, ids, np.asarray(values, dtype=np.float64), max(1, width))

    def keys(self, width: int) -> np.ndarray:
        """row x ``width`` + id of every id, in storage order (so sorted), made once per width."""
        cache = self.__dict__.setdefault("_keys", {})  # a frozen dataclass: the cache lives beside the fields
        if width not in cache:
            cache[width] = self.owners() * width + self.ids
        return cache[width]

    def texts(self) -> list[str] | None:
        """Each row as one string, a character per id in the row's (increasing) order, made once; None when an id
        does not fit in a code point (past TEXT_IDS)."""
        cache = self.__dict__
        if "_texts" not in cache:
            cache["_texts"] = row_texts(self.indptr, self.ids)
        return cache["_texts"]

    def text_array(self) -> np.ndarray | None:
        """``texts`` as a numpy array of objects, made once: the rows of many pairs are picked by one fancy index
        (~20 us for 2,100 rows) rather than a list built per call (~120 us), and rapidfuzz reads it as a list."""
        cache = self.__dict__
        if "_text_array" not in cache:
            texts = self.texts()
            cache["_text_array"] = None if texts is None else object_array(texts)
        return cache["_text_array"]

    def owners(self) -> np.ndarray:
        """The row of every id, in storage order."""
        return np.repeat(np.arange(len(self.indptr) - 1, dtype=np.int64), np.diff(self.indptr))

    def sizes(self, rows: np.ndarray) -> np.ndarray:
        """Number of ids in each of the given rows."""
        return self.indptr[rows + 1] - self.indptr[rows]

    def sums(self) -> np.ndarray:
        """Sum of the values of each row."""
        return np.bincount(self.owners(), weights=self.values, minlength=len(self.indptr) - 1)

    def lay_out(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(pair number, position in ``ids``) of every id of the given rows, row after row."""
        starts = self.indptr[rows]
        lengths = self.indptr[rows + 1] - starts
        owner = np.repeat(np.arange(len(rows)), lengths)
        position = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        return owner, position + np.repeat(starts, lengths)


@dataclass(frozen=True)
class Overlap:
    """The ids of each pair's left row, and whether (and where) the pair's right row has them too."""

    pairs: int
    owner: np.ndarray  # pair number of each laid-out left id
    left: np.ndarray  # its position in the left SetRows
    found: np.ndarray  # bool: the right row of the pair has it
    right: np.ndarray  # position of the match in the right SetRows (meaningful where found)

    @cached_property
    def _shared(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(pair, left position, right position) of every shared id: selected once for all the sums below."""
        hit = self.found
        return self.owner[hit], self.left[hit], self.right[hit]

    def shared(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(pair, left position, right position) of every shared id, pair after pair (for sums of values that
        depend on the pair, not only on the id)."""
        return self._shared

    def count(self) -> np.ndarray:
        """Number of shared ids per pair."""
        return np.bincount(self._shared[0], minlength=self.pairs)

    def sum_left(self, values: np.ndarray, shared: bool = True) -> np.ndarray:
        """Sum per pair of the left values of the shared ids (or, with ``shared=False``, of the others)."""
        if shared:
            owner, left, _ = self._shared
            return np.bincount(owner, weights=values[left], minlength=self.pairs)
        keep = ~self.found
        return np.bincount(self.owner[keep], weights=values[self.left[keep]], minlength=self.pairs)

    def sum_right(self, values: np.ndarray) -> np.ndarray:
        """Sum per pair of the right values of the shared ids."""
        owner, _, right = self._shared
        return np.bincount(owner, weights=values[right], minlength=self.pairs)

    def sum_product(self, left_values: np.ndarray, right_values: np.ndarray) -> np.ndarray:
        """Sum per pair of left value x right value over the shared ids."""
        owner, left, right = self._shared
        return np.bincount(owner, weights=left_values[left] * right_values[right], minlength=self.pairs)


def overlap(a: SetRows, left: np.ndarray, b: SetRows, right: np.ndarray) -> Overlap:
    """For each pair (left[k] of ``a``, right[k] of ``b``), which ids of the left row the right row holds. The two
    SetRows must number ids alike. Only the left rows are laid out: each of their ids is looked up, keyed by
    (right row, id), in ``b``'s keys, which are sorted once for all (rows in order, ids sorted within a row)."""
    width = max(a.width, b.width)
    a_owner, a_pos = a.lay_out(left)
    right = np.asarray(right, dtype=np.int64)
    a_key = right[a_owner] * width + a.ids[a_pos]
    if not len(a_key):
        return Overlap(len(left), a_owner, a_pos, np.zeros(0, dtype=bool), np.zeros(0, dtype=np.int64))
    # Only the keys of the rows from the lowest to the highest right row can match (keys sort by row, then id): one
    # article's rows when the pairs come from one candidate search, a smaller search (20 articles: 1/20 of them).
    low, high = int(b.indptr[int(right.min())]), int(b.indptr[int(right.max()) + 1])
    b_key = b.keys(width)[low:high]
    where = np.searchsorted(b_key, a_key)
    inside = where < len(b_key)
    found = np.zeros(len(a_key), dtype=bool)
    found[inside] = b_key[where[inside]] == a_key[inside]
    right_pos = np.where(found, where + low, 0)
    return Overlap(len(left), a_owner, a_pos, found, right_pos)


def shared_counts(rows: SetRows, left: np.ndarray, right: np.ndarray, where: np.ndarray | None = None) -> np.ndarray:
    """For each pair (left[k], right[k]) of rows of ``rows``, the number of ids the two rows share: what
    ``overlap(rows, left, rows, right).count()`` gives, by rapidfuzz's compiled LCS over the rows' strings (rows are
    increasing, so a common subsequence is a set of shared ids, and all of them in order is one): ~2x faster than
    the search. The search where rows are short (COUNT_BY_LCS_MEAN_IDS) or ids do not fit in characters. With
    ``where``, only the pairs it marks are counted; the others are given 0 (the caller knows they share nothing)."""
    if where is not None and not bool(where.all()):
        counts = np.zeros(len(left), dtype=np.int64)
        counts[where] = shared_counts(rows, np.asarray(left)[where], np.asarray(right)[where])
        return counts
    short = len(rows.ids) < COUNT_BY_LCS_MEAN_IDS * (len(rows.indptr) - 1)
    texts = None if short else rows.text_array()
    if texts is None:
        return overlap(rows, left, rows, right).count()
    if not len(left):
        return np.zeros(0, dtype=np.int64)
    return process.cpdist(texts[left], texts[right], scorer=LCSseq.similarity, dtype=np.int64)


def object_array(items: Sequence[object]) -> np.ndarray:
    """A one-dimensional numpy array of objects holding ``items`` (never a deeper array made of them)."""
    array = np.empty(len(items), dtype=object)
    array[:] = items
    return array


def row_texts(indptr: np.ndarray, ids: np.ndarray) -> list[str] | None:
    """Rows of ids (row r: ``ids[indptr[r] : indptr[r + 1]]``), each as one string of a character per id, in order
    (increasing ids give increasing characters): rapidfuzz's fastest input. None when an id does not fit in a code
    point (past TEXT_IDS)."""
    if len(ids) and int(ids.max()) >= TEXT_IDS:
        return None
    codes = np.where(ids < 0xD800, ids, ids + SURROGATES).astype("<u4")  # increasing ids stay increasing
    text = codes.tobytes().decode("utf-32-le")
    bounds = indptr.tolist()
    return [text[a:b] for a, b in pairwise(bounds)]


def isin(values: np.ndarray, test: np.ndarray) -> np.ndarray:
    """``np.isin(values, test)`` for integer arrays, without np.unique's masked-array check: np.isin imported
    numpy.ma (~10 ms of a comparison's CPU, for one call per comparison)."""
    allowed = distinct(np.asarray(test, dtype=np.int64))
    if not len(allowed):
        return np.zeros(len(values), dtype=bool)
    where = np.minimum(np.searchsorted(allowed, values), len(allowed) - 1)
    return allowed[where] == values


def distinct(values: np.ndarray) -> np.ndarray:
    """Sorted distinct values (np.unique without its masked-array check, which imports numpy.ma: 15-60 ms)."""
    ordered = np.sort(values)
    keep = np.ones(len(ordered), dtype=bool)
    keep[1:] = ordered[1:] != ordered[:-1]
    return ordered[keep]
