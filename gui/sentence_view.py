"""A read-only text view that knows which sentence sits where, and the text's typography.

``SentenceView`` is a QTextEdit holding sentences at known document ranges. It reports which sentence the mouse is
over or clicked, shows a tooltip for it, accepts dropped files, and paints frames (``Mark``: selected sentence, its
counterparts, the current navigation item, a figure) over the text without touching the text's formats. What the
text's character formats are is ``highlight.py``'s job; how an article or the aligned table is laid out is
``article_view.py``'s and ``aligned_view.py``'s.
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFrame,
    QScrollBar,
    QStyle,
    QStyleOptionSlider,
    QTextEdit,
    QToolTip,
    QWidget,
)

from reportdiff.core import model as m
from reportdiff.presentation.colours import UNIQUE_INK, YELLOW
from reportdiff.presentation.emphasis import TYPOGRAPHY_FOLD

from .drops import FileDropMixin
from .highlight import FORMAT_ROLE
from .palette import Palette

# Layout of the article text: generous line height and paragraph spacing read like a newspaper column.
LINE_HEIGHT_PERCENT = 145
PARAGRAPH_SPACING_PX = 10
DOCUMENT_MARGIN_PX = 18
# An article column's right margin, narrower than the others: the left one holds the corroboration bar, the right
# one only the frames' few pixels. 10 px given back to the text let the column's least width go from 300 to 290 px
# with the same line length (a median 29.5-30 characters a line at 11 pt on gva_595069 and the seeds), and five
# columns at 1920 px leave the sidebar room for five articles' figures (review s29, finding 12).
RIGHT_MARGIN_PX = 8
DEFAULT_POINT_SIZE = 11
BODY_FONT_FAMILIES = ["DejaVu Serif", "Georgia", "Noto Serif", "serif"]

LINE_GAP_PX = 14  # lines closer than this belong to one frame; further apart (a new paragraph) get their own



@dataclass(frozen=True)
class MarkStyle:
    """How a ``Mark`` is painted: pen width (0: no outline), dashed, palette colour, fill alpha, and whether the
    lines of one range join into one outline (sentences) or each word gets its own box (words, figures)."""

    width: float
    dashed: bool
    colour: str
    fill_alpha: int
    joined: bool = True


# Frames and overlays painted over the text, by name.
MARK_STYLES: dict[str, MarkStyle] = {
    "selected": MarkStyle(2.0, False, "accent", 28),
    "linked": MarkStyle(2.0, True, "accent", 18),
    "hover": MarkStyle(1.5, False, "hover", 0),
    "hover_linked": MarkStyle(1.5, True, "hover", 0),
    "figure": MarkStyle(2.0, False, "accent", 40),
    "words": MarkStyle(0.0, False, "accent", 62, joined=False),  # the full word diff of a selected sentence
    "conflict": MarkStyle(1.6, False, "fig_conflict", 0, joined=False),  # a figure in conflict, boxed
    "find": MarkStyle(0.0, False, "fig_compatible", 90, joined=False),  # Edit > Find: every match
    "find_current": MarkStyle(2.0, False, "fig_compatible", 150, joined=False),  # and the one F3 is on
}
GUTTER_X, GUTTER_WIDTH = 6.0, 5.0  # the corroboration bar, inside the document's left margin
CHUNK_MIN_PX = 3  # a one-line sentence in a 1,500-sentence article still gets a visible scroll-bar marker


def chunk_colour(pal: Palette, kind: str) -> QColor:
    """The scroll-bar marker colour of a discrepancy or an only-here sentence (the yellow tint itself vanishes
    against a light groove: its darker ink there)."""
    if kind == "discrepancy":
        return QColor(pal.fig_conflict)
    return QColor(YELLOW if pal.dark else UNIQUE_INK)


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units, the unit of QTextDocument positions."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le")) // 2


def body_font(point_size: float = DEFAULT_POINT_SIZE) -> QFont:
    """The serif font the article text is set in."""
    font = QFont()
    font.setFamilies(BODY_FONT_FAMILIES)
    font.setPointSizeF(point_size)
    return font


def body_block_format(bottom_margin: float = PARAGRAPH_SPACING_PX) -> QTextBlockFormat:
    """The paragraph format of the article text: its line height, and ``bottom_margin`` pixels below."""
    fmt = QTextBlockFormat()
    fmt.setLineHeight(LINE_HEIGHT_PERCENT, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    fmt.setBottomMargin(bottom_margin)
    return fmt


def fold_for_find(text: str) -> str:
    """``text`` as Find compares it: lower case, curly quotes straight, dashes hyphens, typographic spaces plain;
    one character for one (a character whose lower case is longer stays as it is)."""
    folded = text.translate(TYPOGRAPHY_FOLD)  # one character for one: a match's place is its place in the text
    lower = folded.lower()
    if len(lower) == len(folded):
        return lower
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in folded)


def is_badge(fmt: QTextCharFormat) -> bool:
    """Whether text in this format is a conflict badge: drawn beside a figure, never part of the article's text."""
    return fmt.property(FORMAT_ROLE) == "badge"


