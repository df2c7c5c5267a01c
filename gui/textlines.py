"""The lines Qt breaks a text into at a given width (``QTextLayout``, word wrap, as labels and item views draw it),
for widgets that size themselves before drawing: a column's title kept to its lines (gui/column.py) and a figures
table row as tall as its wrapped cells (gui/figures_panel.py). One loop over the layout's lines for both. Qt only;
no widget here.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QTextLayout, QTextOption


class Line(NamedTuple):
    """One laid-out line: where its text starts in the whole, its height and its text's natural width (wider than
    the width asked for when a word cannot wrap)."""

    start: int
    height: float
    width: float


def text_lines(text: str, font: QFont, width: float) -> list[Line]:
    """``text`` in ``font`` wrapped at word boundaries in ``width`` px: its lines, in order."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    lines: list[Line] = []
    top = 0.0
    layout.beginLayout()
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        line.setPosition(QPointF(0, top))
        top += line.height()
        lines.append(Line(line.textStart(), line.height(), line.naturalTextWidth()))
    layout.endLayout()
    return lines
