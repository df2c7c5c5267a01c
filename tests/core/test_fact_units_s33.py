"""One measure told in two units by two outlets (core/fact_units.py): a conversion rounded by its writer is one fact
that can be true ("fell about 60m" / "falling 200 feet"), two values no rounding of a conversion joins are a
conflict ("200ft" / "150 meters"), and one unit keeps its own rounding ("130 pounds" / "135 pounds" conflict). The
sentences are shaped on ECB+ tuning reports of two climbers' falls at Mount Cook; real texts through the whole
comparison."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.fact_units import in_base, significant_step
from reportdiff.core.model import Figure
from reportdiff.presentation.facts_table import figure_badge

LEAD = "A climber died in Aoraki Mount Cook National Park on Friday, police said."


def _report(tmp_path: Path, first: str, second: str) -> m.Report:
    return compare_texts(tmp_path, {"wire.txt": f"Climber dies\n\n{LEAD}\n\n{first}\n",
                                    "paper.txt": f"Climber dies\n\n{LEAD}\n\n{second}\n"})  # fmt: skip


def _flags(report: m.Report) -> list[str]:
    return [n for link in report.links for n in link.notes if n.startswith("figure conflicts")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("He slipped and fell 200 feet from a ridge near the Tasman Glacier.",
         "He slipped and fell 60m from a ridge near the Tasman Glacier."),
        ("He fell 2,000 feet while climbing to a small hut on Mount Sefton.",
         "He fell 600 metres while climbing to a small hut on Mount Sefton."),
        ("The rescue team walked seven km to reach the hut.", "The rescue team walked 4 miles to reach the hut."),
    ],
)  # fmt: skip
def test_a_rounded_conversion_is_one_compatible_fact(tmp_path: Path, first: str, second: str) -> None:
    report = _report(tmp_path, first, second)
    assert [f.status for f in report.facts] == [m.COMPATIBLE]
    assert "a conversion between units" in report.facts[0].note
    assert not _flags(report)


@pytest.mark.parametrize(
    ("first", "second", "note"),
    [
        ("He slipped and fell 200ft from a ridge near the Tasman Glacier.",
         "He slipped and fell 150 meters from a ridge near the Tasman Glacier.", "150 meters vs 200ft"),
        ("He slipped and fell 200ft from a ridge near the Tasman Glacier.",
         "He slipped and fell 200m from a ridge near the Tasman Glacier.", "200ft vs 200m"),
    ],
)  # fmt: skip
def test_values_no_conversion_joins_conflict(tmp_path: Path, first: str, second: str, note: str) -> None:
    report = _report(tmp_path, first, second)
    assert [(f.status, f.note) for f in report.facts] == [(m.CONFLICT, note)]
    assert len(_flags(report)) == 1


def test_one_unit_keeps_its_own_rounding(tmp_path: Path) -> None:
    """Two weights in pounds are compared as written: 130 and 135 are two values, not a conversion's rounding."""
    report = _report(tmp_path, "The climber weighed 130 pounds, police said.",
                     "The climber weighed 135 pounds, police said.")  # fmt: skip
    assert [(f.status, f.note) for f in report.facts] == [(m.CONFLICT, "130 pounds vs 135 pounds")]


def test_restated_values_and_their_significant_digits() -> None:
    """200 feet is 60.96 m, good to the fifty feet (15.24 m); 104 F is 40 C; a unit with no conversion is left."""
    feet = in_base(Figure(0, 0, 0, "200 feet", 200.0, 0, 8, unit="length:foot"))
    assert (feet.unit, round(feet.value, 2), round(significant_step(feet), 2)) == ("length:m~foot", 60.96, 15.24)
    assert round(in_base(Figure(0, 0, 0, "104F", 104.0, 0, 4, unit="degree:F")).value, 6) == 40.0
    tons = Figure(0, 0, 0, "5 tons", 5.0, 0, 6, unit="mass:ton")
    assert in_base(tons) is tons


def test_the_badge_names_the_other_unit(tmp_path: Path) -> None:
    """The figure's badge in the window names the other outlet's value in its own unit: "200 feet" beside "≈ 60m"; in
    a conflict, "200ft" beside "≠ 200m" (the same number in two units is not the same value)."""
    report = _report(tmp_path, "He slipped and fell 200 feet from a ridge near the Tasman Glacier.",
                     "He slipped and fell 60m from a ridge near the Tasman Glacier.")  # fmt: skip
    feet = next(f for f in report.figures if f.text == "200 feet")
    assert "60m" in figure_badge(report, feet)
    report = _report(tmp_path, "He slipped and fell 200ft from a ridge near the Tasman Glacier.",
                     "He slipped and fell 200m from a ridge near the Tasman Glacier.")  # fmt: skip
    feet = next(f for f in report.figures if f.text == "200ft")
    assert "200m" in figure_badge(report, feet)
