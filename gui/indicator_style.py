"""The application's style: Fusion, with check box outlines that stand out on the window.

Fusion derives the outline of a check box from the window colour alone (no palette role sets it), so a palette
cannot make it readable; this proxy draws Fusion's indicator, then its outline again in
``palette.readable_indicator_outline``'s colour when Fusion's is below 3:1. It changes nothing else.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleOption, QWidget

from .palette import readable_indicator_outline


class ReadableIndicatorStyle(QProxyStyle):
    """Fusion whose check box outlines (the sidebar's filters, checkable menu items) contrast 3:1 or more with the
    window."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def drawPrimitive(
        self,
        element: QStyle.PrimitiveElement,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        """Fusion's drawing; for a check box, its outline again in a readable colour (not over the keyboard
        focus outline, which Fusion draws in the highlight colour)."""
        super().drawPrimitive(element, option, painter, widget)
        if element != QStyle.PrimitiveElement.PE_IndicatorCheckBox:
            return
        state = option.state  # type: ignore[attr-defined]
        if state & QStyle.StateFlag.State_HasFocus and state & QStyle.StateFlag.State_KeyboardFocusChange:
            return
        colour = readable_indicator_outline(option.palette)  # type: ignore[attr-defined]
        if colour is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setPen(QPen(colour, 1))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        # Fusion's own square: translated half a pixel, one pixel smaller, so the lines fall on whole pixels
        painter.drawRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5))  # type: ignore[attr-defined]
        painter.restore()
