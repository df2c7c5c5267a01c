"""The content sums a dense candidate search hands block scoring (candidate_search.SEARCH_SUMS: each kept pair's shared
content words, their dot product and each side's weight, from the search's own products) equal, bit for bit, those
of the set overlap block scoring otherwise lays out; and so every score alignment reads."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from seedtexts import tripled_seed_sentences  # tests/core/seedtexts.py

from reportdiff.core import candidate_search, semantic, similarity
from reportdiff.core.similarity import LexicalSimilarity


def _members(sim: LexicalSimilarity) -> list[list[int]]:
    articles = sim.article_of
    return [[g for g, a in enumerate(articles) if a == k] for k in range(max(articles) + 1)]


def test_search_sums_are_the_overlap_sums_bit_for_bit() -> None:
    """Every article pair of the tripled seeds: the search's sums of its kept pairs, field by field, have the bytes
    of the overlap's (whose sums add the shared words in another order than the search's products come in)."""
    texts, articles = tripled_seed_sentences()
    sim = LexicalSimilarity(texts, articles=articles)
    members = _members(sim)
    pairs = 0
    for x, y in itertools.combinations(range(len(members)), 2):
        found = sim._candidate_arrays(members[x], members[y], similarity.CANDIDATES_PER_SENTENCE,
                                      similarity.CANDIDATE_MAX_WORK, True)  # fmt: skip
        assert found.sums is not None  # the seeds' article pairs take the dense path
        expected = sim._content_sums(found.left, found.right, sim.index.row_weights(found.left, found.right))
        for name in expected._fields:
            got, want = getattr(found.sums, name), getattr(expected, name)
            assert got.dtype == want.dtype and got.tobytes() == want.tobytes(), name
        pairs += len(found.left)
    assert pairs > 100


def test_bounded_or_unasked_searches_hand_no_sums() -> None:
    """A search whose work was bounded (some shared words left out of its products) or not asked for sums gives
    none: block scoring then lays the content words out itself."""
    texts, articles = tripled_seed_sentences()
    sim = LexicalSimilarity(texts, articles=articles)
    members = _members(sim)
    assert sim._candidate_arrays(members[0], members[1], 4, similarity.CANDIDATE_MAX_WORK).sums is None
    bounded = sim._candidate_arrays(members[0], members[1], 4, 10, True)
    assert bounded.sums is None and len(bounded.left)


@pytest.mark.parametrize("embeddings", [False, True])
def test_candidate_scores_alike_with_and_without_search_sums(monkeypatch: pytest.MonkeyPatch, embeddings: bool) -> None:
    """candidate_scores of every article pair of the tripled seeds, with the search's sums and without them: every
    array the same bytes."""
    texts, articles = tripled_seed_sentences()
    vectors = None
    if embeddings:
        model = semantic.encoder()
        assert model is not None
        vectors = model.embed(texts)
    runs = []
    for sums in (True, False):
        monkeypatch.setattr(candidate_search, "SEARCH_SUMS", sums)
        sim = LexicalSimilarity(texts, articles=articles, embeddings=vectors)
        members = _members(sim)
        runs.append([sim.candidate_scores(members[x], members[y])
                     for x, y in itertools.combinations(range(len(members)), 2)])  # fmt: skip
    for got, expected in zip(*runs, strict=True):
        assert got is not None and expected is not None
        for name in ("left", "right", "score", "bound", "containment", "anchor_absent", "semantic_relative"):
            a, b = getattr(got, name), getattr(expected, name)
            assert a.dtype == b.dtype and np.array_equal(a, b) and a.tobytes() == b.tobytes(), name
