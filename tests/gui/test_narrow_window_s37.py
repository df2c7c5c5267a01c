"""A narrow window as a reader meets it (session 37): the message saying the sidebar folded away fits the status bar
and keeps its shortcut (below ~430 px it was cut mid-word, "...leave room for the pag"); the legend's thin line
before the figures group parts it from the entries before it on its row, and a group that wraps whole onto a row of
its own starts that row with no line (a line there separated nothing)."""

from __future__ import annotations

from gui_helpers import shown_window
from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QLabel, QSizeGrip, QStatusBar, QWidget

from reportdiff.core import model as m
from reportdiff.gui.main_window import MainWindow


def _narrow(window: MainWindow, width: int, height: int = 700) -> None:
    """Narrowed as a person drags the window's edge."""
    for step in [*range(window.width(), width, -40), width]:
        window.resize(step, height)
        for _ in range(3):
            QApplication.processEvents()


def _room(status: QStatusBar) -> int:
    """The status bar's message area: left of its first shown permanent widget and of its size grip."""
    right = status.width() - 12
    for child in status.findChildren(QWidget):
        if child.parent() is status and child.isVisible() and child.x() > 6:
            right = min(right, child.x())
    grip = status.findChild(QSizeGrip)
    if grip is not None and grip.isVisible():
        right = min(right, grip.x())
    return right - 6


def _fits(window: MainWindow) -> tuple[str, int, int]:
    status = window.statusBar()
    message = status.currentMessage()
    return message, status.fontMetrics().horizontalAdvance(message), _room(status)


def test_fold_message_fits_the_least_window(qtbot) -> None:  # type: ignore[no-untyped-def]
    """Empty page: the sidebar folds near 600 px with the whole sentence; narrowed on to the least width, the
    message takes a shorter form that fits, with its shortcut."""
    window = shown_window(qtbot, (900, 700))
    _narrow(window, 620)
    assert not window.sidebar.isVisible()
    message, width, room = _fits(window)
    assert message.startswith("The sidebar is folded away") and width <= room  # room for the whole sentence
    _narrow(window, 300)
    assert window.width() < 430
    message, width, room = _fits(window)
    assert "folded" in message and message.rstrip(".").endswith("(Ctrl+B)")
    assert width <= room, (message, width, room)


def test_fold_message_fits_with_a_report(qtbot, tiny_report) -> None:  # type: ignore[no-untyped-def]
    window = shown_window(qtbot, (900, 700))
    window.show_report(tiny_report)
    qtbot.waitUntil(window.is_drawn)
    _narrow(window, 300)
    assert not window.sidebar.isVisible()
    message, width, room = _fits(window)
    assert "folded" in message and "(Ctrl+B)" in message and width <= room, (message, width, room)


def _legend_image(window: MainWindow) -> QImage:
    return window.legend.grab().toImage()


def _rect(window: MainWindow, widget: QWidget) -> QRect:
    return QRect(widget.mapTo(window.legend, QPoint(0, 0)), widget.size())


def _caption(window: MainWindow) -> QRect:
    label = next(w for w in window.legend.findChildren(QLabel) if w.text() == "Figures:")
    return QRect(label.mapTo(window.legend, QPoint(0, 0)), label.size())


def _colours(image: QImage, xs: range, ys: range) -> set[int]:
    return {image.pixel(x, y) for x in xs for y in ys}


def test_no_line_opens_the_figures_row(qtbot, window: MainWindow, tiny_report) -> None:  # type: ignore[no-untyped-def]
    """At a width where the figures group wraps whole onto a second row, nothing is drawn left of "Figures:" on
    that row (before: the group's separator line stood at the row's start); on one row, the line is there."""
    window.show_report(tiny_report)
    qtbot.waitUntil(window.is_drawn)
    window.resize(1400, 800)
    QApplication.processEvents()
    caption = _caption(window)
    before = _rect(window, window.legend.entries[m.BOILERPLATE])  # the last entry before the group
    assert abs(before.center().y() - caption.center().y()) <= 2  # one row
    image = _legend_image(window)
    ys = range(caption.top(), caption.bottom() + 1)
    assert len(_colours(image, range(before.right() + 2, caption.left() - 1), ys)) > 1  # the parting line

    found = False
    for width in range(1400, 560, -20):
        _narrow(window, width, 800)
        caption = _caption(window)
        group = window.legend._figures
        first = _rect(window, window.legend.entries["corroborated"])
        if group is not None and group.isVisible() and caption.top() > first.bottom():
            found = True
            break
    assert found, "the figures group never wrapped whole"
    image = _legend_image(window)
    ys = range(caption.top(), caption.bottom() + 1)
    left = _colours(image, range(2, caption.left() - 1), ys)
    assert len(left) == 1, [hex(c) for c in left]  # the bar's background only
