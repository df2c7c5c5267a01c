"""The empty page's buttons and lines stay inside its dashed drop frame in a window at its least width (the sidebar
folded away, session 36): with the layout's own margins "Open the sample" ran over the frame at 344 px."""

from __future__ import annotations

from gui_helpers import shown_window
from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from reportdiff.gui.widgets import DROP_FRAME_INSET


def test_the_empty_page_holds_its_buttons_inside_its_frame_at_the_least_width(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = shown_window(qtbot, (800, 700))
    for width in range(800, 199, -40):  # narrowed as a person drags the window's edge
        window.resize(width, 700)
        for _ in range(3):
            QApplication.processEvents()
    zone = window.drop_zone
    assert not window.sidebar.isVisible() and zone.width() < 420  # at its least: the page alone
    inset = DROP_FRAME_INSET + 1  # the frame's 2 px line
    frame = zone.rect().adjusted(inset, inset, -inset, -inset)
    shown = [w for w in zone.findChildren(QPushButton) + zone.findChildren(QLabel) if w.isVisible()]
    assert shown
    for widget in shown:
        box = QRect(widget.mapTo(zone, widget.rect().topLeft()), widget.size())
        assert frame.contains(box), (widget.objectName() or widget.text(), box, frame)
