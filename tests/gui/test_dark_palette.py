"""Secondary text (totals, column stats) stays readable in a dark palette that sets no PlaceholderText colour."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from reportdiff.gui.main_window import MainWindow
from reportdiff.gui.palette import PLACEHOLDER_MIN_CONTRAST, contrast, readable_placeholder


@pytest.fixture
def dark_without_placeholder(qapp: QApplication) -> Iterator[QPalette]:
    """The application in a dark palette that sets window, text and base colours only (as many themes do)."""
    before = QPalette(qapp.palette())
    pal = QPalette(qapp.style().standardPalette())  # Fusion's own, whatever earlier tests set
    for role, colour in (
        (QPalette.ColorRole.Window, "#2B2D30"),
        (QPalette.ColorRole.WindowText, "#E6E6E6"),
        (QPalette.ColorRole.Base, "#1E1F22"),
        (QPalette.ColorRole.Text, "#E6E6E6"),
        (QPalette.ColorRole.Button, "#3C3F41"),
        (QPalette.ColorRole.ButtonText, "#E6E6E6"),
    ):
        pal.setColor(role, QColor(colour))
    qapp.setPalette(pal)
    yield pal
    qapp.setPalette(before)


def test_an_unset_placeholder_colour_is_unreadable_on_dark(dark_without_placeholder):
    """The premise: Qt's default PlaceholderText, painted on this dark window, is below the readable contrast."""
    window = dark_without_placeholder.color(QPalette.ColorRole.Window)
    own = dark_without_placeholder.color(QPalette.ColorRole.PlaceholderText)
    assert readable_placeholder(dark_without_placeholder) is not None
    assert contrast(QColor(own.red(), own.green(), own.blue()), window) < PLACEHOLDER_MIN_CONTRAST or own.alpha() < 255


def test_window_in_a_dark_palette_draws_its_totals_readably(qtbot, dark_without_placeholder, tiny_report):
    """With that palette, the top bar's totals and each column's stats line contrast at least 3:1 with the window."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    window.show_report(tiny_report)
    qtbot.waitUntil(window.is_drawn)
    QApplication.processEvents()  # the style sheet's re-polish after the palette change
    background = QApplication.palette().color(QPalette.ColorRole.Window)
    for label in (window.summary_label, window.columns[0].stats_label):
        ink = label.palette().color(label.foregroundRole())
        assert contrast(ink, background) >= PLACEHOLDER_MIN_CONTRAST, label.objectName()
    assert readable_placeholder(QApplication.palette()) is None


def test_a_light_palette_is_left_as_it_is(qapp):
    """Fusion's light palette already has readable secondary text: nothing is changed."""
    assert readable_placeholder(qapp.palette()) is None
