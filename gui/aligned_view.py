"""The "aligned rows" view: one table row per group of linked sentences, so counterparts sit side by side.

``aligned_rows`` is the pure part (no widgets): it groups sentences joined by links and orders the groups so each
article still reads top to bottom; a sentence no other article has gets a row of its own, right after the row of
the sentence before it. ``AlignedView`` draws those rows as a QTextTable in a SentenceView, so hover, click,
tooltips and frames behave as in the side-by-side columns.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
    QTextTableFormat,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from reportdiff.core import model as m

from .highlight import Highlighter
from .palette import blend
from .sentence_view import (
    DOCUMENT_MARGIN_PX,
    SentenceView,
    body_block_format,
    body_font,
    utf16_len,
)

Row = dict[int, list[int]]  # article index -> sentence indices (in reading order) on this row

# Below this width per column the aligned table stops shrinking and scrolls sideways, like the columns do.
MIN_COLUMN_PX = 280
CELL_PADDING_PX = 8


def aligned_rows(report: m.Report, order: Sequence[int] | None = None) -> list[Row]:
    """Rows of linked sentences: every sentence of the articles in ``order`` appears in exactly one row."""
    order = list(range(len(report.articles))) if order is None else list(order)
    parent: dict[m.SentenceRef, m.SentenceRef] = {}

    def find(ref: m.SentenceRef) -> m.SentenceRef:
        root = ref
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(ref, ref) != root:  # path compression
            parent[ref], ref = root, parent[ref]
        return root

    shown = set(order)
    for link in report.links:
        if link.source.article in shown and link.target.article in shown:
            a, b = find(link.source), find(link.target)
            if a != b:
                parent[max(a, b)] = min(a, b)

    rows: list[m.SentenceRef] = []  # one group root per row
    members: dict[m.SentenceRef, Row] = {}
    for art in order:
        last = -1
        for sentence in report.articles[art].sentences:
            root = find(m.SentenceRef(art, sentence.index))
            if root in members:
                members[root].setdefault(art, []).append(sentence.index)
                last = max(last, rows.index(root))
            else:
                last += 1
                rows.insert(last, root)
                members[root] = {art: [sentence.index]}
    return [members[root] for root in rows]


def compact_rows(rows: list[Row]) -> list[Row]:
    """Join consecutive rows that hold sentences of one and the same article (a run of unique sentences) into one
    row: it reads as a passage, and 20 articles' tables get several times fewer cells to lay out."""
    out: list[Row] = []
    for row in rows:
        if out and len(row) == 1 and len(out[-1]) == 1 and row.keys() == out[-1].keys():
            (art,) = row.keys()
            out[-1] = {art: out[-1][art] + row[art]}
        else:
            out.append({art: list(idx) for art, idx in row.items()})
    return out


class StickyHeader(QWidget):
    """The table's header row again, pinned to the top of the view once the real one has scrolled away."""

    def __init__(self, view: AlignedView) -> None:
        super().__init__(view.viewport())
        self.view = view
        self.names: list[str] = []
        self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        """The source names over the table's columns, on the page colour, with a rule below."""
        table = self.view.table
        pal = self.view.palette_
        if table is None or pal is None or not self.names:
            return
        rect = self.view.document().documentLayout().frameBoundingRect(table)
        width = rect.width() / len(self.names)
        dx = self.view.horizontalScrollBar().value()
        p = QPainter(self)
        p.fillRect(self.rect(), pal.page)
        font = QFont(self.font())
        font.setBold(True)
        p.setFont(font)
        p.setPen(pal.text)
        for i, name in enumerate(self.names):
            x = rect.left() + i * width - dx
            p.drawText(
                QRectF(x + CELL_PADDING_PX, 0, width - 2 * CELL_PADDING_PX, self.height()),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                p.fontMetrics().elidedText(name, Qt.TextElideMode.ElideRight, int(width - 2 * CELL_PADDING_PX)),
            )
        p.setPen(blend(pal.muted, pal.page, 0.5))
        p.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        p.end()


