"""The sidebar's check boxes ("Conflicts only", "Single source") show their box on a dark window and a light one."""

from __future__ import annotations

import pytest
from gui_helpers import shown_report  # tests/gui/gui_helpers.py
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QCheckBox, QStyle, QStyleOptionButton

from reportdiff.gui.palette import INDICATOR_MIN_CONTRAST, contrast, fusion_indicator_outline


def outline_contrasts(box: QCheckBox) -> list[float]:
    """The contrast with the window of the box's outline, read from a picture of the widget: the middle of each of
    the indicator square's four sides."""
    picture = box.grab().toImage()
    ratio = picture.devicePixelRatio()
    option = QStyleOptionButton()
    box.initStyleOption(option)
    square = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    middle = square.center()
    window = box.palette().color(QPalette.ColorRole.Window)
    sides = ((square.left(), middle.y()), (square.right(), middle.y()), (middle.x(), square.top()),
             (middle.x(), square.bottom()))
    return [contrast(picture.pixelColor(round(x * ratio), round(y * ratio)), window) for x, y in sides]


def test_the_premise_fusions_outline_vanishes_on_a_dark_window(partial_dark_palette):
    """The premise: Fusion outlines a check box in its window colour darkened, 1.2:1 on this dark window."""
    window = partial_dark_palette.color(QPalette.ColorRole.Window)
    assert contrast(fusion_indicator_outline(partial_dark_palette), window) < 1.5


@pytest.mark.parametrize("checked", [False, True])
def test_the_filters_boxes_stand_out_on_a_dark_window(qtbot, partial_dark_palette, tiny_report, checked):
    """In a dark palette that sets no colours of its own for controls, each filter's box is outlined at 3:1 or
    more against the window, ticked or not (before: 1.22:1, the box invisible)."""
    window = shown_report(qtbot, tiny_report)
    for box in (window.sidebar.conflicts_only, window.sidebar.single_source):
        box.setChecked(checked)
        QApplication.processEvents()
        ratios = outline_contrasts(box)
        assert min(ratios) >= INDICATOR_MIN_CONTRAST, (box.text(), [round(r, 2) for r in ratios])


def test_the_filters_boxes_stand_out_on_fusions_light_window(qtbot, tiny_report):
    """On Fusion's own light window the same rule holds (before: 1.65:1, a pale grey square on light grey)."""
    window = shown_report(qtbot, tiny_report)
    box = window.sidebar.conflicts_only
    assert box.palette().color(QPalette.ColorRole.Window).lightness() > 200
    assert min(outline_contrasts(box)) >= INDICATOR_MIN_CONTRAST
