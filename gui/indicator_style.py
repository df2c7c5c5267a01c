"""The application's style: Fusion, with check box outlines and dialog button icons that stand out.

Fusion derives the outline of a check box from the window colour alone (no palette role sets it), so a palette
cannot make it readable; this proxy draws Fusion's indicator, then its outline again in
``palette.readable_indicator_outline``'s colour when Fusion's is below 3:1. Qt's own dialog button icons (the
Close of Help > Keys and Colours, where no desktop theme gives icons: under Xvfb, a bare window manager) are drawn
for a light button: one whose ink is below 3:1 on the palette's button is given the button's text colour instead.
It changes nothing else.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

from .palette import contrast, readable_indicator_outline

# WCAG's least contrast for a graphic that means something (1.4.11): Qt's close icon, near-black, measured about
# 1.3:1 on a dark palette's button (#3C3F41) and 13:1 on Fusion's light one.
ICON_MIN_CONTRAST = 3.0
ICON_SIZES = (16, 24, 32, 48)  # the sizes a recoloured icon is drawn at (buttons ask 16, high-DPI screens more)
SP = QStyle.StandardPixmap
DIALOG_ICONS = frozenset({
    SP.SP_DialogOkButton, SP.SP_DialogCancelButton, SP.SP_DialogHelpButton, SP.SP_DialogOpenButton,
    SP.SP_DialogSaveButton, SP.SP_DialogCloseButton, SP.SP_DialogApplyButton, SP.SP_DialogResetButton,
    SP.SP_DialogDiscardButton, SP.SP_DialogYesButton, SP.SP_DialogNoButton, SP.SP_DialogSaveAllButton,
    SP.SP_DialogAbortButton, SP.SP_DialogRetryButton, SP.SP_DialogIgnoreButton,
})


def icon_ink(icon: QIcon, size: int = 16) -> QColor | None:
    """The mean colour of ``icon``'s drawn pixels (alpha of half or more) at ``size``, or None for an empty icon."""
    image = icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    total = [0, 0, 0]
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            colour = image.pixelColor(x, y)
            if colour.alpha() >= 128:
                total[0] += colour.red()
                total[1] += colour.green()
                total[2] += colour.blue()
                count += 1
    return QColor(*(round(c / count) for c in total)) if count else None


def readable_icon(icon: QIcon, palette: QPalette) -> QIcon:
    """``icon`` when its ink contrasts 3:1 or more with ``palette``'s button colour; else its shape in the
    button's text colour (the word beside it is drawn in that colour, so the icon reads as well as the word)."""
    ink = icon_ink(icon)
    button = palette.color(QPalette.ColorRole.Button)
    if ink is None or contrast(ink, button) >= ICON_MIN_CONTRAST:
        return icon
    text = palette.color(QPalette.ColorRole.ButtonText)
    out = QIcon()
    for size in ICON_SIZES:
        shape = icon.pixmap(QSize(size, size))
        pixmap = QPixmap(shape.size())
        pixmap.setDevicePixelRatio(shape.devicePixelRatio())
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.drawPixmap(0, 0, shape)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(pixmap.rect(), text)
        painter.end()
        out.addPixmap(pixmap)
    return out


class ReadableIndicatorStyle(QProxyStyle):
    """Fusion whose check box outlines (the sidebar's filters, checkable menu items) contrast 3:1 or more with the
    window, and whose dialog button icons 3:1 or more with the button."""

    def __init__(self) -> None:
        super().__init__("Fusion")

    def standardIcon(
        self,
        standardIcon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        """Fusion's icon; a dialog button's drawn in the button's text colour when its own is too faint there."""
        icon = super().standardIcon(standardIcon, option, widget)
        if standardIcon not in DIALOG_ICONS or icon.isNull():
            return icon
        if option is not None:
            palette = option.palette  # type: ignore[attr-defined]
        elif widget is not None:
            palette = widget.palette()
        else:
            palette = QApplication.palette()
        return readable_icon(icon, palette)

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
