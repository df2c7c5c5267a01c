"""A figure followed by a comparative ("five rounds sooner", "two hours later", "2% higher than") states a difference,
not a total, so it is never reconciled with a total of the same unit.

ECB+ topic 7: "Klitschko finished the fight five rounds sooner than when knocking out Thompson in the 11th of their
first title fight" was read as a count of five rounds and flagged against another outlet's "the bout went 11 rounds"
("figure conflicts: five vs 11"). Now the figure is "five rounds sooner", scoped ``change`` like "rose 12%" and "23
more than": its own fact, never one with "11 rounds". "10 minutes earlier" and "10 minutes later" tell one interval
from either end (ECB+ topic 22), so a difference keeps its value unsigned (only "more"/"fewer"/"less than" are signed,
as before). "earlier"/"later" before a time word tell of the clause ("missed three games earlier this season"), and
after a count that is a verb's object they tell of the verb ("killed five people earlier."): no difference there."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.figures import find_figures

LEAD = "Ortega retained his welterweight title on Saturday night in Leeds, stopping Brandt in the sixth round."


@pytest.mark.parametrize(("sentence", "figure", "value", "scope"), [
    ("Ortega ended the fight four rounds sooner than in their first meeting in 2011.", "four rounds sooner", 4,
     "change"),
    ("Two hours later, police arrested the driver at his home.", "Two hours later", 2, "change"),
    ("The woman had been escorted from the building 10 minutes earlier.", "10 minutes earlier", 10, "change"),
    ("Ticket sales were 2% higher than the year before.", "2% higher", 2, "change"),
    ("Two trips later, Artino scored again.", "Two trips later", 2, "change"),
    ("It carried 23 more than it was licensed for.", "23 more", 23, "change"),  # as before
    # not differences: a time adverb of the clause, the verb's object, a total
    ("He missed three games earlier this season with a sprained ankle.", "three", 3, ""),
    ("The gunman had killed five people earlier.", "five", 5, ""),
    ("Two people later died in hospital.", "Two", 2, ""),
    ("Their first fight went 11 rounds.", "11", 11, ""),
])  # fmt: skip
def test_difference_or_total(sentence: str, figure: str, value: float, scope: str) -> None:
    found = {f.text: (f.value, f.scope) for f in find_figures(sentence)}
    assert found[figure] == (value, scope)


def _report(tmp_path: Path, first: str, second: str) -> m.Report:
    return compare_texts(tmp_path, {"agency.txt": f"Ortega keeps title\n\n{LEAD}\n\n{first}\n",
                                    "rewrite.txt": f"Ortega keeps title\n\n{LEAD}\n\n{second}\n"})  # fmt: skip


def test_rounds_sooner_never_conflicts_with_rounds_fought(tmp_path: Path) -> None:
    report = _report(tmp_path, "Ortega ended the fight four rounds sooner than when he beat Brandt in their first "
                               "meeting in 2011.",
                     "When the pair first met in 2011, the bout went 10 rounds before Ortega won.")  # fmt: skip
    assert [n for link in report.links for n in link.notes if n.startswith("figure conflicts")] == []
    assert [f.label for f in report.facts if f.status == m.CONFLICT] == []
    assert "four rounds sooner" in [f.label for f in report.facts]


def test_one_interval_from_either_end_agrees(tmp_path: Path) -> None:
    report = _report(tmp_path, "Brandt had been escorted from the ring 10 minutes earlier, officials said.",
                     "Brandt was escorted from the ring and came back 10 minutes later, officials said.")  # fmt: skip
    assert [f.label for f in report.facts if f.status == m.CONFLICT] == []
