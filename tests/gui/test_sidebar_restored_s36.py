"""The sidebar's width the reader chose is kept, yet leaves no sliver of a text column beside it: a width saved with
two articles, restored for five at 1366 px, left 35 px of the fourth column under the sidebar (session 35's pass).
The window fits the sidebar to whole columns for now and remembers the reader's own width."""

from __future__ import annotations

from gui_helpers import shown_report
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from test_figures_table_five import five_articles

from reportdiff.core import model as m
from reportdiff.gui.main_window import SIDEBAR_MIN, MainWindow


def drag_sidebar_to(window: MainWindow, width: int) -> int:
    """Drag the handle between the columns and the sidebar with the mouse until the sidebar is about ``width``
    wide (the grip point moves with the mouse); its width then."""
    handle = window.splitter.handle(1)
    start = QPointF(handle.width() / 2, handle.height() / 2)
    shift = window.splitter.sizes()[1] - width

    def send(kind: QEvent.Type, at: QPointF, buttons: Qt.MouseButton) -> None:
        event = QMouseEvent(
            kind, at, handle.mapToGlobal(at), Qt.MouseButton.LeftButton, buttons, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(handle, event)

    send(QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseMove, start + QPointF(shift, 0), Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseButtonRelease, start + QPointF(shift, 0), Qt.MouseButton.NoButton)
    QApplication.processEvents()
    side = window.splitter.sizes()[1]
    assert abs(side - width) < 8
    return side


def cut_columns(window: MainWindow) -> list[int]:
    """How many pixels of each text column show beside the sidebar, for the columns shown only in part."""
    viewport = window.columns_area.viewport()
    cut = []
    for column in window.columns:
        left = column.mapTo(viewport, QPoint(0, 0)).x()
        shown = min(left + column.width(), viewport.width()) - max(left, 0)
        if 0 < shown < column.width():
            cut.append(shown)
    return cut


def test_a_width_saved_with_two_articles_leaves_no_sliver_of_five(qtbot, tiny_report: m.Report) -> None:  # type: ignore[no-untyped-def]
    first = shown_report(qtbot, tiny_report, (1366, 768))
    chosen = drag_sidebar_to(first, 450)
    first.close()  # the settings are saved as the window closes
    second = shown_report(qtbot, five_articles(), (1366, 768))
    assert cut_columns(second) == []
    side = second.splitter.sizes()[1]
    assert abs(side - chosen) < 290 // 2 + 6  # at the nearer column edge: 485 px, three whole columns
    second.show_report(tiny_report)  # two articles fit beside the reader's width: it comes back
    qtbot.waitUntil(second.is_drawn)
    QApplication.processEvents()
    assert second.splitter.sizes()[1] == chosen


def test_the_sidebar_yields_a_whole_column_when_that_moves_it_less(qtbot, tiny_report: m.Report) -> None:  # type: ignore[no-untyped-def]
    first = shown_report(qtbot, tiny_report, (1600, 900))
    chosen = drag_sidebar_to(first, 450)
    first.show_report(five_articles())
    qtbot.waitUntil(first.is_drawn)
    QApplication.processEvents()
    assert cut_columns(first) == []
    side = first.splitter.sizes()[1]
    assert SIDEBAR_MIN <= side < chosen  # four whole columns: the sidebar gave up 28 px rather than take 268
    first.close()  # what is saved is the reader's 450 px, not the width fitted to five articles
    again = shown_report(qtbot, tiny_report, (1600, 900))
    assert again.splitter.sizes()[1] == chosen
