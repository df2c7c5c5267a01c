"""A link's kind and flags come from its own two sentences: the same alone, among 3 and among 20 articles.

A figure conflict on a link is decided from the two linked sentences' figures (which figure answers which: counted
noun and role, equal and compatible values first, then the one figure left on each side or the figures at one
place of the word diff), never from facts grouped over every article loaded; two sentences with the same words never
conflict; and a fact never chains one article's distinct figures together through other articles.
"""

from __future__ import annotations

import functools
import json
import random
import re
from pathlib import Path

import pytest

from reportdiff.core import model as m
from reportdiff.core.compare import compare
from reportdiff.core.facts import facts_and_clashes, group_facts
from reportdiff.core.linkflags import describe_link, figure_regions
from reportdiff.core.load import LoadedArticle, load_article
from reportdiff.core.model import CONFLICT, Figure, SentenceRef
from reportdiff.core.worddiff import word_diff

REPO = Path(__file__).resolve().parents[2]
ECB = REPO.parent / "shared" / "eval" / "ecbplus"

# One sentence two outlets print word for word: two players' points in it.
SAME = "Will Artino scored 14 points off the bench and Gregory Echenique had 11 points for Creighton."
A = "Creighton beat Drake on Friday night in the quarterfinals. " + SAME + " The Bluejays play again on Saturday."
B = "The Bluejays won their quarterfinal against Drake. " + SAME + " Fans cheered in the arena."
# A third outlet gives one of the players another count, in a sentence linked to both.
C = (
    "Drake lost to Creighton in the conference tournament. Will Artino scored 12 points off the bench for "
    "Creighton in the win. The coach praised the defence."
)


def _article(name: str, text: str) -> LoadedArticle:
    return LoadedArticle(path=f"{name}.txt", text=text, title="", source=name, encoding="utf-8",
                         paragraphs=((0, len(text)),))  # fmt: skip


def _generated(k: int) -> LoadedArticle:
    """A made-up box-score report: the same players and teams, other counts (distinct per ``k``)."""
    rng = random.Random(k)
    a, b, c, d = (rng.randint(2, 40) for _ in range(4))
    text = (
        f"Creighton played Drake in game {k} of the season. Will Artino scored {a} points off the bench and "
        f"Gregory Echenique had {b} points for Creighton. Doug McDermott added {c} points and {d} rebounds. "
        "The Bluejays play again next week."
    )
    return _article(f"gen{k}", text)


def _renumbered(article: LoadedArticle, k: int) -> LoadedArticle:
    """A seed article with every number replaced by another: an outlet that got every figure different."""
    rng = random.Random(k)
    text = re.sub(r"\b\d+\b", lambda _m: str(rng.randint(2, 90)), article.text)
    return _article(f"renumbered{k}", text)


Kinds = dict[tuple[int, int], tuple[str, tuple[str, ...], tuple[str, ...]]]


def _pair_links(report: m.Report, a: int, b: int) -> Kinds:
    """The links between articles ``a`` and ``b``: (sentence in a, sentence in b) -> (kind, flags, notes)."""
    out = {}
    for link in report.links:
        ends = {link.source.article: link.source.sentence, link.target.article: link.target.sentence}
        if set(ends) == {a, b}:
            out[(ends[a], ends[b])] = (link.kind, link.flags, link.notes)
    return out


def _kinds_alone_and_among(first: LoadedArticle, second: LoadedArticle, others: list[LoadedArticle]) -> None:
    """Every link between ``first`` and ``second`` has the same kind, flags and notes alone, among 3 (the first
    other) and among 20 (the two at other places among the others), wherever the link exists in both."""
    alone = _pair_links(compare([first, second]), 0, 1)
    assert alone
    three = [first, others[0], second]
    twenty = [*others[:6], first, *others[6:13], second, *others[13:18]]
    assert len(twenty) == 20
    for articles in (three, twenty):
        among = _pair_links(compare(articles), articles.index(first), articles.index(second))
        common = alone.keys() & among.keys()
        assert common
        assert {k: among[k] for k in common} == {k: alone[k] for k in common}


