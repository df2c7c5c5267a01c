"""A fact's label and note are the same whichever order the files are given: read from its figures in a canonical
order (the value most articles state, then the wording), never from the first article met (review-s20 finding 5:
"killed" vs "killed (at least seven)", "'8-year-old' and '8'" vs "'8' and '8-year-old'")."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportdiff.core.compare import compare_files
from reportdiff.core.facts import canonical, label_of
from reportdiff.core.model import Figure

REPO = Path(__file__).resolve().parents[2]
CLUSTERS = REPO.parent / "shared" / "eval" / "news-clusters"
TUNE_BELOW = 600_000  # incident ids below this are the tuning split


def _facts(paths: list[str]) -> dict[frozenset[tuple[str, int, int]], tuple[str, str, str]]:
    """Each fact of comparing ``paths``, by its figures (file, sentence, offset): (status, label, note)."""
    report = compare_files(paths)
    where = {f.index: (report.articles[f.article].path, f.sentence, f.start) for f in report.figures}
    return {frozenset(where[i] for i in fact.figures): (fact.status, fact.label, fact.note) for fact in report.facts}


def _same_either_way(paths: list[str]) -> int:
    forward, backward = _facts(paths), _facts(paths[::-1])
    assert forward == backward
    return len(forward)


def test_seed_facts_read_the_same_in_either_order() -> None:
    """The two seed reports, given A B and B A: the same facts with the same statuses, labels and notes."""
    seeds = sorted(str(p) for p in (REPO / "seeds").glob("*.txt"))
    assert len(seeds) == 2
    assert _same_either_way(seeds) > 5


@pytest.mark.skipif(not CLUSTERS.is_dir(), reason="news-clusters evaluation data absent")
def test_cluster_facts_read_the_same_in_either_order() -> None:
    """Every tuning news cluster (incident id < 600000), its files forward and reversed, and each of its first
    two files alone in both orders: the same facts, labels and notes."""
    clusters = [d for d in sorted(CLUSTERS.glob("gva_*")) if int(d.name.split("_")[1]) < TUNE_BELOW]
    assert clusters
    facts = 0
    for cluster in clusters:
        paths = sorted(str(p) for p in cluster.glob("article_*.txt"))
        facts += _same_either_way(paths)
        facts += _same_either_way(paths[:2])
    assert facts > 100


def test_canonical_order_does_not_depend_on_the_articles_order() -> None:
    """canonical (the order a fact's label and note read its figures) does not depend on the order the figures
    come in: the value more articles state leads, then the wording; label_of reads it."""
    seven = Figure(0, 0, 0, "seven", 7.0, 0, 5, "at least", "killed")
    seven_again = Figure(1, 2, 0, "7", 7.0, 0, 1, "", "people killed")
    nine = Figure(2, 1, 0, "9", 9.0, 0, 1, "", "people killed")
    for members in ([seven, seven_again, nine], [nine, seven_again, seven], [seven_again, nine, seven]):
        assert canonical(members) == [seven_again, seven, nine]
        assert label_of(canonical(members)) == "people killed"
    upper = Figure(0, 0, 0, "Three", 3.0, 0, 5, "", "people")
    lower = Figure(1, 1, 0, "three", 3.0, 0, 5, "", "people")
    assert canonical([upper, lower]) == canonical([lower, upper]) == [lower, upper]
