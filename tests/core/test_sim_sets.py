"""The sentence sets block scoring reads (sentence_sets.SentenceSets.build, walked flat) equal the per-sentence sets
it replaced."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from seedtexts import tripled_seed_sentences  # tests/core/seedtexts.py

from reportdiff.core import sentence_sets
from reportdiff.core.setrows import SetRows, overlap
from reportdiff.core.similarity import LexicalSimilarity


def same(a: SetRows, b: SetRows) -> bool:
    """Field for field, values bit for bit."""
    return (
        a.width == b.width
        and np.array_equal(a.indptr, b.indptr)
        and np.array_equal(a.ids, b.ids)
        and np.array_equal(a.values, b.values)
        and a.values.dtype == b.values.dtype
    )


def check(sim: LexicalSimilarity) -> None:
    """Every set of ``sim``'s sentences as built flat equals the set built sentence by sentence with Python sets
    (the replaced implementation), and the n-gram rows overlap as the sentences' n-gram sets do."""
    sets = sim._sentence_sets()
    ids: dict[str, int] = {}
    tokens = [[ids.setdefault(w, len(ids)) for w in f.stems] for f in sim.features]
    width = len(ids)
    # content words valued by their place in the model's word rows (each sentence's sorted; weights come per pair)
    places = [dict(zip(sorted(f.content), range(int(sim.index.indptr[k]), int(sim.index.indptr[k + 1])), strict=True))
              for k, f in enumerate(sim.features)]  # fmt: skip
    assert [[sim.index.words[t] for t in sim.index.terms[list(p.values())].tolist()] for p in places if p] == [
        list(p) for p in places if p
    ]
    assert same(sets.content, SetRows.build([[ids[w] for w in p] for p in places], width,
                                            [[float(v) for v in p.values()] for p in places]))  # fmt: skip
    assert np.array_equal(sets.content_word, sets.content.values.astype(np.int64))
    anchor_words = [(f.entities | f.numbers) & p.keys() for f, p in zip(sim.features, places, strict=True)]
    anchors = SetRows.build([[ids[w] for w in a] for a in anchor_words], width,
                            [[float(p[w]) for w in a] for a, p in zip(anchor_words, places, strict=True)])  # fmt: skip
    assert same(sets.anchors, anchors)
    assert np.array_equal(sets.anchor_word, anchors.values.astype(np.int64))
    present = [[ids[w] for w in f.entities | f.numbers | f.content] for f in sim.features]
    assert same(sets.present, SetRows.build(present, width))
    assert sets.words == ["".join(chr(k if k < 0xD800 else k + 0x800) for k in t) for t in tokens]
    assert sets.n_stems.tolist() == [len(t) for t in tokens]
    n = min(len(tokens), 40)
    left, right = (np.array(x, dtype=np.int64) for x in zip(*itertools.product(range(n), repeat=2), strict=True))
    for size, rows in zip((1, 2, 3), sets.ngrams, strict=True):
        grams = [{tuple(t[k : k + size]) for k in range(len(t) - size + 1)} for t in tokens]
        assert rows.sizes(np.arange(len(tokens))).tolist() == [len(g) for g in grams]
        common = overlap(rows, left, rows, right).count()
        assert common.tolist() == [len(grams[a] & grams[b]) for a, b in zip(left.tolist(), right.tolist(), strict=True)]


def test_tripled_seeds() -> None:
    """The seeds loaded three times (names, numbers, datelines, repeated sentences)."""
    texts, articles = tripled_seed_sentences()
    check(LexicalSimilarity(texts, articles=articles))


WORDS = st.sampled_from(["Idlib", "idlib", "struck", "the", "25", "twenty", "Reuters", "killed", "One", "one",
                         "said", "Assad", "3.5", "and", "of", "Moscow"])  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(st.lists(WORDS, max_size=14).map(" ".join), min_size=1, max_size=12), st.integers(1, 3))
def test_generated_sentences(texts: list[str], articles: int) -> None:
    """Short sentences of a few names, numbers, stopwords and repeats (empty ones too), over 1-3 articles."""
    check(LexicalSimilarity(texts, articles=[k % articles for k in range(len(texts))]))


def test_ngram_ids_when_some_ids_are_unused(monkeypatch: pytest.MonkeyPatch) -> None:
    """_ngram_rows numbers unigrams by rank, also when the width leaves ids unused (then np.unique numbers them)."""
    flat = np.array([5, 2, 5, 9, 2], dtype=np.int64)
    uni, bi, _ = sentence_sets._ngram_rows(flat, np.array([3, 2]), 10)
    assert uni.ids.tolist() == [0, 1, 0, 2] and uni.width == 3  # ranks of 2, 5 | 2, 9
    assert bi.sizes(np.arange(2)).tolist() == [2, 1]
