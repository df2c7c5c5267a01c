""""N were rescued" counts the rescued, so a swap of the rescued and the missing is two conflicts, not one (review-s23
F24: "42 were rescued and 9 are missing" / "9 were rescued and 42 are missing" flagged only the missing). Real texts
through the whole comparison."""

from __future__ import annotations

from pathlib import Path

from documents import compare_texts  # tests/core/documents.py

from reportdiff.core.figures import find_figures

LEAD = "A passenger ferry capsized on Lake Tamsin near Kellford on Tuesday, the regional coastguard said."


def test_rescued_is_a_role() -> None:
    found = find_figures("Of the 73 on board, 42 were rescued and 9 are missing, officials said.")
    assert [(f.value, f.counts) for f in found] == [(73, ""), (42, "rescued"), (9, "missing")]
    found = find_figures("Rescuers pulled 42 people from the water alive, the coastguard said.")
    assert [(f.value, f.counts) for f in found] == [(42, "people rescued")]
    # the rescuer is not rescued: an active verb after an adverb ("Smith, 26 likely saved many lives")
    assert [f.counts for f in find_figures("Officer Randall Smith, 26 likely saved many lives.")] == [""]


def test_rescued_and_missing_swapped_are_two_conflicts(tmp_path: Path) -> None:
    report = compare_texts(tmp_path, {
        "agency.txt": f"Ferry capsizes\n\n{LEAD}\n\nOf the 73 on board, 42 were rescued and 9 are missing, officials "
                      "said.\n",
        "rewrite.txt": f"Ferry capsizes\n\n{LEAD}\n\nOf the 73 on board, 9 were rescued and 42 are missing, officials "
                       "said.\n",
    })  # fmt: skip
    notes = sorted(n for link in report.links for n in link.notes if n.startswith("figure conflicts"))
    assert notes == ["figure conflicts: 42 vs 9 (rescued)", "figure conflicts: 9 vs 42 (missing)"]
