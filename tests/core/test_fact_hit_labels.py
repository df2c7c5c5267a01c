"""Labels that name what is counted, not the words of one article (review s29 finding 7): the people shot and the
people wounded of one equal count are one fact; a partitive ("All five of the wounded") labels as its role; an
earthquake's magnitude is labelled "magnitude 5.2", not "5.2"."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts, fact_rows  # tests/core/documents.py

from reportdiff.core import model as m

SHOT_AND_WOUNDED = (
    "Club shooting\n\nSeven people were shot inside a supper club during a party, police said.\n",
    "Nightclub gunfire\n\nThe owner of the nightclub where seven people were wounded says he is reviewing security.\n",
)
# One article counts five shot; the other five shot, two of them dead, and three wounded: the five are not the wounded.
FIVE_NOT_WOUNDED = (
    "Party shooting\n\nFive people were shot at a block party on Monday night.\n",
    "Block party\n\nTwo men died and three people were wounded at the party. Police say five people were injured.\n",
)
QUAKE = (
    "Quake\n\nA magnitude 5.2 earthquake hit the island on Sunday.\n",
    "Island quake\n\nA 5.2 magnitude earthquake struck the island on Sunday.\n",
)


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (SHOT_AND_WOUNDED, [("people injured", m.AGREE, 2)]),  # one group of seven; a tie takes the longer wording
        (QUAKE, [("magnitude 5.2", m.AGREE, 2)]),  # the reading's unit in the label
    ],
)
def test_labels_name_what_is_counted(tmp_path: Path, texts: tuple[str, str], expected: list) -> None:
    """Equal counts of the shot and the wounded agree as one fact; a magnitude says it is one."""
    assert fact_rows(tmp_path, texts) == expected


def test_shot_and_wounded_stay_apart_when_wounded_counts_differ(tmp_path: Path) -> None:
    """Where the articles give the wounded two counts (three, five), five shot is not five wounded."""
    facts = fact_rows(tmp_path, FIVE_NOT_WOUNDED)
    assert not any(label == "people shot" and size > 1 for label, _status, size in facts)


def test_a_partitive_labels_as_its_role(tmp_path: Path) -> None:
    """ "All five of the wounded" counts the wounded: its fact is labelled "injured", not "of them injured"."""
    texts = {"a.txt": "Wounded\n\nAll five of the wounded were rushed to hospitals.\n", "b.txt": "Quiet\n\nNone.\n"}
    report = compare_texts(tmp_path, texts)
    assert [fact.label for fact in report.facts] == ["injured"]
