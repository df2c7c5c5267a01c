"""Candidate search and similarity: reachability does not depend on how many articles are loaded."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportdiff.core import model as m
from reportdiff.core.compare import compare_files
from reportdiff.core.similarity import LexicalSimilarity

REUTERS = Path(__file__).resolve().parents[2] / "seeds" / "reuters-syria-airstrikes.txt"


def test_every_pair_sharing_a_word_is_a_candidate() -> None:
    """With room for every partner, the candidates are exactly the pairs sharing a content word."""
    left = ["Rebels held the city of Idlib.", "Warplanes struck a market.", "Nothing alike here."]
    right = ["The market in Idlib was hit.", "Rebels fled north.", "Talks resumed in Geneva."]
    sim = LexicalSimilarity(left + right)
    found = set(sim.candidates(range(3), range(3, 6), per_sentence=10))
    expected = {
        (i, j) for i in range(3) for j in range(3, 6) if sim.features[i].content & sim.features[j].content
    }
    assert found == expected == {(0, 3), (0, 4), (1, 3)}


def test_common_words_still_make_candidates_among_many_sentences() -> None:
    """A word found in every sentence of a large comparison still pairs the two sentences that share only it."""
    filler = [f"Officials in district {k} reported the flooding." for k in range(300)]
    texts = [*filler, "Flooding closed the bridge.", "The bridge reopened after flooding."]
    sim = LexicalSimilarity(texts)
    n = len(texts)
    assert (n - 2, n - 1) in set(sim.candidates([n - 2], [n - 1]))


def test_work_bound_drops_the_most_common_word_first() -> None:
    """Over the work bound, the word making the most products goes first; rarer shared words still pair."""
    left = ["storm storm alpha", "storm bravo", "storm charlie"]
    right = ["storm alpha", "storm delta", "storm echo"]
    sim = LexicalSimilarity(left + right)
    unbounded = set(sim.candidates(range(3), range(3, 6), per_sentence=10))
    bounded = set(sim.candidates(range(3), range(3, 6), per_sentence=10, max_work=2))
    assert len(unbounded) == 9  # "storm" pairs everything
    assert bounded == {(0, 3)}  # only "alpha" is left


@pytest.fixture(scope="module")
def wire_copies(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    folder = tmp_path_factory.mktemp("wire")
    text = REUTERS.read_text(encoding="utf-8")
    paths = []
    for k in range(20):
        path = folder / f"outlet{k:02d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def _pair_links(report: m.Report, a: int, b: int) -> set[tuple[int, int]]:
    found = set()
    for link in report.links:
        ends = {link.source.article: link.source.sentence, link.target.article: link.target.sentence}
        if set(ends) == {a, b}:
            found.add((ends[a], ends[b]))
    return found


def test_twenty_copies_of_one_wire_story_link_every_sentence_to_its_copies(wire_copies: list[Path]) -> None:
    """20 outlets running one wire story: every content sentence links to its copy in each other outlet, and a
    pair of outlets gets the same links among 20 as compared alone."""
    report = compare_files(wire_copies)
    content = [s.index for s in report.articles[0].sentences if s.status != m.BOILERPLATE]
    assert len(content) > 10
    for b in range(1, 20):
        links = _pair_links(report, 0, b)
        assert {(k, k) for k in content} <= links, f"outlet {b}"
    assert all(s.status != m.UNIQUE for a in report.articles for s in a.sentences)
    alone = compare_files(wire_copies[:2])
    assert _pair_links(alone, 0, 1) == _pair_links(report, 0, 1)
