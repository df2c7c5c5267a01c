"""A date whose day is written as an ordinal is a date: "this August 2nd", "the night of May 29th", "Aug. 2nd, 2013"
(review-s25 F6: the ordinal was skipped as noise, so "August 2nd" / "August 3" read as an agreement). Real text
shapes (ECB+ 16ecb, 33ecb)."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.figures import find_figures


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The deputy was shot outside his home this August 2nd as he prepared to leave for work.",
         [("August 2nd", 802)]),
        ("He stayed until about 5:00 on the night of May 29th.", [("5:00", 500), ("May 29th", 529)]),
        ("The deal was signed on Aug. 2nd, 2013, in Geneva.", [("Aug. 2nd, 2013", 802)]),
        ("Five people were shot when a July 4th party turned violent.", [("Five", 5), ("July 4th", 704)]),
        ("It happened on the 3rd of August.", [("3rd of August", 803)]),
    ],
)
def test_an_ordinal_day_after_a_month_is_a_date(sentence: str, expected: list[tuple[str, float]]) -> None:
    assert [(f.text, f.value) for f in find_figures(sentence)] == expected


def test_other_ordinals_stay_no_figure() -> None:
    assert find_figures("He finished 2nd in the race.") == []


def test_two_days_conflict(tmp_path: Path) -> None:
    report = compare_texts(tmp_path, {
        "agency.txt": "Deputy shot\n\nThe deputy was shot outside his home this August 2nd as he prepared to leave "
                      "for work.\n",
        "paper.txt": "Deputy shot\n\nThe deputy was shot outside his home on August 3 as he prepared to leave for "
                     "work.\n",
    })  # fmt: skip
    dates = [f for f in report.facts if any(report.figures[i].unit == "date" for i in f.figures)]
    assert [(f.status, len(f.figures)) for f in dates] == [(m.CONFLICT, 2)]
