"""The application icon as Qt wants it: every shipped PNG size plus the SVG, so each place (title bar, task
switcher, About box, dock) gets a drawing made for its size instead of a scaled one."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QIcon

from reportdiff.resources import ICON_SVG, icon_pngs, resource_path


def app_icon() -> QIcon:
    """ReportDiff's icon: the 16-512 px PNGs (the small ones drawn on the pixel grid) and the SVG beyond."""
    icon = QIcon()
    for size, path in icon_pngs().items():
        icon.addFile(str(path), QSize(size, size))
    svg = resource_path(ICON_SVG)
    if svg.exists():
        icon.addFile(str(svg))
    return icon
