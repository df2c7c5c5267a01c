"""A change in percentage points turned into a percent by a rewrite ("fell 5 percentage points" / "fell 5%") is a
conflict, as "2 km" / "2 miles" is: the same number with another unit of one measure, put for it where it stands
(review-s23 F30; they were two single sources and the link an agreement). Real text shapes through the whole
comparison."""

from __future__ import annotations

from pathlib import Path

from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m

LEAD = "A passenger ferry capsized on Lake Tamsin near Kellford on Tuesday, the regional coastguard said."


def _report(tmp_path: Path, first: str, second: str) -> m.Report:
    return compare_texts(tmp_path, {"agency.txt": f"Ferry capsizes\n\n{LEAD}\n\n{first}\n",
                                    "rewrite.txt": f"Ferry capsizes\n\n{LEAD}\n\n{second}\n"})  # fmt: skip


def test_points_put_for_percent(tmp_path: Path) -> None:
    report = _report(tmp_path, "Support for the operator fell 5 percentage points, a poll found.",
                     "Support for the operator fell 5%, a poll found.")  # fmt: skip
    assert [n for link in report.links for n in link.notes if n.startswith("figure conflicts")] == [
        "figure conflicts: fell 5 percentage points vs fell 5% (fell 5 percentage points)"]


def test_points_and_percent_of_other_things(tmp_path: Path) -> None:
    report = _report(tmp_path, "Support for the operator fell 5 percentage points, a poll found.",
                     "Support for the operator fell 5 percentage points to 41%, a poll found.")  # fmt: skip
    assert not [f for f in report.facts if f.status == m.CONFLICT]
