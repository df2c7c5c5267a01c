"""Temperatures in British house style ("6C", "43F") and areas ("3 sq km") are figures with their units (review-s23
F6): "6C" / "9C" found nothing, so the link read "agreement"; "three square kilometres" was a length. Real texts
through the whole comparison."""

from __future__ import annotations

from pathlib import Path

from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.figures import find_figures

LEAD = "A passenger ferry capsized on Lake Tamsin near Kellford on Tuesday, the regional coastguard said."


def test_temperature_and_area_units() -> None:
    assert [(f.text, f.unit) for f in find_figures("The water temperature was 6C at the time.")] == [("6C", "degree")]
    assert [f.unit for f in find_figures("It was 6 degrees Celsius.")] == ["degree"]
    assert [(f.value, f.unit) for f in find_figures("It fell to -5C overnight.")] == [(-5, "degree")]
    assert [f.unit for f in find_figures("Highs of 43F are forecast.")] == ["degree:F"]
    assert [f.unit for f in find_figures("The lake covers 3 sq km.")] == ["area:km2"]
    assert [f.unit for f in find_figures("The lake covers three square kilometres.")] == ["area:km2"]
    assert [f.unit for f in find_figures("Pupils in Form 6C were sent home.")] == [""]  # a label, not a temperature


def test_temperatures_conflict_and_agree(tmp_path: Path) -> None:
    report = compare_texts(tmp_path, {
        "agency.txt": f"Ferry capsizes\n\n{LEAD}\n\nThe water temperature was 6C at the time, the coastguard said.\n",
        "rewrite.txt": f"Ferry capsizes\n\n{LEAD}\n\nThe water temperature was 9C at the time, the coastguard said.\n",
        "third.txt": f"Ferry capsizes\n\n{LEAD}\n\nThe water temperature was 6 degrees Celsius at the time, the "
                     "coastguard said.\n",
    })  # fmt: skip
    assert len([n for link in report.links for n in link.notes if n.startswith("figure conflicts")]) == 2
    assert [(f.status, sorted(report.figures[i].text for i in f.figures)) for f in report.facts] == [
        (m.CONFLICT, ["6 degrees Celsius", "6C", "9C"])]
