"""An agreement's note says what differs between equal claims: a hedge, a date's year, or only the wording
(review-s23 F5: "'2 km' and 'two kilometres' ... same count, different hedging", said of a distance with no hedge,
and of a date). Real texts through the whole comparison."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

LEAD = "A passenger ferry capsized on Lake Tamsin near Kellford on Tuesday, the regional coastguard said."


@pytest.mark.parametrize(("first", "second", "how"), [
    ("The ferry sank 2 km from the harbour.", "The ferry sank two kilometres from the harbour.",
     "same value, written differently"),
    ("The inquiry opens on 12 March 2025, the ministry said.", "The inquiry opens on March 12, the ministry said.",
     "same date, one gives the year"),
    ("Rescuers pulled at least 40 people out.", "Rescuers pulled 40 people out.", "same count, different hedging"),
])  # fmt: skip
def test_agreement_note_names_what_differs(tmp_path: Path, first: str, second: str, how: str) -> None:
    report = compare_texts(tmp_path, {"agency.txt": f"Ferry capsizes\n\n{LEAD}\n\n{first}\n",
                                      "rewrite.txt": f"Ferry capsizes\n\n{LEAD}\n\n{second}\n"})  # fmt: skip
    assert [f.note.split(": ", 1)[-1] for f in report.facts] == [how]
