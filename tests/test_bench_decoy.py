"""bench/decoy_columns.py and bench/decoy_screen.py (issue 11's entity-clash screens, session 32), on invented
articles and blocks (the benches themselves read the evaluation data, which tests must not need)."""

from __future__ import annotations

import dataclasses
import sys

import numpy as np

from reportdiff.core.similarity import FEATURE_NAMES, MODEL_FILE, LexicalSimilarity

sys.path.insert(0, str(MODEL_FILE.parents[1] / "bench"))
try:
    import decoy_columns
    import decoy_screen
    import ecbplus
finally:
    sys.path.pop(0)

# Two deals of one kind, each article's subject the first word of its sentences.
ORACLE = ["Oracle completes its PeopleSoft acquisition after a long fight.", "Oracle said the deal closed on Friday."]
NVIDIA = ["Nvidia completes its acquisition of Mellanox after a long fight.", "Nvidia said the deal closed on Monday."]


def _model(first: list[str], second: list[str]) -> LexicalSimilarity:
    texts, articles = first + second, [0] * len(first) + [1] * len(second)
    sim = LexicalSimilarity(texts, None, None, articles)
    sim.bench_inputs = (texts, [None] * len(texts), None, articles)  # as ecbplus.py's recording() keeps them
    return sim


def test_sentence_initial_subjects_read_as_names_the_other_article_lacks() -> None:
    """The subjects "Oracle" and "Nvidia" open every sentence, so the engine never calls them names; the absence
    columns see both as names absent from the other article, and the slot columns see them substituted."""
    sim = _model(ORACLE, NVIDIA)
    names, rows = decoy_columns.absence(sim, np.array([1]), np.array([3]))
    row = dict(zip(names, rows[0].tolist(), strict=True))
    assert row["nm_lead_clash"] == 1.0 and row["nm_absent_min"] == 1.0
    assert "oracl" not in sim.features[1].entities  # what the engine reads: no name in "Oracle said the deal ..."
    names, rows = decoy_columns.slots(sim, np.array([1]), np.array([3]))
    assert dict(zip(names, rows[0].tolist(), strict=True))["slot_any"] == 1.0


def test_one_subject_in_both_articles_is_no_clash() -> None:
    """Two outlets on Oracle's deal: no lead clash, the most-named name fills the other article."""
    sim = _model(ORACLE, ["Oracle closed its purchase of PeopleSoft on Friday.", "Oracle paid $10.3 billion."])
    names, rows = decoy_columns.absence(sim, np.array([0]), np.array([2]))
    assert dict(zip(names, rows[0].tolist(), strict=True))["nm_lead_clash"] == 0.0
    names, rows = decoy_columns.salience(sim, np.array([0]), np.array([2]))
    assert dict(zip(names, rows[0].tolist(), strict=True))["top_other_min"] == 1.0


def test_keep_columns_zeroes_the_others() -> None:
    """A variant keeps its extra columns and the engine's, but for those it drops; the runs given stay as they
    were."""
    width = len(FEATURE_NAMES) + 2
    features = np.arange(2 * width, dtype=float).reshape(2, width) + 1.0
    block = ecbplus.Block([0], [1], np.array([0, 0]), np.array([1, 1]), features, *np.ones((3, 2), dtype=bool))
    run = ecbplus.OofRun("decoy", 1, [], {}, {}, [block])
    kept = decoy_screen.keep_columns([run], ["a", "b"], ["b"], ["cosine"])[0].blocks[0].features
    assert (kept[:, len(FEATURE_NAMES)] == 0).all() and (kept[:, -1] == features[:, -1]).all()
    assert (kept[:, FEATURE_NAMES.index("cosine")] == 0).all()
    assert (kept[:, 1 : len(FEATURE_NAMES)] == features[:, 1 : len(FEATURE_NAMES)]).all()
    assert dataclasses.replace(block).features is features and features.min() > 0
