"""align_pair over arrays (a backend scoring whole candidate searches: ``candidate_scores``) links exactly what
the loop over candidate pairs links, on the seeds, tripled seeds (ties everywhere), and the tuning news clusters."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from seedtexts import tripled_seed_sentences  # tests/core/seedtexts.py

from reportdiff.core import align, similarity
from reportdiff.core.align import AlignSettings, align_pair
from reportdiff.core.compare import compare_files
from reportdiff.core.similarity import LexicalSimilarity

REPO = Path(__file__).resolve().parents[2]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
CLUSTERS = REPO.parent / "shared" / "eval" / "news-clusters"


class PairByPair:
    """The same backend without ``candidate_scores``: align_pair then takes its loop over candidate pairs."""

    def __init__(self, sim: LexicalSimilarity) -> None:
        self._sim = sim

    def __getattr__(self, name: str) -> object:
        if name == "candidate_scores":
            raise AttributeError(name)
        return getattr(self._sim, name)


def _both(sim: LexicalSimilarity, left: list[int], right: list[int], settings: AlignSettings) -> list[align.Match]:
    arrays = align_pair(sim, left, right, settings)
    loop = align_pair(PairByPair(sim), left, right, settings)  # type: ignore[arg-type]
    assert arrays == loop
    return arrays


# Knob sets that move every rule: today's; a low threshold (weak pairs, many carriers); a high one; carriers
# between any articles; no weak-pair or news-of-one rule; a strict best ratio; loose mutual partners under a tight rank
# cap, the across-events rule for most article pairs; no mutual rule, rank cap or across-events rule.
SETTINGS = [
    AlignSettings(),
    AlignSettings(link_threshold=0.1, carrier_share_floor=0.0),
    AlignSettings(link_threshold=0.6, contained_threshold=0.2),
    AlignSettings(weak_score=0.0, absent_share=2.0, semantic_ratio=0.0),
    AlignSettings(best_ratio=1.0, weak_other_ratio=0.9, absent_share=0.3, semantic_ratio=0.8),
    AlignSettings(mutual_ratio=0.3, mutual_rank=2, max_rank=2, across_share=0.5),
    AlignSettings(mutual_ratio=2.0, max_rank=0, across_share=0.0),
]


@pytest.mark.parametrize("settings", SETTINGS)
@pytest.mark.parametrize("with_embeddings", [False, True])
def test_array_path_links_what_the_loop_links_on_tripled_seeds(settings: AlignSettings, with_embeddings: bool) -> None:
    """Three copies of each seed (every sentence has tied partners; copies make carrier copy checks): the array
    path and the loop give the same matches, in the same order, for every knob set, with and without embeddings."""
    from reportdiff.core import semantic

    texts, articles = tripled_seed_sentences()
    embeddings = None
    if with_embeddings:
        model = semantic.encoder()
        assert model is not None
        embeddings = model.embed(texts)
    sim = LexicalSimilarity(texts, articles=articles, embeddings=embeddings)
    members = [[g for g, a in enumerate(articles) if a == k] for k in range(len(SEEDS) * 3)]
    found = [_both(sim, members[x], members[y], settings) for x, y in itertools.combinations(range(len(members)), 2)]
    assert sum(map(len, found)) > 20


def _clusters() -> list[list[Path]]:
    cases = [SEEDS]
    if CLUSTERS.is_dir():
        for cluster in sorted(p for p in CLUSTERS.iterdir() if p.is_dir() and p.name.startswith("gva_")):
            if int(cluster.name.split("_")[1]) < 600_000:  # tuning clusters only
                cases.append(sorted(cluster.glob("article_*.txt")))
    return cases


def test_array_path_links_what_the_loop_links_on_news(monkeypatch: pytest.MonkeyPatch) -> None:
    """The seeds and every tuning news cluster (skipped without ../shared/eval), whole comparisons: every article
    pair aligned both ways gives the same matches."""
    from reportdiff.core import compare

    calls = []

    def checked(sim: LexicalSimilarity, left: list[int], right: list[int], settings: AlignSettings) -> list:
        calls.append(len(left))
        return _both(sim, left, right, settings)

    monkeypatch.setattr(compare, "align_pair", checked)
    cases = _clusters()
    for files in cases:
        compare_files(files)
    assert len(calls) >= len(cases)  # the seeds alone without ../shared/eval: one article pair


def test_candidate_scores_step_aside_for_the_reference_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """With BLOCK_SCORING off the backend returns no block, so align_pair scores pair by pair (the reference)."""
    sim = LexicalSimilarity(["Warplanes struck Idlib.", "Warplanes struck Idlib again."], articles=[0, 1])
    assert sim.candidate_scores([0], [1]) is not None
    monkeypatch.setattr(similarity, "BLOCK_SCORING", False)
    assert sim.candidate_scores([0], [1]) is None
    assert [(m.left, m.right) for m in align_pair(sim, [0], [1])] == [(0, 1)]
