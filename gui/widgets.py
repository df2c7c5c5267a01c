"""Small widgets of the main window: the legend strip, the empty-state drop zone, the message bar.

Each one only displays what it is told and reports clicks and drops through signals; none of them knows about
comparisons or files beyond the paths a drop carries.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLayoutItem,
    QProgressBar,
    QPushButton,
    QSizeGrip,
    QSizePolicy,
    QStatusBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reportdiff.core import model as m
from reportdiff.presentation.colours import FIGURE_LINE
from reportdiff.presentation.labels import FACT_HELP, FACT_LABELS, FACT_ORDER, SENTENCE_HELP

from .drops import FileDropMixin
from .highlight import mark_underline
from .palette import Palette, corroboration_colour
from .sentence_view import chunk_colour

# Legend entries, in the order a reader meets them: the margin bars (corroboration), the tints, the marks.
LEGEND_HELP = {
    "corroborated": "The bar beside a sentence: the fuller the green, the more of the other sources report it "
    "(faint: one of several; full: every other source)",
    "only_here": "Yellow bar (and a marker in the scroll bar): only this article reports it",
    m.DISCREPANCY: SENTENCE_HELP[m.DISCREPANCY] + " (a marker in the scroll bar; F7)",
    "changed": "Changed words, marked where they matter: nearly identical sentences, figures, names, negations "
    "and quotations. Click a sentence to see every differing word",
    m.BOILERPLATE: SENTENCE_HELP[m.BOILERPLATE],
}
# The room (beyond the row's spacing) before the figures group, where the bar draws its thin parting line: the
# spacing again, so the line stands midway, as the 1 px frame line with the spacing on both sides did.
SEPARATOR_GAP = 15


def _bar(colour: QColor, size: int = 14) -> QPixmap:
    """The margin bar sample: a short vertical bar."""
    ratio = 2
    pix = QPixmap(size * ratio, size * ratio)
    pix.setDevicePixelRatio(ratio)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(colour)
    p.drawRoundedRect(QRectF(size / 2 - 2.5, 0.5, 5, size - 1), 1.5, 1.5)
    p.end()
    return pix


# The legend's margin-bar sample shows the bar at these shares of the other sources, faint to full: with one bar in
# the full colour, the faint bars of a five-article comparison (most of its sentences) matched no entry of the key.
LEGEND_SHARES = (0.0, 0.5, 1.0)


def _bars(colours: list[QColor], size: int = 14) -> QPixmap:
    """The margin bar sample at several strengths: short vertical bars side by side, left to right."""
    ratio = 2
    width = 4 * len(colours) + 2 * (len(colours) - 1) + 2
    pix = QPixmap(width * ratio, size * ratio)
    pix.setDevicePixelRatio(ratio)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    for i, colour in enumerate(colours):
        p.setBrush(colour)
        p.drawRoundedRect(QRectF(1 + 6 * i, 0.5, 4, size - 1), 1.5, 1.5)
    p.end()
    return pix


def _swatch(fill: QColor, border: QColor, size: int = 14) -> QPixmap:
    ratio = 2
    pix = QPixmap(size * ratio, size * ratio)
    pix.setDevicePixelRatio(ratio)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(border, 1))
    p.setBrush(fill)
    p.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3, 3)
    p.end()
    return pix


def _underline_sample(colour: QColor, style: str, text_colour: QColor, font: QFont) -> QPixmap:
    """A figure sample ("25") underlined the way figures of that status are."""
    ratio = 2
    w, h = 26, 18
    pix = QPixmap(w * ratio, h * ratio)
    pix.setDevicePixelRatio(ratio)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    f = QFont(font)
    f.setBold(True)
    p.setFont(f)
    p.setPen(text_colour)
    p.drawText(QRectF(0, 0, w, h - 4), Qt.AlignmentFlag.AlignCenter, "25")
    pen = QPen(colour, 1.6)
    y = h - 3.5
    if style == "dash":
        pen.setStyle(Qt.PenStyle.DashLine)
    if style == "wave":
        path = QPainterPath(QPointF(3, y))
        x, up = 3.0, True
        while x < w - 3:
            path.quadTo(QPointF(x + 1.5, y - 2 if up else y + 2), QPointF(x + 3, y))
            x += 3
            up = not up
        p.setPen(pen)
        p.drawPath(path)
    else:
        if style == "dot":
            pen.setStyle(Qt.PenStyle.DotLine)
        p.setPen(pen)
        p.drawLine(QPointF(3, y), QPointF(w - 3, y))
    p.end()
    return pix


def centred_label(text: str, name: str, parent: QWidget, wrap: bool = True) -> QLabel:
    """A centred label styled by object ``name`` (the empty and progress pages' titles and lines)."""
    label = QLabel(text, parent)
    label.setObjectName(name)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(wrap)
    return label


def message_room(status: QStatusBar) -> int:
    """The width a status bar gives its temporary message: from its left edge (6 px in) to its first shown
    permanent widget or its size grip (12 px from the right without either), as QStatusBar lays it out."""
    right = status.width() - 12
    grip = status.findChild(QSizeGrip)
    if grip is not None and grip.isVisible():
        right = min(right, grip.x())
    for child in status.children():
        if isinstance(child, QWidget) and child.isVisible() and child is not grip and child.x() > 6:
            right = min(right, child.x())
    return right - 6


def fitting(status: QStatusBar, forms: Sequence[str]) -> str:
    """The longest of ``forms`` (longest first) that fits the status bar's message room, else the last: a message
    wider than the bar is cut at its edge, mid-word and before its shortcut."""
    room = message_room(status)
    metrics = status.fontMetrics()
    return next((form for form in forms if metrics.horizontalAdvance(form) <= room), forms[-1])


class FlowLayout(QLayout):
    """Items left to right at their preferred widths, wrapping onto another row when the width runs out (Qt's
    flow layout example): a row of labels that stays whole in a narrow window instead of being cut at its edge."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 14, row_spacing: int = 4) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing, self._row_spacing = spacing, row_spacing
        self._gaps: dict[QWidget, int] = {}  # room before a widget for a separator, where it does not start a row

    def set_gap_before(self, widget: QWidget, gap: int) -> None:
        """Leave ``gap`` pixels more before ``widget`` (a separator's room) unless it starts a row, where the
        separator would stand at the row's start with nothing to separate."""
        self._gaps[widget] = gap
        self.invalidate()

    def _gap(self, item: QLayoutItem) -> int:
        widget = item.widget()
        return self._gaps.get(widget, 0) if widget is not None else 0

    def gap_before(self, widget: QWidget) -> int:
        """The room left before ``widget`` beyond the spacing, where it does not start a row."""
        return self._gaps.get(widget, 0)

    @property
    def spacing_x(self) -> int:
        """The room between two items of a row."""
        return self._spacing

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # type: ignore[override]
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """One row of every item."""
        shown = [item for item in self._items if not item.isEmpty()]
        visible = [item.sizeHint() for item in shown]
        width = sum(size.width() for size in visible) + self._spacing * max(len(visible) - 1, 0)
        width += sum(self._gap(item) for item in shown[1:])
        height = max((size.height() for size in visible), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """The widest item: narrower, the items would be cut."""
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _arrange(self, rect: QRect, move: bool) -> int:
        """Lay the items out in ``rect`` (when ``move``), each centred on its row's height, as a box layout
        centres a row of labels; the height they take."""
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        rows: list[list[tuple[QLayoutItem, QSize, int]]] = [[]]
        x = area.x()
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            gap = self._gap(item) if rows[-1] else 0
            if rows[-1] and x + gap + hint.width() > area.right() + 1:  # no room left on this row
                rows.append([])
                x, gap = area.x(), 0
            x += gap
            rows[-1].append((item, hint, x))
            x += hint.width() + self._spacing
        y = area.y()
        for row in rows:
            height = max((hint.height() for _, hint, _ in row), default=0)
            if move:
                for item, hint, left in row:
                    item.setGeometry(QRect(QPoint(left, y + (height - hint.height()) // 2), hint))
            y += height + self._row_spacing
        return y - self._row_spacing - rect.y() + m.bottom()


class ElidedLabel(QLabel):
    """A one-line label that gives way first in a crowded row: it asks for no width of its own (so the row's
    buttons keep their words), takes what the row leaves, and shows as much of its text as fits, ending in "…";
    the whole text is its tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # type: ignore[override]
        """Show ``text`` (shortened as needed); the whole of it is the tooltip."""
        super().setText(text)
        self.setToolTip(text)

    def clear(self) -> None:
        """No text, no tooltip."""
        super().clear()
        self.setToolTip("")

    def shown_text(self) -> str:
        """The text as drawn: whole when it fits, else its start and "…"."""
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, self.contentsRect().width())

    def paintEvent(self, event: QPaintEvent) -> None:
        """Draw ``shown_text`` in the label's colour and alignment."""
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(self.contentsRect(), int(self.alignment().value), self.shown_text())


class LegendBar(QFrame):
    """The always-visible key to the colours: statuses, differing words, and figure underlines. Its entries wrap
    onto a second row in a narrow window (half a 1920 px screen cut "Changed words" and "single source" short).
    The figure underlines wrap as one group; in a bar narrower than the group they wrap one by one (a window at
    its least width, 398 px, cut the group's last two samples). A thin line parts the group from the entries before
    it on its row; starting a row, the group has none (a line there separated nothing)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("legendBar")
        self._layout = FlowLayout(self)
        self._layout.setContentsMargins(12, 5, 12, 5)
        self.entries: dict[str, QLabel] = {}
        self._figures: QWidget | None = None  # the group: "Figures:" and the four samples
        self._figure_items: list[QWidget] = []  # "Figures:" and the samples, in the group or one by one
        self._split = False

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrap the figure samples one by one in a bar too narrow for their group."""
        super().resizeEvent(event)
        self._fit_figures()

    def _fit_figures(self) -> None:
        group = self._figures
        if group is None:
            return
        m = self._layout.contentsMargins()
        row = group.layout()
        assert isinstance(row, QHBoxLayout)
        parts = self._figure_items
        whole = sum(w.sizeHint().width() for w in parts) + row.spacing() * (len(parts) - 1)
        split = self.width() - m.left() - m.right() < whole  # the group alone on a row has no separator's gap
        if split == self._split:
            return
        self._split = split
        for widget in self._figure_items:
            (row if split else self._layout).removeWidget(widget)
            widget.setParent(self if split else group)
            (self._layout if split else row).addWidget(widget)
            widget.show()
        group.setVisible(not split)

    def set_palette(self, pal: Palette) -> None:
        """(Re)build the entries in ``pal``'s colours."""
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        self.entries = {}
        ramp = [corroboration_colour(pal, share) for share in LEGEND_SHARES]
        self._add("corroborated", _bars(ramp), "Also reported", LEGEND_HELP["corroborated"])
        self._add("only_here", _bar(chunk_colour(pal, "unique")), "Only here", LEGEND_HELP["only_here"])
        fill = pal.status_swatch(m.DISCREPANCY)
        border = fill.darker(125) if not pal.dark else fill.lighter(140)
        self._add(m.DISCREPANCY, _swatch(fill, border), "Discrepancy", LEGEND_HELP[m.DISCREPANCY])
        self._add(
            "changed",
            _swatch(pal.agreement_mark, mark_underline(QColor(pal.agreement_mark), pal.dark)),  # as the text's
            "Changed words",
            LEGEND_HELP["changed"],
        )
        grey = pal.status_swatch(m.BOILERPLATE)
        self._add(m.BOILERPLATE, _swatch(grey, grey.darker(125)), "Boilerplate", LEGEND_HELP[m.BOILERPLATE])
        # The figure underlines are one group: "Figures:" and its four samples wrap together, never apart.
        figures = QWidget(self)
        row = QHBoxLayout(figures)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(14)
        caption = QLabel("Figures:", figures)
        caption.setObjectName("legendCaption")
        row.addWidget(caption)
        for status in FACT_ORDER:
            style = {"solid": "solid", "dashed": "dash", "wavy": "wave", "dotted": "dot"}[FIGURE_LINE[status]]
            label = FACT_LABELS[status] if status != m.COMPATIBLE else "compatible"
            self._add(
                f"fig_{status}",
                _underline_sample(pal.fact_colour(status), style, pal.text, self.font()),
                label,
                FACT_HELP[status] + (" (boxed, with a badge naming the other values)" if status == m.CONFLICT else ""),
                row,
            )
        self._layout.addWidget(figures)
        self._layout.set_gap_before(figures, SEPARATOR_GAP)
        self._layout.set_gap_before(caption, SEPARATOR_GAP)  # the samples one by one: the line before "Figures:"
        self._figures, self._split = figures, False
        self._figure_items = [caption]
        for status in FACT_ORDER:
            box = self.entries[f"fig_{status}"].parentWidget()
            if box is not None:
                self._figure_items.append(box)
        self._fit_figures()

    def separator_line(self) -> tuple[QPoint, QPoint] | None:
        """Where the line before the figures group is drawn (ends in the bar's coordinates): in the gap left of the
        group, or of "Figures:" when the samples wrap one by one; None where it starts a row."""
        if self._figures is None or not self._figure_items:
            return None
        lead = self._figure_items[0] if self._split else self._figures
        if not lead.isVisible():
            return None
        at = lead.mapTo(self, QPoint(0, 0))
        if at.x() <= self._layout.contentsMargins().left():  # the row's start: nothing before it to part from
            return None
        x = at.x() - (self._layout.spacing_x + self._layout.gap_before(lead)) // 2
        return QPoint(x, at.y()), QPoint(x, at.y() + lead.height() - 1)

    def paintEvent(self, event: QPaintEvent) -> None:
        """The frame, then the line before the figures group."""
        super().paintEvent(event)
        line = self.separator_line()
        if line is not None:
            painter = QPainter(self)
            painter.setPen(self.palette().color(QPalette.ColorRole.Midlight))  # as #legendSeparator was
            painter.drawLine(*line)

    def _add(self, key: str, pixmap: QPixmap, text: str, tip: str, row: QHBoxLayout | None = None) -> None:
        box = QWidget(self if row is None else row.parentWidget())
        box.setToolTip(tip)
        hl = QHBoxLayout(box)
        hl.setContentsMargins(0, 0, 0, 0)
        hl.setSpacing(5)
        icon = QLabel(box)
        icon.setPixmap(pixmap)
        hl.addWidget(icon)
        label = QLabel(text, box)
        label.setObjectName("legendLabel")
        hl.addWidget(label)
        (self._layout if row is None else row).addWidget(box)
        self.entries[key] = label

    def help_items(self) -> list[tuple[QPixmap, str, str]]:
        """Each entry's sample, label and explanation (Help > Keys and Colours shows them)."""
        out = []
        for label in self.entries.values():
            box = label.parentWidget()
            icon = box.findChild(QLabel) if box is not None else None
            pix = icon.pixmap() if icon is not None else QPixmap()
            out.append((pix, label.text(), box.toolTip() if box is not None else ""))
        return out

    def labels(self) -> list[str]:
        """The legend's visible words, in order."""
        return [label.text() for label in self.entries.values()]


PENDING_NAMES = 3  # files named on the empty page after a cancelled comparison; the rest are counted
PENDING_TEXT_WIDTH = 720  # px: the empty page's line, wrapped well inside the drop frame at 1366 px
DROP_FRAME_INSET = 24  # px: the dashed drop frame, this far inside the empty page's edges
# px between the frame and what it holds: with the layout's own margins (11 px) the buttons ran over the frame
# in a window at its least width (344 px, the sidebar folded away)
DROP_FRAME_PADDING = 12


class DropZone(FileDropMixin, QFrame):
    """The empty state: an invitation to drop articles, with Open and Open-the-sample buttons.

    Signals: ``filesDropped(list[str])``, ``openRequested()``, ``sampleRequested()``.
    """

    filesDropped = Signal(list)
    openRequested = Signal()
    sampleRequested = Signal()
    compareRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dropZone")
        self.setAcceptDrops(True)
        self._dragging = False
        outer = QVBoxLayout(self)
        margin = DROP_FRAME_INSET + DROP_FRAME_PADDING
        outer.setContentsMargins(margin, margin, margin, margin)
        outer.addStretch(3)
        self.title = centred_label("Compare news reports side by side", "emptyTitle", self)
        outer.addWidget(self.title)
        self.text = centred_label("Drop two or more articles here, or use File › Open.", "emptyText", self)
        self.text.setTextFormat(Qt.TextFormat.PlainText)  # it lists file names
        self.text.setMaximumWidth(PENDING_TEXT_WIDTH)  # a list of long file names wraps inside the drop frame
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        row_text = QHBoxLayout()
        row_text.addStretch(1)
        row_text.addWidget(self.text, 20)  # as wide as it may be, then wrapped
        row_text.addStretch(1)
        outer.addLayout(row_text)
        self.detail = QLabel(
            "Plain text, Markdown, web pages, Word, OpenDocument, PDF, RTF or e-mail. ReportDiff links the sentences "
            "that report the same thing, marks the words that differ and checks every figure against the other "
            "articles.",
            self,
        )
        self.detail.setObjectName("emptyDetail")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail.setWordWrap(True)
        self.detail.setMaximumWidth(560)
        self.detail.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        row_detail = QHBoxLayout()
        row_detail.addStretch(1)
        row_detail.addWidget(self.detail)
        row_detail.addStretch(1)
        outer.addLayout(row_detail)
        outer.addSpacing(18)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_button = QPushButton("Open articles…", self)
        self.open_button.setObjectName("openButton")
        self.sample_button = QPushButton("Open the sample", self)
        self.sample_button.setObjectName("sampleButton")
        self.sample_button.setDefault(True)
        self.sample_button.setToolTip("Two reports of the same airstrikes on Idlib, by Reuters and Cnews Live")
        self.compare_button = QPushButton("Compare Again", self)  # the articles of a cancelled comparison
        self.compare_button.setObjectName("sampleButton")  # the accented default button, in place of the sample
        self.compare_button.hide()
        buttons.addWidget(self.compare_button)
        buttons.addSpacing(8)
        buttons.addWidget(self.open_button)
        buttons.addSpacing(8)
        buttons.addWidget(self.sample_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        outer.addStretch(4)
        self.open_button.clicked.connect(self.openRequested.emit)
        self.sample_button.clicked.connect(self.sampleRequested.emit)
        self.compare_button.clicked.connect(self.compareRequested.emit)

    def set_pending(self, names: list[str], cancelled: bool = False) -> None:
        """Say which files are already waiting for a partner (none: the plain invitation); ``cancelled``: the
        comparison of these files was cancelled, and they wait to be compared again (Compare Again), added to
        or closed (File > Close)."""
        again = cancelled and len(names) >= 2
        listed = ", ".join(names[:PENDING_NAMES])
        if len(names) > PENDING_NAMES:
            listed += f" and {len(names) - PENDING_NAMES} more"
        if again:
            self.text.setText(
                f"Comparison cancelled. The {len(names)} articles are kept: {listed}. Compare them again, drop more "
                "articles to add them, or use File › Close to start afresh."
            )
        elif len(names) >= 2:
            # Two or more files waiting, not cancelled: their comparison was refused (more articles than the engine
            # compares at once), and the message bar says why. "Drop at least one more" asked 21 files for a 22nd.
            self.text.setText(
                f"Loaded {len(names)} articles: {listed}. They could not be compared, for the reason above: use "
                "File › Close to start afresh."
            )
        elif names:
            listed = ", ".join(names)
            self.text.setText(f"Loaded {listed}. Drop at least one more article to compare with it.")
        else:
            self.text.setText("Drop two or more articles here, or use File › Open.")
        self.compare_button.setVisible(again)
        self.sample_button.setVisible(not again)
        self.compare_button.setDefault(again)
        self.sample_button.setDefault(not again)

    def paintEvent(self, event: QPaintEvent) -> None:
        """A dashed drop frame, solid accent while something is dragged over."""
        super().paintEvent(event)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self.palette().color(QPalette.ColorRole.Highlight if self._dragging else QPalette.ColorRole.Mid)
        pen = QPen(colour, 2)
        if not self._dragging:
            pen.setStyle(Qt.PenStyle.DashLine)
        p.setPen(pen)
        p.setBrush(Qt.BrushStyle.NoBrush)
        inset = DROP_FRAME_INSET
        p.drawRoundedRect(QRectF(self.rect()).adjusted(inset, inset, -inset, -inset), 14, 14)
        p.end()

    def _set_dragging(self, on: bool) -> None:
        self._dragging = on
        self.update()

    def dragEnterEvent(self, event: QEvent) -> None:
        """Accept files and folders, and show the solid frame while they are over the zone."""
        super().dragEnterEvent(event)
        self._set_dragging(event.isAccepted())

    def dragLeaveEvent(self, event: QEvent) -> None:
        """Back to the dashed frame."""
        self._set_dragging(False)
        super().dragLeaveEvent(event)  # type: ignore[arg-type]

    def dropEvent(self, event: QEvent) -> None:
        """Back to the dashed frame, and hand the dropped paths on."""
        self._set_dragging(False)
        super().dropEvent(event)


class MessageBar(QFrame):
    """A dismissible, non-blocking message above the articles (errors naming a file, warnings)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 7, 6, 7)
        self.icon = QLabel("⚠", self)
        self.icon.setObjectName("messageIcon")
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self)
        self.label.setObjectName("messageText")
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # messages name files; a name is never markup
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        close = QToolButton(self)
        close.setObjectName("messageClose")
        close.setText("×")
        close.setToolTip("Dismiss")
        close.setAutoRaise(True)
        close.clicked.connect(self.dismiss)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()

    def show_messages(self, lines: list[str]) -> None:
        """Show one line per problem (replacing what was shown)."""
        if not lines:
            self.dismiss()
            return
        self.label.setText("\n".join(lines))
        self.show()

    def text(self) -> str:
        """What the bar currently says (empty when hidden)."""
        return self.label.text() if not self.isHidden() else ""

    def dismiss(self) -> None:
        """Hide the bar."""
        self.label.clear()
        self.hide()


PROGRESS_BAR_WIDTH = 360  # the progress page's bar, where the window is wide enough
PROGRESS_BAR_LEAST = 120  # and in a narrow one


class ProgressPage(QFrame):
    """The centre of the window while a comparison runs and nothing is drawn yet: what is being compared, the
    stage, a bar, and Cancel. Signal: ``cancelRequested()``."""

    cancelRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("progressPage")
        outer = QVBoxLayout(self)
        outer.addStretch(3)
        self.title = centred_label("Comparing…", "emptyTitle", self)
        outer.addWidget(self.title)
        # The files' names wrap, and the bar gives way in a narrow window: on one line, the names of the files
        # being compared set the page's least width, and the window's (two seeds: 618 -> 711 px, five news
        # articles: 768 px, kept once drawn).
        self.stage = centred_label("", "emptyText", self)
        outer.addWidget(self.stage)
        row = QHBoxLayout()
        row.addStretch(1)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 100)
        self.bar.setTextVisible(False)
        self.bar.setMinimumWidth(PROGRESS_BAR_LEAST)
        self.bar.setMaximumWidth(PROGRESS_BAR_WIDTH)
        self.bar.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        row.addWidget(self.bar)
        row.addStretch(1)
        outer.addSpacing(10)
        outer.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.cancel_button = QPushButton("Cancel", self)
        self.cancel_button.setObjectName("cancelButton")
        self.cancel_button.setToolTip("Stop this comparison (Esc)")
        self.cancel_button.clicked.connect(self.cancelRequested.emit)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        outer.addSpacing(14)
        outer.addLayout(buttons)
        outer.addStretch(4)

    def start(self, names: list[str]) -> None:
        """A new comparison of the files ``names``."""
        shown = ", ".join(names[:4]) + (f" and {len(names) - 4} more" if len(names) > 4 else "")
        self.title.setText(f"Comparing {len(names)} articles")
        self.stage.setText(shown)
        self.bar.setValue(0)

    def set_progress(self, stage: str, fraction: float) -> None:
        """The engine's stage ("aligning") and how far it is (0..1)."""
        self.stage.setText(f"{stage.capitalize()}…")
        self.bar.setValue(round(fraction * 100))
