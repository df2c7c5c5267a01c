"""Two reports of two events are not two outlets disagreeing (review s30 finding 2): two fires' tolls ("killed
three on Tuesday" in Brooklyn, "killed 12 on Sunday" in the Bronx) stay two rows, not "people killed: three vs 12".
Aligned sentences that name two different days of the week tell two events; unaligned sentences of two articles
conflict only when the articles show a sign of one story (a linked pair of sentences, or a value both state of one
thing)."""

from __future__ import annotations

from pathlib import Path

from documents import fact_rows  # tests/core/documents.py

FIRE_A = "A fire at a Brooklyn warehouse killed three people on Tuesday, fire officials said."
FIRE_B = "A fire at a Bronx apartment building killed 12 people on Sunday, fire officials said."


def test_two_days_linked_sentences_are_two_events(tmp_path: Path) -> None:
    rows = fact_rows(tmp_path, [FIRE_A, FIRE_B])
    assert rows == [("people killed (12)", "single_source", 1), ("people killed (three)", "single_source", 1)]


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
