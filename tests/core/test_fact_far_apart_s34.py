"""Two linked sentences' values more than ``clash_max_ratio`` (10) times apart are two things, not one value told two
ways: a career total and one game's points (ECB+ topic 31: "2, 117 career points" / "23 points" flagged and chained
into one conflict). A slip of a digit ("14" / "140") and a toll of any role ("3 killed" / "45 killed": tolls grow) still
clash. Read through the engine, and the rule (``far_apart``) on its own."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core.fact_values import far_apart
from reportdiff.core.model import Figure


def _flags(folder: Path, texts: list[str]) -> list[str]:
    """The figure-conflict notes of comparing ``texts`` through the engine."""
    report = compare_texts(folder, {f"{k}.txt": text for k, text in enumerate(texts)})
    return [note for link in report.links for note in link.notes if note.startswith("figure conflicts: ")]


FIRE = "The fire at the factory in Dunmore killed {} people on Tuesday, officials said."


def test_a_career_total_is_not_one_games_points(tmp_path: Path) -> None:
    """2,150 career points and 25 points of Friday's game: no conflict."""
    career = "Jon Smith now has 2,150 points in his career after Friday's win over the Owls at the Arena."
    game = "Jon Smith had 25 points in Friday's win over the Owls at the Arena."
    assert _flags(tmp_path, [career, game]) == []


@pytest.mark.parametrize(
    ("one", "other", "note"),
    [
        ("14", "140", "figure conflicts: 14 vs 140 (people killed)"),  # a dropped digit: the same digits
        ("3", "45", "figure conflicts: 3 vs 45 (people killed)"),  # a toll: a first report's count grows
        ("12", "31", "figure conflicts: 12 vs 31 (people killed)"),  # within ten times
    ],
)
def test_tolls_and_slips_still_clash(tmp_path: Path, one: str, other: str, note: str) -> None:
    assert _flags(tmp_path, [FIRE.format(one), FIRE.format(other)]) == [note]


def _figure(value: float, high: float | None = None) -> Figure:
    return Figure(0, 0, 0, str(value), value, 0, 1, "", "points", "", high)


@pytest.mark.parametrize(
    ("a", "b", "apart"),
    [
        (_figure(2117), _figure(23), True),
        (_figure(23), _figure(230), False),  # ten times exactly: within the bound
        (_figure(14), _figure(141), True),
        (_figure(1.6e6), _figure(1.6e9), False),  # a scale word slipped: the same digits
        (_figure(24, 120), _figure(1400), True),  # "dozens" by its nearer end: 1,400 is 11.7 times 120
        (_figure(24, 120), _figure(1000), False),
        (_figure(-3), _figure(45), False),  # a fall: no ratio
    ],
)
def test_far_apart(a: Figure, b: Figure, apart: bool) -> None:
    assert far_apart(a, b) is apart and far_apart(b, a) is apart
