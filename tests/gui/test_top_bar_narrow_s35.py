"""The top bar at the window's least width and other narrow widths: every button keeps its words and stays inside
the window, the navigation buttons taking a second row; a wide window keeps one row."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QToolButton

from reportdiff.core import model as m
from reportdiff.gui.main_window import MainWindow


def buttons(window: MainWindow) -> list[QToolButton]:
    """The top bar's buttons, left to right."""
    return [window.columns_button, window.aligned_button, *window.nav_buttons]


def cut_or_outside(window: MainWindow) -> list[str]:
    """The top bar's buttons narrower than their words (Qt then elides them in the middle: "Discre…es (1)"),
    reaching past the window's right edge, or past the bar's bottom (cut off by the legend under it)."""
    out = []
    bar = window.topbar
    for b in buttons(window):
        corner = b.mapTo(bar, QPoint(b.width(), b.height()))
        cut = not b.isVisible() or b.width() < b.sizeHint().width()
        if cut or corner.x() > window.width() or corner.y() > bar.height():
            out.append(b.text())
    return out


def drawn_at(qtbot, window: MainWindow, report: m.Report, width: int) -> None:  # type: ignore[no-untyped-def]
    """``report`` drawn in ``window``, the window then ``width`` px wide (or its least width, if more)."""
    window.show_report(report)
    qtbot.waitUntil(window.is_drawn)
    window.resize(width, 700)
    want = max(width, window.minimumSizeHint().width())
    qtbot.waitUntil(lambda: window.width() == want and window.topbar.width() == want)
    QApplication.processEvents()


@pytest.mark.parametrize("width", [
    0,  # the least width the window allows (618 px here)
    800,  # before: "Figure …cts (0)", "Discre…es (1)", "Align… rows"
    926,  # before: the totals line read "2 …"
])
def test_every_button_keeps_its_words_in_a_narrow_window(qtbot, window: MainWindow, tiny_report, width) -> None:  # type: ignore[no-untyped-def]
    """Down to the window's least width every top-bar button is as wide as its words and inside the window: the
    navigation buttons take a second row under the view buttons, and the totals line shows at least its start."""
    drawn_at(qtbot, window, tiny_report, width)
    bar = window.topbar
    assert bar.wrapped
    assert cut_or_outside(window) == []
    views = window.columns_button.geometry()
    assert all(b.geometry().top() > views.bottom() for b in window.nav_buttons)  # a row of their own, below
    label = window.summary_label
    assert label.shown_text().startswith("2 articles")
    assert label.mapTo(bar, QPoint(label.width(), 0)).x() <= bar.width()


def test_a_wrapped_bar_still_steps(qtbot, window: MainWindow, tiny_report) -> None:  # type: ignore[no-untyped-def]
    """At 800 px, a click on "Discrepancies (1)" on the second row goes to the discrepancy, as on one row."""
    drawn_at(qtbot, window, tiny_report, 800)
    button = window.nav_labels["discrepancy"]
    assert button.text() == "Discrepancies (1)"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.position_text() == "Discrepancy 1 of 1"


def test_a_wide_window_keeps_one_row(qtbot, window: MainWindow, tiny_report) -> None:  # type: ignore[no-untyped-def]
    """At 1400 px the bar is one row as before (no height spent on a second), the totals line whole; narrowed to
    800 px and widened again, it is one row again."""
    drawn_at(qtbot, window, tiny_report, 1400)
    bar = window.topbar
    one_row = bar.height()
    assert not bar.wrapped
    assert window.summary_label.shown_text() == window.summary_label.text()
    drawn_at(qtbot, window, tiny_report, 800)
    assert bar.wrapped and bar.height() > one_row
    drawn_at(qtbot, window, tiny_report, 1400)
    assert not bar.wrapped and bar.height() == one_row
    assert cut_or_outside(window) == []


def test_the_empty_window_at_its_least_width(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """With nothing open the window narrows further (618 px here): the steppers, wider than that in one row, wrap
    by whole ‹ word › groups and every button keeps its words inside the window."""
    window.resize(300, 700)
    want = window.minimumSizeHint().width()
    qtbot.waitUntil(lambda: window.width() == want and window.topbar.width() == want)
    QApplication.processEvents()
    assert cut_or_outside(window) == []
    assert window.topbar.wrapped
    rows = [b.mapTo(window, QPoint(0, 0)).y() for b in window.nav_buttons]
    assert all(rows[k] == rows[k + 1] == rows[k + 2] for k in (0, 3, 6))  # ‹ word › stay together on a row
