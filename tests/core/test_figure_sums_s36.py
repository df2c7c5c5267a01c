"""A measure's total told with a word between number and unit ("507 total yards", "352 net rushing yards") is the
measure, not a count of yards; a part of it told right after ("352 of them on the ground") takes its unit."""

from __future__ import annotations

import pytest

from reportdiff.core import model as m
from reportdiff.core.compare import compare
from reportdiff.core.figures import find_figures
from reportdiff.core.load import load_text


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("The Colts gave up 507 total yards, 352 of them on the ground.",
         [("507 total yards", 507, "length:yard"), ("352", 352, "length:yard")]),
        ("KC ended the game with 352 net yards rushing.", [("352 net yards", 352, "length:yard")]),
        ("KC blasted Indy with 352 net rushing yards.", [("352 net rushing yards", 352, "length:yard")]),
        ("The Chiefs gained 793 combined yards on offense.", [("793 combined yards", 793, "length:yard")]),
    ],
)
def test_a_sum_of_a_measure(sentence: str, read: list[tuple[str, float, str]]) -> None:
    assert [(f.text, f.value, f.unit) for f in find_figures(sentence)] == read


@pytest.mark.parametrize(
    ("sentence", "text", "unit"),
    [
        ("They paid 5 total pounds for it.", "5", ""),  # never a currency, nor pounds, money or weight
        ("They raised $5 million, 2 of them from donors.", "2", ""),  # nor a part of a sum of money
        ("Police seized 20 guns, 5 of them stolen.", "5", ""),  # a count's part stays a count
        ("Luck finished with 4,183 passing yards.", "4,183", ""),  # a participle alone: one player's season
    ],
)
def test_no_measure_read_into(sentence: str, text: str, unit: str) -> None:
    assert next(f for f in find_figures(sentence) if f.text == text).unit == unit


def test_a_part_never_clashes_with_its_total() -> None:
    """Linked sentences: "507 total yards, 352 of them on the ground" and "352 net yards rushing" agree on 352; the
    total is no conflict with the rushing yards (flagged "507 vs 352" before)."""
    head = "Colts beat the Chiefs\n\n"
    first = "The Colts gave up 507 total yards, 352 of them on the ground, in the win over the Chiefs."
    second = "The Chiefs ended the game with 352 net yards rushing in the loss to the Colts."
    report = compare([load_text(head + first, "a.txt"), load_text(head + second, "b.txt")])
    linked = [k for k in report.links if "507" in report.sentence(k.source).text]
    assert linked
    assert all(m.FIGURE_CONFLICT not in k.flags for k in linked)
