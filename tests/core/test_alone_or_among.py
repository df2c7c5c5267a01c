"""A pair of articles gets the same links, with the same scores, compared alone, among 3 and among 20 (issue 11):
nothing of a pair's alignment may depend on the other articles loaded (word weights come from each article alone).
The order of the two (tests/core/test_either_order.py) may not matter either."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from pairlinks import pair_links  # tests/core/pairlinks.py

from reportdiff.core.compare import compare_files

ROOT = Path(__file__).resolve().parents[2]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
CLUSTERS = ROOT.parent / "shared" / "eval" / "news-clusters"


def _check_alone_and_among(first: Path, second: Path, others: list[Path]) -> list[tuple[int, int, float, str]]:
    """Compare the pair alone, among 3 and among 20 (``others`` fill the rest, the pair's order kept, the two placed
    apart); assert the pair's links are the same each time and return them."""
    alone = pair_links(compare_files([first, second]), 0, 1)
    among3 = [first, others[0], second]
    assert pair_links(compare_files(among3), 0, 2) == alone, "among 3"
    rest = others[1:19]
    among20 = [*rest[:5], first, *rest[5:12], second, *rest[12:]]
    assert len(among20) == 20
    assert pair_links(compare_files(among20), 5, 13) == alone, "among 20"
    return alone


def _generated(folder: Path, count: int) -> list[Path]:
    """``count`` reports written from the seeds' paragraphs: each a random choice of them, reordered, its numbers
    and some words changed (the same files for a given count)."""
    paragraphs = [p for path in SEEDS for p in path.read_text(encoding="utf-8").splitlines() if len(p.split()) > 4]
    swaps = {"rebels": "insurgents", "killed": "left dead", "city": "town", "strikes": "raids", "said": "stated"}
    paths = []
    for k in range(count):
        rng = random.Random(k)
        chosen = rng.sample(paragraphs, rng.randint(4, min(12, len(paragraphs))))
        text = []
        for p in chosen:
            p = re.sub(r"\d+", lambda match, r=rng: str(int(match.group()) + r.choice((0, 0, 1, 3))), p)
            for word, other in swaps.items():
                if rng.random() < 0.4:
                    p = p.replace(word, other)
            text.append(p)
        path = folder / f"generated{k:02d}.txt"
        path.write_text(f"Report {k} on the fighting\n\n" + "\n\n".join(text) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """22 reports written from the seeds' paragraphs (``_generated``), shared by this module's tests."""
    return _generated(tmp_path_factory.mktemp("generated"), 22)


def test_the_seeds_link_alike_alone_among_3_and_among_20(generated: list[Path]) -> None:
    """The two seed articles: the same links and scores alone, among 3 and among 20 (generated reports around)."""
    links = _check_alone_and_among(SEEDS[0], SEEDS[1], generated)
    assert len(links) >= 10  # the seeds share many statements: the check compares something


def test_generated_reports_link_alike_alone_among_3_and_among_20(generated: list[Path]) -> None:
    """Two pairs of generated reports (shared paragraphs, edited): the same links and scores however many others."""
    for first, second in ((0, 1), (2, 3)):
        others = [p for k, p in enumerate(generated) if k not in (first, second)]
        links = _check_alone_and_among(generated[first], generated[second], others)
        assert links, f"generated{first:02d} / generated{second:02d} share paragraphs: some link expected"


@pytest.mark.skipif(not CLUSTERS.is_dir(), reason="evaluation data (../shared/eval) absent")
def test_news_clusters_link_alike_alone_among_3_and_among_20() -> None:
    """Real reports (news clusters of the tuning split): each cluster's first two articles get the same links alone,
    among 3 and among 20 (the other clusters' articles around them)."""
    clusters = sorted(d for d in CLUSTERS.glob("gva_*") if d.is_dir() and int(d.name.split("_")[1]) < 600000)
    articles = {d: sorted(d.glob("article_*.txt")) for d in clusters}
    checked = 0
    for cluster in clusters[:4]:
        if len(articles[cluster]) < 2:
            continue
        others = [p for d in clusters if d != cluster for p in articles[d]]
        random.Random(cluster.name).shuffle(others)
        _check_alone_and_among(articles[cluster][0], articles[cluster][1], others)
        checked += 1
    assert checked >= 3
