"""The Close button of Help > Keys and Colours shows its icon on a dark palette's button as well as on a light one
(before: Qt's near-black X on a dark button, about 1.3:1, under Xvfb and any desktop that gives Qt no icons).

The offscreen platform of the tests gives dialog buttons no icons at all (its style hint says none), so the icon is
asked of the application's style for the dialog's button box, exactly as QDialogButtonBox asks it under X11."""

from __future__ import annotations

from gui_helpers import open_keys_table  # tests/gui/gui_helpers.py
from PySide6.QtCore import Qt
from PySide6.QtGui import QIcon, QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QStyle, QStyleFactory

from reportdiff.gui.indicator_style import ICON_MIN_CONTRAST, icon_ink
from reportdiff.gui.main_window import MainWindow
from reportdiff.gui.palette import contrast


def close_icon(qtbot, window: MainWindow, style: QStyle | None = None) -> tuple[QIcon, QDialogButtonBox]:  # type: ignore[no-untyped-def]
    """Help > Keys and Colours opened from its menu item: the icon of its Close button (from ``style``, the
    application's by default), and its button box."""
    dialog, _table = open_keys_table(qtbot, window)
    box = dialog.findChild(QDialogButtonBox)
    assert box is not None and box.button(QDialogButtonBox.StandardButton.Close) is not None
    style = style or QApplication.style()
    return style.standardIcon(QStyle.StandardPixmap.SP_DialogCloseButton, None, box), box


def ink_contrast(icon: QIcon, box: QDialogButtonBox) -> float:
    """The contrast of the icon's ink with the colour of the box's buttons."""
    ink = icon_ink(icon)
    assert ink is not None
    return contrast(ink, box.palette().color(QPalette.ColorRole.Button))


def test_plain_fusions_close_icon_vanishes_on_a_dark_button(qtbot, partial_dark_palette, window) -> None:  # type: ignore[no-untyped-def]
    """The premise: Fusion's own Close icon is below 3:1 on this dark palette's button."""
    icon, box = close_icon(qtbot, window, QStyleFactory.create("Fusion"))
    assert ink_contrast(icon, box) < ICON_MIN_CONTRAST


def test_close_icon_stands_out_on_a_dark_button(qtbot, partial_dark_palette, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """In a dark palette the Close icon is drawn in the button's text colour, 3:1 or more on the button; Close
    still closes the dialog."""
    icon, box = close_icon(qtbot, window)
    assert ink_contrast(icon, box) >= ICON_MIN_CONTRAST
    button = box.button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not box.window().isVisible())


def test_close_icon_is_qts_own_on_a_light_button(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """On Fusion's light button Qt's own icon already stands out: it is left dark."""
    icon, box = close_icon(qtbot, window)
    assert ink_contrast(icon, box) >= ICON_MIN_CONTRAST
    ink = icon_ink(icon)
    assert ink is not None and ink.lightness() < 128
