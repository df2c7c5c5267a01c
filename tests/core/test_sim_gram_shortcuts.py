"""Block scoring's shortcuts to the n-gram counts give the counts of the compiled LCS over the n-gram rows, pair for
pair, and so the same feature rows: 1-grams from the shared content words and stopword bit masks
(similarity.UNIGRAM_BY_MASKS), 2-grams and 3-grams counted only where the two sentences' signatures share a bit
(sentence_sets.NGRAM_SIGNATURE_WORDS)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from seedtexts import tripled_seed_sentences  # tests/core/seedtexts.py

from reportdiff.core import sentence_sets, similarity
from reportdiff.core.setrows import shared_counts
from reportdiff.core.similarity import LexicalSimilarity

# Stopwords whose stems are also content words' stems ("says" / "saying" -> "say", "told" / "telling" -> "tell"),
# repeated stopwords, a sentence of stopwords only, one without any: every term of the count is met.
TEXTS = [
    "The minister says the talks will resume on Monday in Geneva.",
    "Saying the talks would resume, the minister left Geneva on Monday.",
    "He told reporters that it was over and that they were all going home.",
    "Telling reporters it was over, officials said everyone was going home.",
    "It is what it is.",
    "Rebels shelled Idlib overnight.",
    "Idlib was shelled by rebels overnight, residents said.",
    "According to them, it was not the first time.",
]


def _all_pairs(n: int) -> tuple[np.ndarray, np.ndarray]:
    pairs = np.array(list(itertools.product(range(n), repeat=2)), dtype=np.int64)
    return pairs[:, 0], pairs[:, 1]


@pytest.mark.parametrize("source", ["crafted", "seeds"])
def test_unigram_counts_are_the_lcs_counts(source: str) -> None:
    """Every pair of sentences (each with itself too): the masks' count equals shared_counts of the 1-gram rows."""
    if source == "crafted":
        texts, articles = TEXTS, [k % 2 for k in range(len(TEXTS))]
    else:
        texts, articles = tripled_seed_sentences()
    sim = LexicalSimilarity(texts, articles=articles)
    sets = sim._sentence_sets()
    assert sets.stop_masks is not None
    i, j = _all_pairs(len(texts))
    if source == "seeds":  # every pair of the tripled seeds is many; a spread sample of them
        i, j = i[::7], j[::7]
    shared = sim._content_sums(i, j, sim.index.row_weights(i, j)).shared
    got = sentence_sets.unigram_counts(shared, sets.stop_masks, i, j)
    expected = shared_counts(sets.ngrams[0], i, j)
    assert got.dtype == np.int64 and np.array_equal(got, expected)
    # the crafted sentences meet each term: a stopword stem shared as such, and as a content word on one side
    stop, content = sets.stop_masks
    assert np.bitwise_count(stop[i] & stop[j]).any() and np.bitwise_count(stop[i] & content[j]).any()


def test_feature_rows_alike_with_and_without_shortcuts(monkeypatch: pytest.MonkeyPatch) -> None:
    """pair_features_block of the crafted sentences' pairs and of a spread sample of the tripled seeds' pairs, with
    the shortcuts and with the LCS alone: the same bytes."""
    seeds, seed_articles = tripled_seed_sentences()
    for texts, articles in ((TEXTS, [k % 2 for k in range(len(TEXTS))]), (seeds, seed_articles)):
        i, j = _all_pairs(len(texts))
        i, j = i[:: max(1, len(i) // 20_000)], j[:: max(1, len(j) // 20_000)]
        rows = []
        for on in (True, False):
            monkeypatch.setattr(similarity, "UNIGRAM_BY_MASKS", on)
            words = sentence_sets.NGRAM_SIGNATURE_WORDS
            monkeypatch.setattr(sentence_sets, "NGRAM_SIGNATURE_WORDS", words if on else 0)
            sim = LexicalSimilarity(texts, articles=articles)
            rows.append(sim.pair_features_block(i, j))
        assert rows[0].tobytes() == rows[1].tobytes()


@pytest.mark.parametrize(("n", "words"), [(2, 1), (2, 16), (3, 16)])
def test_signatures_pass_every_pair_sharing_an_ngram(n: int, words: int) -> None:
    """Every pair of the tripled seeds' sentences (a spread sample) sharing an n-gram shares a bit of their
    signatures, and the signatures leave out some pairs sharing none (at 16 words, most of them)."""
    texts, articles = tripled_seed_sentences()
    sim = LexicalSimilarity(texts, articles=articles)
    sets = sim._sentence_sets()
    signature = sentence_sets._signatures(sets.ngrams[n - 1], words)
    i, j = _all_pairs(len(texts))
    i, j = i[::7], j[::7]
    counts = shared_counts(sets.ngrams[n - 1], i, j)
    passed = (signature[i] & signature[j]).any(axis=1)
    assert (counts > 0).any() and bool(passed[counts > 0].all())
    assert (~passed).any() if words == 16 else True


@pytest.mark.parametrize("chunk", [7, 4096])
def test_bit_rows_set_the_bits_asked(monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    """sentence_sets._bit_rows (packed tables of bools, ``chunk`` rows at a time) sets exactly the bits that
    OR-ing 1 << b into word b // 64 of each row sets."""
    monkeypatch.setattr(sentence_sets, "BIT_ROWS", chunk)
    rng = np.random.default_rng(5)
    rows, words = 50, 3
    row = np.sort(rng.integers(0, rows, 400))
    bit = rng.integers(0, 64 * words, 400)
    expected = np.zeros(rows * words, dtype=np.uint64)
    np.bitwise_or.at(expected, row * words + bit // 64, np.left_shift(np.uint64(1), (bit % 64).astype(np.uint64)))
    got = sentence_sets._bit_rows(row, bit, rows, words)
    assert got.dtype == np.uint64 and np.array_equal(got, expected.reshape(rows, words))
