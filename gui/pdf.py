"""Report -> PDF, drawn with Qt: the export document of ``presentation/docmodel.py`` as real, selectable text.

``write_pdf`` is what File > Export PDF... and ``reportdiff compare ... --pdf`` call. It builds one QTextDocument
(cover, articles side by side, discrepancies, figure table, quotations) with the colours of ``docmodel.PALETTE``,
paginates it on a QPdfWriter (a paragraph in the articles' columns keeps two lines on each side of a page break,
``KEEP_LINES``) and paints each page with a footer (the files, "Page n of m"). Qt's PDF engine embeds
the fonts it draws with (subsets of DejaVu here), so the file reads the same on a machine without them.

It writes through ``core.atomic.atomic_target``: an existing file is replaced whole or left untouched, and failures
come out as ``WriteError`` with a sentence for a person. It works inside the running window (a QApplication exists)
and headless (it creates a QGuiApplication, offscreen when there is no display). It draws; it computes nothing.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrameFormat,
    QTextLength,
    QTextTable,
    QTextTableFormat,
)

from reportdiff.core import model as m
from reportdiff.core.atomic import WriteError, atomic_target, check_pdf
from reportdiff.core.model import Report
from reportdiff.presentation import docmodel as dm
from reportdiff.presentation.labels import NO_FIGURES, NO_SHARED_FIGURES, plural
from reportdiff.presentation.quotations import NO_QUOTATIONS, quotations_heading

PAGE_SIZES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}

# -- page and type settings, in one place -------------------------------------------------------------------
RESOLUTION = 300  # dots per inch of the layout; text stays vector, this only sets layout precision
MARGINS_MM = QMarginsF(15, 14, 15, 12)  # left, top, right, bottom; the footer sits inside the bottom of the body
FOOTER_MM = 8.0  # room kept below the text for the footer rule and line
HEADER_MM = 7.0  # room kept above the text on pages after the first, for the running head
LAYOUT_PASSES = 6  # at most: passes until page references and section breaks settle (two, rarely three, one
# more when the last page is refilled)
MIN_ROOM_FOR_SECTION = 0.3  # share of a page worth starting a section in; in less, its heading looks orphaned
# (unless the whole section fits in what is left: "Quotations (0)" and its one line were sent alone to a last page)
# The last page holds at least this share of a page when the document runs over one: less (a table's last row, one
# line of a quotation) reads as a leftover, so rows or a section move over from the page before to keep it company.
LAST_PAGE_MIN = 0.15
LAST_PAGE_DONOR_KEEPS = 0.5  # ... but the page they come from stays at least this full
# A paragraph of an article column split by a page keeps at least this many lines on each side of the break (a
# paragraph's last line alone at the top of a page, or its first alone at the bottom, reads as a stray line): the
# lines move over to the next page, whole paragraph if need be. One column's fixes move its later text, so each
# round fixes the first split in every column; more rounds than this leave the rest as Qt laid them out.
KEEP_LINES = 2
KEEP_LINES_ROUNDS_MAX = 40
# Sections that start on a fresh page when the room left on the current one is too small.
SECTIONS = ("#pairs", "#columns", "#discrepancies", "#facts", "#quotes")
# Three articles or more (landscape) start their columns on a page of their own. The key to the columns' colours
# and marks closes the cover then, in the room the cover leaves on its last page (a five-article cover took half of
# its page, the rest left empty); it stays above the columns when it does not fit there whole (this in ``breaks``).
LEGEND_ABOVE_COLUMNS = "legend above the columns"
SANS = ["DejaVu Sans", "Helvetica", "Arial", "sans-serif"]  # headings, tables, furniture
SERIF = ["DejaVu Serif", "Georgia", "Noto Serif", "serif"]  # article text, as on screen (gui/article_view.py)
BODY_PT = 9.0  # article text with two columns on portrait paper (about 45 characters a line)
BODY_PT_NARROW = 8.0  # three or four columns on landscape (about 40 characters a line)
SMALL_PT = 7.5
LIGATURES = ("liga", "clig", "dlig")  # switched off, so the text extracts and searches as typed
SHORT_HEADERS_UP_TO = 8  # figure-table headers name the article up to this many columns, then its letter only
FACT_TABLE_PADDING = 3.5  # inside each cell of the figures table (the row tables' default)
# Beyond this many articles a column per article is narrower than a word (10 mm for 20 on landscape A4): the
# figure table lists each fact's values in one cell instead, with the articles' letters.
COLUMN_TABLE_UP_TO = 10
TEXT = QColor("#1A1A1A")
MUTED = QColor(dm.MUTED_TEXT)
RULE = QColor(dm.RULE)
HEAD_FILL = QColor("#F1F1F1")

_UNDERLINE = {
    "solid": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "wavy": QTextCharFormat.UnderlineStyle.WaveUnderline,
    "dashed": QTextCharFormat.UnderlineStyle.DashUnderline,
    "dotted": QTextCharFormat.UnderlineStyle.DotLine,
}

_app: QGuiApplication | None = None  # the application this module created, kept alive for later exports


Progress = Callable[[str, float], None]  # (what is being done, share done 0-1); may raise to stop the export
# The breaks one layout pass made to keep lines together: where the column tables started (y) and each break as
# (table, position from its start), in the order made.
Kept = tuple[tuple[float, ...], tuple[tuple[int, int], ...]]


def write_pdf(report: Report, path: Path | str, page_size: str = "A4", progress: Progress | None = None) -> None:
    """Draw ``report`` as a PDF at ``path`` (A4 or Letter); raise ``WriteError`` when it cannot be written.
    ``progress`` is told each layout pass and each page drawn; an exception it raises stops the export, and the
    file at ``path`` stays as it was (the window's export process stops a cancelled export so)."""
    if page_size not in PAGE_SIZES:
        raise WriteError(f"cannot write {path}: unknown page size {page_size!r} (use A4 or Letter)")
    _ensure_app()
    tell = progress or _no_progress
    tell("preparing the document", 0.0)
    document = dm.build_document(report)
    with atomic_target(path, check=check_pdf) as tmp:  # re-opened before it replaces anything
        _render(document, str(tmp), page_size, tell)
        tell("checking the PDF", 1.0)


def _no_progress(stage: str, fraction: float) -> None:
    """No one listens (the command line)."""


def _ensure_app() -> None:
    """A Qt GUI application must exist before fonts and PDF writers; make one when running headless."""
    global _app
    if QGuiApplication.instance() is not None:
        return
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _app = QGuiApplication(["reportdiff"])


# -- painting ------------------------------------------------------------------------------------------------


def _render(document: dm.ExportDocument, filename: str, page_size: str, progress: Progress = _no_progress) -> int:
    """Lay out and paint ``document`` into ``filename``; return the number of pages. ``progress`` is told each
    pass and each page (the passes are about two thirds of the time on 20 long articles)."""
    writer, key, header_h, footer_h = _page_setup(document, filename, page_size)
    width = float(writer.width())
    body_h = float(writer.height()) - footer_h - header_h

    doc = _paginate(document, writer, width, body_h, progress).doc

    painter = QPainter()
    if not painter.begin(writer):
        raise WriteError(f"cannot write {filename}: the PDF could not be opened for writing")
    try:
        count = doc.pageCount()
        for page in range(count):
            progress(f"drawing page {page + 1} of {count}", 0.65 + 0.33 * page / max(count, 1))
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, header_h - page * body_h)
            doc.drawContents(painter, QRectF(0, page * body_h, width, body_h))
            painter.restore()
            _furniture(painter, document, page + 1, count, width, header_h, header_h + body_h, footer_h, key)
    finally:
        ended = painter.end()
    if not ended:
        raise WriteError(f"cannot write {filename}: the PDF writer reported an error")
    return count


