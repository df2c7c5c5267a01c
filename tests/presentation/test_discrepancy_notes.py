"""A discrepancy's notes do not say again what its headline says right above them, on any surface.

Before, every surface printed "Quote wording differs" and under it 'quote wording differs (Assad): “…” vs “…”'
(and "Figures conflict" over 'figure conflicts: 19 vs four'): the reader read the reason twice and the speaker
last. ``discrepancies.told_once`` drops the headline's words from the engine's note.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from reportdiff.core import model as m
from reportdiff.core.compare import compare_files
from reportdiff.presentation.discrepancies import discrepancies, told_once
from reportdiff.presentation.htmlreport import render_html
from reportdiff.presentation.summary import summary_text

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


@pytest.mark.parametrize(
    ("note", "flags", "told"),
    [
        ("quote wording differs (Assad): “a” vs “b”", (m.QUOTE_MISMATCH,), "Assad: “a” vs “b”"),  # speaker first
        ("quote wording differs: “a” vs “b”", (m.QUOTE_MISMATCH,), "“a” vs “b”"),  # no speaker
        ("figure conflicts: 19 vs four (19 seasons)", (m.FIGURE_CONFLICT,), "19 vs four (19 seasons)"),  # plural
        ("quote attributed differently: Assad vs Lavrov: “a”", (m.QUOTE_SPEAKER,), "Assad vs Lavrov: “a”"),
        ("quote shortened (Assad): “a …”", (m.QUOTE_MISMATCH,), "quote shortened (Assad): “a …”"),  # says more
        ("quote wording differs", (m.QUOTE_MISMATCH,), "quote wording differs"),  # nothing left: kept whole
    ],
)
def test_a_note_drops_what_its_headline_says(note: str, flags: tuple[str, ...], told: str) -> None:
    """The headline's words go; the speaker, the wordings and the figures stay."""
    assert told_once(note, flags) == told


def test_seed_discrepancy_reads_once_on_every_surface() -> None:
    """The seeds' quotation discrepancy: terminal, HTML and the export document name Assad first, once."""
    report = compare_files([str(p) for p in SEEDS])
    (item,) = discrepancies(report)
    assert item.headline == "Quote wording differs"
    assert item.notes[0].startswith("Assad: “Terrorists only understand")
    for text in (summary_text(report), render_html(report)):
        assert "quote wording differs (Assad)" not in text
        assert "Assad: “Terrorists only understand" in text
