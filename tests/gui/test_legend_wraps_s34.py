"""The legend keeps every entry whole in a window half a screen wide: it wraps onto a second row rather than cut
its words at the window's edge; at full width it stays one row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QApplication

from reportdiff.gui.main_window import MainWindow


def entry_rects(window: MainWindow) -> dict[str, QRect]:
    """Each legend entry's label, as a rectangle in the legend bar's coordinates."""
    legend = window.legend
    return {
        label.text(): QRect(label.mapTo(legend, QPoint(0, 0)), label.size()) for label in legend.entries.values()
    }


# half of a 1920 screen; the least width until session 36; about the least width now
@pytest.mark.parametrize("width", [960, 711, 400])
def test_every_entry_is_whole_in_a_half_screen_window(qtbot, window: MainWindow, tiny_report, width: int) -> None:  # type: ignore[no-untyped-def]
    """At half a 1920 px screen (and at the window's least width), every legend label is as wide as its words and
    lies inside the bar (before: at 960 px "Changed wo", "compatibl" and "single sou" were cut at the window's
    edge, at 711 px "Discre", "Chang"), and the bar ends above the columns."""
    window.show_report(tiny_report)
    qtbot.waitUntil(window.is_drawn)
    for step in [*range(window.width(), width, -40), width]:  # narrowed as a person drags the window's edge
        window.resize(step, 1000)
        QApplication.processEvents()
    qtbot.waitUntil(lambda: window.width() <= max(width, window.minimumSizeHint().width()))
    QApplication.processEvents()
    legend = window.legend
    inside = legend.contentsRect()
    for text, rect in entry_rects(window).items():
        label = legend.entries[next(k for k, v in legend.entries.items() if v.text() == text)]
        assert label.width() >= label.fontMetrics().horizontalAdvance(text), text
        assert inside.contains(rect), (text, rect, inside)
    below = window.columns_area.mapTo(window, QPoint(0, 0)).y()
    assert legend.mapTo(window, QPoint(0, legend.height())).y() <= below


def test_one_row_at_full_width(qtbot, window: MainWindow, tiny_report) -> None:  # type: ignore[no-untyped-def]
    """At 1400 px every entry sits on one row, as before: the labels share a line (each label's height spans the
    others' tops), centred on the row like a box layout's (the figure samples are taller than the swatches)."""
    window.show_report(tiny_report)
    qtbot.waitUntil(window.is_drawn)
    QApplication.processEvents()
    rects = list(entry_rects(window).values())
    assert max(r.top() for r in rects) < min(r.bottom() for r in rects), rects
    middles = {r.center().y() for r in rects}
    assert max(middles) - min(middles) <= 2, middles
