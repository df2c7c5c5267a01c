"""Tree margins with steady columns (TreeEnsemble.margin_columns' ``steady``: an article pair's features, looked up
once per run of rows) equal the margins looked up row by row, bit for bit."""

from __future__ import annotations

import itertools

import numpy as np
from seedtexts import tripled_seed_sentences  # tests/core/seedtexts.py

from reportdiff.core import semantic, similarity, trees
from reportdiff.core.similarity import FEATURE_NAMES, LexicalSimilarity


def _columns(rows: np.ndarray) -> list[np.ndarray]:
    return [np.ascontiguousarray(rows[:, k]) for k in range(rows.shape[1])]


def test_steady_margins_of_the_seeds_feature_rows() -> None:
    """The candidate pairs of every article pair of the tripled seeds, one article pair after another (as a block
    scores them): their margins with the article-pair columns steady are those of ``margin``, and the steady path
    was taken (fewer runs than STEADY_RUNS per column)."""
    texts, articles = tripled_seed_sentences()
    model = semantic.encoder()
    assert model is not None
    sim = LexicalSimilarity(texts, articles=articles, embeddings=model.embed(texts))
    members = [[g for g, a in enumerate(sim.article_of) if a == k] for k in range(max(sim.article_of) + 1)]
    lefts, rights = [], []
    for x, y in itertools.combinations(range(len(members)), 2):
        found = sim._candidate_arrays(members[x], members[y], 4, similarity.CANDIDATE_MAX_WORK)
        lefts.append(found.left)
        rights.append(found.right)
    rows = sim.pair_features_block(np.concatenate(lefts), np.concatenate(rights))
    ensemble = sim.model
    assert isinstance(ensemble, trees.TreeEnsemble)
    for column in similarity.STEADY_COLUMNS:
        runs = 1 + int(np.count_nonzero(rows[1:, column] != rows[:-1, column]))
        assert 1 < runs < trees.STEADY_RUNS, FEATURE_NAMES[column]
    got = ensemble.margin_columns(_columns(rows), len(rows), similarity.STEADY_COLUMNS)
    assert got.tobytes() == ensemble.margin(rows).tobytes()


def test_steady_runs_straddling_thresholds_and_too_many_runs() -> None:
    """Random rows whose steady columns hold runs of values on both sides of the trees' thresholds (a NaN run
    among them), and a column of more runs than STEADY_RUNS (the row-by-row path): the same margins."""
    ensemble = similarity.MODELS["same_statement"]
    assert isinstance(ensemble, trees.TreeEnsemble)
    rng = np.random.default_rng(3)
    n = 500
    rows = rng.random((n, len(FEATURE_NAMES)))
    bounds = [0, 40, 41, 200, 333, n]
    steady = sorted(similarity.STEADY_COLUMNS)
    for column in steady[:-1]:
        for start, end in itertools.pairwise(bounds):
            rows[start:end, column] = rng.random()
    rows[41:200, steady[0]] = np.nan
    runs = np.repeat(rng.random(trees.STEADY_RUNS + 5), n // (trees.STEADY_RUNS + 5) + 1)[:n]
    rows[:, steady[-1]] = runs
    got = ensemble.margin_columns(_columns(rows), n, set(steady))
    expected = ensemble.margin(rows)
    assert got.tobytes() == expected.tobytes()
    # the runs matter: margins differ between runs (a lookup of the wrong run would show)
    assert len(np.unique(expected[:40])) < len(np.unique(expected))
