"""A tens word joined to its unit by an en dash, an em dash or a typographic hyphen is one number: "Forty–two people
were rescued" read as "Forty" and "two people rescued", so it and "Forty-two" (42) were two single sources and the
link's count of the rescued said 2 (typeset and translated copy). Real text shapes through the whole comparison."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.figures import find_figures

LEAD = "A passenger ferry capsized on Lake Tamsin near Kellford on Tuesday, the regional coastguard said."


@pytest.mark.parametrize("dash", ["\u2013", "\u2014", "\u2010", "\u2011"])
def test_dashed_tens_and_units(dash: str) -> None:
    found = find_figures(f"Forty{dash}two people were rescued from the water.")
    assert [(f.text, f.value, f.counts) for f in found] == [(f"Forty{dash}two", 42, "people rescued")]
    assert [(f.value, f.unit) for f in find_figures(f"A twenty{dash}five-year-old man died.")] == [(25, "age")]


def test_spaced_dash_stays_two_words() -> None:
    assert [f.value for f in find_figures("The blast killed forty \u2014 two of them children.")] == [40, 2]


def test_hyphen_and_dash_agree(tmp_path: Path) -> None:
    sentence = "Forty{}two people were rescued from the water, the coastguard said."
    report = compare_texts(tmp_path, {"agency.txt": f"Ferry\n\n{LEAD}\n\n{sentence.format('-')}\n",
                                      "page.txt": f"Ferry\n\n{LEAD}\n\n{sentence.format(chr(0x2013))}\n"})  # fmt: skip
    rescued = [f for f in report.facts if report.figures[f.figures[0]].counts == "people rescued"]
    assert [(f.status, [report.figures[i].value for i in f.figures]) for f in rescued] == [(m.AGREE, [42, 42])]
