"""A measure and its conversion in brackets ("fell 700 meters (2,300 feet)") are one figure: one row of the figures
table, which shows them as the article prints them, and not two single-source rows (ECB+ topics 20, 23, 28, 30 and
news cluster gva_375022 print 14 such pairs)."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core.facts import CONVERTED
from reportdiff.core.figures import find_figures
from reportdiff.presentation.facts_table import fact_rows, figure_badge


@pytest.mark.parametrize(
    ("sentence", "scopes"),
    [
        # a measure in brackets after another of its measure, in another unit: its conversion
        ("The climber fell about 600 metres (2,000 feet) from the ridge.", ["", CONVERTED]),
        ("Temperatures were about 28 degrees Celsius (82 degrees Fahrenheit).", ["", CONVERTED]),
        # two measures of different kinds, or of one unit, are two figures
        ("The quake struck 10 km (6 miles) deep and 30 km (40 km by road) away.", ["", CONVERTED, "", ""]),
        ("He walked 3 miles (2 hours) to the village.", ["", ""]),
    ],
)
def test_measure_conversion_in_brackets(sentence: str, scopes: list[str]) -> None:
    """A measure in brackets right after another in another unit of its measure is that measure converted."""
    assert [f.scope for f in find_figures(sentence)] == scopes


def test_a_measure_and_its_conversion_are_one_row(tmp_path: Path) -> None:
    """Two outlets that each print a fall in metres and feet: one fact, shown as printed, no single-source rows."""
    report = compare_texts(tmp_path, {
        "a.txt": "Climber dies on Mount Sefton\n\nRobert Buckley, 32, died after he fell about 600 metres "
                 "(2,000 feet) while climbing Mount Sefton, police said.",
        "b.txt": "British climber killed in fall\n\nA British climber died after he fell around 2000ft (609 metres) "
                 "while climbing Mount Sefton, police said.",
    })
    rows = [row for row in fact_rows(report) if "feet" in "".join(row.values) or "ft" in "".join(row.values)]
    assert [row.values for row in rows] == [("about 600 metres (2,000 feet)", "about 2000ft (609 metres)")]
    assert rows[0].status in ("agree", "compatible")


def test_a_sum_in_another_currency_is_its_sums_row(tmp_path: Path) -> None:
    """A sum's conversion into another currency is shown with the sum it converts, as the measures' are (session
    36: it kept a single-source row "(converted)" of its own); no rate compares it, so it judges nothing."""
    report = compare_texts(tmp_path, {
        "a.txt": "Jewels stolen in Paris\n\nArmed robbers stole diamonds valued at 85 million euros ($108 million) "
                 "from the Paris store.",
        "b.txt": "Paris jewel heist\n\nArmed robbers stole gems worth 85 million euros (74 million pounds) from the "
                 "Paris store.",
    })
    values = sorted(row.values for row in fact_rows(report))
    assert values == [("85 million euros ($108 million)", "85 million euros (74 million pounds)")]


def test_a_conversion_takes_no_badge_of_its_own(tmp_path: Path) -> None:
    """In a conflict, the badge stands by the measure once: not by its conversion, nor names the conversion."""
    report = compare_texts(tmp_path, {
        "a.txt": "Climber dies in fall\n\nDuncan Raite died after slipping and falling about 60 metres (200 feet) "
                 "from a ridge, police said.",
        "b.txt": "Climber killed in fall\n\nDuncan Raite died after slipping and falling about 150 metres from a "
                 "ridge, police said.",
    })
    badges = {f.text: figure_badge(report, f) for f in report.figures if f.unit.startswith("length")}
    assert badges["200 feet"] == ""
    assert badges["60 metres"].startswith("about 60 metres ≠ about 150 metres")
    assert "200 feet" not in badges["150 metres"] and "about 60 metres" in badges["150 metres"]
