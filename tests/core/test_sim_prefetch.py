"""Candidate searches scored ahead (similarity.PREFETCH_ROWS: several article pairs in one block) give each article
pair exactly, bit for bit, what scoring that pair alone gives, whatever order the pairs are asked in."""

from __future__ import annotations

import itertools
import random

import numpy as np
import pytest
from seedtexts import tripled_seed_sentences  # tests/core/seedtexts.py

from reportdiff.core import semantic, similarity
from reportdiff.core.align import align_pair
from reportdiff.core.similarity import CandidateScores, LexicalSimilarity


def _same(a: CandidateScores, b: CandidateScores) -> None:
    """Every field of two CandidateScores equal bit for bit (same dtype, shape and bytes)."""
    for name in ("left", "right", "score", "bound", "containment", "anchor_absent", "semantic_relative"):
        x, y = getattr(a, name), getattr(b, name)
        assert x.dtype == y.dtype and x.shape == y.shape, name
        assert x.tobytes() == y.tobytes(), name


def _sims(monkeypatch: pytest.MonkeyPatch, embeddings: bool, rows: int) -> tuple[LexicalSimilarity, ...]:
    """The tripled seeds twice: one backend scoring ahead in blocks of ``rows``, one scoring a pair at a time."""
    texts, articles = tripled_seed_sentences()
    vectors = None
    if embeddings:
        model = semantic.encoder()
        assert model is not None
        vectors = model.embed(texts)
    monkeypatch.setattr(similarity, "PREFETCH_ROWS", rows)
    ahead = LexicalSimilarity(texts, articles=articles, embeddings=vectors)
    alone = LexicalSimilarity(texts, articles=articles, embeddings=vectors)
    return ahead, alone


def _members(sim: LexicalSimilarity) -> list[list[int]]:
    articles = sim.article_of
    return [[g for g, a in enumerate(articles) if a == k] for k in range(max(articles) + 1)]


@pytest.mark.parametrize("rows", [1, 50, 4096, 1 << 30])
@pytest.mark.parametrize("embeddings", [False, True])
def test_scored_ahead_equals_one_pair_at_a_time(monkeypatch: pytest.MonkeyPatch, embeddings: bool, rows: int) -> None:
    """Every article pair of the tripled seeds, asked in combinations order (as compare does): the same arrays as
    with PREFETCH_ROWS 0, for blocks of one pair, a few pairs, and all pairs at once."""
    ahead, alone = _sims(monkeypatch, embeddings, rows)
    members = _members(ahead)
    total = 0
    for x, y in itertools.combinations(range(len(members)), 2):
        got = ahead.candidate_scores(members[x], members[y])
        monkeypatch.setattr(similarity, "PREFETCH_ROWS", 0)
        expected = alone.candidate_scores(members[x], members[y])
        monkeypatch.setattr(similarity, "PREFETCH_ROWS", rows)
        assert got is not None and expected is not None
        _same(got, expected)
        total += len(got.left)
    assert total > 100
    assert not ahead._ahead  # every pair run ahead was asked for


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_pairs_asked_out_of_order_get_the_same(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    """Pairs asked in a shuffled order, some twice, some reversed or as parts of articles: each answer equals the
    one-pair-at-a-time answer (what was run ahead is dropped when another pair is asked)."""
    ahead, alone = _sims(monkeypatch, True, 60)
    members = _members(ahead)
    asks = [(members[x], members[y]) for x, y in itertools.combinations(range(len(members)), 2)]
    asks += [(members[y], members[x]) for x, y in itertools.combinations(range(len(members)), 2)][:4]
    asks += [(members[0][1:], members[3]), (members[1], members[4][:-2]), (members[2][:3], members[5][2:7])]
    random.Random(seed).shuffle(asks)
    asks += asks[:5]
    for left, right in asks:
        got = ahead.candidate_scores(left, right)
        monkeypatch.setattr(similarity, "PREFETCH_ROWS", 0)
        expected = alone.candidate_scores(left, right)
        monkeypatch.setattr(similarity, "PREFETCH_ROWS", 60)
        assert got is not None and expected is not None
        _same(got, expected)


def test_links_the_same_with_and_without_scoring_ahead(monkeypatch: pytest.MonkeyPatch) -> None:
    """align_pair over every article pair: the same matches (and the same scores) scored ahead or not."""
    ahead, alone = _sims(monkeypatch, True, 4096)
    members = _members(ahead)
    pairs = list(itertools.combinations(range(len(members)), 2))
    got = [align_pair(ahead, members[x], members[y]) for x, y in pairs]
    monkeypatch.setattr(similarity, "PREFETCH_ROWS", 0)
    expected = [align_pair(alone, members[x], members[y]) for x, y in pairs]
    assert got == expected
    assert sum(map(len, got)) > 20


def test_articles_without_sentences_are_passed_over(monkeypatch: pytest.MonkeyPatch) -> None:
    """Article numbers with no sentence (all furniture) between others: scoring ahead skips them, empty searches
    give empty arrays, and the pairs around them get their own candidates."""
    monkeypatch.setattr(similarity, "PREFETCH_ROWS", 1 << 20)
    texts = ["Warplanes struck Idlib on Tuesday.", "Warplanes hit Idlib on Tuesday.", "Talks resumed in Geneva."]
    sim = LexicalSimilarity(texts, articles=[0, 2, 4])
    first = sim.candidate_scores([0], [1])
    assert first is not None and list(zip(first.left, first.right, strict=True)) == [(0, 1)]
    assert first.score[0] > 0.3
    assert (2, 4, 4, similarity.CANDIDATE_MAX_WORK, None) in sim._ahead  # run ahead past the empty articles
    last = sim.candidate_scores([1], [2])
    assert last is not None and len(last.left) == 0 and last.score.dtype == np.float64
