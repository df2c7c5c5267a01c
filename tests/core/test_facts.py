"""Facts: figures across articles grouped as agree / conflict / single source."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from reportdiff.core.facts import group_facts
from reportdiff.core.model import AGREE, COMPATIBLE, CONFLICT, SINGLE_SOURCE, Figure, SentenceRef

# A figure spec: (article, sentence, text, value, qualifier, counts, unit, high[, scope]).
Spec = tuple[Any, ...]


def figs(*specs: Spec) -> list[Figure]:
    return [Figure(i, *spec[:2], spec[2], spec[3], 0, len(spec[2]), *spec[4:]) for i, spec in enumerate(specs)]


def linker(*pairs: tuple[tuple[int, int], tuple[int, int]]) -> Callable[[SentenceRef, SentenceRef], bool]:
    links = {frozenset(p) for p in pairs}
    return lambda a, b: frozenset(((a.article, a.sentence), (b.article, b.sentence))) in links


# Each case: figures, links between (article, sentence) pairs, expected facts as (status, label, figure indexes).
CASES = [
    # same count, unaligned sentences: the noun+role is specific enough to join them
    (figs((0, 0, "25", 25, "", "people killed", "", None), (1, 3, "25", 25, "", "killed", "", None)),
     [], [(AGREE, "people killed", (0, 1))]),
    # 25 vs 31 killed in aligned sentences: a conflict
    (figs((0, 0, "25", 25, "", "people killed", "", None), (1, 0, "31", 31, "", "people killed", "", None)),
     [((0, 0), (1, 0))], [(CONFLICT, "people killed", (0, 1))]),
    # "at least 25" vs "at least 31": both can be true (an early and a later toll): compatible, not a conflict
    (figs((0, 0, "25", 25, "at least", "people killed", "", None),
          (1, 4, "31", 31, "at least", "people killed", "", None)),
     [], [(COMPATIBLE, "people killed", (0, 1))]),
    # "at least 25" vs "25": same count, different hedging - agree
    (figs((0, 0, "25", 25, "at least", "people killed", "", None), (1, 0, "25", 25, "", "people killed", "", None)),
     [((0, 0), (1, 0))], [(AGREE, "people killed", (0, 1))]),
    # "about 4 million" vs "4.1 million": within the approximate tolerance, unequal: compatible (labelled from the
    # wording first in canonical order, whichever article comes first)
    (figs((0, 0, "four million", 4e6, "about", "people", "", None),
          (1, 0, "4.1 million", 4.1e6, "", "people", "", None)),
     [((0, 0), (1, 0))], [(COMPATIBLE, "4.1 million people", (0, 1))]),
    # "dozens" covers 30: compatible
    (figs((0, 0, "dozens", 24, "", "injured", "vague", 120), (1, 0, "30", 30, "", "people injured", "", None)),
     [((0, 0), (1, 0))], [(COMPATIBLE, "people injured", (0, 1))]),
    # only one article has it
    (figs((0, 0, "seven", 7, "at least", "killed", "", None)), [], [(SINGLE_SOURCE, "killed", (0,))]),
    # 7 killed in one strike and 25 in all (article 0) vs 25 (article 1), unaligned: 25s agree, 7 stays apart
    (figs((0, 0, "25", 25, "", "people killed", "", None), (0, 2, "seven", 7, "", "killed", "", None),
          (1, 0, "25", 25, "", "people killed", "", None)),
     [], [(AGREE, "people killed", (0, 2)), (SINGLE_SOURCE, "killed", (1,))]),
    # even aligned, 7 does not conflict with 25 when 25 already has its counterpart
    (figs((0, 0, "25", 25, "", "people killed", "", None), (0, 2, "seven", 7, "", "killed", "", None),
          (1, 0, "25", 25, "", "people killed", "", None)),
     [((0, 0), (1, 0)), ((0, 2), (1, 0))], [(AGREE, "people killed", (0, 2)), (SINGLE_SOURCE, "killed", (1,))]),
    # 10 and 20 children in two statements of each article, aligned pairwise: two agreements, no conflict
    (figs((0, 1, "10", 10, "", "children killed", "", None), (0, 4, "20", 20, "", "children killed", "", None),
          (1, 0, "10", 10, "", "children killed", "", None), (1, 1, "20", 20, "", "children killed", "", None)),
     [((0, 1), (1, 0)), ((0, 4), (1, 1)), ((0, 4), (1, 0))],
     [(AGREE, "children killed (10)", (0, 2)), (AGREE, "children killed (20)", (1, 3))]),
    # children killed and people killed are different counts: unequal values never conflict nor join ...
    (figs((0, 0, "20", 20, "", "children killed", "", None), (1, 0, "26", 26, "", "people killed", "", None)),
     [((0, 0), (1, 0))], [(SINGLE_SOURCE, "children killed", (0,)), (SINGLE_SOURCE, "people killed", (1,))]),
    # ... but equal values are one toll told naming its victims or not ("three men killed" / "Three killed": one
    # row, not two; review-s27 finding 8)
    (figs((0, 0, "20", 20, "", "children killed", "", None), (1, 0, "20", 20, "", "people killed", "", None)),
     [((0, 0), (1, 0))], [(AGREE, "children killed", (0, 1))]),
    # a bare "10" in two unaligned sentences is a coincidence, not a fact
    (figs((0, 0, "10", 10, "", "", "", None), (1, 5, "10", 10, "", "", "", None)),
     [], [(SINGLE_SOURCE, "10", (0,)), (SINGLE_SOURCE, "10", (1,))]),
    # dates and years agree on equal values wherever they are
    (figs((0, 0, "November 27", 1127, "", "", "date", None), (1, 3, "Nov. 27", 1127, "", "", "date", None),
          (0, 5, "2011", 2011, "", "", "year", None), (1, 7, "2011", 2011, "", "", "year", None)),
     [], [(AGREE, "November 27", (0, 1)), (AGREE, "year 2011", (2, 3))]),
    # a lone "a man was killed" does not contradict "three killed" in another, unaligned sentence
    (figs((0, 0, "three", 3, "", "men killed", "", None), (1, 4, "a", 1, "", "men killed", "", None)),
     [], [(SINGLE_SOURCE, "men killed (three)", (0,)), (SINGLE_SOURCE, "men killed (1)", (1,))]),
    # aligned dates months apart are two events (shooting, trial); a day apart they are one date told two ways
    (figs((0, 0, "Jan. 30", 130, "", "", "date", None), (1, 0, "May 14", 514, "", "", "date", None),
          (0, 1, "November 27", 1127, "", "", "date", None), (1, 1, "November 28", 1128, "", "", "date", None)),
     [((0, 0), (1, 0)), ((0, 1), (1, 1))],
     [(CONFLICT, "November 27", (2, 3)), (SINGLE_SOURCE, "January 30", (0,)), (SINGLE_SOURCE, "May 14", (1,))]),
    # two ages in aligned sentences are two people, not a conflict; equal ages agree
    (figs((0, 0, "10-year-old", 10, "", "", "age", None), (1, 0, "19", 19, "", "", "age", None),
          (1, 0, "10-year-old", 10, "", "", "age", None)),
     [((0, 0), (1, 0))], [(AGREE, "age 10", (0, 2)), (SINGLE_SOURCE, "age 19", (1,))]),
    # hedged times a few minutes apart can be one moment: compatible
    (figs((0, 0, "1:50 a.m.", 150, "about", "", "time", None),
          (1, 0, "2 a.m.", 200, "shortly before", "", "time", None)),
     [((0, 0), (1, 0))], [(COMPATIBLE, "time 01:50", (0, 1))]),
    # exact times of one event in aligned sentences: a conflict
    (figs((0, 0, "1:13 a.m.", 113, "", "", "time", None), (1, 0, "1:25 a.m.", 125, "", "", "time", None)),
     [((0, 0), (1, 0))], [(CONFLICT, "time 01:13", (0, 1))]),
    # the officers' arrival and the shooting are two events, even in aligned sentences
    (figs((0, 0, "8:30 p.m.", 2030, "", "arrival", "time", None), (1, 0, "8:05 p.m.", 2005, "", "", "time", None)),
     [((0, 0), (1, 0))], [(SINGLE_SOURCE, "time of arrival 20:30", (0,)), (SINGLE_SOURCE, "time 20:05", (1,))]),
    # an age range and single ages are people, never one conflict
    (figs((0, 0, "21 to 36", 21, "", "", "age", 36), (1, 0, "23-year-old", 23, "", "", "age", None)),
     [((0, 0), (1, 0))], [(SINGLE_SOURCE, "age 21 to 36", (0,)), (SINGLE_SOURCE, "age 23", (1,))]),
    # a part ("three others") never contradicts a whole ("five people"), aligned or not
    (figs((0, 0, "three", 3, "", "others injured", "", None), (1, 0, "five", 5, "", "people injured", "", None)),
     [((0, 0), (1, 0))], [(SINGLE_SOURCE, "others injured", (0,)), (SINGLE_SOURCE, "people injured", (1,))]),
    # the same toll in other words ("three others" / "three people") is one corroborated fact
    (figs((0, 0, "three", 3, "", "others injured", "", None), (1, 4, "three", 3, "", "people injured", "", None)),
     [], [(AGREE, "people injured", (0, 1))]),
    # tolls of different scopes are different facts: 25 today, 56 since November 27
    (figs((0, 0, "25", 25, "", "people killed", "", None),
          (1, 0, "56", 56, "", "killed", "", None, "since November 27")),
     [((0, 0), (1, 0))], [(SINGLE_SOURCE, "people killed", (0,)), (SINGLE_SOURCE, "killed since November 27", (1,))]),
    # ordering: conflicts first, then agreements, then single-source facts
    (figs((0, 0, "2011", 2011, "", "", "year", None), (1, 0, "2011", 2011, "", "", "year", None),
          (0, 1, "25", 25, "", "killed", "", None), (1, 1, "31", 31, "", "killed", "", None),
          (0, 2, "$5 million", 5e6, "", "", "money:USD", None)),
     [((0, 1), (1, 1))],
     [(CONFLICT, "killed", (2, 3)), (AGREE, "year 2011", (0, 1)), (SINGLE_SOURCE, "$5 million", (4,))]),
]  # fmt: skip


@pytest.mark.parametrize(("figures", "links", "expected"), CASES)
def test_group_facts(figures: list[Figure], links: list, expected: list[tuple[str, str, tuple[int, ...]]]) -> None:
    """Figures join the facts listed, with the status and label listed, in that order."""
    facts = group_facts(figures, linker(*links))
    assert [(f.status, f.label, f.figures) for f in facts] == expected
    assert [f.index for f in facts] == list(range(len(facts)))
    members = sorted(i for f in facts for i in f.figures)
    assert members == list(range(len(figures)))  # every figure in exactly one fact


def test_conflict_note_names_both_counts() -> None:
    """A conflict says what clashes: "25 vs 31 people killed"."""
    figures = figs((0, 0, "25", 25, "", "people killed", "", None), (1, 0, "31", 31, "", "people killed", "", None))
    (fact,) = group_facts(figures, linker(((0, 0), (1, 0))))
    assert fact.note == "25 vs 31 people killed"


def test_conflict_note_labelled_by_a_figure_names_the_noun_once() -> None:
    """A conflict labelled by its first figure ("14 points") reads "14 vs at least 14 vs 15 points", not "... 14 points"
    (review-s21 finding 7)."""
    figures = figs((0, 0, "14", 14, "", "points", "", None), (1, 0, "15", 15, "", "points", "", None),
                   (2, 0, "14", 14, "at least", "points", "", None))
    (fact,) = group_facts(figures, linker(((0, 0), (1, 0)), ((1, 0), (2, 0))))
    assert (fact.status, fact.label) == (CONFLICT, "14 points")
    assert fact.note == "14 vs at least 14 vs 15 points"


def test_hedging_note_says_why_it_is_no_conflict() -> None:
    """Different hedging on one count is explained, not flagged."""
    figures = figs((0, 0, "25", 25, "at least", "people killed", "", None), (1, 0, "25", 25, "", "killed", "", None))
    (fact,) = group_facts(figures, linker())
    assert fact.status == AGREE
    assert "at least 25" in fact.note and "hedging" in fact.note


def test_no_figures() -> None:
    """No figures, no facts."""
    assert group_facts([], lambda a, b: False) == []


SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


@pytest.mark.skipif(len(SEEDS) != 2, reason="seed articles absent")
def test_seeds_figures_agree() -> None:
    """On the two seed articles the shared figures agree, nothing conflicts, and one-outlet figures stay single."""
    from reportdiff.core.compare import compare_files

    report = compare_files(SEEDS)
    by_label = {}
    for fact in report.facts:
        by_label.setdefault(fact.label, []).append(fact.status)
    assert CONFLICT not in {f.status for f in report.facts}
    for label in ("people killed", "four million people", "November 27", "year 2011", "year 2020"):
        assert by_label.get(label) == [AGREE], label
    assert by_label["children killed"] == [AGREE]  # 10 on Monday
    assert by_label["children killed since November 27"] == [AGREE]  # 20 since November 27: told apart by scope
    assert SINGLE_SOURCE in by_label["killed"]  # "at least seven lives" in one strike: Cnews only
