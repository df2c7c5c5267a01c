"""LexicalSimilarity's compressed rows of content words (``_index_terms``, built by whole-array sorts) are those of
the loop over each sentence's sorted words it replaced: the same word numbers, order, multipliers and document
frequencies, bit for bit."""

from __future__ import annotations

import numpy as np
from seedtexts import tripled_seed_sentences  # tests/core/seedtexts.py

from reportdiff.core.similarity import LexicalSimilarity
from reportdiff.core.word_index import ENTITY_WEIGHT, NUMBER_WEIGHT


def _reference(sim: LexicalSimilarity) -> tuple[dict[str, int], list[int], list[float], list[int]]:
    """The replaced loop: each sentence's content words sorted, numbered as a dictionary first meets them."""
    vocab: dict[str, int] = {}
    terms: list[int] = []
    multipliers: list[float] = []
    lengths: list[int] = []
    for f in sim.features:
        words = sorted(f.content)
        lengths.append(len(words))
        for w in words:
            terms.append(vocab.setdefault(w, len(vocab)))
            multipliers.append(NUMBER_WEIGHT if w in f.numbers else ENTITY_WEIGHT if w in f.entities else 1.0)
    return vocab, terms, multipliers, lengths


def _check(sentences: list[str], articles: list[int]) -> None:
    sim = LexicalSimilarity(sentences, articles=articles)
    vocab, terms, multipliers, lengths = _reference(sim)
    assert list(sim.index.vocab.items()) == list(vocab.items()) and sim.index.words == list(vocab)
    assert sim.index.terms.dtype == np.int64 and sim.index.terms.tolist() == terms
    assert sim.index.mults.dtype == np.float64 and sim.index.mults.tobytes() == np.array(multipliers).tobytes()
    assert np.diff(sim.index.indptr).tolist() == lengths


def test_seed_sentences() -> None:
    """The seeds printed three times (names, numbers, number words, repeats across articles)."""
    texts, articles = tripled_seed_sentences()
    _check(texts, articles)


def test_hand_cases() -> None:
    """A word that is a name in one sentence and not in another, a number word, a sentence of stopwords only, an
    empty sentence, one sentence alone, none at all."""
    _check(["Idlib was struck by Russia.", "It was what it was.", "", "The idlib toll rose to twenty-five, 25 dead.",
            "Twenty-five died in Idlib; Russia said one more."], [0, 0, 1, 1, 2])  # fmt: skip
    _check(["Warplanes struck Idlib."], [0])
    _check([], [])
