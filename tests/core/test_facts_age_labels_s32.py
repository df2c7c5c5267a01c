"""An age's row in the figures table is labelled from its value in one form, never copied from how an outlet typed
it: "a 40 - year - old man" (tokenised copy), "40 year-old", "40-year old", "40 years old" and "Smith, 40," all read
"age 40", "two-year-old" "age 2", a "6-month-old" "age 6 months", "9 or 10 year old" "age 9 to 10". Before, the
table showed "40 - year - old", "40 year-old" and "age two-year-old" beside "10-year-old" rows, and one boy's two
rows read "15-year-old" and "age 16"."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import age_facts, compare_texts  # tests/core/documents.py


def _age_labels(folder: Path, texts: list[str]) -> list[tuple[str, str]]:
    """(label, status) of each age fact of comparing ``texts`` through the engine."""
    report = compare_texts(folder, {f"{k}.txt": text for k, text in enumerate(texts)})
    return sorted((fact.label, fact.status) for fact in age_facts(report))


@pytest.mark.parametrize(
    ("told", "label"),
    [
        ("the gunman, a 40 - year - old man from Hixson,", "age 40"),  # tokenised: hyphens between spaces
        ("the gunman, a 40 year-old man from Hixson,", "age 40"),  # one hyphen left out
        ("the gunman, a two-year-old's father,", "age 2"),  # the age in words
        ("the gunman, a 40-year old man from Hixson,", "age 40"),  # the other one left out
        ("the gunman, who was 40 years old,", "age 40"),  # the predicate
        ("the gunman, Tom Reed, 40,", "age 40"),  # a bare age
        ("the gunman, father of a 6-month-old girl,", "age 6 months"),
        ("the gunman, a 9 or 10 year old boy,", "age 9 to 10"),
    ],
)
def test_an_age_reads_one_way_however_it_is_typed(tmp_path: Path, told: str, label: str) -> None:
    """One outlet's age, however typed, is labelled "age N"."""
    text = f"Police said {told} opened fire at the plant on Tuesday.\n\nThe plant was closed for the rest of the week."
    other = "Shots were fired at the plant on Tuesday, police said.\n\nThe plant stayed closed for the week."
    assert (label, "single_source") in _age_labels(tmp_path, [text, other])


def test_two_spellings_of_one_age_agree_under_one_label(tmp_path: Path) -> None:
    """'a 40 - year - old man' and '40 years old' of one gunman: one row, "age 40", agree; a bare age reads
    "age 26" alike."""
    first = (
        "Police said the gunman, a 40 - year - old man from Hixson, opened fire at the plant on Tuesday.\n\n"
        "A guard, Tom Reed, 26, was wounded."
    )
    second = (
        "Police said the gunman, who was 40 years old, opened fire at the plant on Tuesday.\n\n"
        "The plant was closed for the rest of the week."
    )
    labels = _age_labels(tmp_path, [first, second])
    assert ("age 40", "agree") in labels
    assert ("age 26", "single_source") in labels
