"""Read-only text views that know which sentence sits where: one article's column, and its header.

``SentenceView`` is a QTextEdit holding sentences at known document ranges. It reports which sentence the mouse is
over or clicked, shows a tooltip for it, accepts dropped files, and paints frames (selected sentence, its
counterparts, the current navigation item, a figure) over the text without touching the text's formats.
``Highlighter`` turns a Report into character formats: a tint per status, stronger tints on the words a link's
word diff marks, figures underlined in their fact's colour. ``ArticleView`` lays one article out with its
paragraphs; ``ArticleColumn`` puts a header (title, file, stats, move and close buttons) above it.
Nothing here computes a comparison; it only draws the Report it is given.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
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
    QTextLayout,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTextEdit,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from reportdiff.core import model as m
from reportdiff.presentation.docmodel import merged_spans

from .palette import Palette

# Layout of the article text: generous line height and paragraph spacing read like a newspaper column.
LINE_HEIGHT_PERCENT = 145
PARAGRAPH_SPACING_PX = 10
DOCUMENT_MARGIN_PX = 18
DEFAULT_POINT_SIZE = 11
TITLE_LINES = 2  # column titles are cut to this many lines so every column's text starts at the same height
BODY_FONT_FAMILIES = ["DejaVu Serif", "Georgia", "Noto Serif", "serif"]

LINE_GAP_PX = 14  # lines closer than this belong to one frame; further apart (a new paragraph) get their own

# Frame styles painted over the text, by name: (pen width, dashed, which palette colour, fill alpha).
MARK_STYLES: dict[str, tuple[float, bool, str, int]] = {
    "selected": (2.0, False, "accent", 28),
    "linked": (2.0, True, "accent", 18),
    "hover": (1.5, False, "hover", 0),
    "hover_linked": (1.5, True, "hover", 0),
    "figure": (2.0, False, "accent", 40),
}


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


@dataclass(frozen=True)
class Mark:
    """A frame painted over the document range ``start``..``end`` in ``style`` (see MARK_STYLES)."""

    style: str
    start: int
    end: int
    ref: m.SentenceRef | None = None


class Highlighter:
    """Character formats for a report's sentences, figures and word diffs, in one palette."""

    def __init__(self, report: m.Report, palette: Palette) -> None:
        self.report = report
        self.palette = palette
        self._links: dict[m.SentenceRef, list[m.Link]] = {}
        for link in report.links:
            self._links.setdefault(link.source, []).append(link)
            self._links.setdefault(link.target, []).append(link)
        self._figures: dict[m.SentenceRef, list[m.Figure]] = {}
        for fig in report.figures:
            self._figures.setdefault(m.SentenceRef(fig.article, fig.sentence), []).append(fig)
        self._fact_of: dict[int, m.Fact] = {i: fact for fact in report.facts for i in fact.figures}

    def links_of(self, ref: m.SentenceRef) -> list[m.Link]:
        """Links with ``ref`` at one end, most similar first."""
        return sorted(self._links.get(ref, ()), key=lambda k: -k.similarity)

    def figures_of(self, ref: m.SentenceRef) -> list[m.Figure]:
        """Figures inside the sentence ``ref``."""
        return self._figures.get(ref, [])

    def fact_of(self, figure: m.Figure) -> m.Fact | None:
        """The fact ``figure`` belongs to."""
        return self._fact_of.get(figure.index)

    def kind_of(self, ref: m.SentenceRef) -> str:
        """The legend entry a sentence is drawn as: agreement, paraphrase, discrepancy, unique or boilerplate."""
        sentence = self.report.sentence(ref)
        if sentence.status in (m.UNIQUE, m.BOILERPLATE, m.DISCREPANCY):
            return sentence.status
        kinds = {link.kind for link in self._links.get(ref, ())}
        if m.AGREEMENT in kinds:
            return m.AGREEMENT
        if m.DISCREPANCY in kinds:
            return m.DISCREPANCY
        return m.PARAPHRASE if kinds or sentence.status == m.SHARED else m.UNIQUE

    def apply(self, cursor: QTextCursor, ref: m.SentenceRef, to_doc: Callable[[int], int]) -> None:
        """Format the sentence ``ref``; ``to_doc`` maps an offset inside the sentence text to a document position."""
        pal = self.palette
        sentence = self.report.sentence(ref)
        kind = self.kind_of(ref)
        length = len(sentence.text)

        def merge(a: int, b: int, fmt: QTextCharFormat) -> None:
            a, b = max(0, min(a, length)), max(0, min(b, length))
            if a < b:
                cursor.setPosition(to_doc(a))
                cursor.setPosition(to_doc(b), QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(fmt)

        base = QTextCharFormat()
        if kind == m.BOILERPLATE:
            base.setForeground(pal.muted)
        else:
            base.setBackground(getattr(pal, kind))
        merge(0, length, base)

        links = self.links_of(ref)
        if links and kind != m.BOILERPLATE:
            link = links[0]  # the closest counterpart's word diff: with two articles, the only one
            mark_colour = getattr(pal, f"{link.kind}_mark", pal.paraphrase_mark)
            mark = QTextCharFormat()
            mark.setBackground(mark_colour)
            side = "source" if link.source == ref else "target"
            for a, b in merged_spans(sentence.text, link.spans(side)):
                merge(a, b, mark)

        for fig in self.figures_of(ref):
            fact = self.fact_of(fig)
            status = fact.status if fact else m.SINGLE_SOURCE
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            if status == m.CONFLICT:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(pal.fig_conflict)
            elif status == m.AGREE:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(pal.fig_agree)
            else:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                fmt.setUnderlineColor(pal.fig_single)
            merge(fig.start - sentence.start, fig.end - sentence.start, fmt)

    def tooltip(self, ref: m.SentenceRef) -> str:
        """Rich-text tooltip: what the sentence is, and for each counterpart its similarity, kind and notes."""
        report = self.report
        kind = self.kind_of(ref)
        lines = [f"<b>{_LABELS.get(kind, kind).capitalize()}</b>"]
        if kind == m.UNIQUE:
            lines.append("No other article reports this sentence.")
        for link in self.links_of(ref):
            other = report.articles[link.other(ref).article]
            flags = [_FLAG_TEXT.get(flag, flag) for flag in link.flags]
            flags = [f for f in flags if not any(note.startswith(f.split(":")[0]) for note in link.notes)]
            detail = "; ".join([*flags, *link.notes])
            lines.append(
                f"{html_escape(other.source)}: {link.similarity:.0%} similar, {_LABELS.get(link.kind, link.kind)}"
                + (f"<br><span style='color:#D55E00'>{html_escape(detail)}</span>" if detail else "")
            )
        for fig in self.figures_of(ref):
            fact = self.fact_of(fig)
            if fact is not None:
                note = f" — {html_escape(fact.note)}" if fact.note else ""
                lines.append(f"“{html_escape(fig.text)}”: {_LABELS.get(fact.status, fact.status)}{note}")
        return "<p style='white-space:pre-wrap'>" + "<br>".join(lines) + "</p>"


_LABELS = {
    m.AGREEMENT: "agreement",
    m.PARAPHRASE: "paraphrase",
    m.DISCREPANCY: "discrepancy",
    m.UNIQUE: "unique to this article",
    m.BOILERPLATE: "boilerplate",
    m.SHARED: "shared",
    m.AGREE: "figures agree",
    m.CONFLICT: "figures conflict",
    m.SINGLE_SOURCE: "one source only",
}
_FLAG_TEXT = {m.QUOTE_MISMATCH: "quote wording differs", m.FIGURE_CONFLICT: "figure conflicts"}


def html_escape(text: str) -> str:
    """``text`` safe inside Qt rich text (tooltips, the notes tab): &, < and > escaped."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def paths_from_mime(mime: object) -> list[str]:
    """Local file and folder paths carried by a drag's mime data (files inside a folder are listed later)."""
    urls: Iterable[QUrl] = mime.urls() if mime is not None and mime.hasUrls() else []  # type: ignore[attr-defined]
    return [url.toLocalFile() for url in urls if url.isLocalFile()]


class FileDropMixin:
    """Accept files and folders dragged in from a file manager and hand their paths to ``files_dropped``, by
    default the widget's ``filesDropped`` signal. Put it before the Qt class: ``class X(FileDropMixin, QWidget)``."""

    def dragEnterEvent(self, event: QEvent) -> None:
        """Accept a drag that carries files; refuse anything else (text, images)."""
        if paths_from_mime(event.mimeData()):  # type: ignore[attr-defined]
            event.acceptProposedAction()  # type: ignore[attr-defined]
        else:
            event.ignore()

    def dragMoveEvent(self, event: QEvent) -> None:
        """Keep accepting while the drag moves."""
        self.dragEnterEvent(event)

    def dropEvent(self, event: QEvent) -> None:
        """Hand the dropped paths on."""
        paths = paths_from_mime(event.mimeData())  # type: ignore[attr-defined]
        if paths:
            event.acceptProposedAction()  # type: ignore[attr-defined]
            self.files_dropped(paths)

    def files_dropped(self, paths: list[str]) -> None:
        """Where dropped paths go: the ``filesDropped`` signal unless a subclass says otherwise."""
        self.filesDropped.emit(paths)  # type: ignore[attr-defined]


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
        self.verticalScrollBar().rangeChanged.connect(self._relayout)
        self.verticalScrollBar().actionTriggered.connect(self._user_scrolled)

    # -- content ------------------------------------------------------------------------------------------

    def set_ranges(self, ranges: list[tuple[int, int, m.SentenceRef]]) -> None:
        """Tell the view where each sentence sits in its document (sorted by start)."""
        self._ranges = sorted(ranges, key=lambda r: r[0])
        self._starts = [r[0] for r in self._ranges]
        self._by_ref = {ref: (a, b) for a, b, ref in self._ranges}
        self._marks = []
        self._keep = None

    def set_point_size(self, point_size: float) -> None:
        """Text size of the view's text (an article, or the aligned table)."""
        self.document().setDefaultFont(body_font(point_size))

    def refs(self) -> list[m.SentenceRef]:
        """The sentences this view shows, in document order."""
        return [r[2] for r in self._ranges]

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
        return rng[0] + utf16_len(sentence.text[:a]), rng[0] + utf16_len(sentence.text[:b])

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
                x1 = line.cursorToX(s - bpos)[0]
                x2 = line.cursorToX(e - bpos)[0]
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
            QTimer.singleShot(0, self._apply_keep)

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
        """The text, then the frames over it."""
        super().paintEvent(event)
        if not self._marks or self.palette_ is None:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        offset = QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        for mark in self._marks:
            width, dashed, colour_name, fill_alpha = MARK_STYLES[mark.style]
            colour = QColor(getattr(self.palette_, colour_name))
            path = QPainterPath()
            rects = self.range_rects(mark.start, mark.end)
            for i, rect in enumerate(rects):
                # Stretch each line down to the next one so the frame is one outline, not a box per line.
                nxt = rects[i + 1] if i + 1 < len(rects) else None
                joined = nxt is not None and 0 <= nxt.top() - rect.bottom() < LINE_GAP_PX
                bottom = nxt.top() if joined and nxt is not None else rect.bottom()
                path.addRect(QRectF(rect.left(), rect.top(), rect.width(), bottom - rect.top()).adjusted(-3, -1, 3, 1))
            path = path.simplified().translated(-offset)
            pen = QPen(colour, width)
            if dashed:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            fill = QColor(colour)
            fill.setAlpha(fill_alpha)
            painter.setBrush(fill if fill_alpha else Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        painter.end()

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


class ArticleView(SentenceView):
    """One article, paragraphs kept, every sentence formatted by status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article: m.Article | None = None
        self._line_starts: list[int] = []
        self._line_texts: list[str] = []
        self._block_positions: list[int] = []

    def doc_position(self, offset: int) -> int:
        """Document position of a character offset into ``article.text``."""
        i = max(0, bisect.bisect_right(self._line_starts, offset) - 1)
        if not self._line_starts:
            return 0
        text = self._line_texts[i]
        k = max(0, min(offset - self._line_starts[i], len(text)))
        return self._block_positions[i] + utf16_len(text[:k])

    def offset_range(self, report: m.Report, ref: m.SentenceRef, start: int, end: int) -> tuple[int, int] | None:
        """Document range of article-text offsets (this view keeps the article's own layout)."""
        if self.range_of(ref) is None:
            return None
        return self.doc_position(start), self.doc_position(end)

    def show_article(self, report: m.Report, article_index: int, highlighter: Highlighter, point_size: float) -> None:
        """Lay out one article of ``report``: one block per non-empty line, formats by status."""
        article = report.articles[article_index]
        self.article = article
        self.palette_ = highlighter.palette
        doc = QTextDocument(self)
        doc.setDocumentMargin(DOCUMENT_MARGIN_PX)
        doc.setDefaultFont(body_font(point_size))
        cursor = QTextCursor(doc)
        block_fmt = body_block_format()
        char_fmt = QTextCharFormat()
        char_fmt.setForeground(highlighter.palette.text)
        self._line_starts, self._line_texts, self._block_positions = [], [], []
        offset = 0
        first = True
        for raw in article.text.split("\n"):
            stripped = raw.strip()
            if stripped:
                lead = len(raw) - len(raw.lstrip())
                if first:
                    cursor.setBlockFormat(block_fmt)
                    first = False
                else:
                    cursor.insertBlock(block_fmt)
                self._line_starts.append(offset + lead)
                self._line_texts.append(stripped)
                self._block_positions.append(cursor.position())
                cursor.insertText(stripped, char_fmt)
            offset += len(raw) + 1
        ranges = []
        for sentence in article.sentences:
            ref = m.SentenceRef(article.index, sentence.index)
            a, b = self.doc_position(sentence.start), self.doc_position(sentence.end)
            ranges.append((a, b, ref))
            highlighter.apply(cursor, ref, lambda k, s=sentence: self.doc_position(s.start + k))
        self.setDocument(doc)
        self.set_ranges(ranges)
        self.tooltip_provider = highlighter.tooltip


class ElidedLabel(QLabel):
    """A word-wrapped label cut to ``max_lines`` lines, the last one ending in "…"; always that tall, so the
    headers of side-by-side columns line up whatever their titles."""

    def __init__(self, max_lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.max_lines = max_lines
        self._full = ""
        self.setWordWrap(True)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)

    def set_full_text(self, text: str) -> None:
        """Show ``text``, cut to fit."""
        self._full = " ".join(text.split())
        self.setToolTip(self._full)
        self._fit()

    def full_text(self) -> str:
        """The whole text, uncut."""
        return self._full

    def changeEvent(self, event: QEvent) -> None:
        """Re-measure when the font changes (style sheets set it after construction)."""
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def resizeEvent(self, event: QEvent) -> None:
        """Re-cut for the new width."""
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._fit()

    def _fit(self) -> None:
        metrics = QFontMetrics(self.font())
        self.setFixedHeight(metrics.lineSpacing() * self.max_lines + 2)
        width = max(self.width(), 40)
        layout = QTextLayout(self._full, self.font())
        starts: list[int] = []
        layout.beginLayout()
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            starts.append(line.textStart())
        layout.endLayout()
        text = self._full
        if len(starts) > self.max_lines:
            cut = starts[self.max_lines - 1]
            text = self._full[:cut] + metrics.elidedText(self._full[cut:], Qt.TextElideMode.ElideRight, width)
        if text != self.text():
            self.setText(text)


def source_line(report: m.Report, index: int) -> str:
    """The outlet and the file, with its folder when another article has the same file name."""
    article = report.articles[index]
    path = Path(article.path)
    same_name = sum(1 for a in report.articles if Path(a.path).name == path.name) > 1
    name = f"{path.parent.name}/{path.name}" if same_name else path.name
    return name if article.source in (path.stem, "") else f"{article.source} · {name}"


def article_stats(report: m.Report, index: int) -> str:
    """The small stats line under a column's title."""
    sentences = report.articles[index].sentences
    content = [s for s in sentences if s.status != m.BOILERPLATE]
    shared = sum(1 for s in content if s.status in (m.SHARED, m.DISCREPANCY))
    unique = sum(1 for s in content if s.status == m.UNIQUE)
    disc = sum(1 for s in content if s.status == m.DISCREPANCY)
    parts = [
        f"{len(content)} sentences",
        f"{shared} shared",
        f"{unique} unique",
        f"{disc} discrepanc{'y' if disc == 1 else 'ies'}",
    ]
    return " · ".join(parts)


class ArticleColumn(QFrame):
    """One article: a header (title, source file, stats, move/close buttons) above its ArticleView.

    Signals: ``moveRequested(int)`` (-1 left, +1 right), ``closeRequested()``.
    """

    moveRequested = Signal(int)
    closeRequested = Signal()

    MIN_WIDTH = 300  # narrower columns wrap every few words; beyond this the columns scroll sideways

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("articleColumn")
        self.setMinimumWidth(self.MIN_WIDTH)
        self.article_index = -1
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)

        header = QFrame(self)
        header.setObjectName("columnHeader")
        hl = QVBoxLayout(header)
        hl.setContentsMargins(14, 10, 8, 10)
        hl.setSpacing(2)
        top = QHBoxLayout()
        top.setSpacing(2)
        self.title_label = ElidedLabel(TITLE_LINES, header)
        self.title_label.setObjectName("columnTitle")
        top.addWidget(self.title_label, 1, Qt.AlignmentFlag.AlignTop)
        self.left_button = self._tool_button("‹", "Move this column left", lambda: self.moveRequested.emit(-1))
        self.right_button = self._tool_button("›", "Move this column right", lambda: self.moveRequested.emit(1))
        self.close_button = self._tool_button("×", "Remove this article from the comparison", self.closeRequested.emit)
        for button in (self.left_button, self.right_button, self.close_button):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        hl.addLayout(top)
        self.source_label = QLabel(header)
        self.source_label.setObjectName("columnSource")
        self.stats_label = ElidedLabel(1, header)
        self.stats_label.setObjectName("columnStats")
        hl.addWidget(self.source_label)
        hl.addWidget(self.stats_label)
        layout.addWidget(header)
        self.view = ArticleView(self)
        layout.addWidget(self.view, 1)

    def _tool_button(self, text: str, tip: str, slot: Callable[[], None]) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName("columnButton")
        button.setText(text)
        button.setToolTip(tip)
        button.setAutoRaise(True)
        button.clicked.connect(slot)
        return button

    def show_article(self, report: m.Report, index: int, highlighter: Highlighter, point_size: float) -> None:
        """Fill the header and the text for article ``index``."""
        article = report.articles[index]
        self.article_index = index
        self.title_label.set_full_text(article.title or Path(article.path).stem)
        self.source_label.setText(source_line(report, index))
        self.source_label.setToolTip(article.path)
        self.stats_label.set_full_text(article_stats(report, index))
        self.view.show_article(report, index, highlighter, point_size)

    def set_position(self, position: int, count: int) -> None:
        """Enable the move buttons that make sense at this position."""
        self.left_button.setEnabled(position > 0)
        self.right_button.setEnabled(position < count - 1)
