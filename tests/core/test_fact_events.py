"""Two counts of one noun told of two things are two facts, not one conflict (review-s26): "about 30 officers
responded" and "12 officers searched the scene", "two security guards were at the door" and "four security guards
were questioned" shared only the noun, and were shown as a conflict. A count with no role is scoped by what the
counted did or had done to them (``figures.events.events``: the verb after the noun phrase); the same verb still
conflicts, equal values still agree. Also tokenised thousands ("20, 000 people") are one number, not "000". Real
text shapes, through the figure finder and the whole comparison."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core.figures import find_figures

LEAD = "A gunman opened fire outside a nightclub in Dayton early on Sunday, police said."


def _facts(tmp_path: Path, first: str, second: str) -> list[tuple[str, str]]:
    report = compare_texts(tmp_path, {"wire.txt": f"Club shooting\n\n{LEAD}\n\n{first}\n",
                                      "paper.txt": f"Club shooting\n\n{LEAD}\n\n{second}\n"})  # fmt: skip
    return [(fact.status, fact.label) for fact in report.facts]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("About 30 officers responded to the scene of the shooting.",
         "Police said 12 officers searched the scene of the shooting."),
        ("The club had two security guards at the door on the night of the shooting.",
         "Police said four security guards were questioned on the night of the shooting."),
        ("Police said 3 people were held after the shooting at the club.",
         "Police said 12 people were questioned after the shooting at the club."),
    ],
)  # fmt: skip
def test_one_noun_told_of_two_things_is_no_conflict(tmp_path: Path, first: str, second: str) -> None:
    facts = _facts(tmp_path, first, second)
    assert "conflict" not in [status for status, _label in facts]
    assert len(facts) == 2


def test_one_noun_told_of_one_thing_still_conflicts(tmp_path: Path) -> None:
    facts = _facts(tmp_path, "Police said 30 officers responded to the scene of the shooting.",
                   "Police said 12 officers responded to the scene of the shooting.")  # fmt: skip
    assert [status for status, _label in facts] == ["conflict"]
    assert facts[0][1].endswith(" officers responded")


def test_equal_counts_agree_whatever_the_verb(tmp_path: Path) -> None:
    facts = _facts(tmp_path, "Police said 30 officers responded to the scene of the shooting.",
                   "Police said 30 officers were sent to the scene of the shooting.")  # fmt: skip
    assert facts == [("agree", "30 officers")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("About 30 officers responded to the scene.", [("officers", "responded")]),
        ("Four security guards, who were questioned later, went home.", [("guards", "questioned")]),
        ("14 rifles, 31 magazines and 923 rounds were seized from the boat.",
         [("rifles", "seized"), ("magazines", "seized"), ("rounds", "seized")]),
        ("The pirates, in three boats, were attempting to board the ship.", [("boats", "")]),
        ("Artino scored 14 points for Creighton.", [("points", "")]),
        ("Three people were killed in the blast.", [("people killed", "")]),
    ],
)  # fmt: skip
def test_a_count_is_scoped_by_the_verb_after_its_noun(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(f.counts, f.scope) for f in find_figures(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Police said as many as 20, 000 people took to the streets.", 20_000),
        ("The island is home to 120, 000 people.", 120_000),
        ("He fell about 2, 000ft while climbing.", 2_000),
        ("The bail was set at $144, 000 on Monday.", 144_000),
    ],
)
def test_tokenised_thousands_are_one_number(sentence: str, value: float) -> None:
    assert [f.value for f in find_figures(sentence)] == [value]


def test_a_date_before_a_count_stays_two_figures() -> None:
    assert [f.value for f in find_figures("On May 5, 200 people marched in the capital.")] == [505, 200]


@pytest.mark.parametrize(
    ("sentence", "values"),
    [
        ("It killed 612 people and injured more than 1, 400, leveling several villages.", [612, 1400]),
        ("Bell (5 - 11, 220) carried the ball.", [5, 220]),  # a height, then a weight
        ("He is 5 - foot - 8, 135 pounds, with tattoos.", [5, 8, 135]),
        ("In 2009, 300 people died in the quake.", [2009, 300]),
    ],
)
def test_tokenised_groups_are_one_number_unless_a_dash_or_a_year_stands_before(
    sentence: str, values: list[float]
) -> None:
    assert [f.value for f in find_figures(sentence)] == values


def test_a_model_name_with_a_tokenised_hyphen_is_no_count() -> None:
    found = find_figures("The Navy confiscated 14 AK - 47 rifles, 31 magazines and 923 rounds.")
    assert [f.value for f in found] == [14, 31, 923]
