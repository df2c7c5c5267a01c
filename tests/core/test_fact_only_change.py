"""A date, year or age put for another in two sentences the word diff changes in nothing else is one thing told two
ways, whatever the values (review-s23 F16): "The ferry was 38 years old" / "... 47 years old" and "a 78-year-old
woman" / "an 87-year-old woman" (the article follows the number's sound) were unflagged agreements with two
single-source ages, since two ages are two people unless the values look like a slip of the keyboard. Sentences that
change anything else (another name) keep that rule. Real text shapes through the whole comparison."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m

LEAD = "A passenger ferry capsized on Lake Tamsin near Kellford on Tuesday, the regional coastguard said."


def _report(tmp_path: Path, first: str, second: str) -> m.Report:
    return compare_texts(tmp_path, {"agency.txt": f"Ferry capsizes\n\n{LEAD}\n\n{first}\n",
                                    "rewrite.txt": f"Ferry capsizes\n\n{LEAD}\n\n{second}\n"})  # fmt: skip


def _conflicts(report: m.Report) -> list[str]:
    return [n for link in report.links for n in link.notes if n.startswith("figure conflicts")]


@pytest.mark.parametrize(("first", "second", "note"), [
    ("The ferry was 38 years old, the company said.", "The ferry was 47 years old, the company said.",
     "figure conflicts: 38 years old vs 47 years old (age 38)"),
    ("The dead include a 78-year-old woman, police said.", "The dead include an 87-year-old woman, police said.",
     "figure conflicts: 78-year-old vs 87-year-old (age 78)"),
    ("The captain, aged 54, has been arrested, police said.", "The captain, aged 61, has been arrested, police said.",
     "figure conflicts: 54 vs 61 (age 54)"),
    ("The inquiry into the sinking will open on March 12, the ministry said.",
     "The inquiry into the sinking will open on May 30, the ministry said.",
     "figure conflicts: March 12 vs May 30 (March 12)"),
])  # fmt: skip
def test_nothing_else_changed(tmp_path: Path, first: str, second: str, note: str) -> None:
    report = _report(tmp_path, first, second)
    assert _conflicts(report) == [note]
    assert [f.status for f in report.facts if f.status == m.CONFLICT] == [m.CONFLICT]


def test_other_people_keep_their_ages(tmp_path: Path) -> None:
    report = _report(tmp_path, "The captain, Tom Smith, 38, has been arrested, police said.",
                     "The engineer, Ann Jones, 47, has been arrested, police said.")  # fmt: skip
    assert _conflicts(report) == []
