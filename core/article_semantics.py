"""Each sentence's best embedding cosine among another article's sentences, per article pair.

The semantic relatives of the similarity model (core/similarity.py: semantic_rel_min/max, semantic_mutual,
semantic_support, semantic_support_hi) read, for each sentence, its best cosine among the other article's sentences.
Here they are computed once per article pair (one product of the two articles' vectors, or one product of all
sentences for a small comparison) with einsum's bits (core/embedding_maxima.py), and, for two sentences of one
article (alignment's copy checks), bounded without the article's product with itself. Knows nothing of Qt.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence

import numpy as np

from .embedding_maxima import einsum_maxima, norms_above, one_blas_thread, segment_maxima

# -- tuning knobs, one place ---------------------------------------------------------------------------------
# A best cosine at least this counts toward semantic_support_hi (similarity.FEATURE_NAMES says what it tells).
SUPPORT_HIGH = 0.8
# Rows of an article's sentences multiplied at once when finding each sentence's best cosine in another article
# (bounds the memory of two long articles: 1,024 x 5,000 floats).
SEMANTIC_CHUNK = 1024
# Up to this many sentence pairs (cells) per article pair, those products run in einsum, not BLAS: BLAS would start
# its thread pool, whose spinning threads cost more CPU than small products (20 articles: aligning 0.36 s -> 1.1 s
# CPU on 2 cores, in-process). Past it, BLAS: this product is quadratic, and einsum did two 2 MB articles
# (15,000 x 15,000 sentences, also each against itself for the copy check) in ~60 s of CPU each, BLAS (one
# thread, as the entry points set it: core/gctune.py) 7-11x faster. The size alone decides, never the
# environment, so one input always gets the same bits.
SEMANTIC_BLAS_CELLS = 1 << 22
# Up to this many sentence pairs in all (every sentence by every sentence), the best cosines of all article pairs come
# from one BLAS product (_all_pairs) instead of one per article pair: 20 news articles (190 pairs of ~30
# sentences) ~0.066 -> ~0.01 s; at most ~10 ms of extra product where articles are long.
ALL_PAIRS_CELLS = 1 << 20


# (best cosine of each sentence of the first article among the second's, the same of the second's among the
# first's, semantic_support, semantic_support_hi)
Best = tuple[np.ndarray, np.ndarray, float, float]
# an article against itself, bounded (``self_bounds``): vectors, slack, support's bounds, support_hi or None
SelfBounds = tuple[np.ndarray, np.ndarray, tuple[float, float], float | None]


class ArticleSemantics:
    """The best cosines of every article pair asked, memoised: ``best(a, b)``; and an article's bounds against
    itself, ``self_bounds(article)``."""

    def __init__(self, vectors: np.ndarray, members: Mapping[int, Sequence[int]], articles: int) -> None:
        """``vectors``: one unit vector per sentence (core/semantic.py); ``members``: each article's sentences, in
        order; ``articles``: how many article numbers there are (some may have no sentence)."""
        self.vectors = vectors
        self.members = members
        self.articles = articles
        self.found: dict[tuple[int, int], Best] = {}  # by article pair, lower number first: what was computed
        self._all_pairs_tried = False  # _all_pairs, once
        self._vector_norms: np.ndarray | None = None  # norms_above of every vector, made on first use
        self._bounds: dict[int, SelfBounds] = {}

    def self_bounds(self, article: int) -> SelfBounds:
        """``_self_bounds`` of ``article``, made once."""
        found = self._bounds.get(article)
        if found is None:
            found = self._bounds[article] = self._self_bounds(article)
        return found

    def best(self, a: int, b: int) -> Best:
        """(best cosine of each sentence of article a among b's, the same of b's among a's, semantic_support,
        semantic_support_hi), memoised per article pair: one matrix product of the two articles' vectors."""
        key = (a, b) if a <= b else (b, a)
        if key not in self.found and a != b and not self._all_pairs_tried:
            self._all_pairs_tried = True
            self._all_pairs()
        if key not in self.found:
            first = self.vectors[self.members[key[0]]]
            second = self.vectors[self.members[key[1]]]
            best_first = np.zeros(len(first))
            best_second = np.zeros(len(second))
            blas = len(first) * len(second) >= SEMANTIC_BLAS_CELLS
            shortcut = not blas and len(first) and len(second) and one_blas_thread()
            if shortcut and self._vector_norms is None:  # each sentence's norm bound, once (not per article pair)
                self._vector_norms = norms_above(self.vectors)
            norms = self._vector_norms
            found = (
                einsum_maxima(first, second, (norms[self.members[key[0]]], norms[self.members[key[1]]]))
                if shortcut and norms is not None
                else None
            )
            if found is not None:
                best_first, best_second = found
            for start in range(0, len(first) if len(second) and found is None else 0, SEMANTIC_CHUNK):
                rows = first[start : start + SEMANTIC_CHUNK]
                block = np.matmul(rows, second.T) if blas else np.einsum("id,jd->ij", rows, second)
                # maxima taken in float32, then widened: the same values as widening the block first (widening is
                # exact and keeps order), without a float64 copy of it (120 MB a chunk on two 2 MB articles)
                best_first[start : start + len(block)] = np.maximum(block.max(axis=1).astype(np.float64), 0.0)
                best_second = np.maximum(best_second, block.max(axis=0).astype(np.float64))
            self._store(key, best_first, best_second)
        best_first, best_second, support, high = self.found[key]
        return (best_first, best_second, support, high) if key == (a, b) else (best_second, best_first, support, high)

    def _store(self, key: tuple[int, int], best_first: np.ndarray, best_second: np.ndarray) -> None:
        """Memoise an article pair's best cosines with its semantic_support and semantic_support_hi."""
        both = np.concatenate([best_first, best_second])
        support = float(both.mean()) if len(both) else 0.0
        high = float((both >= SUPPORT_HIGH).mean()) if len(both) else 0.0
        self.found[key] = (best_first, best_second, support, high)

    def _all_pairs(self) -> None:
        """Every article pair's best cosines at once (``best``), where the sentences are few (at most
        ALL_PAIRS_CELLS sentence pairs in all) and BLAS runs on one thread: one BLAS product of all sentences by all,
        each cell that can hold a sentence's best in an article found within the error bound and computed by einsum
        (as ``einsum_maxima``, per article instead of per row): the same bits as one einsum per article pair."""
        articles = [k for k in range(self.articles) if self.members.get(k)]
        order = [g for k in articles for g in self.members[k]]
        if len(articles) < 3 or len(order) ** 2 > ALL_PAIRS_CELLS or not one_blas_thread():
            return
        sizes = np.array([len(self.members[k]) for k in articles])
        found = segment_maxima(self.vectors[order], sizes)
        if found is None:
            return
        rows, columns = found  # rows[i, b]: sentence i's best in article b; columns[a, j]: j's best in article a
        starts = np.cumsum(sizes) - sizes
        for x, y in itertools.combinations(range(len(articles)), 2):
            first = slice(starts[x], starts[x] + sizes[x])
            second = slice(starts[y], starts[y] + sizes[y])
            best_first = np.maximum(rows[first, y].astype(np.float64), 0.0)
            best_second = np.maximum(np.zeros(sizes[y]), columns[x, second].astype(np.float64))
            self._store((articles[x], articles[y]), best_first, best_second)

    def _self_bounds(self, article: int) -> SelfBounds:
        """For similarity's ``_same_article_margin``: (the article's vectors, each sentence's slack, bounds of
        semantic_support, semantic_support_hi or None when its bounds straddle SUPPORT_HIGH) of the article against
        itself."""
        vectors = self.vectors[self.members[article]]
        norms = np.sqrt(np.einsum("id,id->i", vectors, vectors, dtype=np.float64))
        top = float(norms.max()) if len(norms) else 0.0
        # |fl(u.v) - u.v| <= d x 2^-24 x |u| |v| / (1 - d x 2^-24) for any order of the sum: twice that, d x 2^-23
        slack = vectors.shape[1] * 2.0**-23 * top * (1.0 + 1e-9) * norms
        # semantic_support (the mean of every best, rows and columns) and semantic_support_hi (the share >= HIGH)
        lowest = np.maximum(0.0, norms * norms - slack)  # each best is at least the sentence with itself
        highest = np.maximum(0.0, norms * top + slack)  # and at most Cauchy-Schwarz plus the slack
        support = (float(lowest.mean()) * (1.0 - 1e-12), float(highest.max()) * (1.0 + 1e-12))
        high = 1.0 if lowest.min() >= SUPPORT_HIGH else 0.0 if highest.max() < SUPPORT_HIGH else None
        return vectors, slack, support, high
