"""A money range written with one currency sign and one scale ("$140-150 million") is one range, $140 million to
$150 million (ECB+ tuning topic 10: it read "$140" and a bare "150 million", and "$140" was flagged against "between
$140 million and $150 million")."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportdiff.core import model as m
from reportdiff.core.compare import compare_files
from reportdiff.core.figures import find_figures


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("The Orioles offered seven years, $140-150 million, for him.", [("$140-150 million", 140e6, 150e6)]),
        ("Tickets cost $5-10 and sold out.", [("$5-10", 5, 10)]),
        # a count follows the second number: a sum and a count, not a range of sums
        ("He paid $20-30 people to stand in line.", [("$20", 20, None), ("30", 30, None)]),
    ],
)
def test_one_sign_one_scale_range(sentence: str, found: list[tuple[str, float, float | None]]) -> None:
    assert [(f.text, f.value, f.high) for f in find_figures(sentence) if f.unit != "duration:year"] == found


def test_two_spellings_of_one_range_agree(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Teixeira offers\n\nThe Orioles offered Mark Teixeira a seven-year deal worth $140-150 million, "
                 "sources said.\n",
        "b.txt": "Teixeira offers\n\nThe Orioles offered Mark Teixeira a seven-year deal worth between $140 million "
                 "and $150 million, sources said.\n",
    }  # fmt: skip
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = compare_files([str(tmp_path / name) for name in texts])
    assert [link.notes for link in report.links if link.flags] == []
    money = [fact for fact in report.facts if report.figures[fact.figures[0]].unit == "money:USD"]
    assert [(fact.status, len(fact.figures)) for fact in money] == [(m.AGREE, 2)]
