"""A decimal comma, as translated wire copy writes it, is read where it cannot be a thousands group: one or two digits
after the comma, then a scale word, a percent, a currency word or a measure ("1,2 million euros", "2,5%"). "1,2 million
euros" was no figure at all, so it and "1.2 million euros" were one single source (review-s23 F30). "1,500" stays
fifteen hundred, and a bare "1,2" no figure. Real text shapes through the whole comparison."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.figures import find_figures

LEAD = "A passenger ferry capsized on Lake Tamsin near Kellford on Tuesday, the regional coastguard said."


@pytest.mark.parametrize(("sentence", "read"), [
    ("The operator was fined 1,2 million euros last year.", [("1,2 million euros", 1_200_000, "money:EUR")]),
    ("Wyeth estimates that 1,2 million women are still taking the pills.", [("1,2 million", 1_200_000, "")]),
    ("Ticket sales fell 2,5% in March.", [("fell 2,5%", -2.5, "percent")]),
    ("Unemployment stood at 12,75 percent.", [("12,75 percent", 12.75, "percent")]),
    ("The ferry sank 0,8 km from the harbour.", [("0,8 km", 0.8, "length:km")]),
    ("It cost €1,5 million to raise the wreck.", [("€1,5 million", 1_500_000, "money:EUR")]),
])  # fmt: skip
def test_decimal_commas(sentence: str, read: list[tuple[str, float, str]]) -> None:
    assert [(f.text, f.value, f.unit) for f in find_figures(sentence)] == read


def test_thousands_and_lists_stay_as_they_were() -> None:
    assert [(f.text, f.value) for f in find_figures("Police said 1,500 people were evacuated.")] == [("1,500", 1500)]
    assert [(f.text, f.value) for f in find_figures("The fare is 1,25 for adults.")] == []
    assert not [f for f in find_figures("In 2010,12 percent of voters stayed home.") if "," in f.text]


def test_decimal_comma_and_point_agree(tmp_path: Path) -> None:
    sentence = "The operator was fined {} euros in 2021 for safety breaches, court records show."
    report = compare_texts(tmp_path, {"agency.txt": f"Fine\n\n{LEAD}\n\n{sentence.format('1.2 million')}\n",
                                      "wire.txt": f"Fine\n\n{LEAD}\n\n{sentence.format('1,2 million')}\n"})  # fmt: skip
    fines = [f for f in report.facts if report.figures[f.figures[0]].unit == "money:EUR"]
    assert [(f.status, len(f.figures)) for f in fines] == [(m.AGREE, 2)]
