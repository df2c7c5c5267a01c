"""A date, year or age put for another where it stands, in sentences that differ in nothing else, is a conflict
(review-s23 F16).

"built in 1987" / "built in 1978" (transposed digits), "March 12" / "March 21", "March 12" / "April 12", "aged 54" /
"aged 45" were two single sources and the link read "agreement": two dates conflicted only within three days of one
month, two years only one year apart, two ages never (rules for loosely aligned sentences about two events or two
people). Real texts through the whole comparison.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m

LEAD = "A passenger ferry capsized on Lake Tamsin near Kellford on Tuesday, the regional coastguard said."


def _report(tmp_path: Path, first: str, second: str) -> m.Report:
    return compare_texts(tmp_path, {"agency.txt": f"Ferry capsizes\n\n{LEAD}\n\n{first}\n",
                                    "rewrite.txt": f"Ferry capsizes\n\n{LEAD}\n\n{second}\n"})  # fmt: skip


@pytest.mark.parametrize(("first", "second"), [
    ("The ferry, built in 1987, was run by Tamsin Lines.", "The ferry, built in 1978, was run by Tamsin Lines."),
    ("The inquiry will open on March 12, the ministry said.", "The inquiry will open on March 21, the ministry said."),
    ("The inquiry will open on March 12, the ministry said.", "The inquiry will open on April 12, the ministry said."),
    ("The captain, aged 54, has been arrested, police said.", "The captain, aged 45, has been arrested, police said."),
])  # fmt: skip
def test_same_slot_typo_conflicts(tmp_path: Path, first: str, second: str) -> None:
    report = _report(tmp_path, first, second)
    notes = [note for link in report.links for note in link.notes if note.startswith("figure conflicts")]
    assert len(notes) == 1
    assert [f.status for f in report.facts] == [m.CONFLICT]


def test_other_values_keep_the_loose_rule(tmp_path: Path) -> None:
    # two dates four days apart, not a typo's shape: two announcements, not one date told two ways
    report = _report(tmp_path, "Seacom said today (10 October 2011) that the repairs will take twelve days.",
                     "Seacom announced on Twitter today (14 October 2011) that it had restored all its customers.")
    assert [note for link in report.links for note in link.notes if note.startswith("figure conflicts")] == []


def test_other_words_around_keep_two_events_apart(tmp_path: Path) -> None:
    # a date told with other words around it is not put for the other where it stands: the old rule holds
    report = _report(tmp_path, "The ferry sank on March 12 after its engine failed near the harbour.",
                     "A smaller boat capsized on April 2 in a storm near the harbour.")  # fmt: skip
    assert [note for link in report.links for note in link.notes if note.startswith("figure conflicts")] == []
