"""A hedge that leaves its own number out never agrees with that number (review-s23 F23).

"more than 40" and "exactly 40" were told to agree ("same count, different hedging"); "more than 40" / "40",
"fewer than 10" / "10" and "almost 20" / "20" too. Now the first is a conflict, the others compatible (a plain number
may be rounded), never an agreement. Real texts through the whole comparison.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m

LEAD = "A passenger ferry capsized on Lake Tamsin near Kellford on Tuesday, the regional coastguard said."
SENTENCE = "Rescuers pulled {} people from the water alive, the coastguard said."


def _report(tmp_path: Path, first: str, second: str) -> m.Report:
    return compare_texts(tmp_path, {
        "agency.txt": f"Ferry capsizes\n\n{LEAD}\n\n{SENTENCE.format(first)}\n",
        "rewrite.txt": f"Ferry capsizes\n\n{LEAD}\n\n{SENTENCE.format(second)}\n",
    })  # fmt: skip


def test_more_than_against_exactly_conflicts(tmp_path: Path) -> None:
    report = _report(tmp_path, "more than 40", "exactly 40")
    assert [(f.status, f.note) for f in report.facts] == [(m.CONFLICT, "exactly 40 vs more than 40 people rescued")]
    assert len([n for link in report.links for n in link.notes if n.startswith("figure conflicts")]) == 1


@pytest.mark.parametrize(("first", "second"), [("more than 40", "40"), ("fewer than 10", "10"), ("almost 20", "20")])
def test_strict_hedge_against_plain_number_is_compatible(tmp_path: Path, first: str, second: str) -> None:
    report = _report(tmp_path, first, second)
    assert [f.status for f in report.facts] == [m.COMPATIBLE]
    assert [n for link in report.links for n in link.notes if n.startswith("figure conflicts")] == []


def test_at_least_still_agrees(tmp_path: Path) -> None:
    assert [f.status for f in _report(tmp_path, "at least 40", "40").facts] == [m.AGREE]
