"""The same number with another unit of one measure, put for it where it stands, is a conflict (review-s23 F30: "2 km
from the harbour" / "2 miles", "fined $12,000" / "fined €12,000" were two single sources and the link an agreement).
A correct conversion ("2 km" / "1.2 miles") is no conflict. Real texts through the whole comparison."""

from __future__ import annotations

from pathlib import Path

from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m

LEAD = "A passenger ferry capsized on Lake Tamsin near Kellford on Tuesday, the regional coastguard said."


def _report(tmp_path: Path, first: str, second: str) -> m.Report:
    return compare_texts(tmp_path, {"agency.txt": f"Ferry capsizes\n\n{LEAD}\n\n{first}\n",
                                    "rewrite.txt": f"Ferry capsizes\n\n{LEAD}\n\n{second}\n"})  # fmt: skip


def test_unit_changed_by_a_rewrite(tmp_path: Path) -> None:
    report = _report(tmp_path, "The ferry sank 2 km from the harbour, police said.",
                     "The ferry sank 2 miles from the harbour, police said.")  # fmt: skip
    assert [n for link in report.links for n in link.notes if n.startswith("figure conflicts")] == [
        "figure conflicts: 2 km vs 2 miles (2 km)"]
    assert [(f.status, f.note) for f in report.facts] == [(m.CONFLICT, "2 km vs 2 miles")]
    report = _report(tmp_path, "The operator was fined $12,000 for safety breaches.",
                     "The operator was fined €12,000 for safety breaches.")  # fmt: skip
    assert [(f.status, f.note) for f in report.facts] == [(m.CONFLICT, "$12,000 vs €12,000")]


def test_a_conversion_is_no_conflict(tmp_path: Path) -> None:
    """A correct conversion is one distance told in two units (core/fact_units.py): one compatible fact, no flag
    (before session 33, two single sources)."""
    report = _report(tmp_path, "The ferry sank 2 km from the harbour, police said.",
                     "The ferry sank 1.2 miles from the harbour, police said.")  # fmt: skip
    assert [f.status for f in report.facts] == [m.COMPATIBLE]
    assert not [n for link in report.links for n in link.notes if n.startswith("figure conflicts")]
