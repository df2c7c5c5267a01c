"""The exports' Discrepancies section, when no link is a discrepancy: it says so plainly only when no figure
conflicts either. When figures conflict in sentences no link joins, it points to the figures table instead of
stating that everything is told the same way (review s29: the PDF printed "No discrepancy: every linked statement
is told the same way" directly above a figures table of two conflicts). One wording (Totals.no_discrepancy_note),
read by the HTML and by the PDF (read back with poppler)."""

from __future__ import annotations

import dataclasses
import shutil
import subprocess
from pathlib import Path

import pytest

from reportdiff.core.compare import compare_files
from reportdiff.gui import pdf
from reportdiff.presentation.docmodel import ExportDocument, build_document
from reportdiff.presentation.htmlreport import render_document

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def quiet_document(figure_conflicts: int) -> ExportDocument:
    """The seeds' real document with its discrepancies taken away and ``figure_conflicts`` conflicting figures."""
    doc = build_document(compare_files(sorted(SEEDS.glob("*.txt"))))
    totals = dataclasses.replace(doc.totals, discrepancies=0, figure_conflicts=figure_conflicts)
    return dataclasses.replace(doc, discrepancies=(), totals=totals)


@pytest.mark.parametrize(
    ("conflicts", "note"),
    [
        (0, "No discrepancy: every linked statement is told the same way."),
        (1, "No linked statement is told two ways, but 1 figure conflicts between the articles in sentences that "
            "are not linked: see Figures below."),
        (2, "No linked statement is told two ways, but 2 figures conflict between the articles in sentences that "
            "are not linked: see Figures below."),
    ],
)
def test_the_html_says_what_the_figures_say(conflicts: int, note: str) -> None:
    doc = quiet_document(conflicts)
    assert doc.totals.no_discrepancy_note() == note
    section = render_document(doc).split('<section class="discrepancies"', 1)[1].split("</section>", 1)[0]
    assert f'<p class="hint">{note}</p>' in section
    assert ("every linked statement is told the same way" in section) is (conflicts == 0)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
@pytest.mark.parametrize("conflicts", [0, 2])
def test_the_pdf_says_what_the_figures_say(conflicts: int, tmp_path: Path, qapp: object) -> None:
    out = tmp_path / "quiet.pdf"
    pdf._render(quiet_document(conflicts), str(out), "A4")
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True,
                                   timeout=60).stdout.split())  # fmt: skip
    section = text.split("Discrepancies", 1)[1].split("Figures", 1)[0]
    if conflicts:
        assert "No linked statement is told two ways, but 2 figures conflict" in section
        assert "told the same way" not in section
    else:
        assert "No discrepancy: every linked statement is told the same way." in section
