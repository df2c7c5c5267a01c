"""The word index of a comparison: each sentence's content words, numbered, and their weights per article pair.

Content words are weighted by their inverse document frequency, counted over the sentences of the two articles a
pair of sentences comes from (of its one article, for two sentences of one), never over the other articles loaded:
an article pair is weighed as if compared alone (issue 11), with numbers and names weighted up. The similarity model
(core/similarity.py) and its candidate search (core/candidate_search.py) read the weights from here. Knows nothing
of Qt.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from itertools import chain
from typing import NamedTuple

import numpy as np

from .candidate_search import Postings, postings
from .sentence_features import SentenceFeatures

# -- tuning knobs, one place ---------------------------------------------------------------------------------
# Extra weight for a number or a name shared by two sentences: "25" and "Idlib" anchor a statement more than
# "reported" does.
NUMBER_WEIGHT = 1.6
ENTITY_WEIGHT = 1.4


class Weighting(NamedTuple):
    """The word weights of one article pair (``first`` <= ``second``; equal: one article alone), as if the two were
    compared alone: a word's IDF is ``logs[c]``, c its document frequency over the two articles' sentences, n of
    them, logs[c] = log((n + 1) / (c + 0.5)) (math.log: the bits of a whole-comparison model of those sentences);
    its weight that x the sentence's multiplier (NUMBER_WEIGHT, ENTITY_WEIGHT or 1). ``norms`` and ``totals``: each
    sentence's weight vector norm and weight sum, the first article's sentences then the second's (once if one)."""

    first: int
    second: int
    other: int  # the document-frequency row added to the first's: the second's, or an empty row (one article)
    logs: np.ndarray
    norms: np.ndarray
    totals: np.ndarray


class RowWeights(NamedTuple):
    """Word weights of many sentence pairs at once, each pair weighed by its own article pair (``Weighting``): a
    word's weight in pair k is its multiplier x logs[logs_start[k] + df[low[k], word] + df[other[k], word]];
    ``first``/``second``: the places of the pairs' two sentences in ``norms`` and ``totals``."""

    df: np.ndarray  # the document frequencies, articles x words, flat
    width: int  # words
    low: np.ndarray
    other: np.ndarray
    logs_start: np.ndarray
    logs: np.ndarray
    terms: np.ndarray  # word id of each word of every sentence (WordIndex.terms)
    multipliers: np.ndarray
    norms: np.ndarray
    totals: np.ndarray
    first: np.ndarray
    second: np.ndarray

    def idf(self, pair: np.ndarray, word: np.ndarray) -> np.ndarray:
        """The IDF of word ``word[e]`` (a place in the sentences' words, ``_terms``) in pair ``pair[e]``."""
        terms = self.terms[word]
        frequency = self.df[self.low[pair] * self.width + terms] + self.df[self.other[pair] * self.width + terms]
        return self.logs[self.logs_start[pair] + frequency]

    def words(self, pair: np.ndarray, word: np.ndarray) -> np.ndarray:
        """The weight of word ``word[e]`` in pair ``pair[e]``: its multiplier x its IDF there."""
        return self.multipliers[word] * self.idf(pair, word)