def test_identical_sentences_never_conflict_among_others() -> None:
    """Two outlets print one sentence word for word (14 and 11 points): their link is an agreement alone and
    still an agreement when a third outlet gives one player 12 points in a sentence linked to both."""
    report = compare([_article("A", A), _article("B", B), _article("C", C)])
    same = [link for link in report.links if report.sentence(link.source).text == report.sentence(link.target).text]
    assert len(same) == 1
    assert same[0].kind == m.AGREEMENT and not same[0].flags
    # The third outlet does conflict with each of the two, on the one player's points only.
    for a in (0, 1):
        notes = [n for (_s, _t), (_k, _f, ns) in _pair_links(report, a, 2).items() for n in ns]
        assert notes == ["figure conflicts: 14 vs 12 (14 points)"]


def test_kinds_alone_among_3_and_among_20() -> None:
    """A pair's links keep their kinds, flags and notes among 3 and among 20 articles: the two box-score
    reports among made-up ones with every count different, and the two seed articles among renumbered copies."""
    _kinds_alone_and_among(_article("A", A), _article("B", B), [_article("C", C), *(_generated(k) for k in range(17))])
    seeds = [load_article(p) for p in sorted((REPO / "seeds").glob("*.txt"))]
    _kinds_alone_and_among(seeds[0], seeds[1], [_renumbered(seeds[k % 2], k) for k in range(18)])


def test_no_word_differs_no_figure_conflict() -> None:
    """Conflict notes handed in for two sentences with the same words are dropped: an agreement, no flag."""
    diff = word_diff(SAME, SAME)
    notes = ("figure conflicts: 14 vs 11 (points)",)
    assert describe_link(diff, notes, ()) == (m.AGREEMENT, (), ())
    assert describe_link(diff, notes, (), share=1.0) == (m.AGREEMENT, (), ())


def test_figure_regions_pair_the_figures_at_one_place_of_the_diff() -> None:
    """14 is replaced by 12 alone in one changed stretch of the diff: they pair; 11 lies among other changed words
    and is left out; where the diff replaces "14 points and Echenique had 11" by "12", which answers which is
    unknown: none pairs; a figure in unchanged words has no stretch."""

    def spots(text: str, numbers: list[str], first: int) -> list[tuple[int, int, int]]:
        return [(first + k, text.index(n), text.index(n) + len(n)) for k, n in enumerate(numbers)]

    first = SAME
    second = "Will Artino scored 12 points off the bench for Creighton in the win."
    where = figure_regions(word_diff(first, second), spots(first, ["14", "11"], 0), spots(second, ["12"], 2))
    assert where[0] == where[2] and 1 not in where
    first = "Artino scored 14 points and Echenique had 11 points on Friday."
    second = "Artino scored 12 points on Friday."
    where = figure_regions(word_diff(first, second), spots(first, ["14", "11"], 0), spots(second, ["12"], 2))
    assert 0 not in where and 1 not in where
    assert figure_regions(word_diff(first, first), spots(first, ["14", "11"], 0), spots(first, ["14", "11"], 2)) == {}


def _fig(i: int, article: int, sentence: int, value: float, counts: str = "points") -> Figure:
    return Figure(i, article, sentence, str(int(value)), value, 0, 2, "", counts)


def test_fact_never_chains_one_articles_figures() -> None:
    """Article 0 says 14 points in one sentence and 11 in another; articles 1 and 2 each say 12, one linked to
    each: the two links clash, but no conflict fact holds both of article 0's counts."""
    figures = [_fig(0, 0, 0, 14), _fig(1, 0, 1, 11), _fig(2, 1, 0, 12), _fig(3, 2, 0, 12)]
    pairs = [((0, 0), (1, 0)), ((0, 1), (2, 0))]
    facts, clashes = facts_and_clashes(figures, lambda a, b: False, pairs=pairs)
    assert clashes == {((0, 0), (1, 0)): [(0, 2)], ((0, 1), (2, 0)): [(1, 3)]}
    for fact in facts:
        if fact.status == CONFLICT:
            assert {0, 1} - set(fact.figures), fact


