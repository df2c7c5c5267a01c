"""The PDF's and the HTML's pair tables state each pair's figure conflicts beside its discrepancies, as the terminal
does (review-s27 finding 9): ECB+ tuning topic 20's [1] and [3] give five and two injured in sentences no link
joins; their row read "0" discrepancies and a reader took them to agree. The PDF is read back with poppler."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from reportdiff.core import model as m
from reportdiff.core.compare import compare_files
from reportdiff.gui import pdf
from reportdiff.presentation.docmodel import PairRow, pair_marker
from reportdiff.presentation.htmlreport import render_html

ECB = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "ecbplus" / "docs"
QUAKE = [ECB / f"20_{k}ecb.txt" for k in (1, 2, 3)]  # five injured, five injured, two injured


@pytest.fixture(scope="module")
def quake() -> m.Report:
    if not all(p.is_file() for p in QUAKE):
        pytest.skip("evaluation data (../shared/eval) absent")
    return compare_files(QUAKE)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_the_pdf_pair_table_states_figure_conflicts(quake: m.Report, tmp_path: Path, qapp: object) -> None:
    out = tmp_path / "quake.pdf"
    pdf.write_pdf(quake, out)
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True,
                                   timeout=60).stdout.split())  # fmt: skip
    assert "Told differently" in text
    assert text.count("0 discrepancies · 1 figure conflict") == 1  # [1]-[3]: five and two injured, never linked
    assert text.count("1 discrepancy · 1 figure conflict") == 1  # [2]-[3]: the same, in a linked pair


def test_the_html_pair_table_states_figure_conflicts(quake: m.Report) -> None:
    html = render_html(quake)
    assert html.count("<td class=\"num\">0 discrepancies · 1 figure conflict</td>") == 1  # [1]-[3]
    assert html.count("<td class=\"num\">1 discrepancy · 1 figure conflict</td>") == 1  # [2]-[3]
    assert "<td class=\"num\">0 discrepancies</td>" in html  # [1]-[2]: both say five


def test_the_matrix_marks_both() -> None:
    def row(d: int, f: int) -> PairRow:
        return PairRow(0, 1, 0.5, 0.5, 3, d, 1, 1, f)

    assert [pair_marker(row(d, f)) for d, f in ((0, 0), (2, 0), (0, 1), (2, 1))] == ["", "D2", "F1", "D2 F1"]
