"""Hedged values and the article "a" are reconciled one way, and a fact's status and its note say the same thing
(review-s26): "about 19" and "19" agree (the note said "compatible" while the status said "agree"); a hedge that
leaves its value out ("more than 40" / "40") is compatible, its note says so; "a man was killed" says somebody was
killed, not that one was: against "two men were killed" it is compatible, never a conflict. Real text shapes through
the whole comparison."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core.facts import compatible, interval
from reportdiff.core.model import Figure

LEAD = "A gunman opened fire outside a nightclub in Dayton early on Sunday, police said."


def _facts(tmp_path: Path, first: str, second: str) -> list[tuple[str, str]]:
    report = compare_texts(tmp_path, {"wire.txt": f"Club shooting\n\n{LEAD}\n\n{first}\n",
                                      "paper.txt": f"Club shooting\n\n{LEAD}\n\n{second}\n"})  # fmt: skip
    return [(fact.status, fact.note) for fact in report.facts]


@pytest.mark.parametrize(
    ("first", "second", "status"),
    [
        ("The suspect, about 19, was arrested at the scene.", "The suspect, 19, was arrested at the scene.", "agree"),
        ("The suspect, an about 19-year-old man, was arrested.", "The suspect, a 19-year-old man, was arrested.",
         "agree"),
        ("At least 25 people were killed, police said.", "Police said 25 people were killed.", "agree"),
        ("About 30 people were injured, police said.", "Police said 30 people were injured.", "agree"),
        ("More than 40 people were injured, police said.", "Police said 40 people were injured.", "compatible"),
        ("Nearly 40 people were injured, police said.", "Police said 40 people were injured.", "compatible"),
        ("About 30 people were injured, police said.", "Police said 32 people were injured.", "compatible"),
        ("A man was killed in the shooting, police said.", "Two men were killed in the shooting, police said.",
         "compatible"),
    ],
)  # fmt: skip
def test_status_and_note_tell_one_decision(tmp_path: Path, first: str, second: str, status: str) -> None:
    facts = _facts(tmp_path, first, second)
    assert [s for s, _note in facts] == [status]
    note = facts[0][1]
    if status == "agree":
        assert " agree: " in note and "compatible" not in note
    else:
        assert "differ but can all be true" in note and " agree" not in note


def test_an_age_is_hedged_like_a_count() -> None:
    about = Figure(0, 0, 0, "19", 19, 0, 2, qualifier="about", unit="age")
    twenty = Figure(1, 1, 0, "20", 20, 0, 2, unit="age")
    assert interval(about)[0] < 19 < interval(about)[1]
    assert compatible(about, twenty)
    assert not compatible(Figure(0, 0, 0, "19", 19, 0, 2, unit="age"), twenty)


def test_the_article_a_allows_one_or_more() -> None:
    a_man = Figure(0, 0, 0, "A man", 1, 0, 5, counts="men killed")
    one = Figure(1, 1, 0, "one", 1, 0, 3, counts="men killed")
    assert interval(a_man) == (1.0, float("inf"))
    assert interval(one) == (1.0, 1.0)
    assert not compatible(one, Figure(2, 1, 0, "two", 2, 0, 3, counts="men killed"))
