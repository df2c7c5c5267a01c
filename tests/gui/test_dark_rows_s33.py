"""The figures table's striped rows stay readable in a dark palette that sets no AlternateBase colour."""

from __future__ import annotations

from gui_helpers import open_and_draw
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from reportdiff.gui.main_window import MainWindow
from reportdiff.gui.palette import ALTERNATE_MIN_CONTRAST, contrast, readable_alternate


def test_the_premise_fusions_alternate_rows_are_light(partial_dark_palette):
    """The premise: the light text on Fusion's default AlternateBase is far below a readable contrast."""
    text = partial_dark_palette.color(QPalette.ColorRole.Text)
    assert contrast(text, partial_dark_palette.color(QPalette.ColorRole.AlternateBase)) < 2


def test_striped_figure_rows_are_readable_in_a_dark_window(qtbot, partial_dark_palette, seeds):
    """Open the seeds in a dark window: the figures table's second row (a striped one) is painted on a background
    the table's text reads on at 4.5:1 or more, and still dark (before: Fusion's near-white stripe under light
    text, 1.16:1, every other fact unreadable)."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    open_and_draw(qtbot, window, seeds)
    QApplication.processEvents()
    table = window.sidebar.table
    assert table.model().rowCount() >= 2  # the seeds agree on eight figures
    picture = table.viewport().grab().toImage()
    ratio = picture.devicePixelRatio()
    ink = table.palette().color(QPalette.ColorRole.Text)
    for row in (0, 1):
        cell = table.visualRect(table.model().index(row, table.model().columnCount() - 1))
        ground = picture.pixelColor(round((cell.left() + 2) * ratio), round((cell.top() + 2) * ratio))
        assert contrast(ink, ground) >= ALTERNATE_MIN_CONTRAST, (row, ground.name())
        assert ground.lightness() < 128, (row, ground.name())  # the stripe belongs to the dark page
    assert readable_alternate(QApplication.palette()) is None


def test_a_light_palette_keeps_its_own_stripes(qapp):
    """Fusion's light palette already has readable striped rows: nothing is changed."""
    assert readable_alternate(qapp.palette()) is None
