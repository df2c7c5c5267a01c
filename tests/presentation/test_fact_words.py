"""A fact's status and its note state one decision on every surface (review s26, finding 3).

Before, a figure read "agree" in the status cell while its note read "'25' and 'at least 25' are compatible: ...",
the word of another status ("compatible, not equal"), in the window's tooltip, the PDF and the HTML. The note is
the engine's (core/facts.py, fixed there); this guards every surface the presentation feeds: the rows themselves,
the HTML export's rows and the terminal summary, on the seeds and the tuning news clusters.
"""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest

from reportdiff.core import model as m
from reportdiff.core.compare import compare_files
from reportdiff.presentation.facts_table import fact_rows
from reportdiff.presentation.htmlreport import render_html
from reportdiff.presentation.labels import FACT_LABELS, fact_label
from reportdiff.presentation.summary import summary_text

REPO = Path(__file__).resolve().parents[2]
CLUSTERS = REPO.parent / "shared" / "eval" / "news-clusters"
TUNING_BELOW = 600000  # incident ids of the tuning split
# The word that names each status; a note may use its own status's word, never another's.
STATUS_WORDS = {m.CONFLICT: "conflict", m.COMPATIBLE: "compatible", m.AGREE: "agree", m.SINGLE_SOURCE: "single source"}


def comparisons() -> list[list[Path]]:
    found = [sorted((REPO / "seeds").glob("*.txt"))]
    if CLUSTERS.is_dir():
        for folder in sorted(CLUSTERS.glob("gva_*")):
            if int(folder.name.split("_")[1]) < TUNING_BELOW:
                found.append(sorted(folder.glob("article_*.txt")))
    return found


def other_words(status: str, note: str) -> list[str]:
    """The words of other statuses ``note`` uses ("compatible" in an agreement's note)."""
    return [w for s, w in STATUS_WORDS.items() if s != status and re.search(rf"\b{w}", note, re.IGNORECASE)]


def test_every_status_has_its_word() -> None:
    """The premise: each status's label contains the word this test looks for."""
    assert all(STATUS_WORDS[s] in FACT_LABELS[s] for s in STATUS_WORDS)


@pytest.mark.parametrize("files", comparisons(), ids=lambda files: files[0].parent.name)
def test_status_and_note_say_one_thing(files: list[Path]) -> None:
    """Every fact: its note names no other status; the HTML row's chip and note are the row's, and the terminal
    prints the same status word."""
    report = compare_files([str(f) for f in files])
    rows = fact_rows(report)
    contradictions = [(r.label, r.status_label, r.note) for r in rows if other_words(r.status, r.note)]
    assert contradictions == []
    page = render_html(report)
    shown = re.findall(r'<tr class="[^"]*"><td>(.*?)(?:<div class="note">(.*?)</div>)?</td>.*?'
                       r'<span class="chip [^"]*">(.*?)</span></td></tr>', page)
    compared = [r for r in rows if not r.folded]
    assert len(shown) == len(compared)
    for (label, note, chip), row in zip(shown, compared, strict=True):
        assert (html.unescape(label), html.unescape(note), html.unescape(chip)) == (row.label, row.note,
                                                                                    row.status_label)
    terminal = summary_text(report)
    for row in compared:
        assert fact_label(row.status) in terminal