class WordIndex:
    """Every sentence's content words in compressed rows, each article's document frequencies, and the word weights
    of any article pair compared alone (``Weighting``), made on first use and kept."""

    def __init__(
        self,
        features: Sequence[SentenceFeatures],
        article_of: Sequence[int],
        members: Mapping[int, list[int]],
        position: Sequence[int],
    ) -> None:
        """``features``: each sentence's; ``article_of``: its article; ``members``: each article's sentences, in
        order; ``position``: each sentence's place among its article's."""
        self.article_of = article_of
        self.members = members
        self.place = np.array(position, dtype=np.int64)
        self.article = np.array(article_of, dtype=np.int64)
        self._index_terms(features)
        self._weightings: dict[tuple[int, int], Weighting] = {}  # by article pair, made on first use
        self._logs: dict[int, np.ndarray] = {}  # weighting's IDF logs by sentence count
        self._weight_rows: dict[tuple[int, tuple[int, int]], tuple[dict[str, float], float, float]] = {}
        self._postings_kept: dict[int, Postings] = {}  # postings of whole articles

    def _index_terms(self, features: Sequence[SentenceFeatures]) -> None:
        """Every sentence's content words in compressed rows (numpy), each sentence's sorted by stem (the order its
        float sums follow): word id and multiplier (NUMBER_WEIGHT, ENTITY_WEIGHT, 1); and each article's document
        frequencies (articles x words, plus one empty row, ``no_article``) and sentence counts."""
        contents = [f.content for f in features]
        lengths = np.fromiter(map(len, contents), dtype=np.int64, count=len(features))
        flat = list(chain.from_iterable(contents))
        # each sentence's words sorted by stem, as sorted() orders them (a fixed order: float sums over these words
        # must not follow PYTHONHASHSEED), by one sort of (sentence, the stem's rank among all stems)
        stems = sorted(set(flat))
        rank = {w: k for k, w in enumerate(stems)}
        ranks = np.fromiter(map(rank.__getitem__, flat), dtype=np.int64, count=len(flat))
        span = max(1, len(stems))
        keys = np.repeat(np.arange(len(features), dtype=np.int64), lengths) * span + ranks
        keys.sort()
        ranks = keys % span
        # words numbered in order of first appearance there (as a dictionary filled sentence after sentence numbers
        # them)
        first = np.full(len(stems), len(ranks), dtype=np.int64)
        np.minimum.at(first, ranks, np.arange(len(ranks), dtype=np.int64))
        appearing = np.argsort(first)  # every stem appears: distinct places
        number = np.zeros(len(stems), dtype=np.int64)
        number[appearing] = np.arange(len(appearing))
        self.words = [stems[r] for r in appearing.tolist()]
        self.vocab = vocab = {w: k for k, w in enumerate(self.words)}
        self.terms = number[ranks]
        # a number's weight first, else a name's, else 1: the (sentence, stem) keys of each sentence's numbers and
        # names among its content words
        numbers = [k * span + rank[w] for k, f in enumerate(features) if f.numbers for w in f.numbers & f.content]
        names = [k * span + rank[w] for k, f in enumerate(features) if f.entities for w in f.entities & f.content]
        self.mults = np.ones(len(keys))
        self.mults[np.searchsorted(keys, np.array(names, dtype=np.int64))] = ENTITY_WEIGHT  # keys: sorted, distinct
        self.mults[np.searchsorted(keys, np.array(numbers, dtype=np.int64))] = NUMBER_WEIGHT
        self.indptr = np.zeros(len(features) + 1, dtype=np.int64)
        np.cumsum(lengths, out=self.indptr[1:])
        self.no_article = max(self.article_of, default=-1) + 1  # an article of no sentence: the empty row
        width = len(vocab)
        owner = np.repeat(np.array(self.article_of, dtype=np.int64), lengths)
        self.df = np.bincount(owner * width + self.terms, minlength=(self.no_article + 1) * width).reshape(
            self.no_article + 1, width
        )
        self.count = np.bincount(np.array(self.article_of, dtype=np.int64), minlength=self.no_article + 1)
        self.df_max = self.df.max(axis=1, initial=0)

    def rows(self, sentences: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(position in ``sentences``, word id, multiplier) of every word of the given sentences."""
        starts = self.indptr[sentences]
        lengths = self.indptr[sentences + 1] - starts
        owner = np.repeat(np.arange(len(sentences)), lengths)
        position = np.arange(int(lengths.sum())) - np.repeat(np.cumsum(lengths) - lengths, lengths)
        position += np.repeat(starts, lengths)
        return owner, self.terms[position], self.mults[position]

    def weighting(self, a: int, b: int) -> Weighting:
        """The word weights of articles a and b compared alone (a == b: article a alone), made once per pair: each
        word's IDF over the two articles' sentences (their document frequencies added), each sentence's norm and sum
        of weights. ~|a| + |b| words' work: 20 articles, 190 pairs, each article's words 19 times."""
        key = (a, b) if a <= b else (b, a)
        found = self._weightings.get(key)
        if found is not None:
            return found
        first, second = key
        other = second if second != first else self.no_article
        n = int(self.count[first] + self.count[other])
        df_first, df_other = self.df[first], self.df[other]
        top = int(self.df_max[first] + self.df_max[other])
        # log((n + 1) / (c + 0.5)) for c = 0..top, by math.log: kept per n (article pairs of equal size share them)
        known = self._logs.get(n)
        if known is None or len(known) <= top:
            known = self._logs[n] = np.array([math.log((n + 1) / (c + 0.5)) for c in range(top + 1)])
        logs = known[: top + 1]
        norms, totals = [], []
        for article in (first,) if other == self.no_article else (first, second):
            members = self.members.get(article, [])
            found_rows = self.postings(np.array(members, dtype=np.int64))
            weights = found_rows.value * logs[df_first[found_rows.term] + df_other[found_rows.term]]
            norms.append(np.sqrt(np.bincount(found_rows.row, weights=weights * weights, minlength=len(members))))
            totals.append(np.bincount(found_rows.row, weights=weights, minlength=len(members)))
        found = self._weightings[key] = Weighting(
            first, second, other, logs, np.concatenate(norms), np.concatenate(totals)
        )
        return found

    def local(self, weighting: Weighting, sentences: np.ndarray) -> np.ndarray:
        """Each sentence's place in ``weighting``'s norms and totals."""
        place = self.place[sentences]
        if weighting.other != self.no_article:
            second = self.article[sentences] != weighting.first
            place = place + np.where(second, self.count[weighting.first], 0)
        return place

    def weigh_terms(self, weighting: Weighting, terms: np.ndarray, multipliers: np.ndarray) -> np.ndarray:
        """The weights of words (ids ``terms``, their sentences' ``multipliers``) under ``weighting``."""
        return multipliers * weighting.logs[self.df[weighting.first][terms] + self.df[weighting.other][terms]]

    def weights(self, k: int, context: tuple[int, int]) -> tuple[dict[str, float], float, float]:
        """Sentence k's word weights under the weights of article pair ``context`` (word -> weight, sorted by word),
        its norm and its sum: what the pair-by-pair path reads. Kept."""
        key = (k, context)
        found = self._weight_rows.get(key)
        if found is None:
            weighting = self.weighting(*context)
            low, high = int(self.indptr[k]), int(self.indptr[k + 1])
            terms = self.terms[low:high]
            values = self.weigh_terms(weighting, terms, self.mults[low:high]).tolist()
            place = int(self.local(weighting, np.array([k]))[0])
            words = [self.words[t] for t in terms.tolist()]
            found = self._weight_rows[key] = (
                dict(zip(words, values, strict=True)),
                float(weighting.norms[place]),
                float(weighting.totals[place]),
            )
        return found

    def row_weights(self, i: np.ndarray, j: np.ndarray) -> RowWeights:
        """The weighting of each pair (i[k], j[k]): its two articles' (``_context``), as arrays over the pairs."""
        article = self.article
        low, high = np.minimum(article[i], article[j]), np.maximum(article[i], article[j])
        base = self.no_article + 1
        keys, inverse = np.unique(low * base + high, return_inverse=True)
        weightings = [self.weighting(key // base, key % base) for key in keys.tolist()]
        logs_start = np.cumsum([len(w.logs) for w in weightings]) - [len(w.logs) for w in weightings]
        rows_start = np.cumsum([len(w.norms) for w in weightings]) - [len(w.norms) for w in weightings]
        other = np.where(high != low, high, self.no_article)
        starts = rows_start.astype(np.int64)[inverse]
        first = starts + self.place[i] + np.where(article[i] != low, self.count[low], 0)
        second = starts + self.place[j] + np.where(article[j] != low, self.count[low], 0)
        return RowWeights(
            self.df.reshape(-1),
            self.df.shape[1],
            low,
            other,
            logs_start.astype(np.int64)[inverse],
            np.concatenate([w.logs for w in weightings]) if weightings else np.zeros(0),
            self.terms,
            self.mults,
            np.concatenate([w.norms for w in weightings]) if weightings else np.zeros(0),
            np.concatenate([w.totals for w in weightings]) if weightings else np.zeros(0),
            first,
            second,
        )

    def postings(self, sentences: np.ndarray) -> Postings:
        """``Postings`` of the given sentences; those of a whole article made once and kept (every article pair
        of a comparison asks for each article again: 20 articles x 5,000 words, 380 times)."""
        article = self.article_of[int(sentences[0])] if len(sentences) else -1
        members = self.members.get(article, [])
        whole = len(members) == len(sentences) > 0 and sentences.tolist() == members
        kept = self._postings_kept
        if whole and article in kept:
            return kept[article]
        found = postings(*self.rows(sentences))
        if whole:
            kept[article] = found
        return found