@dataclass(frozen=True)
class ArticleText:
    """A document's text as the articles wrote it: badges left out, blocks (paragraphs, table cells) joined by
    newlines. ``pieces`` maps it back: (offset in ``text``, document position), one per run of the document's text,
    so ``position`` finds where any character of ``text`` sits in the document."""

    text: str
    pieces: tuple[tuple[int, int], ...]

    def position(self, offset: int) -> int:
        """The document position of ``text[offset]`` (``offset == len(text)``: just after the last character)."""
        i = bisect.bisect_right(self.pieces, (offset, 1 << 62)) - 1
        if i < 0:
            return 0
        start, pos = self.pieces[i]
        return pos + utf16_len(self.text[start:offset])


def article_text(doc: QTextDocument) -> ArticleText:
    """The text of ``doc`` without its badges (what Copy gives and Find searches), with the map back to the
    document's positions."""
    parts: list[str] = []
    pieces: list[tuple[int, int]] = []
    length = 0
    block = doc.begin()
    first = True
    while block.isValid():
        if not first:
            parts.append("\n")
            length += 1
        first = False
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            if frag.isValid() and not is_badge(frag.charFormat()):
                text = frag.text()
                pieces.append((length, frag.position()))
                parts.append(text)
                length += len(text)
            it += 1
        block = block.next()
    return ArticleText("".join(parts), tuple(pieces))


@dataclass(frozen=True)
class Mark:
    """A frame painted over the document range ``start``..``end`` in ``style`` (see MARK_STYLES)."""

    style: str
    start: int
    end: int
    ref: m.SentenceRef | None = None


