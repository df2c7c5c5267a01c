"""The window's Discrepancies & quotes tab, when no link is a discrepancy, says what the PDF and the HTML say: that
nothing is told two ways only when no figure conflicts either; else it points to the figures."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from reportdiff.core.compare import compare_files
from reportdiff.gui.main_window import MainWindow
from reportdiff.presentation.totals import totals

ECB = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "ecbplus" / "docs"
QUAKE = [ECB / "20_1ecb.txt", ECB / "20_3ecb.txt"]  # ECB+ tuning topic 20: five injured and two, in unlinked sentences


def notes_text(qtbot, window: MainWindow, report) -> str:  # type: ignore[no-untyped-def]
    """The Discrepancies & quotes tab's text once ``report`` is drawn in ``window``."""
    window.show_report(report)
    qtbot.waitUntil(window.is_drawn)
    QApplication.processEvents()
    return window.sidebar.notes.toPlainText()


@pytest.mark.skipif(not all(p.exists() for p in QUAKE), reason="needs ../shared/eval/ecbplus")
def test_figure_conflicts_without_a_discrepancy_are_not_called_agreement(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Two real reports of one earthquake give five injured and two in sentences no link joins: no discrepancy, one
    figure conflict. The tab says so and sends the reader to the Figures tab (before: "The articles report nothing
    differently.", beside a top bar counting 1 figure conflict), and it never says "below" (the figures are in
    another tab)."""
    report = compare_files([str(p) for p in QUAKE])
    assert (totals(report).discrepancies, totals(report).figure_conflicts) == (0, 1)  # the premise
    text = notes_text(qtbot, window, report)
    assert "nothing differently" not in text
    assert "1 figure conflicts between the articles" in text
    assert "Figures tab" in text and "below" not in text.split("Quotations")[0]


def test_with_nothing_told_two_ways_the_tab_says_it_as_the_exports_do(qtbot, window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An article compared with a copy of itself: no discrepancy, no conflict; the tab's sentence is the exports'."""
    seed = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("reuters*.txt"))[0]
    copy = tmp_path / "copy.txt"
    copy.write_text(seed.read_text(encoding="utf-8"), encoding="utf-8")
    report = compare_files([str(seed), str(copy)])
    assert totals(report).discrepancies == totals(report).figure_conflicts == 0
    assert "No discrepancy: every linked statement is told the same way." in notes_text(qtbot, window, report)
