"""An ISO date ("2026-03-12", as data desks and translated copy write it) is a date: it was a year 2026 and a count
"03-12" (a range 3 to 12), so it and "12 March 2026" were three single sources (review-s23 r33). A numeric date with
slashes ("12/03/2026": day or month first?) stays no figure. Real text shapes through the whole comparison."""

from __future__ import annotations

from pathlib import Path

from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.figures import find_figures

LEAD = "A passenger ferry capsized on Lake Tamsin near Kellford on Tuesday, the regional coastguard said."


def test_iso_dates() -> None:
    found = find_figures("The inquiry into the sinking will open on 2026-03-12, the ministry said.")
    assert [(f.text, f.value, f.unit) for f in found] == [("2026-03-12", 312, "date")]
    assert find_figures("The inquiry will open on 12/03/2026, the ministry said.") == []
    assert [f.unit for f in find_figures("Case 2026-13-45 was closed.")] != ["date"]


def test_iso_and_written_dates_agree(tmp_path: Path) -> None:
    sentence = "The inquiry into the sinking will open on {}, the ministry said."
    iso, written = sentence.format("2026-03-12"), sentence.format("12 March 2026")
    report = compare_texts(tmp_path, {"agency.txt": f"Ferry\n\n{LEAD}\n\n{iso}\n",
                                      "page.txt": f"Ferry\n\n{LEAD}\n\n{written}\n"})  # fmt: skip
    dates = [f for f in report.facts if all(report.figures[i].sentence > 0 for i in f.figures)]
    assert [(f.status, [report.figures[i].text for i in f.figures]) for f in dates] == [
        (m.AGREE, ["2026-03-12", "12 March 2026"])]
