"""A match's result is one figure, and a minus sign is part of its figure (review-s23 F32).

"beat Brask United 3-1" / "2-1" read as the ranges 1-3 and 2, so the "1"s agreed and nothing was flagged; "ended
3-1" / "1-3" read as compatible; "minus 5 degrees" / "5 degrees" agreed. Real texts through the whole comparison.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.figures import find_figures

LEAD = "Kellford FC played Brask United on Saturday in front of a home crowd, the club said."


def _report(tmp_path: Path, first: str, second: str) -> m.Report:
    return compare_texts(tmp_path, {"agency.txt": f"Match report\n\n{LEAD}\n\n{first}\n",
                                    "rewrite.txt": f"Match report\n\n{LEAD}\n\n{second}\n"})  # fmt: skip


def _flagged(report: m.Report) -> list[str]:
    return [note for link in report.links for note in link.notes if note.startswith("figure conflicts")]


def test_results_are_one_figure_never_a_range() -> None:
    assert [(f.text, f.unit) for f in find_figures("Kellford FC beat Brask United 3-1 on Saturday.")] == [
        ("3-1", "score")]
    assert [f.unit for f in find_figures("Kellford sealed a 2-0 win.")] == ["score"]
    # no result word, or a count after it: a range as before
    assert [(f.value, f.high) for f in find_figures("Rebels killed 10-15 people.")] == [(10, 15)]
    assert [(f.value, f.high) for f in find_figures("They won 10-15 seats.")] == [(10, 15)]


@pytest.mark.parametrize(("first", "second"), [
    ("Kellford FC beat Brask United 3-1 on Saturday.", "Kellford FC beat Brask United 2-1 on Saturday."),
    ("The match ended 3-1 to Kellford FC on Saturday.", "The match ended 1-3 to Kellford FC on Saturday."),
    ("Overnight the temperature fell to minus 5 degrees, forecasters said.",
     "Overnight the temperature fell to 5 degrees, forecasters said."),
])  # fmt: skip
def test_other_result_or_sign_conflicts(tmp_path: Path, first: str, second: str) -> None:
    report = _report(tmp_path, first, second)
    assert len(_flagged(report)) == 1
    assert [f.status for f in report.facts] == [m.CONFLICT]


def test_a_loss_told_either_way_is_one_result(tmp_path: Path) -> None:
    report = _report(tmp_path, "Kellford FC lost 1-3 to Brask United on Saturday.",
                     "Kellford FC lost 3-1 to Brask United on Saturday.")  # fmt: skip
    assert _flagged(report) == [] and [f.status for f in report.facts] == [m.AGREE]


def test_glued_minus_sign() -> None:
    assert [(f.text, f.value) for f in find_figures("The temperature fell to -5 degrees overnight.")] == [
        ("-5 degrees", -5)]
    # a dash after a letter, a digit or before a space is no sign
    assert [f.value for f in find_figures("Rebels killed 10 - 15 people.")] == [10]
