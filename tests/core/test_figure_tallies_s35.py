"""A measure totalled over a count of things ("53 catches for 605 yards") is the total of those things: two totals
over different counts (a season's, one half's) are two things, never a conflict (ECB+ topic 29's yard flags)."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core.figures import find_figures
from reportdiff.core.model import CONFLICT


@pytest.mark.parametrize(
    ("sentence", "scope"),
    [
        ("He has 53 catches for 605 yards and five touchdowns.", "(over 53)"),
        ("He rushed 106 times for 404 yards.", "(over 106)"),
        # the things done, not those tried: "28 of 41 passes" gained the yards of 28
        ("Garrard completed 28 of 41 passes for 329 yards and a touchdown.", "(over 28)"),
        # a measure with no count of things before it is the story's
        ("Garrard threw for 329 yards and a touchdown.", ""),
        ("The climber fell 600 feet from the ridge.", ""),
    ],
)
def test_a_measure_over_a_count(sentence: str, scope: str) -> None:
    """A measure right after "<count> <things> for" is scoped to that count."""
    measures = [f for f in find_figures(sentence) if f.unit.startswith("length:")]
    assert [f.scope for f in measures] == [scope]


def test_a_season_total_and_a_half_are_no_conflict(tmp_path: Path) -> None:
    """A season's yards and one half's, in linked sentences about one receiver, are not one figure told two ways."""
    report = compare_texts(tmp_path, {
        "a.txt": "Jaguars beat Colts\n\nDennis Northcutt caught five passes for 68 yards in the first half of the "
                 "game against the Colts.",
        "b.txt": "Northcutt shines for Jaguars\n\nDennis Northcutt has 53 catches for 605 yards in the games against "
                 "the Colts and others.",
    })
    assert report.links, "the two sentences should be linked for the test to mean anything"
    assert not [fact for fact in report.facts if fact.status == CONFLICT]
    assert not [note for link in report.links for note in link.notes if note.startswith("figure conflicts")]