def test_ambiguous_figures_do_not_clash_without_the_diff() -> None:
    """Two counts of points in one sentence, one in the linked sentence, no word diff to say which answers which:
    no clash, and the identical sentences' counts agree (14 with 14, 11 with 11)."""
    figures = [_fig(0, 0, 0, 14), _fig(1, 0, 0, 11), _fig(2, 1, 0, 14), _fig(3, 1, 0, 11), _fig(4, 2, 0, 12)]
    links = {frozenset(p) for p in (((0, 0), (1, 0)), ((0, 0), (2, 0)), ((1, 0), (2, 0)))}

    def linked(a: SentenceRef, b: SentenceRef) -> bool:
        return frozenset(((a.article, a.sentence), (b.article, b.sentence))) in links

    facts = group_facts(figures, linked)
    assert sorted((f.status, f.figures) for f in facts) == [("agree", (0, 2)), ("agree", (1, 3)),
                                                            ("single_source", (4,))]  # fmt: skip


@functools.cache
def _ecb(comparison: str) -> list[str]:
    gold = json.loads((ECB / "gold.json").read_text(encoding="utf-8"))
    (found,) = [c for c in gold["comparisons"] + gold["decoy_comparisons"] if c["id"] == comparison]
    assert found["topic"] <= 35  # tuning topics only
    return [str(ECB / "docs" / f"{doc}.txt") for doc in found["docs"]]


@functools.cache
def _ecb_report(comparison: str) -> m.Report:
    return compare([load_article(p) for p in _ecb(comparison)])


needs_ecb = pytest.mark.skipif(not (ECB / "gold.json").is_file(), reason="ECB+ evaluation data absent")


@needs_ecb
@pytest.mark.parametrize("comparison", ["9ecbplus", "12ecb", "29ecbplus", "31ecbplus"])  # ECB+ tuning topics
def test_ecb_identical_sentences_never_conflict(comparison: str) -> None:
    """Real reports (ECB+ tuning topics, several outlets each): no link between word-identical sentences is
    flagged a figure conflict (main flagged 8 of 865 such links, e.g. "150 vs 13" nautical miles)."""
    report = _ecb_report(comparison)
    same = [link for link in report.links if report.sentence(link.source).text == report.sentence(link.target).text]
    assert same
    assert [link.notes for link in same if m.FIGURE_CONFLICT in link.flags] == []


@needs_ecb
@pytest.mark.parametrize(
    ("comparison", "a", "b"),
    [
        # pairs whose links changed kind inside their group on main (review-s19 finding 5), ECB+ tuning topics
        ("4ecbplus", 1, 3), ("10ecb", 1, 4), ("12ecbplus", 1, 5), ("29ecbplus", 1, 11), ("29ecbplus", 2, 11),
        ("30ecb", 5, 6), ("31ecbplus", 4, 5), ("31ecbplus", 5, 9), ("10mixed", 2, 4),
    ],
)  # fmt: skip
def test_ecb_pairs_keep_their_kinds_in_their_group(comparison: str, a: int, b: int) -> None:
    """A pair of real reports compared alone and inside its whole ECB+ comparison: every link present in both has
    the same kind, flags and notes."""
    paths = _ecb(comparison)
    alone = _pair_links(compare([load_article(paths[a]), load_article(paths[b])]), 0, 1)
    among = _pair_links(_ecb_report(comparison), a, b)
    common = alone.keys() & among.keys()
    assert common
    assert {k: among[k] for k in common} == {k: alone[k] for k in common}
