"""An age after a name in the possessive is someone else's: "Timmons' 16-year-old best friend" is the friend's age,
never Jermayne Timmons' (ECB+ 33ecb: the friend's "16 year-old" and "16-year-old Jermayne Timmons" agreed as one age
row). Read through the engine: the friend's age is a row of its own, Timmons' two ages still agree."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import age_facts, compare_texts  # tests/core/documents.py

from reportdiff.core.facts import age_holder, same_holder

TRIAL = (
    "The trial of 16-year-old Jermayne Timmons began Tuesday in Albany County Court.\n\n"
    "Timmons' 16-year-old best friend took the stand and described the gun the teens shared."
)
ACCUSED = (
    "Jermayne Timmons, 16, is accused of firing the shot that killed a girl on First Street in May.\n\n"
    "Jurors heard the first witnesses on Tuesday."
)


def _age_rows(folder: Path, texts: list[str]) -> list[tuple[str, list[int]]]:
    """(status, articles of its figures) of each age fact of comparing ``texts`` through the engine."""
    report = compare_texts(folder, {f"{k}.txt": text for k, text in enumerate(texts)})
    return sorted((fact.status, [report.figures[i].article for i in fact.figures]) for fact in age_facts(report))


def test_the_friends_age_is_not_timmons_age(tmp_path: Path) -> None:
    """Timmons' age agrees across the two articles; his friend's equal age is a row of its own."""
    assert _age_rows(tmp_path, [TRIAL, ACCUSED]) == [("agree", [0, 1]), ("single_source", [0])]


@pytest.mark.parametrize(
    ("sentence", "holder"),
    [
        ("Timmons' 16-year-old best friend took the stand.", "of Timmons"),
        ("Timmons ' 16 year-old best friend took the stand.", "of Timmons"),  # tokenised copy (ECB+)
        ("Ms. Mendes' 12-year-old daughter was also in the house.", "daughter of Ms. Mendes"),
        ("Police said Smith's 8-year-old son was hit.", "son of Smith"),
        ("The trial of 16-year-old Jermayne Timmons, a student, began.", "Jermayne Timmons"),  # no possessive
    ],
)
def test_holder_after_a_possessive(sentence: str, holder: str) -> None:
    start = sentence.index("-old") - len("16-year")
    while not sentence[start].isdigit():
        start += 1
    assert age_holder(sentence, start, sentence.index("old") + 3) == holder


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        ("of Timmons", "Jermayne Timmons", False),  # the owner himself
        ("of Timmons", "", False),  # an age of nobody said, in a story about Timmons: his
        ("of Timmons", "of Timmons", True),  # the friend in two articles
        ("son of Smith", "boy", True),  # a son may be the boy
        ("son of Smith", "woman", False),  # never the woman
        ("of Timmons", "Marcus Lee", True),  # the friend may have a name
    ],
)
def test_same_holder_with_an_owner(a: str, b: str, one: bool) -> None:
    assert same_holder(a, b) is one and same_holder(b, a) is one
