"""A capacity is not a count of the people there, and a difference is not a count (review-s23 F2).

"licensed for 50 people" was flagged against "was carrying 73 people" (50 vs 73 people), and "23 more than it was
licensed for" joined the capacity's fact. Real texts through the whole comparison.
"""

from __future__ import annotations

from pathlib import Path

from documents import compare_texts  # tests/core/documents.py

from reportdiff.core.figures import find_figures

LEAD = "A passenger ferry capsized on Lake Tamsin near Kellford on Tuesday, the regional coastguard said."


def test_capacity_and_difference_are_read_apart() -> None:
    found = find_figures("The ferry was licensed to carry up to 50 people.")
    assert [(f.value, f.qualifier, f.scope) for f in found] == [(50, "up to", "capacity")]
    found = find_figures("The vessel was carrying 73 people, 23 more than it was licensed for, when it capsized.")
    assert [(f.text, f.scope) for f in found] == [("73", ""), ("23 more", "change")]


def test_capacity_against_load_is_no_conflict(tmp_path: Path) -> None:
    report = compare_texts(tmp_path, {
        "ledger.txt": f"Ferry capsizes\n\n{LEAD}\n\nThe vessel, which was licensed for 50 people, was carrying 68 "
                      "passengers and 5 crew when it capsized.\n",
        "star.txt": f"Ferry capsizes\n\n{LEAD}\n\nThe vessel was carrying 73 people, 23 more than it was licensed "
                    "for, when it capsized.\n",
    })  # fmt: skip
    assert [n for link in report.links for n in link.notes if n.startswith("figure conflicts")] == []
    together = [sorted(report.figures[i].text for i in f.figures) for f in report.facts if len(f.figures) > 1]
    assert together == []  # the capacity, the load and the excess are three things


def test_two_capacities_told_alike_agree(tmp_path: Path) -> None:
    report = compare_texts(tmp_path, {
        "a.txt": f"Ferry capsizes\n\n{LEAD}\n\nThe ferry could carry 50 people.\n",
        "b.txt": f"Ferry capsizes\n\n{LEAD}\n\nIts licence allowed 50 people on board.\n",
    })  # fmt: skip
    assert [(f.status, len(f.figures)) for f in report.facts] == [("agree", 2)]