class SentenceView(FileDropMixin, QTextEdit):
    """A read-only text view whose document holds sentences at known ranges.

    Signals: ``hovered(SentenceRef | None)``, ``clicked(SentenceRef)``, ``filesDropped(list[str])``.
    """

    hovered = Signal(object)
    clicked = Signal(object)
    filesDropped = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setAcceptDrops(True)
        self.setMouseTracking(True)
        self.viewport().setMouseTracking(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        self._starts: list[int] = []
        self._ranges: list[tuple[int, int, m.SentenceRef]] = []
        self._by_ref: dict[m.SentenceRef, tuple[int, int]] = {}
        self._marks: list[Mark] = []
        self._hover: m.SentenceRef | None = None
        self._press: QPoint | None = None
        self.palette_: Palette | None = None
        self.tooltip_provider: Callable[[m.SentenceRef], str] | None = None
        self._keep: tuple[m.SentenceRef | tuple[int, int], bool] | None = None
        self._relayout_queued = False
        self.conflict_ranges: list[tuple[int, int, m.SentenceRef]] = []  # figures in conflict, always boxed
        # Badges inserted inside a sentence's text: (offset in the sentence, UTF-16 length), for offset_range.
        self.sentence_badges: dict[m.SentenceRef, list[tuple[int, int]]] = {}
        self._article_text: tuple[tuple[object, int, int], ArticleText] | None = None  # Find's text, by revision
        self.chunk_bar = ChunkMapScrollBar(self)
        self.setVerticalScrollBar(self.chunk_bar)
        self._chunks: list[tuple[m.SentenceRef, str]] = []
        self.gutter: dict[m.SentenceRef, QColor] = {}  # the corroboration bar in the left margin, per sentence
        self._chunks_queued = False
        self.verticalScrollBar().rangeChanged.connect(self._relayout)
        self.verticalScrollBar().actionTriggered.connect(self._user_scrolled)
        # A drawing in slices (gui/slices.py): the subclass's build steps, and the cursor whose edit block each
        # slice is; both None once everything is drawn or the drawing was stopped.
        self._steps: Iterator[None] | None = None
        self._build_cursor: QTextCursor | None = None
        self._inserted = 0  # units inserted so far by the build (UTF-16 units, and cells): the layout-cost estimate
        self._layout_rate = self.LAYOUT_S_PER_UNIT

    # -- drawing in slices ---------------------------------------------------------------------------------

    # Qt lays out what a slice inserted when the slice's edit block ends, after the slice; each slice counts that
    # in, at this first guess per unit inserted, then at the rate measured on the slices before it. A slice
    # inserting fewer than LAYOUT_RATE_MIN_UNITS says too little about the rate to update it. Set by each view.
    LAYOUT_S_PER_UNIT = 4e-6
    LAYOUT_RATE_MIN_UNITS = 400

    def fill(self, budget_s: float) -> bool:
        """Draw more for about ``budget_s`` seconds, Qt's layout of it included; True once everything is in."""
        if self._steps is None:
            return True
        started = time.perf_counter()
        cursor = self._build_cursor
        first = self._inserted
        if cursor is not None:
            cursor.beginEditBlock()  # one re-layout per slice, of what the slice added
        try:
            for _ in self._steps:
                spent = time.perf_counter() - started
                if spent + (self._inserted - first) * self._layout_rate > budget_s:
                    return False
        finally:
            if cursor is not None:
                laid = time.perf_counter()
                cursor.endEditBlock()
                units = self._inserted - first
                if units >= self.LAYOUT_RATE_MIN_UNITS:  # half the last measure, half the ones before
                    self._layout_rate = (self._layout_rate + (time.perf_counter() - laid) / units) / 2
        self.stop()  # all in
        self._filled()
        return True

    def _filled(self) -> None:
        """Called once the last slice is in (not after a stop)."""

    def is_filled(self) -> bool:
        """Whether everything is drawn (or the drawing was stopped)."""
        return self._steps is None

    def stop(self) -> None:
        """Stop a drawing in progress (a new report, the window closing); what is drawn stays."""
        self._steps = None
        self._build_cursor = None

    # -- content ------------------------------------------------------------------------------------------

    def set_ranges(self, ranges: list[tuple[int, int, m.SentenceRef]]) -> None:
        """Tell the view where each sentence sits in its document (sorted by start)."""
        self._ranges = sorted(ranges, key=lambda r: r[0])  # (set before: sentence_badges, by the layout)
        self._starts = [r[0] for r in self._ranges]
        self._by_ref = {ref: (a, b) for a, b, ref in self._ranges}
        self._marks = []
        self._keep = None
        self.conflict_ranges = []

    def set_chunks(self, chunks: list[tuple[m.SentenceRef, str]]) -> None:
        """Sentences to mark in the scroll bar, each with its kind (a key of ``CHUNK_COLOURS``)."""
        self._chunks = list(chunks)
        self._queue_chunks()

    def chunk_markers(self) -> list[tuple[float, float, str]]:
        """The scroll bar's markers: (top, bottom) as fractions of the document height, and their kind."""
        return self.chunk_bar.markers

    def _queue_chunks(self, *_args: object) -> None:
        # After a re-layout (new width, new text size) the markers move: recomputed once per event-loop turn.
        if not self._chunks_queued:
            self._chunks_queued = True
            QTimer.singleShot(0, self, self._update_chunks)  # bound to self: not called once it is deleted

    def _update_chunks(self) -> None:
        # Positions as a share of the document's characters, like Meld's line-based chunk map: no layout is
        # forced (measuring the laid-out y of 1,500 sentences took 170 ms on the UI thread).
        self._chunks_queued = False
        total = max(self.document().characterCount(), 1)
        markers: list[tuple[float, float, str]] = []
        for ref, kind in self._chunks:
            rng = self.range_of(ref)
            if rng is not None:
                markers.append((rng[0] / total, rng[1] / total, kind))
        self.chunk_bar.set_markers(markers, self.palette_)

    def set_point_size(self, point_size: float) -> None:
        """Text size of the view's text (an article, or the aligned table)."""
        self.document().setDefaultFont(body_font(point_size))

    def refs(self) -> list[m.SentenceRef]:
        """The sentences this view shows, in document order."""
        return [r[2] for r in self._ranges]

    def article_text(self) -> ArticleText:
        """The view's text without its badges, with the map back to document positions (Find searches it).
        Worked out once per document revision: Find runs on every key typed in its field."""
        doc = self.document()
        key = (doc, doc.revision(), doc.characterCount())
        cached = self._article_text
        if cached is None or cached[0] != key:
            cached = self._article_text = (key, article_text(doc))
        return cached[1]

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copy (and dragging text out) gives the articles' text: the badges beside conflicting figures are left
        out, and so are the tints and marks (a quote pasted into a fact-check note is what the outlet wrote)."""
        fragment = self.textCursor().selection()
        scratch = QTextDocument()
        QTextCursor(scratch).insertFragment(fragment)  # a selection of table cells comes as those cells
        # The QMimeData is Qt's own, made by the base class, then given our text: one made here in Python stays
        # owned by Python after the clipboard takes it, and the two deleted it twice (a crash at exit, rc 139).
        mime = super().createMimeDataFromSelection()
        mime.text()  # runs its lazy set-up (HTML and text with the badges) now, so that what is set below stays
        for kind in mime.formats():
            mime.removeFormat(kind)
        mime.setText(article_text(scratch).text)
        return mime

    def range_of(self, ref: m.SentenceRef) -> tuple[int, int] | None:
        """Document range of ``ref``, or None if this view does not show it."""
        return self._by_ref.get(ref)

    def offset_range(self, report: m.Report, ref: m.SentenceRef, start: int, end: int) -> tuple[int, int] | None:
        """Document range of article-text offsets ``start``..``end`` lying inside the sentence ``ref``."""
        rng = self.range_of(ref)
        if rng is None:
            return None
        sentence = report.sentence(ref)
        a = max(0, min(start - sentence.start, len(sentence.text)))
        b = max(a, min(end - sentence.start, len(sentence.text)))
        badges = self.sentence_badges.get(ref, ())
        extra_a = sum(n for at, n in badges if at < a)
        extra_b = sum(n for at, n in badges if at < b)
        return rng[0] + utf16_len(sentence.text[:a]) + extra_a, rng[0] + utf16_len(sentence.text[:b]) + extra_b

    def ref_at_position(self, pos: int) -> m.SentenceRef | None:
        """The sentence covering document position ``pos``."""
        i = bisect.bisect_right(self._starts, pos) - 1
        if i >= 0:
            a, b, ref = self._ranges[i]
            if a <= pos < b:
                return ref
        return None

    def ref_at(self, point: QPoint | QPointF) -> m.SentenceRef | None:
        """The sentence under a viewport point, only when the point is on its text (not in a margin)."""
        doc_point = QPointF(point) + QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        pos = self.document().documentLayout().hitTest(doc_point, Qt.HitTestAccuracy.ExactHit)
        return None if pos < 0 else self.ref_at_position(pos)

    def point_of(self, ref: m.SentenceRef) -> QPoint | None:
        """A viewport point on the first line of ``ref`` (scrolled into view first): where a person would click."""
        rng = self.range_of(ref)
        if rng is None:
            return None
        self.reveal(ref, center=True)
        rects = self.range_rects(*rng)
        if not rects:
            return None
        first = rects[0]
        return self._to_viewport(QPointF(first.left() + min(20.0, first.width() / 2), first.center().y())).toPoint()

    # -- marks --------------------------------------------------------------------------------------------

    def set_marks(self, marks: list[Mark]) -> None:
        """Replace the frames painted over the text."""
        if marks != self._marks:
            self._marks = list(marks)
            self.viewport().update()

    def marks(self) -> list[Mark]:
        """The frames currently painted."""
        return list(self._marks)

    def marked(self, style: str) -> set[m.SentenceRef]:
        """Sentences framed in ``style``."""
        return {mk.ref for mk in self._marks if mk.style == style and mk.ref is not None}

    def range_rects(self, start: int, end: int) -> list[QRectF]:
        """One rectangle per laid-out line fragment of the document range, in document coordinates."""
        doc = self.document()
        layout = doc.documentLayout()
        rects: list[QRectF] = []
        block = doc.findBlock(start)
        while block.isValid() and block.position() < end:
            text_layout = block.layout()  # keep a reference: QTextLine points into it
            bpos = block.position()
            origin = layout.blockBoundingRect(block).topLeft() - text_layout.boundingRect().topLeft()
            for i in range(text_layout.lineCount()):
                line = text_layout.lineAt(i)
                ls = bpos + line.textStart()
                le = ls + line.textLength()
                s, e = max(start, ls), min(end, le)
                if s >= e:
                    continue
                x1: float = line.cursorToX(s - bpos)[0]  # type: ignore[index]  # PySide returns (x, pos)
                x2: float = line.cursorToX(e - bpos)[0]  # type: ignore[index]
                rects.append(QRectF(origin.x() + x1, origin.y() + line.y(), max(x2 - x1, 2.0), line.height()))
            block = block.next()
        return rects

    def _to_viewport(self, p: QPointF) -> QPointF:
        return p - QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())

    def reveal(self, ref: m.SentenceRef | tuple[int, int], center: bool = False, keep: bool = True) -> None:
        """Scroll so the sentence (or document range) is visible; ``center`` puts it mid-view even if visible;
        ``keep``: hold it in view through later re-layouts (a passing hover does not replace a selection's)."""
        rng = self.range_of(ref) if isinstance(ref, m.SentenceRef) else ref
        if rng is None:
            return
        rects = self.range_rects(*rng)
        if not rects:
            return
        top, bottom = rects[0].top(), rects[-1].bottom()
        bar = self.verticalScrollBar()
        height = self.viewport().height()
        visible = bar.value() <= top and bottom <= bar.value() + height
        if center or not visible:
            bar.setValue(int((top + bottom) / 2 - height / 2))
        # Keep it in view through re-layouts (a column just added, a resized window, a new text size) until the
        # reader scrolls on their own.
        if keep:
            self._keep = (ref, center)

    def _relayout(self, _low: int = 0, _high: int = 0) -> None:
        # Deferred: QTextEdit moves its scroll bar itself after a re-layout; ours must come after that.
        if self._keep is not None and not self._relayout_queued:
            self._relayout_queued = True
            QTimer.singleShot(0, self, self._apply_keep)  # bound to self: not called once it is deleted

    def _apply_keep(self) -> None:
        self._relayout_queued = False
        if self._keep is not None:
            self.reveal(*self._keep)

    def _user_scrolled(self, _action: int) -> None:
        self._keep = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the revealed sentence in view when the view changes size."""
        super().resizeEvent(event)
        self._relayout()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The text, the corroboration bars in the margin, then the frames over the text."""
        super().paintEvent(event)
        if (not self._marks and not self.gutter) or self.palette_ is None:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        offset = QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        top, bottom = self._visible_positions()
        if self.gutter:
            self._paint_gutter(painter, offset, top, bottom)
        for mark in self._marks:
            if mark.end < top or mark.start > bottom:
                continue  # off screen: 1,500 boxed figures cost nothing until scrolled to
            style = MARK_STYLES[mark.style]
            colour = QColor(getattr(self.palette_, style.colour))
            path = QPainterPath()
            rects = self.range_rects(mark.start, mark.end)
            for i, rect in enumerate(rects):
                if not style.joined:
                    path.addRoundedRect(rect.adjusted(-2, 1, 2, -1), 3, 3)
                    continue
                # Stretch each line down to the next one so the frame is one outline, not a box per line.
                nxt = rects[i + 1] if i + 1 < len(rects) else None
                joined = nxt is not None and 0 <= nxt.top() - rect.bottom() < LINE_GAP_PX
                low = nxt.top() if joined and nxt is not None else rect.bottom()
                path.addRect(QRectF(rect.left(), rect.top(), rect.width(), low - rect.top()).adjusted(-3, -1, 3, 1))
            path = path.simplified().translated(-offset)
            if style.width > 0:
                pen = QPen(colour, style.width)
                if style.dashed:
                    pen.setStyle(Qt.PenStyle.DashLine)
                painter.setPen(pen)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
            fill = QColor(colour)
            fill.setAlpha(style.fill_alpha)
            painter.setBrush(fill if style.fill_alpha else Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.end()

    def _paint_gutter(self, painter: QPainter, offset: QPointF, top: int, bottom: int) -> None:
        first = max(0, bisect.bisect_right(self._starts, top) - 1)
        painter.setPen(Qt.PenStyle.NoPen)
        limit = offset.y() + self.viewport().height()
        for a, b, ref in self._ranges[first:]:
            if a > bottom:
                break
            rects = self.range_rects(a, b)
            if not rects:
                continue
            if rects[0].top() > limit:
                break  # below the viewport: the rest is too
            colour = self.gutter.get(ref)
            if colour is None:
                continue
            y1, y2 = rects[0].top() + 2, rects[-1].bottom() - 2
            painter.setBrush(colour)
            painter.drawRoundedRect(QRectF(GUTTER_X, y1, GUTTER_WIDTH, max(y2 - y1, 4)).translated(-offset), 1.5, 1.5)

    def _visible_positions(self) -> tuple[int, int]:
        """Document positions at the top and bottom of the viewport (a little beyond, for frames' margins)."""
        layout = self.document().documentLayout()
        scroll = QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        top = layout.hitTest(scroll + QPointF(0, -20), Qt.HitTestAccuracy.FuzzyHit)
        bottom = layout.hitTest(
            scroll + QPointF(self.viewport().width(), self.viewport().height() + 20), Qt.HitTestAccuracy.FuzzyHit
        )
        return (max(0, top) if top >= 0 else 0), (bottom if bottom >= 0 else self.document().characterCount())

    # -- mouse, tooltips, drops ---------------------------------------------------------------------------

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        """Report the sentence under the mouse when it changes."""
        super().mouseMoveEvent(event)
        if event.buttons() == Qt.MouseButton.NoButton:
            self._set_hover(self.ref_at(event.position()))

    def _set_hover(self, ref: m.SentenceRef | None) -> None:
        if ref != self._hover:
            self._hover = ref
            self.hovered.emit(ref)

    def leaveEvent(self, event: QEvent) -> None:
        """Hovering stops when the mouse leaves."""
        super().leaveEvent(event)
        self._set_hover(None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Remember where a click starts, to tell a click from a text selection."""
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter selects the sentence at the text cursor, as a click on it does: with the keyboard alone (Tab into
        an article, the arrows move the cursor) only F6-F8's discrepancies and unique sentences could be chosen,
        never a sentence the articles share."""
        keys = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == Qt.KeyboardModifier.NoModifier
        if event.key() in keys and plain:
            ref = self.ref_at_cursor()
            if ref is not None:
                self.clicked.emit(ref)
                event.accept()
                return
        super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Tabbed into, the text cursor starts where the reader is looking, at the top of the view: left at the
        end of the document once it was drawn, it scrolled the article to its last line at the first key."""
        reason = event.reason()
        if reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason) and not (
            self.viewport().rect().contains(self.cursorRect())
        ):
            bar = self.verticalScrollBar()
            at = bar.value()
            cursor = self.cursorForPosition(QPoint(DOCUMENT_MARGIN_PX, self.fontMetrics().height()))
            self.setTextCursor(cursor)
            bar.setValue(at)  # where the reader was, to the pixel
        super().focusInEvent(event)

    def ref_at_cursor(self) -> m.SentenceRef | None:
        """The sentence at the text cursor (or just before it: the cursor after a sentence's last character)."""
        pos = self.textCursor().position()
        return self.ref_at_position(pos) or self.ref_at_position(pos - 1)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click (not a drag that selected text) on a sentence selects it."""
        super().mouseReleaseEvent(event)
        press, self._press = self._press, None
        if event.button() != Qt.MouseButton.LeftButton or press is None:
            return
        if (event.position().toPoint() - press).manhattanLength() > 4:
            return
        ref = self.ref_at(event.position())
        if ref is not None:
            self.clicked.emit(ref)

    def viewportEvent(self, event: QEvent) -> bool:
        """Tooltips: similarity and notes of the sentence under the mouse."""
        if event.type() == QEvent.Type.ToolTip:
            ref = self.ref_at(event.pos())  # type: ignore[attr-defined]
            if ref is not None and self.tooltip_provider is not None:
                QToolTip.showText(event.globalPos(), self.tooltip_provider(ref), self.viewport())  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)


class ChunkMapScrollBar(QScrollBar):
    """A vertical scroll bar that also shows where the discrepancies and only-here sentences are (Meld's chunk
    map): a short coloured bar per marker, over the groove, under the handle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.markers: list[tuple[float, float, str]] = []
        self._palette: Palette | None = None

    def set_markers(self, markers: list[tuple[float, float, str]], palette: Palette | None) -> None:
        """Replace the markers: (top, bottom) fractions of the document, and their kind."""
        self.markers = markers
        self._palette = palette
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The scroll bar, then the markers over its groove."""
        super().paintEvent(event)
        if not self.markers or self._palette is None or self.maximum() <= self.minimum():
            return
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        groove = self.style().subControlRect(
            QStyle.ComplexControl.CC_ScrollBar, option, QStyle.SubControl.SC_ScrollBarGroove, self
        )
        painter = QPainter(self)
        for kind in ("unique", "discrepancy"):  # discrepancies drawn last: on top where both fall
            colour = chunk_colour(self._palette, kind)
            colour.setAlpha(200)
            x = groove.left() + (3 if kind == "unique" else 1)
            w = max(groove.width() - (6 if kind == "unique" else 2), 2)
            for top, bottom, k in self.markers:
                if k != kind:
                    continue
                y1 = groove.top() + top * groove.height()
                h = max((bottom - top) * groove.height(), CHUNK_MIN_PX)
                painter.fillRect(QRectF(x, y1, w, h), colour)
        painter.end()
