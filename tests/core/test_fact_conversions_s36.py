"""A sum and its conversion into another currency in brackets ("85 million euros ($108 million)") are one figure: one
row of the figures table, shown as printed, judged by the sum alone. The conversion moves alone to its sum's row:
other articles' sums in the conversion's currency keep their own row (no rate compares two currencies)."""

from __future__ import annotations

from pathlib import Path

from documents import compare_texts  # tests/core/documents.py

from reportdiff.core.fact_rows import conversions_of
from reportdiff.core.model import AGREE, CONFLICT, Report
from reportdiff.presentation.facts_table import FactRow, fact_rows


def _money_rows(report: Report) -> list[FactRow]:
    return [row for row in fact_rows(report) if any(f.unit.startswith("money") for fs in row.figures for f in fs)]


def test_a_sum_and_its_conversion_are_one_row(tmp_path: Path) -> None:
    report = compare_texts(tmp_path, {
        "a.txt": "Jewels stolen in Paris\n\nArmed robbers stole diamonds valued at 85 million euros ($108 million) "
                 "from the Paris store.",
        "b.txt": "Paris jewel heist\n\nArmed robbers stole gems worth 85 million euros (74 million pounds) from the "
                 "Paris store.",
    })
    rows = _money_rows(report)
    assert [row.values for row in rows] == [("85 million euros ($108 million)", "85 million euros (74 million pounds)")]
    assert rows[0].status == AGREE


def test_a_conversion_never_joins_two_currencies_rows(tmp_path: Path) -> None:
    """Outlets that print the sum in euros, in dollars, or in both: a euro row and a dollar row, no conflict between
    two currencies; the conversion shown with the sum it converts."""
    report = compare_texts(tmp_path, {
        "a.txt": "Jewels stolen in Paris\n\nThieves took gems worth 2 million euros ($2.6 million) from the store "
                 "on Monday, police said.",
        "b.txt": "Paris jewel heist\n\nThieves took gems worth $2.6 million from the store on Monday, police said.",
        "c.txt": "Heist in Paris\n\nThieves took gems worth 2 million euros from the store on Monday, police said.",
    })
    rows = _money_rows(report)
    assert sorted(row.values for row in rows) == [
        ("", "$2.6 million", ""),
        ("2 million euros ($2.6 million)", "", "2 million euros"),
    ]
    assert all(row.status != CONFLICT for row in rows)


def test_a_conversion_read_in_the_same_currency_is_not_judged(tmp_path: Path) -> None:
    """"$US1 million ($1.52 million)" reads both sums as US dollars (the second is Australian): the bracket restates
    the sum, so another outlet's "$1 million" agrees with it rather than conflicting with $1.52 million."""
    report = compare_texts(tmp_path, {
        "a.txt": "Reward offered\n\nThe family offered a reward of $US1 million ($1.52 million) for information "
                 "about the killer, police said.",
        "b.txt": "Reward for killer\n\nThe family offered a reward of $1 million for information about the killer, "
                 "police said.",
    })
    rows = _money_rows(report)
    assert [row.values for row in rows] == [("$US1 million ($1.52 million)", "$1 million")]
    assert rows[0].status == AGREE
    assert [report.figures[i].text for i in conversions_of(report.figures)] == ["$1.52 million"]
