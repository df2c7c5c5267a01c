"""Tab walks the window as it reads: the top bar, the article columns left to right, then the sidebar."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from reportdiff.gui.main_window import MainWindow


def tab_walk(qtbot, window: MainWindow, start: QWidget, presses: int = 40) -> list[QWidget]:  # type: ignore[no-untyped-def]
    """The widgets the focus visits from ``start`` as Tab is pressed, until it comes back to ``start``."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(start.hasFocus)
    visited: list[QWidget] = []
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        here = QApplication.focusWidget()
        if here is start or here is None:
            break
        visited.append(here)
    return visited


def where(widget: QWidget, window: MainWindow) -> str:
    """Which part of the window ``widget`` is in: 'A', 'B' (a column, by its letter), 'sidebar' or 'other'."""
    for pos, column in enumerate(window.columns):
        if column.isAncestorOf(widget):
            return "AB"[pos]
    return "sidebar" if window.sidebar.isAncestorOf(widget) or widget is window.sidebar else "other"


def test_tab_goes_through_the_columns_before_the_sidebar(qtbot, window: MainWindow, tiny_report) -> None:  # type: ignore[no-untyped-def]
    """From the columns' area, Tab reaches column A's buttons and text, then column B's, then the sidebar's tabs,
    filters and table (before: the sidebar came first, then back to the left for the columns, which are made
    after it, so Qt's chain put them last); and after a column is moved, the new left one comes first."""
    window.activateWindow()
    window.show_report(tiny_report)
    qtbot.waitUntil(window.is_drawn)
    parts = [where(w, window) for w in tab_walk(qtbot, window, window.columns_area)]
    assert "A" in parts and "B" in parts and "sidebar" in parts, parts
    seen = [p for i, p in enumerate(parts) if p != "other" and (i == 0 or parts[i - 1] != p)]
    assert seen == ["A", "B", "sidebar"], parts
    first = window.columns[0]
    window.move_column(first, +1)
    QApplication.processEvents()
    assert window.columns[1] is first
    parts = [where(w, window) for w in tab_walk(qtbot, window, window.columns_area)]
    seen = [p for i, p in enumerate(parts) if p != "other" and (i == 0 or parts[i - 1] != p)]
    assert seen == ["A", "B", "sidebar"], parts  # A is now the column that was B
