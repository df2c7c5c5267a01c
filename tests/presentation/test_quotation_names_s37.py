"""Session 37's quotation rows: a person named with initials in one row and by the surname in another is shown by
the fuller name ("D.Z. Cofield", "A.J. Smith"); initials printed without full stops are the same initials ("AJ
Butler" / "A.J. Butler")."""

from __future__ import annotations

from pathlib import Path

from reportdiff.core.compare import compare_files
from reportdiff.presentation.quotations import quote_rows


def rows_of(folder: Path, texts: dict[str, str]) -> list[tuple[str, str]]:
    """(speaker shown, words) of every quotation row of the comparison of ``texts`` (file name -> article)."""
    paths = []
    for name, text in texts.items():
        paths.append(folder / name)
        paths[-1].write_text(text, encoding="utf-8")
    return [(row.speaker, row.words) for row in quote_rows(compare_files(paths))]


# ECB+ 35's shape: the Chargers' general manager named with his initials in one outlet, by his surname in another
CHARGERS = {
    "chargers-daily.txt": (
        "Chargers aware of Jackson's arrest\n\n"
        '"We are aware of the off-the-field issue involving Vincent," general manager A.J. Smith said in a statement.\n'
    ),
    "chargers-wire.txt": (
        "Jackson arrested\n\n"
        '"We are aware of the off-the-field issue involving Vincent," Smith said.\n\n'
        '"Obviously we are disappointed," AJ Smith added.\n'
    ),
}


def test_a_person_named_with_initials_is_shown_by_them_on_every_row(tmp_path: Path) -> None:
    speakers = {speaker for speaker, _words in rows_of(tmp_path, CHARGERS)}
    assert speakers == {"A.J. Smith"}


# AP's shape (2024 Texas floods): a person named in full once, in a sentence with no quotation, then quoted by surname
FLOODS = {
    "floods-wire.txt": (
        "Floods widen north of Houston\n\n"
        "In the rural community of Shepherd, Gilroy Fernandes said he and his wife had an hour to evacuate.\n\n"
        '"The next thing you know, overnight they started releasing more water," Fernandes said.\n'
    ),
    "floods-daily.txt": (
        "Residents flee rising river\n\n"
        "Makaeo Williams, 18, and Jumaane Williams, a councilman, toured the streets.\n\n"
        '"The next thing you know, they were releasing more water," Williams said.\n'
    ),
}


def test_a_surname_is_shown_by_the_full_name_its_own_article_gives(tmp_path: Path) -> None:
    rows = rows_of(tmp_path, FLOODS)
    # the second article names two Williamses: its speaker stays as written
    assert [speaker for speaker, _words in rows] == ["Gilroy Fernandes", "Williams"]
