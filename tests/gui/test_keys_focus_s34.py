"""Help > Keys and Colours opens with no cell framed as current: nothing is chosen until the reader moves."""

from __future__ import annotations

from gui_helpers import open_keys_table  # tests/gui/gui_helpers.py
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QTableWidget

from reportdiff.gui.main_window import MainWindow


def keys_dialog(qtbot, window: MainWindow) -> QTableWidget:  # type: ignore[no-untyped-def]
    """Open Help > Keys and Colours from its menu item and return its table once shown and focused."""
    return open_keys_table(qtbot, window)[1]


def test_no_row_is_framed_when_the_dialog_opens(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The table has the keyboard (arrows and Page Down scroll it at once) but no current cell, and its first row is
    painted like the others, on the table's base colour (before: "Ctrl+O  Open Articles…" opened framed and tinted
    as if chosen)."""
    table = keys_dialog(qtbot, window)
    assert not table.currentIndex().isValid()
    picture = table.viewport().grab().toImage()
    ratio = picture.devicePixelRatio()
    base = table.palette().color(QPalette.ColorRole.Base)
    first = table.visualRect(table.model().index(0, 0))
    for x, y in ((first.left() + 1, first.top() + 1), (first.right() - 1, first.center().y())):
        assert picture.pixelColor(round(x * ratio), round(y * ratio)) == base, (x, y)


def test_the_arrow_keys_still_move_through_the_table(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Down, pressed in the table, makes a row current as before: the keyboard still walks the entries."""
    table = keys_dialog(qtbot, window)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex().isValid()
    assert table.currentIndex().row() >= 1
