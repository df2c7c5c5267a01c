"""An ordinal that counts events in a time frame is a figure ("the third fatal accident on the lake since 2019"), so
"the third" / "the fourth" put one for the other conflict (review-s23 F33: no figure, and the link an agreement).
Ordinals naming a place in an order ("the fourth quarter", "third-ranked") stay no figures. Real texts through the
whole comparison."""

from __future__ import annotations

from pathlib import Path

from documents import compare_texts  # tests/core/documents.py

from reportdiff.core.figures import find_figures

LEAD = "A passenger ferry capsized on Lake Tamsin near Kellford on Tuesday, the regional coastguard said."


def test_counting_ordinals_only() -> None:
    found = find_figures("It was the third fatal accident on the lake since 2019.")
    assert [(f.text, f.value, f.unit) for f in found] == [("third", 3, "ordinal"), ("2019", 2019, "year")]
    assert [(f.text, f.unit) for f in find_figures("It was the second outage this year.")] == [("second", "ordinal")]
    assert find_figures("Indianapolis scored twice in the fourth quarter.") == []
    assert find_figures("The third-ranked team won again.") == []


def test_third_against_fourth_conflicts(tmp_path: Path) -> None:
    report = compare_texts(tmp_path, {
        "agency.txt": f"Ferry capsizes\n\n{LEAD}\n\nIt was the third fatal accident on the lake since 2019.\n",
        "rewrite.txt": f"Ferry capsizes\n\n{LEAD}\n\nIt was the 4th fatal accident on the lake since 2019.\n",
    })  # fmt: skip
    assert [n for link in report.links for n in link.notes if n.startswith("figure conflicts")] == [
        "figure conflicts: third vs 4th (third)"]
