"""The "aligned rows" view: one table row per group of linked sentences, so counterparts sit side by side.

``aligned_rows`` is the pure part (no widgets): it groups sentences joined by links and orders the groups so each
article still reads top to bottom; a sentence no other article has gets a row of its own, right after the row of
the sentence before it. ``AlignedView`` draws those rows as a QTextTable in a SentenceView, so hover, click,
tooltips and frames behave as in the side-by-side columns.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextBlockFormat,
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
from reportdiff.presentation.names import letter

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
# Rows per table: the view is a column of tables this many rows long, each laid out once, with its slice (one
# table of a 1,500-sentence pair's rows was laid out whole on every edit: the view froze when switched to).
ALIGNED_CHUNK_ROWS = 40
TABLE_SENTENCES_MAX = 40  # ... and at most about this many sentences: a table is re-laid out whole on each edit
TABLE_CELLS_MAX = 120  # ... and cells (rows x articles): 20 articles' table of 60 sentences took 170 ms to lay out
# A group of linked sentences can hold hundreds (near-identical sentences link to one another); one row of them
# was one cell Qt re-laid out whole on each slice. A row holds at most this many sentences of an article; the rest
# of the group continues on the rows below.
ROW_SENTENCES_MAX = 8
# Qt lays out the tables a slice edited when its edit block ends, and that cost more than the inserting (30-45 ms
# after 10 ms of inserting on 20 articles: a slice of 55 ms). Each slice counts it in, at this first guess per
# unit inserted (a UTF-16 unit or a cell), then at the rate measured on the slices before it, as ArticleView does.
ALIGNED_LAYOUT_S_PER_UNIT = 2e-5
ALIGNED_RATE_MIN_UNITS = 200  # a slice inserting fewer units says too little about the rate to update it


def aligned_rows(report: m.Report, order: Sequence[int] | None = None) -> list[Row]:
    """Rows of linked sentences: every sentence of the articles in ``order`` appears in exactly one row."""
    order = list(range(len(report.articles))) if order is None else list(order)
    # Sentences as (article, sentence) tuples: hashing and comparing SentenceRef dataclasses was three quarters
    # of the time on a 100k-word pair (0.8 s).
    parent: dict[tuple[int, int], tuple[int, int]] = {}

    def find(ref: tuple[int, int]) -> tuple[int, int]:
        root = ref
        while parent.get(root, root) != root:
            root = parent[root]
        while parent.get(ref, ref) != root:  # path compression
            parent[ref], ref = root, parent[ref]
        return root

    shown = set(order)
    for link in report.links:
        s, t = link.source, link.target
        if s.article in shown and t.article in shown:
            a, b = find((s.article, s.sentence)), find((t.article, t.sentence))
            if a != b:
                parent[max(a, b)] = min(a, b)

    # Each article's pass merges its sentences into the rows so far: a sentence whose group has a row joins it
    # (and its article's next new row goes after that one), else it opens a new row right after the last row
    # this article reached. The sentences before its first shared one open rows right above that one's row
    # (at the top they stood above the other articles' whole openings: five outlets' view opened on three empty
    # columns beside the fourth's tweets); an article sharing nothing comes after the others. One pass per
    # article over the rows, not a list search and insert per sentence.
    rows: list[tuple[int, int]] = []  # one group root per row
    members: dict[tuple[int, int], Row] = {}
    for art in order:
        at = {root: i for i, root in enumerate(rows)}
        merged: list[tuple[int, int]] = []
        copied = 0  # rows[:copied] are in ``merged`` already
        opening: list[tuple[int, int]] | None = []  # the article's rows before its first shared sentence
        for sentence in report.articles[art].sentences:
            root = find((art, sentence.index))
            if root in members:
                members[root].setdefault(art, []).append(sentence.index)
                i = at.get(root, -1)
                if opening is not None and i >= 0:
                    merged.extend(rows[:i])
                    merged.extend(opening)
                    opening, copied = None, i
                if i >= copied:
                    merged.extend(rows[copied : i + 1])
                    copied = i + 1
            else:
                (merged if opening is None else opening).append(root)
                members[root] = {art: [sentence.index]}
        rows = merged + rows[copied:] + (opening or [])
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


def fold_wordless_rows(report: m.Report, rows: list[Row]) -> list[Row]:
    """Rows whose every sentence has no letter or digit (a lone "·" left between two stripped time stamps, a
    "***" rule) join the next row (the last one: the row before), in their articles' cells: a row of its own drew
    a blank band across the table under the headers (review s23 Minor)."""

    def wordless(row: Row) -> bool:
        return all(
            not any(ch.isalnum() for ch in report.articles[art].sentences[i].text)
            for art, idx in row.items()
            for i in idx
        )

    out: list[Row] = []
    carry: Row = {}
    for row in rows:
        if wordless(row):
            for art, idx in row.items():
                carry.setdefault(art, []).extend(idx)
            continue
        if carry:
            row = {art: sorted(set(row.get(art, [])) | set(carry.get(art, []))) for art in {**row, **carry}}
            carry = {}
        out.append(row)
    if carry:
        if out:
            last = out[-1]
            out[-1] = {art: sorted(set(last.get(art, [])) | set(carry.get(art, []))) for art in {**last, **carry}}
        else:
            out.append(carry)
    return out


def split_rows(rows: list[Row], most: int = ROW_SENTENCES_MAX) -> list[Row]:
    """Rows with more than ``most`` sentences of one article continue on the rows below, ``most`` per row."""
    out: list[Row] = []
    for row in rows:
        longest = max((len(v) for v in row.values()), default=0)
        if longest <= most:
            out.append(row)
            continue
        for k in range(0, longest, most):
            out.append({art: idx[k : k + most] for art, idx in row.items() if idx[k : k + most]})
    return out



def column_name(report: m.Report, article: int) -> str:
    """A column's title: the article's letter and source ("A Reuters"), as the side-by-side columns' badges, the
    figures table, the PDF and the HTML name it."""
    return f"{letter(article)} {report.articles[article].source or f'Article {article + 1}'}"

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

    LAYOUT_S_PER_UNIT = ALIGNED_LAYOUT_S_PER_UNIT
    LAYOUT_RATE_MIN_UNITS = ALIGNED_RATE_MIN_UNITS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[Row] = []
        self.order: list[int] = []
        self.table: QTextTable | None = None  # the first table, with the header row
        self.sticky = StickyHeader(self)
        self.verticalScrollBar().valueChanged.connect(self._place_header)
        self.horizontalScrollBar().valueChanged.connect(self._place_header)

    def show_report(self, report: m.Report, order: Sequence[int], highlighter: Highlighter, point_size: float) -> None:
        """Draw ``report`` with its articles as table columns in ``order``, at once (``begin`` and ``fill`` do it a
        slice at a time)."""
        self.begin(report, order, highlighter, point_size)
        while not self.fill(1.0):
            pass

    def begin(self, report: m.Report, order: Sequence[int], highlighter: Highlighter, point_size: float) -> None:
        """Start drawing ``report`` in ``order``; ``fill`` does the work in slices."""
        self.order = list(order)
        self.rows = []
        self.table = None  # the old table goes with its document
        self.set_ranges([])
        self.set_chunks([])
        self.sentence_badges = {}
        self.palette_ = highlighter.palette
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)
        doc.setDocumentMargin(DOCUMENT_MARGIN_PX)
        doc.setDefaultFont(body_font(point_size))
        self._replace_document(doc)  # before fitting the width: the old table is not re-laid out at the new one
        self._fit_width()
        self._build_cursor = QTextCursor(doc)  # every slice is one edit block of it, the first one too
        self._inserted = 0
        self._steps = self._build(report, highlighter, doc)
        self._place_header()

    def _filled(self) -> None:
        self._place_header()

    def _build(self, report: m.Report, highlighter: Highlighter, doc: QTextDocument) -> Iterator[None]:
        """The rows as tables of ALIGNED_CHUNK_ROWS rows each, one after the other in the document the view shows:
        Qt lays a table out whole on every edit, so one table of 1,500 rows was re-laid out on each slice; a
        chunk's table is laid out once, with its slice. The tables share their column widths, so they read as one;
        the block Qt keeps between two tables is made one pixel high."""
        rows = split_rows(compact_rows(fold_wordless_rows(report, aligned_rows(report, self.order))))
        yield
        self.rows = rows
        pal = highlighter.palette
        n = max(len(self.order), 1)
        table_fmt = QTextTableFormat()
        table_fmt.setBorder(1)
        table_fmt.setBorderCollapse(False)  # collapsed borders lay out three times slower (2 s for 20 articles)
        table_fmt.setBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
        table_fmt.setBorderBrush(QBrush(blend(pal.muted, pal.page, 0.35)))
        table_fmt.setCellSpacing(0)
        table_fmt.setCellPadding(CELL_PADDING_PX)
        table_fmt.setMargin(0)
        table_fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        table_fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, 100 / n)] * n)
        gap_block = QTextBlockFormat()
        gap_block.setLineHeight(1, QTextBlockFormat.LineHeightTypes.FixedHeight.value)
        gap_char = QTextCharFormat()
        gap_char.setFontPointSize(1)
        head_fmt = QTextCharFormat()
        head_fmt.setFontWeight(QFont.Weight.Bold)
        head_fmt.setFontFamilies(["DejaVu Sans", "sans-serif"])
        head_fmt.setForeground(pal.text)
        block_fmt = body_block_format(bottom_margin=4)  # sentences of one cell sit closer than paragraphs
        self.sticky.names = [column_name(report, art) for art in self.order]
        ranges: list[tuple[int, int, m.SentenceRef]] = []
        conflicts: list[tuple[int, int, m.SentenceRef]] = []
        chunks: list[tuple[m.SentenceRef, str]] = []
        done = 0
        while done < len(rows) or self.table is None:
            size = sentences = 0
            most_rows = max(1, min(ALIGNED_CHUNK_ROWS, TABLE_CELLS_MAX // n))
            while done + size < len(rows) and size < most_rows and sentences < TABLE_SENTENCES_MAX:
                sentences += sum(len(v) for v in rows[done + size].values())
                size += 1
            batch = rows[done : done + size]
            header = self.table is None
            end = QTextCursor(doc)
            end.movePosition(QTextCursor.MoveOperation.End)
            if not header:
                end.setBlockFormat(gap_block)
                end.setBlockCharFormat(gap_char)
            fmt = QTextTableFormat(table_fmt)
            fmt.setHeaderRowCount(1 if header else 0)
            table = end.insertTable(len(batch) + (1 if header else 0), n, fmt)
            self._inserted += (len(batch) + 1) * n
            if header:
                self.table = table
                for col, art in enumerate(self.order):
                    cell_cursor = table.cellAt(0, col).firstCursorPosition()
                    cell_cursor.insertText(column_name(report, art), head_fmt)
            for r, row in enumerate(batch, start=1 if header else 0):
                for col, art in enumerate(self.order):
                    indices = row.get(art)
                    if not indices:
                        continue
                    cell_cursor = table.cellAt(r, col).firstCursorPosition()
                    cell_cursor.setBlockFormat(block_fmt)
                    for k, s_index in enumerate(indices):
                        if k:  # several sentences of one article in a group: one paragraph each
                            cell_cursor.insertBlock(block_fmt)
                        self._sentence(report, highlighter, cell_cursor, m.SentenceRef(art, s_index), ranges)
                        ref = ranges[-1][2]
                        conflicts.extend((fa, fb, ref) for fa, fb in highlighter.conflict_figures(ref))
                        chunks.extend(highlighter.chunks((ref,)))
                        yield  # a group of hundreds of linked sentences is one row: sliced too
                yield
            done += len(batch)
            if not batch:
                break
        yield
        self.set_ranges(ranges)
        self.conflict_ranges = [
            (rng[0], rng[1], ref)
            for a, b, ref in conflicts
            if (rng := self.offset_range(report, ref, a, b)) is not None
        ]
        self.tooltip_provider = highlighter.tooltip
        self.set_chunks(chunks)

    def _sentence(
        self,
        report: m.Report,
        highlighter: Highlighter,
        cursor: QTextCursor,
        ref: m.SentenceRef,
        ranges: list[tuple[int, int, m.SentenceRef]],
    ) -> None:
        """Insert one sentence's runs and badges at ``cursor``; note its range (and its badges)."""
        sentence = report.sentence(ref)
        start = cursor.position()
        badges = highlighter.badges(ref)
        placed: list[tuple[int, int]] = []
        for a, b, fmt in highlighter.runs(ref):
            piece = sentence.text[a:b]
            cursor.insertText(piece, fmt)
            self._inserted += utf16_len(piece)
            for at, badge, status in badges:
                if at == b:
                    placed.append((at, utf16_len(badge)))
                    cursor.insertText(badge, highlighter.badge_format(status))
        if placed:
            self.sentence_badges[ref] = placed
        ranges.append((start, cursor.position(), ref))

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
        self.stop()
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
