"""Each article pair is weighed as if compared alone (issue 11, option (d)): in a model of many articles, a pair's
candidates, scores and features are, bit for bit, those of a model of its two articles only; two sentences of one
article seen from the pair (``LexicalSimilarity.between``, alignment's copy checks) too."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from seedtexts import tripled_seed_sentences  # tests/core/seedtexts.py

from reportdiff.core import semantic
from reportdiff.core.similarity import CandidateScores, LexicalSimilarity


def _articles() -> tuple[list[str], list[int]]:
    """The seeds loaded three times, each copy missing another third of its sentences (so every article's word
    frequencies differ, and a word's IDF over all of them differs from its IDF over any two)."""
    texts, articles = tripled_seed_sentences()
    kept = [(t, a) for k, (t, a) in enumerate(zip(texts, articles, strict=True)) if (k + a) % 3 != 0]
    return [t for t, _ in kept], [a for _, a in kept]


def _two(texts: list[str], articles: list[int], x: int, y: int, vectors: np.ndarray | None) -> tuple:
    """A model of articles x and y alone (numbered 0 and 1) and the global number of each of its sentences."""
    index = np.array([g for g, a in enumerate(articles) if a == x] + [g for g, a in enumerate(articles) if a == y])
    sub = LexicalSimilarity([texts[g] for g in index], None, None if vectors is None else vectors[index],
                            [0 if articles[g] == x else 1 for g in index])  # fmt: skip
    return sub, index


def _same(a: CandidateScores, b: CandidateScores, index: np.ndarray) -> None:
    """Two candidate searches equal bit for bit, ``b``'s sentence numbers mapped through ``index``."""
    assert a.left.tolist() == index[b.left].tolist() and a.right.tolist() == index[b.right].tolist()
    for name in ("score", "bound", "containment", "anchor_absent", "semantic_relative"):
        assert getattr(a, name).tobytes() == getattr(b, name).tobytes(), name


@pytest.mark.parametrize("embeddings", [False, True])
def test_every_article_pair_scores_as_its_two_articles_alone(embeddings: bool) -> None:
    """Six articles: each of the 15 article pairs' candidate search, scored in blocks running ahead over several
    pairs, equals the search of a model of the two articles only (mapped back), bit for bit."""
    texts, articles = _articles()
    vectors = None
    if embeddings:
        model = semantic.encoder()
        assert model is not None
        vectors = model.embed(texts)
    whole = LexicalSimilarity(texts, articles=articles, embeddings=vectors)
    members = [[g for g, a in enumerate(articles) if a == k] for k in range(max(articles) + 1)]
    total = 0
    for x, y in itertools.combinations(range(len(members)), 2):
        got = whole.between(x, y).candidate_scores(members[x], members[y])
        sub, index = _two(texts, articles, x, y, vectors)
        n = len(members[x])
        expected = sub.candidate_scores(list(range(n)), list(range(n, len(index))))
        assert got is not None and expected is not None
        _same(got, expected, index)
        total += len(got.left)
        # the pair-by-pair path and the block's features weigh alike
        some = list(zip(got.left.tolist()[:5], got.right.tolist()[:5], strict=True))
        local = {g: k for k, g in enumerate(index.tolist())}
        for i, j in some:
            assert whole.pair_features(i, j) == sub.pair_features(local[i], local[j])
            assert whole.article_share(i, j) == sub.article_share(local[i], local[j])
    assert total > 300  # the articles share many statements: the check compares something


def test_two_sentences_of_one_article_are_weighed_by_the_pair_being_aligned() -> None:
    """A copy check (two sentences of article x while aligning x with y) scores as in a model of x and y alone;
    without the pair, as in a model of x alone."""
    texts, articles = _articles()
    whole = LexicalSimilarity(texts, articles=articles)
    x, y = 0, 3
    first = [g for g, a in enumerate(articles) if a == x]
    sub, index = _two(texts, articles, x, y, None)
    alone = LexicalSimilarity([texts[g] for g in first], articles=[0] * len(first))
    local = {g: k for k, g in enumerate(index.tolist())}
    differ = 0
    for i, j in itertools.combinations(first[:12], 2):
        seen = whole.between(x, y)
        assert seen.score(i, j) == sub.between(0, 1).score(local[i], local[j])
        assert seen.containment(i, j) == sub.between(0, 1).containment(local[i], local[j])
        assert whole.score(i, j) == alone.score(first.index(i), first.index(j))
        differ += whole.score(i, j) != seen.score(i, j)
    assert differ  # the two weightings do differ: the check can tell them apart
