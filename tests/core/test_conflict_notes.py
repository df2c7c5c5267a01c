"""A link's figure-conflict note: kept when the two sentences differ only in a sign or a currency symbol, and
worded with each figure's hedge (the figures engineer's findings of session 24)."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m


@pytest.mark.parametrize(
    ("ours", "theirs", "note"),
    [
        # no word differs, a sign or a symbol does: a conflict all the same
        ("Temperatures fell to -5 degrees in Kellford overnight, forecasters said.",
         "Temperatures fell to 5 degrees in Kellford overnight, forecasters said.",
         "figure conflicts: -5 degrees vs 5 degrees"),
        ("The ferry company said a charter for the crossing costs $12,000 a day.",
         "The ferry company said a charter for the crossing costs €12,000 a day.",
         "figure conflicts: $12,000 vs €12,000"),
        # the hedges are in the note: not "40 vs 40"
        ("Rescuers pulled more than 40 people from the water, the coastguard said.",
         "Rescuers pulled exactly 40 people from the water, the coastguard said.",
         "figure conflicts: more than 40 vs exactly 40"),
    ],
)
def test_the_link_is_flagged_and_its_note_names_both_figures(tmp_path: Path, ours: str, theirs: str, note: str) -> None:
    report = compare_texts(tmp_path, {"a.txt": f"Ferry news\n\n{ours}\n", "b.txt": f"Ferry news\n\n{theirs}\n"})
    link = next(link for link in report.links if report.sentence(link.source).text == ours)
    assert link.kind == m.DISCREPANCY and m.FIGURE_CONFLICT in link.flags
    assert any(n.startswith(note) for n in link.notes), link.notes


def test_the_same_sentence_twice_never_conflicts(tmp_path: Path) -> None:
    same = "Rescuers pulled 42 people from the water, the coastguard said."
    report = compare_texts(tmp_path, {"a.txt": f"Ferry news\n\n{same}\n", "b.txt": f"Ferry news\n\n{same}\n"})
    assert all(not link.flags for link in report.links)