def _page_setup(
    document: dm.ExportDocument, filename: str, page_size: str
) -> tuple[QPdfWriter, list[str], float, float]:
    """The writer for ``filename`` with the page set up, the footer's key lines, and the heights kept above the
    text (running head) and below it (footer)."""
    writer = QPdfWriter(filename)
    writer.setCreator("ReportDiff")
    writer.setTitle(document.title)
    writer.setResolution(RESOLUTION)
    orientation = QPageLayout.Orientation.Landscape if document.landscape else QPageLayout.Orientation.Portrait
    writer.setPageLayout(
        QPageLayout(QPageSize(PAGE_SIZES[page_size]), orientation, MARGINS_MM, QPageLayout.Unit.Millimeter)
    )
    dots_per_mm = RESOLUTION / 25.4
    # The footer's key to the letters takes as many lines as it needs (with 20 articles one line cut it after
    # "K outlet11.txt · L outlet1…", leaving L-T without a key on every page after the first).
    metrics = QFontMetricsF(_font(SANS, SMALL_PT), writer)
    key = _footer_key(document, metrics, float(writer.width()))
    footer_h = FOOTER_MM * dots_per_mm + (len(key) - 1) * metrics.height()
    return writer, key, HEADER_MM * dots_per_mm, footer_h


def _paginate(
    document: dm.ExportDocument, writer: QPdfWriter, width: float, body_h: float, progress: Progress
) -> _Builder:
    """Lay ``document`` out in pages of ``body_h``, in passes until stable (two, rarely three): the second knows on
    which page each discrepancy's sentences stand, and whether a section would start in the last scraps of a page
    (then it gets a fresh page, unless it fits whole in them). When the result would end on a near-empty page,
    one more pass starts the tail on that page earlier (``_tail_break``)."""
    pages: dict[str, int] = {}
    forced = {"#columns"} if document.landscape else set()  # 3+ columns: a page of their own (the legend's cover)
    breaks = set(forced)
    splits: dict[str, int] = {}
    tail_checked = False
    builder = _Builder(document, writer, pages, breaks, splits)
    for attempt in range(LAYOUT_PASSES):
        progress("laying out the pages", 0.05 + 0.6 * attempt / LAYOUT_PASSES)
        builder = _Builder(document, writer, pages, breaks, splits, builder.kept)
        builder.doc.setPageSize(QSizeF(width, body_h))
        builder.build()
        found = {key: int(builder.y_of(pos) // body_h) + 1 for key, pos in builder.anchors.items()}
        needed = breaks | forced
        present = [s for s in SECTIONS if s in builder.anchors]
        starts = [(s, builder.y_of(builder.anchors[s])) for s in present]
        # A section ends where its last line does, not where the next heading stands: that heading, sent to a
        # fresh page, made a two-line section before it look too long for the room it had and follow it.
        ends = [builder.end_before(builder.anchors[s]) for s in present[1:]] + [builder.end_y()]
        for (section, top), bottom in zip(starts, ends, strict=True):
            fits = int(top // body_h) == int(max(bottom - 1, top) // body_h)
            if body_h - top % body_h < MIN_ROOM_FOR_SECTION * body_h and not fits:
                needed.add(section)
        legend = builder.legend_at
        if legend is not None and int(builder.y_of(legend[0]) // body_h) != int(builder.y_of(legend[1]) // body_h):
            forced.add(LEGEND_ABOVE_COLUMNS)  # it would not end on the page it starts on: above the columns
            needed.add(LEGEND_ABOVE_COLUMNS)
        if found == pages and needed == breaks:
            if tail_checked:
                break
            tail_checked = True
            move = _tail_break(builder, body_h)
            if move is None:
                break
            key, row = move
            if row is None:
                forced.add(key)
                needed.add(key)
            else:
                splits[key] = row
        pages, breaks = found, needed
    return builder


def _tail_break(builder: _Builder, body_h: float) -> tuple[str, int | None] | None:
    """Where to start the last page earlier when it holds less than LAST_PAGE_MIN of a page: the latest section
    heading or table row on the page before whose move leaves the last page at least that much, and its own page at
    least LAST_PAGE_DONOR_KEEPS full. (section, None) for a heading, (table, row) for a row; None when the last page
    is full enough or no such place exists (one long row across the break)."""
    count = builder.doc.pageCount()
    end = builder.end_y()
    last_top = (count - 1) * body_h
    short = LAST_PAGE_MIN * body_h - (end - last_top)
    if count < 2 or short <= 0:
        return None
    places: list[tuple[float, tuple[str, int | None]]] = [
        (builder.y_of(pos), (section, None)) for section, pos in builder.anchors.items() if section in SECTIONS
    ]
    bottom = last_top - body_h  # where the content of the page before ends (a row that did not fit left a gap)
    for table, rows in builder.rows.items():
        for row, (start, ends) in enumerate(rows):
            top = builder.y_of(start)
            if row:
                places.append((top, (table, row)))
            if last_top - body_h <= top < last_top:
                bottom = max(bottom, min(last_top, max(builder.bottom_of(pos) for pos in ends)))
    best: tuple[float, tuple[str, int | None]] | None = None
    for y, place in places:
        moved = bottom - y  # what goes over to the last page
        if moved >= short and y >= last_top - body_h * (1 - LAST_PAGE_DONOR_KEEPS) and (best is None or y > best[0]):
            best = (y, place)
    return best[1] if best else None


def _furniture(
    painter: QPainter,
    document: dm.ExportDocument,
    page: int,
    count: int,
    width: float,
    header_h: float,
    body_bottom: float,
    footer_h: float,
    key: Sequence[str],
) -> None:
    """The running head (after page 1) and the footer: the files compared (``key``, its lines) and the page
    number, on the first line at the right."""
    font = _font(SANS, SMALL_PT)
    painter.setFont(font)
    metrics = QFontMetricsF(font, painter.device())
    painter.setPen(QPen(RULE, max(1.0, RESOLUTION / 150)))
    one_line = FOOTER_MM * RESOLUTION / 25.4
    rule_y = body_bottom + one_line * 0.35
    painter.drawLine(0, int(rule_y), int(width), int(rule_y))
    painter.setPen(MUTED)
    number = f"Page {page} of {count}"
    top = rule_y + one_line * 0.12
    for i, text in enumerate(key):
        line = QRectF(0, top + i * metrics.height(), width, metrics.height())
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)
    painter.drawText(QRectF(0, top, width, metrics.height()), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop,
                     number)  # fmt: skip
    if page > 1:
        head = QRectF(0, 0, width, metrics.height())
        title = metrics.elidedText(document.title, Qt.TextElideMode.ElideRight, width * 0.7)
        painter.drawText(head, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)
        painter.drawText(head, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, document.created)


FOOTER_KEY_LINES_MAX = 4  # 20 articles' short file names fit in three lines of a portrait page; beyond, shorten
FOOTER_AFFIX_MIN = 8  # a part every file name shares is left out of the key ("…") only when at least this long
FOOTER_NAME_STEP = 0.9  # shortening the names in the key: each try allows this share of the previous width
_NAME_SEPARATORS = "-_. "


def _footer_key(document: dm.ExportDocument, metrics: QFontMetricsF, width: float) -> list[str]:
    """The footer's key to the letters ("Files: A reuters.txt · B cnews.txt"), wrapped between entries into the
    lines it needs (the first leaving room for the page number), at most FOOTER_KEY_LINES_MAX. Names too long for
    that (20 outlets' 'northern-star-tribune-lake-tamsin-ferry-capsizes-live-updates.txt') are shortened, never
    cut off at the end of the key: first the part every name shares is left out ('northern-star-tribune…'), then
    each name loses its middle, all to one width, so every letter keeps a key on every page. The cover lists the
    names whole."""
    room_first = width - metrics.horizontalAdvance("Page 999 of 999    ")
    full = [a.file_name for a in document.articles]
    letters = [a.letter for a in document.articles]
    lines = _wrap_key(letters, full, metrics, room_first, width)
    if len(lines) <= FOOTER_KEY_LINES_MAX:
        return lines
    names = _without_shared_affixes(full)
    lines = _wrap_key(letters, names, metrics, room_first, width)
    allowed = max((metrics.horizontalAdvance(n) for n in names), default=0.0)
    shortest = metrics.horizontalAdvance("MMMM…")
    while len(lines) > FOOTER_KEY_LINES_MAX and allowed > shortest:
        allowed = max(allowed * FOOTER_NAME_STEP, shortest)
        short = [metrics.elidedText(n, Qt.TextElideMode.ElideMiddle, allowed) for n in names]
        lines = _wrap_key(letters, short, metrics, room_first, width)
    if len(lines) > FOOTER_KEY_LINES_MAX:  # beyond any shortening (a tiny page): the last line is cut
        lines = [*lines[: FOOTER_KEY_LINES_MAX - 1], " ".join(lines[FOOTER_KEY_LINES_MAX - 1 :])]
    last = len(lines) - 1
    lines[last] = metrics.elidedText(lines[last], Qt.TextElideMode.ElideRight, room_first if not last else width)
    lines[0] = metrics.elidedText(lines[0], Qt.TextElideMode.ElideRight, room_first)
    return lines


def _wrap_key(
    letters: Sequence[str], names: Sequence[str], metrics: QFontMetricsF, room_first: float, width: float
) -> list[str]:
    """"Files: A x · B y · …" broken between entries into lines of ``room_first`` (the first) and ``width``."""
    lines: list[str] = []
    current = "Files:"
    for letter, name in zip(letters, names, strict=True):
        entry = f"{letter} {name}"
        room = room_first if not lines else width
        trial = f"{current} {entry}" if current == "Files:" else f"{current} · {entry}"
        if metrics.horizontalAdvance(trial) <= room or current == "Files:":
            current = trial
        else:
            lines.append(current + " ·")
            current = entry
    lines.append(current)
    return lines


def _without_shared_affixes(names: Sequence[str]) -> list[str]:
    """``names`` without the beginning and the end they all share (cut at a separator, at least FOOTER_AFFIX_MIN
    characters), marked "…": 'meridian-lake-tamsin-live.txt', 'ledger-lake-tamsin-live.txt' -> 'meridian…',
    'ledger…'. Names that differ only there, or a single name, come back as they are."""
    if len(names) < 2:
        return list(names)
    prefix = _separated(_shared_start(names))
    suffix = _separated(_shared_start([n[::-1] for n in names]))[::-1]
    prefix = prefix if len(prefix) >= FOOTER_AFFIX_MIN else ""
    suffix = suffix if len(suffix) >= FOOTER_AFFIX_MIN else ""
    if any(len(n) <= len(prefix) + len(suffix) for n in names):
        return list(names)
    return [("…" if prefix else "") + n[len(prefix) : len(n) - len(suffix)] + ("…" if suffix else "") for n in names]


def _shared_start(texts: Sequence[str]) -> str:
    """The characters every one of ``texts`` begins with."""
    first, last = min(texts), max(texts)  # the sorted extremes share what every text between them shares
    n = 0
    while n < min(len(first), len(last)) and first[n] == last[n]:
        n += 1
    return first[:n]


def _separated(shared: str) -> str:
    """``shared`` (a common beginning) up to and including its last separator: whole words only."""
    cut = max(shared.rfind(c) for c in _NAME_SEPARATORS)
    return shared[: cut + 1] if cut >= 0 else ""


# -- the document --------------------------------------------------------------------------------------------


class _Builder:
    """Writes one export document into a QTextDocument through a cursor, remembering where sentences start."""

    def __init__(
        self,
        document: dm.ExportDocument,
        device: QPdfWriter,
        pages: dict[str, int],
        breaks: set[str],
        splits: dict[str, int] | None = None,
        kept: Kept | None = None,
    ) -> None:
        self.d = document
        self.pages = pages
        self.breaks = breaks  # sections (anchors) that start on a new page
        self.splits = splits or {}  # table -> the row from which it goes on on a new page (``row_table``)
        # The lines kept together by the pass before (``keep_lines_together``): the same again at once when the
        # columns stand where they stood then; and those of this pass, for the next.
        self.kept_before = kept
        self.kept: Kept | None = None
        self.anchors: dict[str, int] = {}  # sentence anchor -> document position, for page references
        # table -> where each of its rows starts and where each of its cells ends (``row_table``)
        self.rows: dict[str, list[tuple[int, tuple[int, ...]]]] = {}
        self.column_tables: list[QTextTable] = []  # the articles side by side, one table per group of columns
        self.legend_at: tuple[int, int] | None = None  # where the legend starts and ends, when it closes the cover
        self.doc = QTextDocument()
        self.doc.documentLayout().setPaintDevice(device)
        self.doc.setDocumentMargin(0)
        self.doc.setUndoRedoEnabled(False)
        narrow = len(max(document.groups, key=len, default=())) >= 3
        self.body_pt = BODY_PT_NARROW if narrow else BODY_PT
        self.doc.setDefaultFont(self.font(SANS, 9.0))
        self.cursor = QTextCursor(self.doc)

    # -- formats --

    @staticmethod
    def font(families: list[str], size: float, bold: bool = False) -> QFont:
        return _font(families, size, bold)

    def char(
        self, size: float = 9.0, bold: bool = False, colour: QColor = TEXT, serif: bool = False
    ) -> QTextCharFormat:
        fmt = QTextCharFormat()
        fmt.setFont(self.font(SERIF if serif else SANS, size, bold))
        fmt.setForeground(colour)
        return fmt

    @staticmethod
    def block(top: float = 0, bottom: float = 0, page_break: bool = False) -> QTextBlockFormat:
        fmt = QTextBlockFormat()
        fmt.setTopMargin(top)
        fmt.setBottomMargin(bottom)
        if page_break:
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        return fmt

    def y_of(self, pos: int) -> float:
        """The vertical position of document position ``pos``, from the top of the whole document."""
        block = self.doc.findBlock(pos)
        rect = self.doc.documentLayout().blockBoundingRect(block)
        layout = block.layout()
        line = layout.lineForTextPosition(pos - block.position()) if layout else None
        return rect.top() + (line.y() if line is not None and line.isValid() else 0.0)

    def bottom_of(self, pos: int) -> float:
        """The bottom of the line holding document position ``pos``, from the top of the whole document."""
        block = self.doc.findBlock(pos)
        rect = self.doc.documentLayout().blockBoundingRect(block)
        layout = block.layout()
        line = layout.lineForTextPosition(pos - block.position()) if layout else None
        return rect.top() + (line.y() + line.height() if line is not None and line.isValid() else rect.height())

    def end_before(self, pos: int) -> float:
        """The bottom of the block before the one holding document position ``pos`` (a section's last line)."""
        block = self.doc.findBlock(pos).previous()
        if not block.isValid():
            return self.y_of(pos)
        return self.doc.documentLayout().blockBoundingRect(block).bottom()

    def end_y(self) -> float:
        """The bottom of the document's content, from the top of the whole document."""
        return self.doc.documentLayout().blockBoundingRect(self.doc.lastBlock()).bottom()

    def page_ref(self, anchor: str) -> str:
        page = self.pages.get(anchor)
        return f"page {page}" if page else "page –"

    # -- sections --

    def build(self) -> QTextDocument:
        # One edit block: the layout runs once at the end instead of after each of the ~800 insertions (2 s).
        self.cursor.beginEditBlock()
        self.cover()
        self.columns()
        self.discrepancies()
        self.facts()
        self.quotations()
        self.cursor.endEditBlock()
        if self.doc.pageSize().height() > 0:
            self.keep_lines_together()
        return self.doc

    # -- lines of a paragraph kept together across a page break --

    def lines_alone(self, every: bool = False) -> list[int]:
        """Where the articles' columns leave a paragraph's lines alone on a page: the document positions to break
        before, the first such split in each column (``every``: all of them). A paragraph
        whose first line ends a page moves over whole (unless it starts its column); one whose last line starts a
        page takes KEEP_LINES lines over with it (the whole paragraph, when fewer than KEEP_LINES would stay
        behind)."""
        page_h = self.doc.pageSize().height()
        layout = self.doc.documentLayout()
        found: list[int] = []
        for table in self.column_tables:
            for col in range(table.columns()):
                cell = table.cellAt(table.rows() - 1, col)
                block = cell.firstCursorPosition().block()
                end = cell.lastPosition()
                first = True
                while block.isValid() and block.position() <= end:
                    lines = block.layout().lineCount() if block.layout() else 0
                    if lines >= 2:
                        top = layout.blockBoundingRect(block).top()
                        pages = [int((top + block.layout().lineAt(k).y()) // page_h) for k in range(lines)]
                        head = pages.count(pages[0])
                        tail = pages.count(pages[-1])
                        if head < KEEP_LINES and head < lines and not first:
                            found.append(block.position())
                            if not every:
                                break
                        elif tail < KEEP_LINES and tail < lines:
                            stay = lines - KEEP_LINES  # lines left before the break
                            if stay >= KEEP_LINES and pages[stay - 1] == pages[lines - tail - 1]:
                                found.append(block.position() + block.layout().lineAt(stay).textStart())
                                if not every:
                                    break
                            elif not first:
                                found.append(block.position())
                                if not every:
                                    break
                    first = False
                    block = block.next()
        return found

    def keep_lines_together(self) -> int:
        """Move lines left alone by a page break over to the next page (``lines_alone``), round after round;
        return how many splits were mended. The columns' text is the same in every pass: when its tables start
        where they did in the pass before, that pass's breaks are made again in one round (a round lays the whole
        document out again: 10 articles' export took 0.6 s -> 1.2 s with three passes of rounds, 0.8 s so)."""
        layout = self.doc.documentLayout()
        tops = tuple(layout.frameBoundingRect(table).top() for table in self.column_tables)
        made: list[tuple[int, int]] = []  # (table, position from its start) of each break, in the order made
        rounds: list[list[tuple[int, int]]] = []
        if self.kept_before is not None and self.kept_before[0] == tops:
            rounds.append(list(self.kept_before[1]))
        for _ in range(KEEP_LINES_ROUNDS_MAX):
            if not rounds:
                rounds.append([self._in_table(pos) for pos in sorted(self.lines_alone(), reverse=True)])
            todo = rounds.pop()
            if not todo:
                break
            self.cursor.beginEditBlock()  # one layout per round, not one per edit (0.9 s -> 0.1 s on 4 articles)
            for table, offset in todo:  # from the end: earlier positions stay valid
                self._break_before(self.column_tables[table].firstPosition() + offset)
            self.cursor.endEditBlock()
            made.extend(todo)
        self.kept = (tops, tuple(made))
        return len(made)

    def _in_table(self, pos: int) -> tuple[int, int]:
        """(index of the column table holding document position ``pos``, ``pos`` from that table's start)."""
        for index, table in enumerate(self.column_tables):
            if table.firstPosition() <= pos <= table.lastPosition():
                return index, pos - table.firstPosition()
        raise ValueError(f"position {pos} is in no column table")

    def _break_before(self, pos: int) -> None:
        """Start a new page at document position ``pos``: a paragraph's start, or inside it (then the paragraph
        becomes two blocks, the first ending where its line did, with no space between them)."""
        cursor = QTextCursor(self.doc)
        cursor.setPosition(pos)
        block = cursor.block()
        if pos != block.position():
            tail = QTextBlockFormat(block.blockFormat())
            tail.setTopMargin(0)
            cursor.insertBlock(tail, cursor.charFormat())
            head = QTextBlockFormat(block.blockFormat())
            head.setBottomMargin(0)
            QTextCursor(block).setBlockFormat(head)
            self._shift(pos)
            block = cursor.block()
        else:
            before = block.previous()
            if before.isValid():
                fmt = QTextBlockFormat(before.blockFormat())
                fmt.setBottomMargin(0)
                QTextCursor(before).setBlockFormat(fmt)
        fmt = QTextBlockFormat(block.blockFormat())
        fmt.setTopMargin(0)
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(block).setBlockFormat(fmt)

    def _shift(self, pos: int) -> None:
        """One character was inserted at ``pos``: the positions kept after it move on by one."""
        self.anchors = {key: p + (p >= pos) for key, p in self.anchors.items()}
        self.rows = {
            key: [(start + (start >= pos), tuple(e + (e >= pos) for e in ends)) for start, ends in rows]
            for key, rows in self.rows.items()
        }

    def heading(self, text: str, size: float = 12.5, top: float = 14, page_break: bool = False) -> None:
        c = self.cursor
        if not c.atStart():
            c.insertBlock(self.block(top, 5, page_break), self.char(size, True))
        else:
            c.setBlockFormat(self.block(0, 5))
        c.insertText(text, self.char(size, True))

    def paragraph(self, text: str, fmt: QTextCharFormat, top: float = 0, bottom: float = 4) -> None:
        self.cursor.insertBlock(self.block(top, bottom), fmt)
        self.cursor.insertText(text, fmt)

    def table(
        self,
        rows: int,
        widths: Iterable[float],
        header: bool = True,
        padding: float = 3.5,
        rules: bool = True,
        page_break: bool = False,
    ) -> QTextTable:
        """A full-width table at the cursor, with percentage column widths and thin rules between rows."""
        fmt = QTextTableFormat()
        if page_break:
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        fmt.setWidth(QTextLength(QTextLength.Type.PercentageLength, 100))
        fmt.setColumnWidthConstraints([QTextLength(QTextLength.Type.PercentageLength, w) for w in widths])
        fmt.setCellPadding(padding)
        fmt.setCellSpacing(0)
        fmt.setBorder(0)
        fmt.setBorderCollapse(True)
        fmt.setHeaderRowCount(1 if header else 0)
        fmt.setTopMargin(4)
        fmt.setBottomMargin(4)
        cols = len(fmt.columnWidthConstraints())
        table = self.cursor.insertTable(rows, cols, fmt)
        if rules:
            for r in range(rows):
                for col in range(cols):
                    cell = table.cellAt(r, col)
                    cf = cell.format().toTableCellFormat()
                    cf.setBottomBorder(0.6 if r else 1.0)
                    cf.setBottomBorderBrush(QBrush(RULE if r else TEXT))
                    cf.setBottomBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
                    if header and r == 0:
                        cf.setBackground(HEAD_FILL)
                    cell.setFormat(cf)
        return table

    def cell_text(
        self, table: QTextTable, row: int, col: int, text: str, fmt: QTextCharFormat, align_right: bool = False
    ) -> QTextCursor:
        cursor = table.cellAt(row, col).firstCursorPosition()
        if align_right:
            bf = cursor.blockFormat()
            bf.setAlignment(Qt.AlignmentFlag.AlignRight)
            cursor.setBlockFormat(bf)
        cursor.insertText(text, fmt)
        return cursor

    def after_table(self) -> None:
        self.cursor.movePosition(QTextCursor.MoveOperation.End)

    def row_table(
        self,
        key: str,
        count: int,
        widths: Sequence[float],
        head: Callable[[QTextTable], None],
        fill: Callable[[QTextTable, int, int], None],
        padding: float = 3.5,
    ) -> None:
        """A table of a header row and ``count`` rows, ``head(table)`` writing the header and ``fill(table, r, i)``
        row ``i`` into table row ``r``. Where each row starts is kept (``rows[key]``) for the pagination, which may
        ask (``splits[key]``) for the rows from one on to go on a new page: then that part is a second table, on
        a fresh page, under the same header."""
        cut = self.splits.get(key, count)
        parts = [(0, cut), (cut, count)] if 0 < cut < count else [(0, count)]
        starts = self.rows.setdefault(key, [])
        for n, (first, end) in enumerate(parts):
            table = self.table(end - first + 1, widths, padding=padding, page_break=n > 0)
            head(table)
            for i in range(first, end):
                fill(table, i - first + 1, i)
            for r in range(1, end - first + 1):
                cells = [table.cellAt(r, col) for col in range(table.columns())]
                starts.append((cells[0].firstPosition(), tuple(cell.lastPosition() for cell in cells)))
            self.after_table()

    def see(self, section: str, count: int) -> str:
        """" (p. 4)" after a count that a later section lists, "" for none."""
        return f" ({self.page_ref(section)})" if count else ""

    def cover(self) -> None:
        d = self.d
        c = self.cursor
        c.setBlockFormat(self.block(0, 2))
        c.insertText("ReportDiff · comparison of news reports", self.char(8, False, MUTED))
        c.insertBlock(self.block(2, 3), self.char(17, True))
        c.insertText(d.title, self.char(17, True))
        t = d.totals  # the totals line every surface states (presentation.totals)
        found = [
            f"Compared {d.created}",
            plural(len(d.articles), "article"),
            plural(t.linked_pairs, "linked_pair"),
            plural(t.discrepancies, "discrepancy") + self.see("#discrepancies", t.discrepancies),
            plural(t.figure_conflicts, "figure_conflict") + self.see("#facts", t.figure_conflicts),
            plural(t.facts, "fact_with_figures") + self.see("#facts", t.facts),
        ]
        # A count never parts from its noun at a line end ("16 | facts with figures"): non-breaking spaces inside.
        self.paragraph("  ·  ".join(part.replace(" ", "\u00a0") for part in found), self.char(8.5, False, MUTED), 0, 6)

        head = self.char(8, True)
        body = self.char(8.5)
        muted = self.char(8, False, MUTED)
        table = self.table(len(d.articles) + 1, (4, 50, 26, 11, 9))
        for col, text in enumerate(("", "Article", "File", "Sentences", "Unique")):
            self.cell_text(table, 0, col, text, head, align_right=col >= 3)
        compact = d.pair_matrix  # many articles: source and title on one line, so the cover keeps to one page
        for r, a in enumerate(d.articles, start=1):
            self.cell_text(table, r, 0, a.letter, self.char(8.5, True))
            cur = self.cell_text(table, r, 1, a.source, self.char(8.5, True))
            if compact:
                cur.insertText("  " + a.title, self.char(8, False, MUTED))
            else:
                cur.insertBlock(self.block(), body)
                cur.insertText(a.title, body)
            self.cell_text(table, r, 2, a.file_name, muted)
            self.cell_text(table, r, 3, str(a.sentence_count), body, align_right=True)
            self.cell_text(table, r, 4, str(a.unique_count), body, align_right=True)
        self.after_table()
        self.paragraph(
            "Unique: sentences no other article reports (boilerplate aside).", self.char(7.5, False, MUTED), 1, 2
        )
        if d.pair_matrix:
            self.pair_matrix()
        elif d.pairs:
            self.pair_list()

        for warning in d.warnings:
            self.paragraph("Warning: " + warning, self.char(8, False, QColor(dm.PALETTE["discrepancy"]["ink"])))
        if "#columns" in self.breaks and LEGEND_ABOVE_COLUMNS not in self.breaks:
            start = self.cursor.position()
            self.heading("Key to the colours and marks", 10.5, 8)
            self.legend()
            self.legend_at = (start + 1, self.cursor.position())

    def pair_list(self) -> None:
        d = self.d
        head = self.char(8, True)
        body = self.char(8.5)
        self.heading("Pairs", 10.5, 8, page_break="#pairs" in self.breaks)
        self.anchors["#pairs"] = self.cursor.position()
        table = self.table(len(d.pairs) + 1, (36, 20, 28, 16))  # "1 discrepancy · 1 figure conflict" on one line
        for col, text in enumerate(("Pair", "Sentences shared", "Told differently", "Unique to each")):
            self.cell_text(table, 0, col, text, head, align_right=col > 0)
        for r, p in enumerate(d.pairs, start=1):
            a, b = d.articles[p.a], d.articles[p.b]
            self.cell_text(table, r, 0, f"{a.letter} {a.source}  –  {b.letter} {b.source}", body)
            shares = f"{a.letter} {dm.percent(p.share_a)} · {b.letter} {dm.percent(p.share_b)}"
            self.cell_text(table, r, 1, shares, body, True)
            self.cell_text(table, r, 2, p.differences, body, True)
            self.cell_text(table, r, 3, f"{a.letter} {p.unique_a} · {b.letter} {p.unique_b}", body, True)
        self.after_table()
        self.paragraph(
            "Sentences shared: the share of each article's sentences (boilerplate aside) that the other also "
            "reports. Told differently: discrepancies between linked sentences, and figure conflicts between the two "
            "articles' own figures, linked or not. Unique to each: sentences the other article of the pair does not "
            "have.",
            self.char(7.5, False, MUTED), 1, 2,
        )

    def pair_matrix(self) -> None:
        d = self.d
        n = len(d.articles)
        self.heading("Pairs", 10.5, 8, page_break="#pairs" in self.breaks)
        self.anchors["#pairs"] = self.cursor.position()
        first = 4.0
        table = self.table(n + 1, [first] + [(100 - first) / n] * n, padding=2.0)
        head = self.char(7.5, True)
        body = self.char(7.5)
        ink = QColor(dm.PALETTE[m.DISCREPANCY]["ink"])
        for col, a in enumerate(d.articles, start=1):
            self.cell_text(table, 0, col, a.letter, head, True)
        for r, a in enumerate(d.articles, start=1):
            self.cell_text(table, r, 0, f"{a.letter}", head)
            for col, b in enumerate(d.articles, start=1):
                row = d.pair(a.index, b.index)
                if row is None:
                    self.cell_text(table, r, col, "—", self.char(7.5, False, QColor("#B0B0B0")), True)
                    continue
                cur = self.cell_text(table, r, col, dm.percent(d.share_of(row, a.index)), body, True)
                marker = dm.pair_marker(row)
                if marker:
                    cur.insertText(f"  {marker}", self.char(7, True, ink))
        self.after_table()
        self.paragraph(d.matrix_caption, self.char(7.5, False, MUTED), 1, 2)

    def legend(self) -> None:
        """Samples drawn with the very formats of the columns, with what they mean."""
        entries: list[tuple[str, QTextCharFormat, str]] = []
        for status, label in dm.STATUS_LABELS.items():
            entries.append((f" {label} ", self.sentence_format(status, 8.5), dm.LEGEND_TEXT[status]))
        changed = self.sentence_format(m.PARAPHRASE, 8.5)
        changed.setBackground(QColor(dm.PALETTE[m.PARAPHRASE]["strong"]))
        entries.append(("words", changed, dm.CHANGED_WORDS_HELP))
        for status, label in dm.FACT_LABELS.items():
            fmt = self.char(8.5, serif=True)
            self.figure_format(fmt, status)
            entries.append(("25", fmt, f"Figure whose fact is: {label}"))
        marker = self.marker_format()
        marker.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignNormal)
        entries.append(("D1", marker, "Sentence of discrepancy 1, listed after the articles"))

        pairs = 2  # the sentence colours on the left, the marks inside sentences on the right
        rows = -(-len(entries) // pairs)
        sample_w = 10.0 if self.d.landscape else 14.0
        widths = [sample_w, 100 / pairs - sample_w] * pairs
        table = self.table(rows, widths, header=False, padding=2.0, rules=False)
        desc = self.char(8)
        for i, (sample, fmt, text) in enumerate(entries):
            row, col = i % rows, 2 * (i // rows)
            table.cellAt(row, col).firstCursorPosition().insertText(sample, fmt)
            self.cell_text(table, row, col + 1, text, desc)
        self.after_table()

    def sentence_format(self, status: str, size: float | None = None) -> QTextCharFormat:
        colours = dm.PALETTE[status]
        if status == m.BOILERPLATE:
            return self.char(size or self.body_pt, False, MUTED, serif=True)
        fmt = self.char(size or self.body_pt, serif=True)
        fmt.setBackground(QColor(colours["fill"]))
        return fmt

    @staticmethod
    def figure_format(fmt: QTextCharFormat, fact_status: str) -> None:
        fmt.setFontWeight(QFont.Weight.Bold)
        fmt.setUnderlineStyle(_UNDERLINE[dm.FIGURE_LINE.get(fact_status, "dotted")])
        fmt.setUnderlineColor(QColor(dm.FIGURE_INK.get(fact_status, dm.FIGURE_INK[""])))

    def marker_format(self) -> QTextCharFormat:
        fmt = self.char(6.5, True, QColor(dm.PALETTE[m.DISCREPANCY]["ink"]))
        fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignSuperScript)
        return fmt

    def sentence(self, cursor: QTextCursor, view: dm.SentenceView, size: float, anchor: str | None) -> None:
        if anchor:
            self.anchors[anchor] = cursor.position()
        base = self.sentence_format(view.status, size)
        strong = QColor(dm.PALETTE[view.status]["strong"])
        for run in view.runs:
            fmt = QTextCharFormat(base)
            if run.changed and view.status != m.BOILERPLATE:
                fmt.setBackground(strong)
            if run.figure is not None:
                self.figure_format(fmt, run.figure)
            cursor.insertText(run.text, fmt)
            if run.badge:  # what the other articles state, right after the figure: a conflict cannot be missed
                ink = QColor(dm.FIGURE_INK.get(run.figure or "", dm.FIGURE_INK[""]))
                cursor.insertText("\u202f" + run.badge.replace(" ", "\u00a0"), self.char(size - 2, True, ink))
        if view.marker and anchor:
            cursor.insertText("\u202f" + view.marker, self.marker_format())  # no-break: stays with its sentence

    def columns(self) -> None:
        d = self.d
        for number, group in enumerate(d.groups):
            if len(d.groups) == 1:
                title = "Articles side by side"
            else:
                title = f"Articles {', '.join(d.articles[i].letter for i in group)} side by side"
            self.heading(title, 12.5, 12, page_break=number > 0 or "#columns" in self.breaks)
            if number == 0:
                self.anchors["#columns"] = self.cursor.position()
                if self.legend_at is None:
                    self.legend()  # right above the text it explains
            share = 100 / len(group)
            table = self.table(2, [share] * len(group), header=True, padding=5, rules=False)
            self.column_tables.append(table)
            for col, index in enumerate(group):
                a = d.articles[index]
                head = table.cellAt(0, col)
                cf = head.format().toTableCellFormat()
                cf.setBottomBorder(1.2)
                cf.setBottomBorderBrush(QBrush(TEXT))
                cf.setBottomBorderStyle(QTextFrameFormat.BorderStyle.BorderStyle_Solid)
                head.setFormat(cf)
                cur = head.firstCursorPosition()
                cur.insertText(f"{a.letter}  ", self.char(10, True, MUTED))
                cur.insertText(a.source, self.char(10, True))
                cur.insertBlock(self.block(1, 0), self.char(7.5, False, MUTED))
                cur.insertText(f"{a.file_name} · {a.sentence_count} sentences", self.char(7.5, False, MUTED))
                cur = table.cellAt(1, col).firstCursorPosition()
                first = True
                for paragraph in a.paragraphs:
                    if first:
                        cur.setBlockFormat(self.block(2, 5))
                        first = False
                    else:
                        cur.insertBlock(self.block(0, 5))
                    for i, view in enumerate(paragraph):
                        if i:
                            cur.insertText(" ", self.char(self.body_pt, serif=True))
                        self.sentence(cur, view, self.body_pt, view.anchor)
            self.after_table()

    def discrepancies(self) -> None:
        d = self.d
        self.heading("Discrepancies", 12.5, 18, page_break="#discrepancies" in self.breaks)
        self.anchors["#discrepancies"] = self.cursor.position()
        if not d.discrepancies:
            self.paragraph(d.totals.no_discrepancy_note(), self.char(9, False, MUTED))
            return
        self.paragraph(
            "Statements the articles share but tell differently. Each wording is shown with the words that differ "
            "marked; the marker (D1, D2, ...) stands next to the sentence in the columns.",
            self.char(8, False, MUTED), 0, 4,
        )
        for item in d.discrepancies:
            c = self.cursor
            c.insertBlock(self.block(8, 2), self.char(9.5, True))
            c.insertText(item.label + "  ", self.char(9.5, True, QColor(dm.PALETTE[m.DISCREPANCY]["ink"])))
            c.insertText(item.headline, self.char(9.5, True))
            for note in item.notes:
                self.paragraph(note, self.char(8, False, MUTED), 0, 2)
            table = self.table(len(item.sides), (24, 76), header=False, padding=4)
            for r, view in enumerate(item.sides):
                a = d.articles[view.ref.article]
                cur = self.cell_text(table, r, 0, f"{a.letter}  ", self.char(8.5, True, MUTED))
                cur.insertText(a.source, self.char(8.5, True))
                cur.insertBlock(self.block(), self.char(7.5, False, MUTED))
                cur.insertText(
                    f"paragraph {view.paragraph}, {self.page_ref(view.anchor)}", self.char(7.5, False, MUTED)
                )
                cur = table.cellAt(r, 1).firstCursorPosition()
                self.sentence(cur, view, 9.0, None)
            self.after_table()

    def facts(self) -> None:
        d = self.d
        self.heading("Figures", 12.5, 16, page_break="#facts" in self.breaks)
        self.anchors["#facts"] = self.cursor.position()
        if not d.facts:
            self.paragraph(NO_FIGURES, self.char(9, False, MUTED))
            return
        rows = d.compared_facts
        if rows:
            self.fact_table(rows)
        else:
            self.paragraph(NO_SHARED_FIGURES, self.char(9, False, MUTED))
        if d.single_source_facts:
            self.single_source_table()

    def fact_table(self, rows: tuple[dm.FactRow, ...]) -> None:
        """The figures two or more articles state: one row per fact, one column per article, conflicts first."""
        d = self.d
        n = len(d.articles)
        if n > COLUMN_TABLE_UP_TO:
            self.fact_list(rows)
            return
        label_w, status_w = (30.0, 14.0) if n <= 4 else (18.0, 10.0)
        value_w = (100 - label_w - status_w) / n
        head = self.char(8 if n <= 4 else 7, True)
        body = self.char(8.5 if n <= 4 else 7.5)

        # The longest of the articles' distinct names a value column holds on one line (5-8 articles).
        metrics = QFontMetricsF(head.font(), self.doc.documentLayout().paintDevice())
        room = self.doc.pageSize().width() * value_w / 100 - 2 * FACT_TABLE_PADDING

        def fitted(index: int, letter: str) -> str:
            for names in (*d.header_names, d.short_names):
                if names and metrics.horizontalAdvance(f"{letter} {names[index]}") <= room:
                    return names[index]
            return d.short_names[index]

        def header(table: QTextTable) -> None:
            for col, a in enumerate(d.articles, start=1):
                name = a.source if n <= 4 else (fitted(a.index, a.letter) if n <= SHORT_HEADERS_UP_TO else "")
                self.cell_text(table, 0, col, f"{a.letter} {name}".strip(), head)
            self.cell_text(table, 0, 0, "Fact", head)
            self.cell_text(table, 0, n + 1, "Status", head)

        def fill(table: QTextTable, r: int, i: int) -> None:
            row = rows[i]
            cur = self.cell_text(table, r, 0, row.label, body)
            if row.note:
                cur.insertBlock(self.block(), self.char(7, False, MUTED))
                cur.insertText(row.note, self.char(7, False, MUTED))
            for col, value in enumerate(row.values, start=1):
                if value:
                    fmt = QTextCharFormat(body)
                    self.figure_format(fmt, row.status)
                    self.cell_text(table, r, col, value, fmt)
                else:
                    self.cell_text(table, r, col, "—", self.char(8, False, QColor(dm.ABSENT_TEXT)))
            fmt = self.char(8, True)
            fmt.setBackground(QColor(dm.FACT_CHIP.get(row.status, dm.FACT_CHIP[""])))
            self.cell_text(table, r, n + 1, f" {row.status_label} ", fmt)

        self.row_table(
            "facts", len(rows), [label_w] + [value_w] * n + [status_w], header, fill, padding=FACT_TABLE_PADDING
        )

    def fact_list(self, rows: tuple[dm.FactRow, ...]) -> None:
        """The figures two or more articles state, for many articles: one row per fact, its values in one cell
        ("A 2 · E at least three · N 2"), since a column per article would be narrower than a word."""
        d = self.d
        head = self.char(8, True)
        body = self.char(8)

        def header(table: QTextTable) -> None:
            for col, text in enumerate(("Fact", "What each article states", "Status")):
                self.cell_text(table, 0, col, text, head)

        def fill(table: QTextTable, r: int, i: int) -> None:
            row = rows[i]
            cur = self.cell_text(table, r, 0, row.label, body)
            if row.note:
                cur.insertBlock(self.block(), self.char(7, False, MUTED))
                cur.insertText(row.note, self.char(7, False, MUTED))
            cur = table.cellAt(r, 1).firstCursorPosition()
            said = [(k, v) for k, v in enumerate(row.values) if v]
            for k, (a, value) in enumerate(said):
                cur.insertText(("  ·  " if k else "") + d.articles[a].letter + "\u00a0", self.char(8, True, MUTED))
                fmt = QTextCharFormat(body)
                self.figure_format(fmt, row.status)
                cur.insertText(value.replace(" ", "\u00a0"), fmt)  # a value never breaks inside
            fmt = self.char(8, True)
            fmt.setBackground(QColor(dm.FACT_CHIP.get(row.status, dm.FACT_CHIP[""])))
            self.cell_text(table, r, 2, f" {row.status_label} ", fmt)

        self.row_table("facts", len(rows), (26.0, 60.0, 14.0), header, fill)

    def single_source_table(self) -> None:
        """The figures one article alone gives, two lists side by side: fact, article, value as stated."""
        items = self.d.single_source_facts
        self.heading(f"{dm.SINGLE_SOURCE_HEADING} ({len(items)})", 10.5, 10)
        half = -(-len(items) // 2)
        head = self.char(7.5, True)
        body = self.char(7.5)

        def header(table: QTextTable) -> None:
            for side in (0, 3):
                for col, text in enumerate(("Fact", "", "Value")):
                    self.cell_text(table, 0, side + col, text, head)

        def fill(table: QTextTable, r: int, i: int) -> None:
            for side, k in ((0, i), (3, i + half)):  # row i holds the i-th item of each list
                if k >= len(items):
                    continue
                row, article = items[k]
                self.cell_text(table, r, side, row.label, body)
                self.cell_text(table, r, side + 1, self.d.articles[article].letter, self.char(7.5, True))
                fmt = QTextCharFormat(body)
                self.figure_format(fmt, row.status)
                self.cell_text(table, r, side + 2, row.values[article], fmt)

        self.row_table("single", half, (27.0, 5.0, 18.0) * 2, header, fill, padding=2.5)

    def quotations(self) -> None:
        """Every quotation by speaker, as the window's Discrepancies & quotes tab lists them: who, where, the
        words whole."""
        quotes = self.d.quotes
        self.heading(quotations_heading(len(quotes)), 12.5, 16, page_break="#quotes" in self.breaks)
        self.anchors["#quotes"] = self.cursor.position()
        if not quotes:
            self.paragraph(NO_QUOTATIONS, self.char(9, False, MUTED))
            return
        head = self.char(8, True)
        words = self.char(8.5, serif=True)
        words.setFontItalic(True)

        def header(table: QTextTable) -> None:
            for col, text in enumerate(("Speaker", "Article", "Words")):
                self.cell_text(table, 0, col, text, head)

        def fill(table: QTextTable, r: int, i: int) -> None:
            quote = quotes[i]
            a = self.d.articles[quote.article]
            self.cell_text(table, r, 0, quote.speaker, self.char(8.5, True))
            cur = self.cell_text(table, r, 1, f"{a.letter}  ", self.char(8, True, MUTED))
            cur.insertText(a.source, self.char(8.5))
            self.cell_text(table, r, 2, f"“{quote.words}”", words)

        self.row_table("quotes", len(quotes), (20.0, 22.0, 58.0), header, fill)


def _font(families: list[str], size: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setFamilies(families)
    font.setPointSizeF(size)
    font.setBold(bold)
    # No ligatures: an "ff" drawn as one glyph comes out of the PDF as U+FB00, and a search for "reshuffled"
    # in the reader's viewer (or pdftotext) would miss it.
    for tag in LIGATURES:
        font.setFeature(QFont.Tag(tag), 0)
    return font
