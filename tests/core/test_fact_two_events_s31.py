"""Two reports of two events are not two outlets disagreeing (review s30 finding 2): unaligned sentences of two
articles conflict only when the articles show a sign of one story (a linked pair of sentences, or a value both state
of one thing). Linked sentences keep their clash even when they name two different days of the week: outlets that
disagree on the day disagree on the count too, and hiding it (a rule tried in session 31) told a fact-checker that
"Three other people were wounded ... on Monday" and "Four ... on Tuesday" agree."""

from __future__ import annotations

from pathlib import Path

from documents import fact_rows  # tests/core/documents.py

FIRE_A = "A fire at a Brooklyn warehouse killed three people on Tuesday, fire officials said."
FIRE_B = "A fire at a Bronx apartment building killed 12 people on Sunday, fire officials said."


SHOOTING_A = (
    "Police said John Smith, 45, was shot and killed Monday night outside a bar on Main Street in Springfield.\n\n"
    "Three other people were wounded in the shooting on Monday, police said."
)


def test_linked_sentences_naming_two_days_still_conflict(tmp_path: Path) -> None:
    """One shooting, two outlets: the day and the count of wounded differ, and the count is a conflict."""
    rows = fact_rows(tmp_path, [SHOOTING_A, SHOOTING_A.replace("Monday", "Tuesday").replace("Three", "Four")])
    assert ("people injured", "conflict", 2) in [(label.split(" (")[0], status, n) for label, status, n in rows]


def test_same_day_still_conflicts(tmp_path: Path) -> None:
    rows = fact_rows(tmp_path, [FIRE_A, FIRE_B.replace("Sunday", "Tuesday").replace("Bronx", "Brooklyn")])
    assert [status for _label, status, _n in rows] == ["conflict"]


UNLINKED_A = (
    "Three people were killed when fire tore through a textile warehouse in Brooklyn late on Tuesday night.\n\n"
    "Firefighters battled the flames for five hours before bringing them under control, officials said."
)
UNLINKED_B = (
    "The mayor ordered an inquiry into the landlord of the building.\n\n"
    "Residents said smoke detectors had not worked for months; 12 people were killed in the blaze."
)


def test_unlinked_articles_without_a_shared_figure_do_not_conflict(tmp_path: Path) -> None:
    rows = fact_rows(tmp_path, [UNLINKED_A, UNLINKED_B])
    assert "conflict" not in [status for _label, status, _n in rows]
