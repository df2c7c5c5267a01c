"""Help > Keys and Colours lays its rows out for the width the dialog opens at: a one-line entry is one line tall."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDialog, QTableWidget

from reportdiff.gui.main_window import MainWindow

CELL_MARGIN_PX = 12  # a cell's text never fills its column to the pixel: the item's padding and the grid line


def keys_dialog(qtbot, window: MainWindow) -> QTableWidget:  # type: ignore[no-untyped-def]
    """Open Help > Keys and Colours as a person would (its menu item) and return its table once shown."""
    window.keys_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    table = dialog.findChild(QTableWidget, "keysTable")
    assert table is not None
    return table


def one_line(table: QTableWidget, row: int) -> bool:
    """Whether both cells of ``row`` fit on one line at the columns' widths as shown."""
    metrics = table.fontMetrics()
    for col in (0, 1):
        item = table.item(row, col)
        room = table.columnWidth(col) - CELL_MARGIN_PX - (table.iconSize().width() if not item.icon().isNull() else 0)
        if metrics.horizontalAdvance(item.text()) > room:
            return False
    return True


def test_one_line_entries_are_one_line_tall(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Every entry whose key and meaning fit on one line at the dialog's width ("Ctrl+H  Heat Map: Tint What Fewer
    Sources Report", "Ctrl+S  Save Comparison…") is as tall as the shortest row (before: the rows were fitted
    while the table was still narrow, so these stood two and three lines tall among one-line rows), and a longer
    meaning still wraps onto a taller row."""
    table = keys_dialog(qtbot, window)
    heights = [table.rowHeight(r) for r in range(table.rowCount())]
    single = [r for r in range(table.rowCount()) if one_line(table, r)]
    assert len(single) > 20  # the menus' shortcuts
    texts = {table.item(r, 1).text() for r in single}
    assert "Heat Map: Tint What Fewer Sources Report" in texts
    tall = [(table.item(r, 0).text(), heights[r]) for r in single if heights[r] > min(heights)]
    assert not tall, (min(heights), tall)
    assert max(heights) > min(heights)  # a legend meaning too long for one line keeps its lines
