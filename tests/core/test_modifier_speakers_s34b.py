"""Session 34's capitalised words that are no speaker's name though a speech verb stands near: an adjective after "a"
and a hyphenated word or a number ("A 32-year-old British climber"), a noun between "the" and "who" ("said the
Democrat who"), a label numbered after "No." ("Juror No. 12")."""

from __future__ import annotations

import pytest
from quotetexts import speakers_of


@pytest.mark.parametrize(
    "text",
    [
        # was "British"
        "A 32-year-old British climber, described as “lacking experience”, died after a fall on the mountain.",
        # was "Democrat"
        "Dr. Ann Cole has been “the team's first choice” for the job, said the Democrat who is familiar with the "
        "search.",
        # was "Juror No"
        "“We were searching,” Juror No. 12 said.",
    ],
)
def test_a_capital_that_names_nobody(text: str) -> None:
    """Nobody named spoke."""
    assert speakers_of(text) == [""]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a word between "a" and the name that is not hyphenated: the name speaks
        ("In a statement Cole said: “We will appeal the ruling.”", ["Cole"]),
        # an organisation after "the", a person named before "who"
        ("“We will appeal the ruling,” the Post said.", ["Post"]),
        ("“We will appeal the ruling,” said Ann Cole, who leads the union.", ["Ann Cole"]),
    ],
)
def test_names_kept(text: str, expected: list[str]) -> None:
    """Speakers read as before."""
    assert speakers_of(text) == expected