class AlignedView(SentenceView):
    """All articles in one table, a row per group of linked sentences; the header row stays in view."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.order: list[int] = []
        self.table: QTextTable | None = None
        self.sticky = StickyHeader(self)
        self.verticalScrollBar().valueChanged.connect(self._place_header)
        self.horizontalScrollBar().valueChanged.connect(self._place_header)

    def show_report(self, report: m.Report, order: Sequence[int], highlighter: Highlighter, point_size: float) -> None:
        """Draw ``report`` with its articles as table columns in ``order``."""
        self.order = list(order)
        self.rows = compact_rows(aligned_rows(report, self.order))
        self.table = None  # the old table goes with its document
        self._replace_document(QTextDocument(self))  # so fitting the width below does not re-lay out the old table
        pal = highlighter.palette
        self.palette_ = pal
        doc = QTextDocument(self)
        doc.setDocumentMargin(DOCUMENT_MARGIN_PX)
        doc.setDefaultFont(body_font(point_size))
        n = max(len(self.order), 1)

        table_fmt = QTextTableFormat()
        table_fmt.setBorder(1)
        table_fmt.setBorderCollapse(False)  # collapsed borders lay out three times slower (2 s for 20 articles)
        table_fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        table_fmt.setBorderBrush(QBrush(blend(pal.muted, pal.page, 0.35)))
        table_fmt.setCellSpacing(0)
        table_fmt.setCellPadding(CELL_PADDING_PX)
        table_fmt.setHeaderRowCount(1)
        table_fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table_fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, 100 / n)] * n)
        # Many articles: fixed-width page so the table scrolls sideways instead of squeezing each column.
        self._fit_width()

        cursor = QTextCursor(doc)
        table = cursor.insertTable(len(self.rows) + 1, n, table_fmt)
        self.table = table
        self.sticky.names = [report.articles[art].source or f"Article {art + 1}" for art in self.order]
        head_fmt = QTextCharFormat()
        head_fmt.setFontWeight(QFont.Weight.Bold)
        head_fmt.setFontFamilies(["DejaVu Sans", "sans-serif"])
        head_fmt.setForeground(pal.text)
        block_fmt = body_block_format(bottom_margin=4)  # sentences of one cell sit closer than paragraphs
        for col, art in enumerate(self.order):
            cell_cursor = table.cellAt(0, col).firstCursorPosition()
            cell_cursor.insertText(report.articles[art].source or f"Article {art + 1}", head_fmt)

        ranges = []
        conflicts: list[tuple[int, int, m.SentenceRef]] = []
        self.sentence_badges = {}
        for r, row in enumerate(self.rows, start=1):
            for col, art in enumerate(self.order):
                indices = row.get(art)
                if not indices:
                    continue
                cell_cursor = table.cellAt(r, col).firstCursorPosition()
                cell_cursor.setBlockFormat(block_fmt)
                for k, s_index in enumerate(indices):
                    if k:  # several sentences of one article in a group: one paragraph each
                        cell_cursor.insertBlock(block_fmt)
                    sentence = report.articles[art].sentences[s_index]
                    ref = m.SentenceRef(art, s_index)
                    start = cell_cursor.position()
                    badges = highlighter.badges(ref)
                    placed: list[tuple[int, int]] = []
                    for a, b, fmt in highlighter.runs(ref):
                        cell_cursor.insertText(sentence.text[a:b], fmt)
                        for at, badge, status in badges:
                            if at == b:
                                placed.append((at, utf16_len(badge)))
                                cell_cursor.insertText(badge, highlighter.badge_format(status))
                    end = cell_cursor.position()
                    if placed:
                        self.sentence_badges[ref] = placed
                    ranges.append((start, end, ref))
                    for fa, fb in highlighter.conflict_figures(ref):
                        conflicts.append((fa, fb, ref))
        self._replace_document(doc)
        self.set_ranges(ranges)
        self.conflict_ranges = [
            (rng[0], rng[1], ref)
            for a, b, ref in conflicts
            if (rng := self.offset_range(report, ref, a, b)) is not None
        ]
        self.tooltip_provider = highlighter.tooltip
        self.set_chunks(highlighter.chunks(self.refs()))

    def _replace_document(self, doc: QTextDocument) -> None:
        # QTextEdit does not delete a document it is given, nor the one it drops: free the one this view made.
        old = self.document()
        ours = old is not doc and old.parent() is self  # asked first: Qt deletes its own default document itself
        self.setDocument(doc)
        if ours:
            old.deleteLater()

    def _fit_width(self) -> None:
        # Many articles: a page wider than the view, scrolled sideways, rather than columns a few words wide.
        # Each setter re-lays out the whole table, so only a change is passed on (this runs on every resize).
        wanted = len(self.order) * MIN_COLUMN_PX + 2 * DOCUMENT_MARGIN_PX
        if wanted > self.viewport().width():
            if self.lineWrapMode() != QTextEdit.LineWrapMode.FixedPixelWidth:
                self.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
            if self.lineWrapColumnOrWidth() != wanted:
                self.setLineWrapColumnOrWidth(wanted)
        elif self.lineWrapMode() != QTextEdit.LineWrapMode.WidgetWidth:
            self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Switch between fitting the width and scrolling sideways as the view is resized."""
        self._fit_width()
        super().resizeEvent(event)
        self._place_header()

    def clear(self) -> None:
        """Empty the view (no report): no table, no pinned header."""
        self.table = None
        self.sticky.hide()
        super().clear()

    def header_pinned(self) -> bool:
        """Whether the pinned copy of the header row shows (the table's own has scrolled out of view)."""
        return self.sticky.isVisible()

    def _place_header(self, *_args: object) -> None:
        # Shown once the table's header row is above the viewport's top edge.
        table = self.table
        if table is None or not self.sticky.names:
            self.sticky.hide()
            return
        first = table.cellAt(1, 0) if table.rows() > 1 else table.cellAt(0, 0)
        block = self.document().findBlock(first.firstCursorPosition().position())
        top = self.document().documentLayout().blockBoundingRect(block).top()
        height = QFontMetrics(self.font()).height() + 2 * CELL_PADDING_PX
        pinned = self.verticalScrollBar().value() > max(top - height, 0)
        self.sticky.setGeometry(0, 0, self.viewport().width(), height)
        self.sticky.setVisible(pinned)
        if pinned:
            self.sticky.raise_()
            self.sticky.update()
