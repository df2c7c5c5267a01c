"""A PDF comparing two reports by the same outlet (a story and its update) is titled so: "Comparison of two Reuters
reports", not "Comparison of Reuters and Reuters". Read back with poppler."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from reportdiff.core.compare import compare_files
from reportdiff.gui import pdf
from reportdiff.presentation.docmodel import build_document

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils")
def test_two_reports_by_one_outlet(tmp_path: Path) -> None:
    """The Reuters seed against a copy of itself (both read as Reuters): the title names the outlet once and says
    two reports (before: "Comparison of Reuters and Reuters"); two outlets are still named each."""
    seed = SEEDS / "reuters-syria-airstrikes.txt"
    update = tmp_path / "reuters-update.txt"
    update.write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    report = compare_files([str(seed), str(update)])
    assert [a.source for a in report.articles] == ["Reuters", "Reuters"]  # the premise
    out = tmp_path / "r.pdf"
    pdf.write_pdf(report, out)
    text = pdf_text(out)
    assert "Comparison of two Reuters reports" in text
    assert "Reuters and Reuters" not in text
    both = compare_files([str(p) for p in sorted(SEEDS.glob("*.txt"))])
    assert build_document(both).title == "Comparison of cnews-live-syria-airstrikes and Reuters"


def test_the_window_title_says_it_as_the_pdf(qtbot, window, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The window's title for the same pair reads "Two Reuters reports — ReportDiff" (before: "Reuters vs Reuters
    — ReportDiff"); the seeds keep "cnews-live-syria-airstrikes vs Reuters — ReportDiff"."""
    seed = SEEDS / "reuters-syria-airstrikes.txt"
    update = tmp_path / "reuters-update.txt"
    update.write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    window.show_report(compare_files([str(seed), str(update)]))
    qtbot.waitUntil(window.is_drawn)
    assert window.windowTitle() == "Two Reuters reports — ReportDiff"
    window.show_report(compare_files([str(p) for p in sorted(SEEDS.glob("*.txt"))]))
    qtbot.waitUntil(window.is_drawn)
    assert window.windowTitle() == "cnews-live-syria-airstrikes vs Reuters — ReportDiff"
