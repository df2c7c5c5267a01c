"""A figure right after a change verb states a change, with its direction (review-s23 F15, F33).

"The death toll rose by 2 to 19" was read as the range 2-19, so the new toll was lost and "rose by two to 19" /
"rose by four to 21" read as compatible; "ticket sales rose 12%" and "fell 12%" agreed. Now "rose by 2" is a change
(scope ``change``) and 19 the toll; a fall is negative, so the two directions conflict. Real texts through the whole
comparison.
"""

from __future__ import annotations

from pathlib import Path

from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.figures import find_figures

LEAD = "A passenger ferry capsized on Lake Tamsin near Kellford on Tuesday, the regional coastguard said."


def _conflicts(tmp_path: Path, first: str, second: str) -> list[str]:
    report = compare_texts(tmp_path, {"agency.txt": f"Ferry capsizes\n\n{LEAD}\n\n{first}\n",
                                      "rewrite.txt": f"Ferry capsizes\n\n{LEAD}\n\n{second}\n"})  # fmt: skip
    return sorted(note for link in report.links for note in link.notes if note.startswith("figure conflicts"))


def test_rose_by_to_is_a_change_and_a_level() -> None:
    found = find_figures("The death toll rose by 2 to 19 overnight, the coastguard said.")
    assert [(f.text, f.value, f.high, f.counts, f.scope) for f in found] == [
        ("rose by 2", 2, None, "killed", "change"), ("19", 19, None, "killed", "")]
    found = find_figures("Shares fell by about 8 percent to 41.20 euros.")
    assert [(f.text, f.value, f.qualifier, f.scope) for f in found[:1]] == [
        ("fell by about 8 percent", -8, "about", "change")]
    # a unit after the second bound only: a range of change ("by 10 to 15 percent")
    assert [(f.value, f.high) for f in find_figures("Fares increased by 10 to 15 percent.")] == [(10, 15)]


def test_new_toll_after_rose_by_conflicts(tmp_path: Path) -> None:
    assert _conflicts(tmp_path, "The death toll rose by 2 to 19 overnight, the coastguard said.",
                      "The death toll rose to 21 overnight, the coastguard said.") == [
        "figure conflicts: 19 vs 21 (killed)"]  # fmt: skip
    notes = _conflicts(tmp_path, "The death toll rose by two to 19 overnight, the coastguard said.",
                       "The death toll rose by four to 21 overnight, the coastguard said.")  # fmt: skip
    assert len(notes) == 2 and "figure conflicts: 19 vs 21 (killed)" in notes


def test_opposite_directions_conflict(tmp_path: Path) -> None:
    assert _conflicts(tmp_path, "Ticket sales rose 12% after the disaster, the operator said.",
                      "Ticket sales fell 12% after the disaster, the operator said.") == [
        "figure conflicts: rose 12% vs fell 12% (rose 12%)"]  # fmt: skip
    assert _conflicts(tmp_path, "Passenger numbers were up 12% on last year, the operator said.",
                      "Passenger numbers were down 12% on last year, the operator said.") != []  # fmt: skip
    # the same direction in other words is one change
    report = compare_texts(tmp_path, {
        "agency.txt": f"Ferry capsizes\n\n{LEAD}\n\nTicket sales fell 12% after the disaster, the operator said.\n",
        "rewrite.txt": f"Ferry capsizes\n\n{LEAD}\n\nTicket sales dropped 12% after the disaster, the operator said.\n",
    })  # fmt: skip
    changes = [f for f in report.facts if any(report.figures[i].scope == "change" for i in f.figures)]
    assert [(f.status, f.label) for f in changes] == [(m.AGREE, "dropped 12%")]


def test_by_names_the_agent_after_a_role_verb() -> None:
    # "by" lets a rise's verb reach its count ("the toll rose by 2"), never a role verb its agent
    assert find_figures("The victims were outside the bar when they were shot by a male suspect.") == []


def test_level_after_a_change_conflicts(tmp_path: Path) -> None:
    # "fell 12% to 4,800 a day": 4,800 is the level reached, not a bare number that never clashes
    found = find_figures("Tamsin Lines said ticket sales fell 12% to 4,800 a day after the disaster.")
    assert [(f.text, f.counts) for f in found] == [("fell 12%", ""), ("4,800", "level")]
    assert _conflicts(tmp_path, "Tamsin Lines said ticket sales fell 12% to 4,800 a day after the disaster.",
                      "Tamsin Lines said ticket sales fell 12% to 3,900 a day after the disaster.") == [
        "figure conflicts: 4,800 vs 3,900 (4,800 level)"]  # fmt: skip
