"""One person named several ways in a report ("Yanis Varoufakis", "Professor Varoufakis", "Varoufakis") is named
one way wherever quotations are listed: the rows every surface reads (``quote_rows``), the terminal summary and the
HTML export. Before, each row gave the speaker as its sentence wrote it, and the lists showed three speakers for one
person. Two people sharing a surname stay two, and a surname alone that could be either is left as written."""

from __future__ import annotations

import re
from io import StringIO
from pathlib import Path

from quotetexts import ATHENS

from reportdiff.core.compare import compare_files
from reportdiff.core.model import Report
from reportdiff.presentation import cli
from reportdiff.presentation.quotations import quote_rows

FELTS = {
    "felt-family.txt": (
        "Deep Throat's family remembers him\n\n"
        '"I was the one they called Deep Throat," Mark Felt said in 2005.\n\n'
        '"He never spoke of it at home, not once in thirty years," Joan Felt said.\n\n'
        '"We only learned it from a magazine like everybody else," Felt said.\n'
    ),
    "felt-wire.txt": (
        "Mark Felt dies at 95\n\n"
        '"I was the one they called Deep Throat," Mark Felt said in 2005.\n\n'
        '"He was a man of outstanding loyalty to the bureau," Felt said.\n'
    ),
}

SPELLINGS = {
    "tennis-daily.txt": (
        "Sharapova's former coach speaks out\n\n"
        '"She was the hardest worker I ever coached," Alexis Kougias said on Monday.\n\n'
        '"I never saw her miss a session," Kougias added.\n'
    ),
    "tennis-wire.txt": (
        "Coach praises Sharapova\n\n"
        '"She was the hardest worker I have ever coached," Alexis Kouyias said.\n\n'
        '"Nobody worked as hard as she did," Alexis Kouyias told reporters.\n'
    ),
}


def compared(folder: Path, texts: dict[str, str]) -> Report:
    """The report of comparing ``texts`` (file name -> article), written in ``folder``."""
    paths = []
    for name, text in texts.items():
        paths.append(folder / name)
        paths[-1].write_text(text, encoding="utf-8")
    return compare_files(paths)


def test_one_person_is_one_speaker_in_the_rows(tmp_path: Path) -> None:
    """The engine names Varoufakis three ways; every row names him by the fullest name the report gives him."""
    report = compared(tmp_path, ATHENS)
    assert {q.speaker for q in report.quotes} == {"Yanis Varoufakis", "Professor Varoufakis", "Varoufakis"}
    rows = quote_rows(report)
    assert len(rows) == len(report.quotes) == 5
    assert {row.speaker for row in rows} == {"Yanis Varoufakis"}


def test_two_people_of_one_surname_stay_two(tmp_path: Path) -> None:
    """Mark Felt and Joan Felt are two speakers; "Felt" beside both in one article is left as written, "Felt" in an
    article naming only Mark Felt is him."""
    report = compared(tmp_path, FELTS)
    rows = [(row.article, row.speaker, row.words[:20]) for row in quote_rows(report)]
    assert rows == [
        (0, "Mark Felt", "I was the one they c"),
        (0, "Joan Felt", "He never spoke of it"),
        (0, "Felt", "We only learned it f"),
        (1, "Mark Felt", "I was the one they c"),
        (1, "Mark Felt", "He was a man of outs"),
    ]


def test_the_terminal_and_the_html_name_one_person_one_way(tmp_path: Path) -> None:
    """`reportdiff compare A B --html F` prints and writes one speaker for Varoufakis's five quotations."""
    compared(tmp_path, ATHENS)
    paths = [str(tmp_path / name) for name in ATHENS]
    terminal = StringIO()
    html_path = tmp_path / "out.html"
    assert cli.main([*paths, "--html", str(html_path)], stdout=terminal) == 0
    listed = terminal.getvalue().split("Quotations (5)", 1)[1]
    assert re.findall(r"\[[AB]\] ([^:]+):", listed) == ["Yanis Varoufakis"] * 5
    html = html_path.read_text(encoding="utf-8")
    section = html[html.index('<section class="quotes"') :]
    section = section[: section.index("</section>")]
    assert re.findall(r"<td><b>([^<]+)</b></td>", section) == ["Yanis Varoufakis"] * 5


def test_each_article_keeps_its_own_spelling_of_a_full_name(tmp_path: Path) -> None:
    """Two outlets spell one coach two ways: each article's quotations name him as that article spells him (the
    most quoted spelling used to replace the other: a difference the reader should see)."""
    report = compared(tmp_path, SPELLINGS)
    rows = [(row.article, row.speaker) for row in quote_rows(report)]
    assert rows == [(0, "Alexis Kougias"), (0, "Alexis Kougias"), (1, "Alexis Kouyias"), (1, "Alexis Kouyias")]


def test_one_article_spelling_a_name_two_ways_names_him_once(tmp_path: Path) -> None:
    """An article that spells one man two ways ("Hugh Hefner", "Hugh Heffner") names each of his quotations one way,
    the surname alone included; another article's rows keep their own spelling."""
    texts = {
        "playboy-daily.txt": (
            "Playboy founder marks a birthday\n\n"
            '"I have had a wonderful life," Hugh Hefner said at the party on Sunday.\n\n'
            '"The magazine will go on without me," Hugh Hefner added.\n\n'
            '"I never planned any of it," Hugh Heffner told the guests.\n\n'
            '"It was luck, mostly luck," Hefner said.\n'
        ),
        "playboy-wire.txt": (
            "Hefner celebrates in Los Angeles\n\n"
            '"I have had a wonderful life," Hugh Heffner said on Sunday.\n'
        ),
    }
    rows = [(row.article, row.speaker) for row in quote_rows(compared(tmp_path, texts))]
    assert rows == [(0, "Hugh Hefner")] * 4 + [(1, "Hugh Heffner")]
