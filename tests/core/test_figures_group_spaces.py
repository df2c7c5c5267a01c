"""Digit groups joined by a no-break, narrow no-break or thin space are one number (review-s23 F31).

"1\u202f200 passengers" (SI style, common in international and translated copy) was read as "1" and "200", so the
agency's "1,200 passengers" was flagged against "200". A plain space stays two numbers ("killing 17 people and 1 200
more" is ambiguous). Real texts through the whole comparison.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.figures import find_figures

LEAD = "A passenger ferry capsized on Lake Tamsin on Tuesday, killing 17 people, the coastguard said."


@pytest.mark.parametrize("space", ["\u00a0", "\u202f", "\u2009"])
def test_grouped_thousands_are_one_figure(space: str) -> None:
    found = find_figures(f"The operator carried 1{space}200 passengers a day on the route.")
    assert [(f.text, f.value, f.counts) for f in found] == [(f"1{space}200", 1200, "passengers")]
    found = find_figures(f"The new terminal cost 12{space}500{space}000 euros.")
    assert [(f.value, f.unit) for f in found] == [(12_500_000, "money:EUR")]


def test_plain_space_stays_two_numbers() -> None:
    assert [f.value for f in find_figures("Officials counted 17 boats and 1 200 more later.")] == [17, 1, 200]


def test_thin_space_thousands_agree_with_comma_thousands(tmp_path: Path) -> None:
    report = compare_texts(tmp_path, {
        "agency.txt": f"Ferry capsizes on Lake Tamsin\n\n{LEAD}\n\nThe operator carried 1,200 passengers a day on "
                      "the route.\n",
        "page.txt": f"Ferry capsizes on Lake Tamsin\n\n{LEAD}\n\nThe operator carried 1\u202f200 passengers a day on "
                    "the route.\n",
    })  # fmt: skip
    assert [note for link in report.links for note in link.notes if note.startswith("figure conflicts")] == []
    passengers = [f for f in report.facts if any(report.figures[i].value == 1200 for i in f.figures)]
    assert len(passengers) == 1 and passengers[0].status == m.AGREE and len(passengers[0].figures) == 2
