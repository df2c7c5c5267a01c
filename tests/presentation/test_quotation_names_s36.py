"""Session 36's quotation rows: one person is one name though an outlet puts a place or a body before their title
("Brooklyn Councilman Jumaane Williams" / "City Councilman Jumaane D. Williams"), abbreviates the title ("ADA
Fairman" / "Gail Fairman") or prints a common short form of the given name ("Dave Rossi" / "David Rossi"). Two
people of one surname and two given names stay two ("Doug McDermott" / "Greg McDermott")."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportdiff.core.compare import compare_files
from reportdiff.core.quotes import name_within
from reportdiff.presentation.quotations import quote_rows


def rows_of(folder: Path, texts: dict[str, str]) -> list[tuple[str, str]]:
    """(speaker shown, words) of every quotation row of the comparison of ``texts`` (file name -> article)."""
    paths = []
    for name, text in texts.items():
        paths.append(folder / name)
        paths[-1].write_text(text, encoding="utf-8")
    return [(row.speaker, row.words) for row in quote_rows(compare_files(paths))]


COUNCIL = {
    "council-daily.txt": (
        "Shooting at a parade\n\n"
        '"We need to stop the violence in our streets," Brooklyn Councilman Jumaane Williams said on Monday.\n\n'
        '"This is a city that can do better," Williams added.\n'
    ),
    "council-wire.txt": (
        "Parade ends in gunfire\n\n"
        '"We have to stop the violence in our streets," City Councilman Jumaane D. Williams said.\n\n'
        '"Nobody should be afraid at a parade," City Councilman Jumaane D. Williams told reporters.\n'
    ),
}

TRIAL = {
    "trial-daily.txt": (
        "Jury hears closing arguments\n\n"
        '"He knew exactly what he was doing that night," ADA Fairman told the jury.\n\n'
        '"Look at the evidence," Fairman said.\n'
    ),
    "trial-wire.txt": (
        "Closing arguments in the Dorsey trial\n\n"
        '"He knew exactly what he was doing on that night," prosecutor Gail Fairman told the jury.\n'
    ),
}

ROSSI = {
    "rossi-daily.txt": (
        "Witnesses asked to stay anonymous\n\n"
        '"If we start seeing names in the paper, it will be harder," Attorney Dave Rossi said.\n'
    ),
    "rossi-wire.txt": (
        "Prosecutor asks media to keep witnesses quiet\n\n"
        '"If we start seeing names in the paper, it will be much harder," David Rossi said.\n\n'
        '"We ask the media to keep them quiet," David Rossi added.\n'
    ),
    "rossi-brief.txt": (
        "Trial opens in Albany\n\n"
        '"We ask the media to keep the names of witnesses quiet," Rossi said.\n'
    ),
}


def test_a_place_before_a_title_is_no_part_of_the_name(tmp_path: Path) -> None:
    """Every row of the councilman names him one way: the fullest name, the place before his title aside (was
    "Brooklyn Councilman Jumaane Williams" beside "City Councilman Jumaane D. Williams")."""
    assert {speaker for speaker, _words in rows_of(tmp_path, COUNCIL)} == {"City Councilman Jumaane D. Williams"}


def test_an_abbreviated_title_is_no_given_name(tmp_path: Path) -> None:
    """"ADA Fairman" and the surname alone are the prosecutor the other outlet names in full (were left as written:
    "ADA" read as a given name other than Gail)."""
    assert {speaker for speaker, _words in rows_of(tmp_path, TRIAL)} == {"Gail Fairman"}


def test_a_short_given_name_is_one_person_with_the_full_one(tmp_path: Path) -> None:
    """"Rossi" alone is David Rossi, whom one outlet calls Dave (was left as written: "Dave Rossi" and "David Rossi"
    read as two people either might be); each outlet's own full name of him stays as it prints it."""
    rows = rows_of(tmp_path, ROSSI)
    assert [speaker for speaker, _words in rows] == ["Attorney Dave Rossi", "David Rossi", "David Rossi", "David Rossi"]


@pytest.mark.parametrize(
    ("short", "full", "within"),
    [
        ("Dave Rossi", "David Rossi", True),
        ("Bill de Blasio", "William de Blasio", True),
        ("Mike Smith", "Michael J. Smith", True),
        ("Bob Jones", "Bobby Jones", True),  # two short forms of Robert
        ("Doug McDermott", "Greg McDermott", False),  # two given names: two people
        ("Alexander Smith", "Alexandra Smith", False),  # no name is a short form of another full one
        ("Jim Brown", "Jimmy Carter", False),  # the surname clashes
        ("Councilman Charles Barron", "City Councilman Jumaane D. Williams", False),
        # a place or a body before a title, a title in capitals: no name words
        ("Brooklyn Councilman Jumaane Williams", "City Councilman Jumaane D. Williams", True),
        ("ADA Fairman", "Gail Fairman", True),
        ("Nick J. Rahall II", "House Resources Committee Chairman Nick J. Rahall II", True),
    ],
)
def test_short_forms_of_given_names(short: str, full: str, within: bool) -> None:
    """A short form matches its full given name when nothing else in the names clashes."""
    assert name_within(short, full) is within
