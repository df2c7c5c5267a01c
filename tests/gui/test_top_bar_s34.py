"""The top bar in a window half a screen wide: its buttons keep their words and the totals line gives way first."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from reportdiff.gui.main_window import MainWindow


def cut_buttons(window: MainWindow) -> list[str]:
    """The top bar's buttons narrower than their words (Qt then elides them in the middle: "Discrep…ies (1)")."""
    buttons = [window.columns_button, window.aligned_button, *window.nav_buttons]
    return [b.text() for b in buttons if b.isVisible() and b.width() < b.sizeHint().width()]


def test_buttons_keep_their_words_at_half_a_wide_screen(qtbot, window: MainWindow, tiny_report) -> None:  # type: ignore[no-untyped-def]
    """At 960 px (half a 1920 px screen) every top-bar button is as wide as its words (before: "Discrepancies (1)"
    read "Discrep…ies (1)" while the totals line kept its width, itself cut at the window's edge); the totals line
    shows the start of the totals at least (the steppers take a second row when one row would leave it less: session
    35), shortened with "…" when cut, its whole text in its tooltip."""
    window.show_report(tiny_report)
    qtbot.waitUntil(window.is_drawn)
    window.resize(960, 900)
    qtbot.waitUntil(lambda: window.width() == 960)
    QApplication.processEvents()
    assert cut_buttons(window) == []
    label = window.summary_label
    whole = label.text()
    assert whole.startswith("2 articles")
    assert label.toolTip() == whole
    shown = label.shown_text()
    assert shown == whole or shown.endswith("…")
    assert shown.startswith("2 articles") and whole.startswith(shown.rstrip("…"))
    assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()


def test_the_totals_line_is_whole_at_full_width(qtbot, window: MainWindow, tiny_report) -> None:  # type: ignore[no-untyped-def]
    """At 1400 px the totals line shows whole, right-aligned against the window's edge as before."""
    window.show_report(tiny_report)
    qtbot.waitUntil(window.is_drawn)
    QApplication.processEvents()
    label = window.summary_label
    assert label.shown_text() == label.text()
    assert cut_buttons(window) == []
    right = label.mapTo(window.topbar, label.rect().topRight()).x()
    assert right >= window.topbar.width() - 12  # the bar's margin
