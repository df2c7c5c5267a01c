"""A rate move told in basis points or in words ("25 basis points", "a quarter of a percentage point", "a
quarter-point rise", "half a percentage point") is a share's change in percentage points: "25 basis points" was read
as a count of 25 points and the worded fractions as nothing, so two outlets' reports of one Fed decision shared no
figure (seen on unseen 2023 Fed stories)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportdiff.core.compare import compare_files
from reportdiff.core.figures import find_figures


@pytest.mark.parametrize(
    ("sentence", "text", "value"),
    [
        ("The Fed raised rates by 25 basis points.", "25 basis points", 0.25),
        ("Spreads widened 12 basis points on Monday.", "12 basis points", 0.12),
        ("The Fed raised rates by a quarter of a percentage point.", "quarter of a percentage point", 0.25),
        ("The Fed raised rates by a quarter percentage point.", "quarter percentage point", 0.25),
        ("The bank cut rates by half a percentage point.", "half a percentage point", 0.5),
        ("It raised rates by three-quarters of a percentage point.", "three-quarters of a percentage point", 0.75),
        ("The smaller move followed a half-point increase in December.", "half-point", 0.5),
        ("The Fed's quarter-point increase surprised nobody.", "quarter-point", 0.25),
    ],
)
def test_points_of_a_rate_are_percentage_points(sentence: str, text: str, value: float) -> None:
    found = [(f.text, f.value, f.unit) for f in find_figures(sentence)]
    assert (text, pytest.approx(value), "percentage points") in found, found


@pytest.mark.parametrize(
    "sentence", ["The gymnast lost half a point on the landing.", "At that point, half the crowd left."]
)
def test_other_points_and_halves_are_no_rate(sentence: str) -> None:
    assert not [f for f in find_figures(sentence) if f.unit == "percentage points"]


def _fed(tmp_path: Path, name: str, move: str) -> Path:
    path = tmp_path / name
    path.write_text(f"Fed raises rates\n\nThe Federal Reserve on Wednesday raised its benchmark interest rate by {move}"
                    " to a range of 4.5 percent to 4.75 percent, its eighth increase in a year.\n",
                    encoding="utf-8")  # fmt: skip
    return path


@pytest.mark.parametrize(
    ("one", "two", "status"),
    [
        ("25 basis points", "a quarter of a percentage point", "agree"),
        ("50 basis points", "a quarter percentage point", "conflict"),
    ],
)
def test_two_outlets_rate_moves_are_one_fact(tmp_path: Path, one: str, two: str, status: str) -> None:
    report = compare_files([_fed(tmp_path, "a.txt", one), _fed(tmp_path, "b.txt", two)])
    moves = [fact for fact in report.facts if any("point" in report.figures[i].text for i in fact.figures)]
    assert len(moves) == 1, [(fact.label, fact.status) for fact in report.facts]
    assert moves[0].status == status, moves[0]
