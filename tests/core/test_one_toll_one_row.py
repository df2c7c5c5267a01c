"""One toll stated alike in other words is one fact: "three men killed", "Three killed as of Tuesday" and "three of
the men killed" are one row, not three (review-s27 finding 8, on a real tuning news cluster), while a single victim
("a man", "a teenager") never joins another by value alone; a magnitude "5.6" stated by five articles is one row,
and "Two members of the gang" joins "Two members arrested" when no other role is told of two members."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportdiff.core import model as m
from reportdiff.core.compare import compare_files
from reportdiff.core.facts import group_facts, role_of

EVAL = Path(__file__).resolve().parents[2].parent / "shared" / "eval"
CLUSTER = EVAL / "news-clusters" / "gva_595069"
GANG = [EVAL / "ecbplus" / "docs" / f"16_{k}ecb.txt" for k in range(1, 4)]  # ECB+ tuning topic 16
QUAKE = [EVAL / "ecbplus" / "docs" / f"20_{k}ecb.txt" for k in range(1, 6)]  # ECB+ tuning topic 20


@pytest.mark.skipif(not CLUSTER.is_dir(), reason="evaluation data (../shared/eval) absent")
def test_the_death_toll_of_three_is_one_fact() -> None:
    """Every "three killed" of the cluster's five articles stands in one fact, whatever noun it names."""
    paths = sorted(CLUSTER.glob("article_*.txt"), key=lambda p: int(p.stem.split("_")[1]))
    report = compare_files(paths)
    three = [f for f in report.figures if role_of(f) == "killed" and f.value == 3 and f.high is None]
    assert len({f.article for f in three}) >= 2
    facts = {report.fact_of_figure(f.index) for f in three}
    assert len(facts) == 1 and next(iter(facts)).status == m.AGREE


@pytest.mark.parametrize(
    ("first", "second", "one_fact"),
    [
        (("three", 3.0, "men killed"), ("Three", 3.0, "killed"), True),  # one toll, the men named or not
        (("two", 2.0, "women killed"), ("two", 2.0, "people killed"), True),
        (("a man", 1.0, "men killed"), ("a teenager", 1.0, "teenagers killed"), False),  # single victims: maybe two
        (("three", 3.0, "men killed"), ("three", 3.0, "men"), True),  # the one role the articles give three men
    ],
)
def test_equal_tolls_of_two_nouns(first: tuple[str, float, str], second: tuple[str, float, str],
                                  one_fact: bool) -> None:
    """Unaligned equal tolls of one role join whoever they name, above a single victim."""
    figures = [
        m.Figure(0, 0, 0, first[0], first[1], 0, len(first[0]), counts=first[2]),
        m.Figure(1, 1, 0, second[0], second[1], 0, len(second[0]), counts=second[2]),
    ]
    facts = group_facts(figures, lambda a, b: False)
    assert (len(facts) == 1) is one_fact


@pytest.mark.skipif(not all(p.is_file() for p in QUAKE), reason="evaluation data (../shared/eval) absent")
def test_a_decimal_stated_alike_is_one_fact() -> None:
    """The five articles' "5.6" (magnitude) are one fact, the fifth's "Earlier on Sunday a 5.6 quake jolted the
    island" linked to nothing included; a whole number alone ("10") still needs a link."""
    report = compare_files(QUAKE)
    facts = {report.fact_of_figure(f.index) for f in report.figures if f.value == 5.6}
    assert len(facts) == 1
    assert {report.figures[i].article for i in next(iter(facts)).figures} == {0, 1, 2, 3, 4}


def test_a_count_with_no_role_joins_only_the_one_role_told() -> None:
    """"three men" joins "three men killed" alone, but not when another article tells of three men arrested too."""
    figures = [
        m.Figure(0, 0, 0, "three", 3.0, 0, 5, counts="men"),
        m.Figure(1, 1, 0, "three", 3.0, 0, 5, counts="men killed"),
        m.Figure(2, 2, 0, "three", 3.0, 0, 5, counts="men arrested"),
    ]
    facts = group_facts(figures, lambda a, b: False)
    assert [f.figures for f in facts] == [(0,), (1,), (2,)]


@pytest.mark.skipif(not all(p.is_file() for p in GANG), reason="evaluation data (../shared/eval) absent")
def test_two_members_and_two_members_arrested_are_one_fact() -> None:
    """16_1 and 16_3 "Two members of the Avenues gang ..." and 16_2 "Two members ... arrested": one row of three."""
    report = compare_files(GANG)
    facts = {report.fact_of_figure(f.index) for f in report.figures if f.value == 2 and "members" in f.counts}
    assert len(facts) == 1
    assert {report.figures[i].article for i in next(iter(facts)).figures} == {0, 1, 2}
