"""Tab leaves a table for the next control, as everywhere else in the window; the arrow keys move inside it."""

from __future__ import annotations

from gui_helpers import open_keys_table  # tests/gui/gui_helpers.py
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from reportdiff.gui.main_window import MainWindow


def focus_after_tab(qtbot, table: QWidget) -> QWidget | None:  # type: ignore[no-untyped-def]
    """Give ``table`` the keyboard, press Tab in it as a person would, and return where the focus went."""
    table.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(table.hasFocus)
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    QApplication.processEvents()
    return QApplication.focusWidget()


def test_tab_leaves_the_figures_table(qtbot, window: MainWindow, tiny_report) -> None:  # type: ignore[no-untyped-def]
    """With a report shown, Tab in the figures table moves the focus out of it (before: Tab walked the table cell
    by cell, five columns a row, so the seeds' 16 facts took some 80 presses to get past and 15 articles' several
    hundred); Down still moves to the next row."""
    window.activateWindow()
    window.show_report(tiny_report)
    qtbot.waitUntil(window.is_drawn)
    table = window.sidebar.table
    assert table.model().rowCount() >= 1
    assert focus_after_tab(qtbot, table) is not table
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().row() == min(1, table.model().rowCount() - 1)


def test_tab_leaves_the_keys_table_for_the_close_button(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """In Help > Keys and Colours, Tab goes from the table to Close (before: through its 40-odd rows, two cells
    each)."""
    dialog, table = open_keys_table(qtbot, window)
    landed = focus_after_tab(qtbot, table)
    assert landed is not table
    assert landed is not None and landed.window() is dialog and landed.text() == "Close"
