"""An age's row in the figures table is labelled from its value, never copied from how an outlet typed it: "a 40 -
year - old man" (tokenised copy), "40 year-old" and "two-year-old" read "40-year-old" and "2-year-old", as "a
40-year-old man" does; a bare age ("Smith, 26,") reads "age 26" and the predicate "40 years old" as written, as
before. Before, the table showed "40 - year - old", "40 year-old" and "age two-year-old" beside "10-year-old"
rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportdiff.core.compare import compare_files


def _age_labels(folder: Path, texts: list[str]) -> list[tuple[str, str]]:
    """(label, status) of each age fact of comparing ``texts`` through the engine."""
    paths = []
    for k, text in enumerate(texts):
        path = folder / f"{k}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    report = compare_files(paths)
    return sorted(
        (fact.label, fact.status) for fact in report.facts if report.figures[fact.figures[0]].unit.startswith("age")
    )


@pytest.mark.parametrize(
    ("told", "label"),
    [
        ("the gunman, a 40 - year - old man from Hixson,", "40-year-old"),  # tokenised: hyphens between spaces
        ("the gunman, a 40 year-old man from Hixson,", "40-year-old"),  # one hyphen left out
        ("the gunman, a two-year-old's father,", "2-year-old"),  # the age in words
        ("the gunman, a 40-year old man from Hixson,", "40-year-old"),  # the other one left out
    ],
)
def test_an_age_reads_one_way_however_it_is_typed(tmp_path: Path, told: str, label: str) -> None:
    """One outlet's age, however typed, is labelled "N-year-old"."""
    text = f"Police said {told} opened fire at the plant on Tuesday.\n\nThe plant was closed for the rest of the week."
    other = "Shots were fired at the plant on Tuesday, police said.\n\nThe plant stayed closed for the week."
    assert (label, "single_source") in _age_labels(tmp_path, [text, other])


def test_two_spellings_of_one_age_agree_under_one_label(tmp_path: Path) -> None:
    """'a 40 - year - old man' and '40 years old' of one gunman: one row, "40-year-old", agree; a bare age keeps
    "age 26"."""
    first = (
        "Police said the gunman, a 40 - year - old man from Hixson, opened fire at the plant on Tuesday.\n\n"
        "A guard, Tom Reed, 26, was wounded."
    )
    second = (
        "Police said the gunman, who was 40 years old, opened fire at the plant on Tuesday.\n\n"
        "The plant was closed for the rest of the week."
    )
    labels = _age_labels(tmp_path, [first, second])
    assert ("40-year-old", "agree") in labels
    assert ("age 26", "single_source") in labels
