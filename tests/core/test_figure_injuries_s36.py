"""A count that "suffered" or "sustained" injuries with words between ("114 have suffered light or severe injuries",
"Three people sustained non-life-threatening injuries") counts the injured: only "suffered (gunshot) wounds/injuries"
was read, so a premier's "114 injured" stood as a bare number beside other outlets' "144 people injured"."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportdiff.core.compare import compare_files
from reportdiff.core.figures import find_figures


@pytest.mark.parametrize(
    ("sentence", "count", "counts"),
    [
        ("Two people were killed, and 114 have suffered light or severe injuries.", "114", "injured"),
        ("Three people sustained non-life-threatening injuries.", "Three", "people injured"),
        ("Four passengers suffered serious head injuries in the crash.", "Four", "passengers injured"),
        ("One man sustained a gunshot wound to the leg.", "One", "men injured"),
    ],
)
def test_suffered_or_sustained_injuries_count_the_injured(sentence: str, count: str, counts: str) -> None:
    found = {f.text: f.counts for f in find_figures(sentence)}
    assert found.get(count) == counts, found


def test_a_count_of_losses_is_no_count_of_injured() -> None:
    found = {f.text: f.counts for f in find_figures("The company suffered heavy losses of 40 jobs.")}
    assert "injured" not in " ".join(found.values()), found


def test_the_injured_of_two_outlets_are_one_fact(tmp_path: Path) -> None:
    """The premier's figure quoted by one outlet and another outlet's figure: one row of people injured, in conflict."""
    one = tmp_path / "agency.txt"
    two = tmp_path / "outlet.txt"
    one.write_text("Quake in Taiwan\n\nA strong earthquake killed two people and injured 144 other people in Hualien "
                   "on Tuesday, officials said.\n", encoding="utf-8")  # fmt: skip
    two.write_text("Taiwan quake kills two\n\n“Two people were unfortunately killed, and 114 have suffered light or "
                   "severe injuries,” the premier said of the Hualien earthquake on Tuesday.\n",
                   encoding="utf-8")  # fmt: skip
    report = compare_files([one, two])
    injured = [fact for fact in report.facts if "injur" in fact.label]
    assert len(injured) == 1, [(fact.label, fact.status) for fact in report.facts]
    assert injured[0].status == "conflict", injured[0]
