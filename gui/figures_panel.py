"""The sidebar: the figures table (one row per fact) and the list of discrepancies and quotations.

``FiguresModel`` is the one QAbstractTableModel here (Vorta style: column constants, a ``SortRole``, a ``FactRole``
to get the row's Fact back); it shows the rows of ``presentation.facts_table`` (hedges kept, conflicts first)
through ``FiguresProxy``, which sorts by ``SortRole``, can keep conflicts only and folds single-source facts.
Columns: fact label, status (both frozen at the left edge by ``FrozenColumnsTable``), then one column per article,
headed by its letter (A, B, ...: the text columns' badges, the PDF's and the HTML's) and its distinct short name
where the column has room for it, else by the letter alone. A sidebar too narrow for the status words shows them
as symbols (≠ ≈ = ·) beside their colour chips, and the summary line above says what each symbol means. Every
cell's tooltip has the whole text. ``Sidebar`` holds both tabs and says what the user picked (a fact, a link, a
quotation); jumping to it is the main window's job. It computes no count or label itself: those come from
``reportdiff.presentation``.
"""

from __future__ import annotations

import math
import re
import textwrap
from collections.abc import Iterator, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QPalette,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QFrame,
    QHeaderView,
    QLabel,
    QStyle,
    QStyleOptionHeader,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reportdiff.core import model as m
from reportdiff.presentation.discrepancies import discrepancies
from reportdiff.presentation.facts_table import (
    FactRow,
    article_names,
    fact_row,
    fact_rows,
    full_name,
    sort_rows,
)
from reportdiff.presentation.labels import (
    FACT_HELP,
    FACT_SYMBOLS,
    NO_FIGURE_CONFLICTS,
    NO_FIGURES,
    NO_SHARED_FIGURES,
    fact_label,
    plural,
)
from reportdiff.presentation.names import letter
from reportdiff.presentation.quotations import NO_QUOTATIONS, quotations_heading, quote_rows
from reportdiff.presentation.totals import totals

from .article_view import html_escape
from .frozen_table import FrozenColumnsTable
from .palette import Palette
from .textlines import text_lines

COL_FACT = 0
COL_STATUS = 1
FIRST_ARTICLE_COL = 2  # one column per article from here on, in the report's article order

SortRole = Qt.ItemDataRole.UserRole + 1
FactRole = Qt.ItemDataRole.UserRole + 2

# Starting widths (px), measured on the labels rather than by resizeColumnsToContents (which reads every cell:
# 0.4 s for 20 articles' facts). The fact and status columns stay in view (frozen), so they are capped to leave
# two article columns beside them in a 450 px sidebar; a cut cell shows its whole text in the tooltip.
FACT_COLUMN_MAX = 140
FACT_COLUMN_LEAST = 112  # squeezed for the articles' values, the fact column still reads "people injured" whole
STATUS_COLUMN_MAX = 128  # "single source" with its chip fits; "compatible, not equal" is cut (tooltip: whole)
CELL_PADDING_PX = 18  # text margins of a cell, both sides
DECORATION_PX = 24  # the status colour chip and its gap
# Article columns are as wide as their values (a column of "25" and "—" needs no 96 px), within these bounds; a value
# wider than the most is cut with "…" (its tooltip has it whole, with its sentence). 9 values in 10 of the tuning
# news clusters fit in 112 px at the default font.
ARTICLE_COLUMN_MIN = 48
ARTICLE_COLUMN_MAX = 112
# At least this many articles' values stay in view beside the frozen Fact and Status (all, when fewer), and as many
# more as fit at their least widths (each column's widest word and its letter: values wrap at their spaces and
# hyphens, never cut inside a word): the frozen columns take their narrow form and the fact column shrinks to make
# the room, and the headers fall back on the articles' letters rather than widen a column past its values. At
# 1366 px with five articles one column showed (review s26, finding 2); with names as headers, three of five
# (review s29, finding 12). The ones still out of view are counted under the table, "2 more articles →", and a
# click scrolls them in (``more_articles``). The window sizes the sidebar from ``wanted_width``.
READABLE_ARTICLES = 3
# Every column is at least as wide as its header's whole title, measured by the header's own style (bold, the
# style sheet's padding, the sort arrow's room) in the desktop's font: with no row to measure, the status column
# got the width of its chip alone and its title read "·tatu"; at a 16 pt desktop font "Fact" and the article
# names were cut as well.
# A value or fact label wider than its column wraps at its spaces ("more than" / "1,400") rather than end in "…":
# its row grows to hold the lines, with this much room above and below them together (a one-line row is 30 px at
# the default font, which two lines of 15 px would fill edge to edge).
WRAPPED_ROW_PAD_PX = 6
# An article column is headed by the article's letter and distinct name, whole ("A Reuters", the PDF's header);
# narrower than that, by the letter alone ("B", its text column's badge; its tooltip names the article whole). A
# name cut short read as neither: "A cnews-live-s…" at 1920 px beside values that fit, "arti…1" (review s28).
# What the status symbols mean, for the narrow sidebar's summary line and the status header's tooltip.
SYMBOL_LEGEND = ", ".join(
    f"{FACT_SYMBOLS[s]} {fact_label(s).split(',')[0]}" for s in (m.CONFLICT, m.COMPATIBLE, m.AGREE, m.SINGLE_SOURCE)
)
FILTERS_SLACK_PX = 40  # margins and spacing around the two filter check boxes
TOOLTIP_SENTENCE_CHARS = 240  # the sentence a figure stands in, shown in the cell's tooltip
# A long report's sidebar is filled a slice at a time (issue 8: no UI-thread stall over 100 ms; 1,604 facts of a
# 100k-word pair took 200 ms at once): facts laid out, then table rows added, then notes entries, this many per
# step (each step a few milliseconds; the window's slices run steps for ~30 ms per event-loop turn).
FACTS_PER_STEP = 200
ROWS_PER_STEP = 100
NOTES_PER_STEP = 20
NOTES_CSS = "a { text-decoration: none; }"
# The second tab's name, and the one it takes in a sidebar too narrow for both names (at 1366 px the full one was
# cut to "Discrepancies & quo" beside scroll arrows).
NOTES_TAB, NOTES_TAB_SHORT = "Discrepancies && quotes", "Discrepancies"
ROWS_PER_STATUS = 100_000  # status sort key = rank * this + presentation order: status order, then row order

AnyIndex = QModelIndex | QPersistentModelIndex


def header_width(header: QHeaderView, title: str, arrow: bool | None = None) -> int:
    """The width a section of ``header`` needs to show ``title`` whole, as its style draws it (font, padding and,
    when sorting is on, the sort arrow: what Qt's ``sectionSizeFromContents`` measures, for any title). ``arrow``
    False: for a section that shows no sort arrow now."""
    option = QStyleOptionHeader()
    header.initStyleOption(option)
    option.text = title
    style = header.style()
    size = style.sizeFromContents(QStyle.ContentsType.CT_HeaderSection, option, QSize(), header)
    width = size.width()
    if header.isSortIndicatorShown() if arrow is None else arrow:
        width += size.height() + style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, option, header)
    return width


# Where a header's name may break onto its second line: after a hyphen, an underscore, a dot or a space (file names
# "cnews-live-syria-airstrikes", "5_10ecb"; outlets "Outlet number 12").
_NAME_PIECES = re.compile(r"[^-_. ]*[-_. ]+|[^-_. ]+$")
# A name cut on its second line still reads when its first line shows this many of its characters ("cnews-live-"):
# fewer, and the column is headed by its letter alone (a name cut short, "B cnews…", read as neither).
HEADER_FIRST_LINE_LEAST = 6


def header_title(header: QHeaderView, mark: str, name: str, width: int, arrow: bool = False) -> str:
    """An article column's title in a section ``width`` wide: "B name" on one line; else on two lines, broken at
    the last of the name's breaks that fits ("B cnews-live-syria-" / "airstrikes"), the second line cut with "…"
    if it must be, when the first holds HEADER_FIRST_LINE_LEAST characters of the name; else ``mark`` alone."""
    one = f"{mark} {name}" if name else mark
    if not name or header_width(header, one, arrow) <= width:
        return one
    pieces = _NAME_PIECES.findall(name)
    first = ""
    for k in range(len(pieces) - 1, 0, -1):
        candidate = "".join(pieces[:k])
        if header_width(header, f"{mark} {candidate.rstrip()}", arrow) <= width:
            first = candidate
            break
    if len(first.strip()) < HEADER_FIRST_LINE_LEAST:
        return mark
    rest = name[len(first) :]
    whole_rest = rest
    room = width - (header_width(header, "x", arrow) - header.fontMetrics().horizontalAdvance("x"))  # less padding
    while header_width(header, rest, arrow) > width and room > 0:
        rest = header.fontMetrics().elidedText(whole_rest, Qt.TextElideMode.ElideRight, room)
        room -= 2  # the font's own measure and the style's may differ by a pixel or two
    if len(rest.rstrip("…")) < 2:
        return mark
    return f"{mark} {first.rstrip()}\n{rest}"


def wrapped_size(text: str, font: QFont, width: float) -> tuple[float, float]:
    """The height ``text`` takes wrapped at word boundaries in ``width`` px as an item view draws a cell with word
    wrap on (QCommonStyle's item text layout), and its widest line (wider than ``width``: a word that cannot
    wrap, which the view cuts with "…")."""
    lines = text_lines(text, font, width)
    return sum(line.height for line in lines), max((line.width for line in lines), default=0.0)


def text_margin(view: QWidget) -> int:
    """The room an item view leaves at each side of a cell's text (QCommonStyle: the focus frame's margin + 1)."""
    return view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1


class FiguresModel(QAbstractTableModel):
    """A report's facts as table rows: label, status, and what each article states (hedge included)."""

    def __init__(self, parent: QWidget | None = None, palette: Palette | None = None) -> None:
        super().__init__(parent)
        self.report: m.Report | None = None
        self.palette = palette
        self._rows: tuple[FactRow, ...] = ()
        self._names: tuple[str, ...] = ()
        self.whole_names: tuple[str, ...] = ()  # each article's distinct name, never cut (``whole_names``)
        self._shown_names: tuple[str, ...] = ()  # the names as short as their columns need (``set_shown_names``)
        self.symbols = False  # the status column as symbols (≠ ≈ = ·) rather than words: a narrow sidebar

    def set_symbols(self, on: bool) -> None:
        """Show the status column as symbols beside its colour chip (``on``: a sidebar too narrow for the words,
        which read "con…" for both conflict and compatible) or as words."""
        if on == self.symbols:
            return
        self.symbols = on
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, COL_STATUS, COL_STATUS)
        if self._rows:
            self.dataChanged.emit(self.index(0, COL_STATUS), self.index(len(self._rows) - 1, COL_STATUS))

    def set_report(self, report: m.Report | None) -> None:
        """Show the facts of ``report`` (None empties the table)."""
        self.begin(report)
        if report is not None:
            self.append_rows(fact_rows(report))

    def begin(self, report: m.Report | None) -> None:
        """Show ``report``'s articles as columns and no row yet (``append_rows`` adds them)."""
        self.beginResetModel()
        self.report = report
        self._rows = ()
        self._names = article_names(report) if report is not None else ()
        self.whole_names = whole_names(report) if report is not None else ()
        self._shown_names = tuple(f"{letter(a)} {name}" for a, name in enumerate(self.whole_names))
        self.endResetModel()

    def set_shown_names(self, names: Sequence[str]) -> None:
        """Head the article columns with ``names`` (one per article: the distinct short names, shorter where a
        column is too narrow for them)."""
        names = tuple(names)
        if names != self._shown_names and len(names) == len(self._names):
            self._shown_names = names
            last = FIRST_ARTICLE_COL + len(names) - 1
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, FIRST_ARTICLE_COL, last)

    def append_rows(self, rows: Sequence[FactRow]) -> None:
        """Add rows after the ones shown (the sidebar fills a long report's table a slice at a time)."""
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows = self._rows + tuple(rows)
        self.endInsertRows()

    def fact(self, row: int) -> m.Fact:
        """The fact shown on ``row``."""
        return self._rows[row].fact

    def fact_row(self, row: int) -> FactRow:
        """The presentation row shown on ``row``."""
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's own default
        """One row per fact."""
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Label, status, one column per article."""
        if parent.isValid() or self.report is None:
            return 0 if parent.isValid() else FIRST_ARTICLE_COL
        return FIRST_ARTICLE_COL + len(self.report.articles)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles: Fact, Status, then each article's letter and, where its column shows it whole, its
        distinct name (its whole name and file as tooltip)."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        article = section - FIRST_ARTICLE_COL
        if role == Qt.ItemDataRole.DisplayRole:
            if section == COL_FACT:
                return "Fact"
            if section == COL_STATUS:
                return "" if self.symbols else "Status"
            if 0 <= article < len(self._shown_names):
                return self._shown_names[article]
        if role == Qt.ItemDataRole.ToolTipRole and section == COL_STATUS:
            return "Status: " + SYMBOL_LEGEND
        if role == Qt.ItemDataRole.ToolTipRole and self.report is not None and 0 <= article < len(self._names):
            return f"{letter(article)} · {full_name(self.report, article)}\n{self.report.articles[article].path}"
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, sort keys, the Fact itself, status colours and the whole text as tooltip."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == FactRole:
            return row.fact
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        if col == COL_FACT:
            if role == Qt.ItemDataRole.DisplayRole:
                return row.label
            if role == SortRole:
                return row.label.casefold()
        elif col == COL_STATUS:
            if role == Qt.ItemDataRole.DisplayRole:
                return FACT_SYMBOLS.get(row.status, "") if self.symbols else row.status_label
            if role == SortRole:
                return row.rank * ROWS_PER_STATUS + index.row()
            if role == Qt.ItemDataRole.DecorationRole and self.palette is not None:
                return QColor(self.palette.fact_colour(row.status))
        else:
            article = col - FIRST_ARTICLE_COL
            if not 0 <= article < len(row.values):
                return None
            value = row.values[article]
            if role == Qt.ItemDataRole.DisplayRole:
                return value or "—"
            if role == SortRole:
                # Always a float: Qt compares two sort keys by the left one's type (an int beside inf misorders).
                return float(min((f.value for f in row.figures[article]), default=math.inf))
            if role == Qt.ItemDataRole.ForegroundRole and not value and self.palette is not None:
                return self.palette.muted
        return None

    def _tooltip(self, row: FactRow, col: int) -> str:
        note = f"<br>{html_escape(row.note)}" if row.note else ""
        if col == COL_FACT:
            return f"<b>{html_escape(row.label)}</b>{note}"
        if col == COL_STATUS:
            return f"<b>{html_escape(row.status_label)}</b>: {html_escape(FACT_HELP.get(row.status, ''))}{note}"
        article = col - FIRST_ARTICLE_COL
        if self.report is None or not 0 <= article < len(row.values):
            return ""
        name = html_escape(full_name(self.report, article))
        if not row.values[article]:
            return f"<b>{name}</b> gives no figure for “{html_escape(row.label)}”."
        lines = [f"<b>{name}</b>: {html_escape(row.values[article])}"]
        for text in dict.fromkeys(self.report.articles[f.article].sentences[f.sentence].text
                                  for f in row.figures[article]):
            lines.append(f"<i>{html_escape(textwrap.shorten(text, TOOLTIP_SENTENCE_CHARS, placeholder=' …'))}</i>")
        return "<p style='white-space:pre-wrap'>" + "<br>".join(lines) + "</p>"


class FiguresProxy(QSortFilterProxyModel):
    """Sorts the figures table by ``SortRole``; ``conflicts_only`` keeps the facts whose figures conflict;
    ``single_source_shown`` False folds away the facts only one article gives."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self._conflicts_only = False
        self._single_source_shown = True

    def set_conflicts_only(self, on: bool) -> None:
        """Show only facts whose figures conflict."""
        self.beginFilterChange()
        self._conflicts_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_single_source_shown(self, on: bool) -> None:
        """Show (True) or fold away (False) the facts only one article gives."""
        self.beginFilterChange()
        self._single_source_shown = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        """Conflicts only, single-source facts folded, when asked."""
        model = self.sourceModel()
        fact = model.data(model.index(source_row, COL_FACT, source_parent), FactRole)
        if fact is None:
            return False
        if self._conflicts_only:
            return bool(fact.status == m.CONFLICT)
        return self._single_source_shown or fact.status != m.SINGLE_SOURCE


class Sidebar(QTabWidget):
    """Figures tab and Discrepancies & quotations tab.

    Signals: ``factActivated(Fact)``, ``linkActivated(Link)``, ``quoteActivated(Quote)``.
    """

    factActivated = Signal(object)
    linkActivated = Signal(object)
    quoteActivated = Signal(object)
    widthWanted = Signal()  # the table's columns are measured: ``wanted_width`` says what it needs now

    def __init__(self, parent: QWidget | None = None, palette: Palette | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setDocumentMode(True)
        self.report: m.Report | None = None

        figures_tab = QWidget(self)
        fl = QVBoxLayout(figures_tab)
        fl.setContentsMargins(8, 8, 8, 8)
        fl.setSpacing(6)
        self.figures_summary = QLabel(figures_tab)
        self.figures_summary.setObjectName("sidebarSummary")
        self.figures_summary.setWordWrap(True)
        fl.addWidget(self.figures_summary)
        filters = self.filters = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.conflicts_only = QCheckBox("Conflicts only", figures_tab)
        self.conflicts_only.setToolTip("Show only figures the articles disagree on")
        filters.addWidget(self.conflicts_only)
        self.single_source = QCheckBox("Single source", figures_tab)
        self.single_source.setToolTip("Also list the figures only one article gives (folded away by default)")
        filters.addWidget(self.single_source)
        filters.addStretch(1)
        fl.addLayout(filters)
        self.model = FiguresModel(self, palette)
        self.proxy = FiguresProxy(self)
        self.proxy.set_single_source_shown(False)  # folded by default: what several sources say comes first
        self.proxy.setSourceModel(self.model)
        self.table = FrozenColumnsTable(FIRST_ARTICLE_COL, figures_tab)  # Fact and Status stay in view
        self.table.setObjectName("figuresTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_STATUS, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # Tab leaves the table for the next control; the arrows move in it. Qt's default walks every cell first:
        # some 80 presses past the seeds' figures, several hundred with 15 articles.
        self.table.setTabKeyNavigation(False)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(True)  # a value too wide for its column wraps, its row grows (``_fit_rows``)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        # A title too wide for its column is first set on two lines or as its letter (``_fit_header_names``), so
        # what Qt still has to cut is a line a column too narrow for its letter cannot hold.
        self.table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        fl.addWidget(self.table, 1)
        # Article columns out of view (five articles beside Fact and Status do not fit a sidebar of 368-430 px
        # with readable values): said under the table, "2 more articles →", a click scrolls them into view
        # (review s29, finding 12: a scrollbar alone was the only hint).
        self.more_articles = QLabel(figures_tab)
        self.more_articles.setObjectName("moreArticles")
        self.more_articles.setTextFormat(Qt.TextFormat.RichText)
        self.more_articles.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.more_articles.linkActivated.connect(self._show_more_articles)
        self.more_articles.hide()
        fl.addWidget(self.more_articles)
        self.placeholder = QLabel(
            "Figures appear here once two articles are compared: the same count in every article, and whether "
            "they agree.",
            figures_tab,
        )
        self.placeholder.setObjectName("sidebarPlaceholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        fl.addWidget(self.placeholder, 1)
        self._filled = False  # the table holds every row of the report (not a slice of it yet)
        self.conflicts_only.toggled.connect(self.proxy.set_conflicts_only)
        self.conflicts_only.toggled.connect(lambda on: self.single_source.setEnabled(not on))
        self.single_source.toggled.connect(self.proxy.set_single_source_shown)
        for box in (self.conflicts_only, self.single_source):
            box.toggled.connect(self._show_rows_or_why_none)
        # One jump per row change, whether by click or by arrow key (clicked + activated jumped twice per click
        # and not at all for the arrow keys).
        self.table.selectionModel().currentRowChanged.connect(self._fact_clicked)
        self.addTab(figures_tab, "Figures")

        self.notes = QTextBrowser(self)
        self.notes.setObjectName("notesView")
        self.notes.setOpenLinks(False)
        self.notes.setFrameShape(QFrame.Shape.NoFrame)
        self.notes.anchorClicked.connect(self._anchor_clicked)
        self._entry_format = QTextBlockFormat()
        self._entry_format.setBottomMargin(10)
        self._heading_format = QTextBlockFormat()
        self._heading_format.setTopMargin(6)
        self._heading_format.setBottomMargin(6)
        self.addTab(self.notes, NOTES_TAB)
        self.setTabToolTip(0, "Figures: every fact with a number, and what each article gives for it")
        self.setTabToolTip(1, "Discrepancies & quotes: every discrepancy with its reason, every quotation by speaker")
        # Tabs too wide for the sidebar even by their short names (a large desktop font) shrink and end in "…"
        # (the tooltips name them whole), never hide behind scroll arrows.
        self.tabBar().setUsesScrollButtons(False)
        self.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        self.table.narrowed.connect(self._narrowed)
        self.table.fitted.connect(self._fit_article_columns)
        # Rows are as tall as their wrapped cells, once per event-loop turn after whatever changed the columns'
        # widths or the rows shown (a sort, a filter, a column dragged wider: all rows; rows added: those).
        self._rows_timer = QTimer(self)
        self._rows_timer.setSingleShot(True)
        self._rows_timer.setInterval(0)
        self._rows_timer.timeout.connect(self._fit_pending_rows)
        self._fit_from: int | None = None  # the first row (of the table as shown) whose height is to be fitted
        self._advances: dict[str, int] = {}  # a text's one-line width in the table's font ...
        self._wrapped: dict[tuple[str, int], float] = {}  # ... and its height wrapped in so many px ...
        self._measured_font = ""  # ... in this font (QFont.key)
        for signal in (self.proxy.layoutChanged, self.proxy.rowsRemoved, self.proxy.modelReset,
                       self.table.horizontalHeader().sectionResized):  # fmt: skip
            signal.connect(lambda *_: self._fit_rows_from(0))
        self.proxy.rowsInserted.connect(lambda _parent, first, _last: self._fit_rows_from(first))
        # Said once per event-loop turn after whatever moved the columns (a resize of one column comes before
        # the next one's: said at once, the hint counted a column that was in view a moment later).
        self._hint_timer = QTimer(self)
        self._hint_timer.setSingleShot(True)
        self._hint_timer.setInterval(0)
        self._hint_timer.timeout.connect(self._say_articles_out_of_view)
        bar = self.table.horizontalScrollBar()
        for signal in (bar.valueChanged, bar.rangeChanged, self.table.horizontalHeader().sectionResized,
                       self.table.horizontalHeader().sectionMoved, self.table.fitted):  # fmt: skip
            signal.connect(lambda *_: self._hint_timer.start())
        self._article_widths: list[tuple[int, int]] = []  # per article: (width of its values, of its title)
        self._article_least: list[int] = []  # per article: the least width its values read in (wrapped)
        self._article_order: list[int] = []
        self._notes_done: tuple[m.Report, list[int] | None] | None = None  # the notes written: report, order

    def set_report(self, report: m.Report | None) -> None:
        """Fill both tabs from ``report``, at once (``fill_steps`` does it a slice at a time)."""
        for _ in self.fill_steps(report):
            pass

    def fill_steps(self, report: m.Report | None) -> Iterator[None]:
        """Fill both tabs from ``report`` in small steps (a generator: the window runs it in slices). Until it is
        done the table and the notes show the facts and entries added so far."""
        self.report = report
        self._filled = False
        self.model.begin(report)
        for widget in (self.table, self.conflicts_only, self.single_source):
            widget.setVisible(report is not None)
        self.placeholder.setVisible(report is None)
        self.more_articles.hide()  # said again once the new columns are laid out
        self.table.set_empty_text("")
        self.notes.clear()
        self.notes.document().setDefaultStyleSheet(NOTES_CSS)
        if report is None:
            self.figures_summary.setText("")
            self.notes.setHtml(f"<p style='color:{self._muted()}'>Discrepancies and quotations appear here.</p>")
            self.table.update_frozen()
            return
        self._summarise()
        single = sum(1 for f in report.facts if f.status == m.SINGLE_SOURCE)
        self.single_source.setText(f"Single source ({single})")
        self.single_source.setEnabled(single > 0 and not self.conflicts_only.isChecked())
        yield
        rows: list[FactRow] = []
        for k in range(0, len(report.facts), FACTS_PER_STEP):
            rows.extend(fact_row(report, fact) for fact in report.facts[k : k + FACTS_PER_STEP])
            yield
        ordered = sort_rows(rows)
        self._size_columns(ordered)
        self._place_article_columns()
        self._fit_article_columns()
        self.widthWanted.emit()
        yield
        for k in range(0, len(ordered), ROWS_PER_STEP):
            self.model.append_rows(ordered[k : k + ROWS_PER_STEP])
            yield
        self.table.update_frozen()
        self._filled = True
        self._show_rows_or_why_none()
        yield
        yield from self._notes_steps(report)

    def _show_rows_or_why_none(self) -> None:
        """Under the table's headers, while it shows no row, why (an empty table read as a comparison still
        running): no figure at all, none two articles give (and how to list the others), or no conflict."""
        report = self.report
        if report is None or not self._filled:
            return
        if self.proxy.rowCount() > 0:
            self.table.set_empty_text("")
            return
        if not report.facts:
            why = NO_FIGURES
        elif self.conflicts_only.isChecked():
            why = NO_FIGURE_CONFLICTS
        else:
            single = sum(1 for f in report.facts if f.status == m.SINGLE_SOURCE)
            why = f"{NO_SHARED_FIGURES} Tick Single source to list the {plural(single, 'figure')} one article gives."
        self.table.set_empty_text(why)

    def _notes_order(self, report: m.Report) -> list[int] | None:
        """The columns' order, if it is one for ``report`` (the notes number the discrepancies in it)."""
        return self._article_order if sorted(self._article_order) == list(range(len(report.articles))) else None

    def _notes_steps(self, report: m.Report) -> Iterator[None]:
        """The notes tab, a few entries per step, its discrepancies numbered as the columns stand (the PDF's
        numbers); a column moved meanwhile numbers them again at the end."""
        self.notes.clear()
        self.notes.document().setDefaultStyleSheet(NOTES_CSS)
        order = self._notes_order(report)
        self._notes_done = None
        cursor = QTextCursor(self.notes.document())
        first = True
        for k, (kind, html) in enumerate(notes_entries(report, self._muted(), order)):
            if not first:
                cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
            first = False
            cursor.insertHtml(html)
            cursor.setBlockFormat(self._heading_format if kind == "h" else self._entry_format)
            if k % NOTES_PER_STEP == NOTES_PER_STEP - 1:
                self.notes.moveCursor(QTextCursor.MoveOperation.Start)  # the view's cursor moved with the text
                yield
        self.notes.moveCursor(QTextCursor.MoveOperation.Start)  # the reader starts at the top, not the last quote
        self._notes_done = (report, order)
        if self._notes_order(report) != order:
            self._renumber_notes()

    def _renumber_notes(self) -> None:
        """The columns moved after the notes were written: write them again, numbered as they now stand, at once
        (a few hundred entries at most), keeping the reader's place in the tab."""
        done = self._notes_done
        if done is None or self.report is not done[0] or self._notes_order(done[0]) == done[1]:
            return
        bar = self.notes.verticalScrollBar()
        at = bar.value()
        for _ in self._notes_steps(done[0]):
            pass
        bar.setValue(at)

    def _size_columns(self, rows: Sequence[FactRow]) -> None:
        """Starting widths measured on the labels (capped: a long label stops the measuring)."""
        header = self.table.horizontalHeader()
        metrics = self.table.fontMetrics()
        fact_cap = FACT_COLUMN_MAX - CELL_PADDING_PX
        status_cap = STATUS_COLUMN_MAX - CELL_PADDING_PX - DECORATION_PX
        fact_w = status_w = 0
        for row in rows:
            if fact_w < fact_cap:
                fact_w = max(fact_w, metrics.horizontalAdvance(row.label))
            if status_w < status_cap:
                status_w = max(status_w, metrics.horizontalAdvance(row.status_label))
            if fact_w >= fact_cap and status_w >= status_cap:
                break
        frozen = self.table.frozen.horizontalHeader()  # the header the fact and status titles are drawn on
        least = [header_width(frozen, "Fact"), header_width(frozen, "Status")]
        widths = [
            max(least[0], min(FACT_COLUMN_MAX, fact_w + CELL_PADDING_PX)),
            max(least[1], min(STATUS_COLUMN_MAX, status_w + DECORATION_PX + CELL_PADDING_PX)),
        ]
        symbol_w = max(metrics.horizontalAdvance(sym) for sym in FACT_SYMBOLS.values())
        # The status as a chip and a symbol, under a title left empty (the summary line says what they mean).
        narrow = [widths[0], max(header_width(frozen, ""), symbol_w + DECORATION_PX + CELL_PADDING_PX)]
        # Each article's column: as wide as its values (within bounds), and as its title where there is room.
        count = self.model.columnCount() - FIRST_ARTICLE_COL
        values = [0] * count
        cap = ARTICLE_COLUMN_MAX - CELL_PADDING_PX
        for row in rows:
            for article, value in enumerate(row.values):
                if value and values[article] < cap:
                    values[article] = max(values[article], metrics.horizontalAdvance(value))
        # And the least it reads in: its widest word (a value wraps at its spaces and hyphens) and its letter.
        words = [0] * count
        advances: dict[str, int] = {}
        for row in rows:
            for article, value in enumerate(row.values):
                for word in value.replace("-", "- ").split():
                    if word not in advances:
                        advances[word] = metrics.horizontalAdvance(word)
                    words[article] = max(words[article], advances[word])
        margin = 2 * text_margin(self.table) + 1
        self._article_least = [
            min(ARTICLE_COLUMN_MAX, max(ARTICLE_COLUMN_MIN, words[a] + margin, header_width(header, letter(a), False)))
            for a in range(count)
        ]
        self._article_widths = [
            (
                max(self._article_least[a], min(ARTICLE_COLUMN_MAX, w + CELL_PADDING_PX)),
                header_width(header, f"{letter(a)} {self.model.whole_names[a]}"),  # its whole title, on one line
            )
            for a, w in enumerate(values)
        ]
        self.table.set_frozen_widths(widths, narrow, [max(least[0], min(widths[0], FACT_COLUMN_LEAST)), narrow[1]])

    def _fit_article_columns(self) -> None:
        """Keep READABLE_ARTICLES articles' values in view beside the frozen columns (the first ones in the
        columns' order), each column as wide as its values; the room left widens them towards their whole titles,
        shared out evenly. Run when the frozen columns are fitted (a new report, a resize)."""
        widths = self._article_widths
        if not widths or len(widths) != self.model.columnCount() - FIRST_ARTICLE_COL:
            return
        header = self.table.horizontalHeader()
        order = [header.logicalIndex(v) - FIRST_ARTICLE_COL for v in range(FIRST_ARTICLE_COL, header.count())]
        order = [a for a in order if 0 <= a < len(widths)]
        least = self._article_least
        # As many as fit at their least widths beside the frozen columns at theirs, and READABLE_ARTICLES anyway.
        free = self.table.viewport().width() - self.table.least_frozen_width()
        count = 0
        while count < len(order) and sum(least[a] for a in order[: count + 1]) <= free:
            count += 1
        first = order[: max(count, READABLE_ARTICLES)]
        # Their least widths, or (a sidebar too narrow for READABLE_ARTICLES at those) ARTICLE_COLUMN_MIN: a word
        # cut with "…" (its tooltip whole) rather than fewer columns.
        floors = [least[a] if count >= len(first) else ARTICLE_COLUMN_MIN for a in first]
        self.table.set_room_kept(sum(widths[a][0] for a in first), sum(floors))
        room = self.table.viewport().width() - self.table.frozen_width()
        sizes = {a: value for a, (value, _title) in enumerate(widths)}
        # Too little room for their values even so: the widest of the first columns give way, down to a common
        # width and never below their floors, so that all of them stay in view (a value wider than its column
        # wraps, ``_fit_rows``).
        kept = _share_out([sizes[a] for a in first], max(room, sum(floors)), floors)
        sizes.update(zip(first, kept, strict=True))
        # The room left widens the first ones towards their whole titles, shared out evenly (taken first come
        # first served, two of six ECB+ files got "5_10ecb" whole and the third a sliver, "5……"); the others take
        # their titles (they scroll into view anyway).
        wants = {a: max(0, widths[a][1] - sizes[a]) if sizes[a] == widths[a][0] else 0 for a in order}
        grows = dict(zip(first, _share_out([wants[a] for a in first], max(room - sum(kept), 0)), strict=True))
        for a in order:
            value, grow = sizes[a], grows.get(a, wants[a])
            if header.sectionSize(FIRST_ARTICLE_COL + a) != value + grow:
                header.resizeSection(FIRST_ARTICLE_COL + a, value + grow)

    def wanted_width(self) -> int:
        """The sidebar's width that shows every article's values beside the frozen columns, each column at its
        least (values wrapped, no word cut), with room for the vertical scroll bar (ticking Single source adds
        rows); 0 with no report."""
        if self.report is None or not self._article_least:
            return 0
        table = self.table
        chrome = self.width() - table.viewport().width()
        bar = table.verticalScrollBar()
        if not bar.isVisible():
            chrome += bar.sizeHint().width()
        return chrome + table.least_frozen_width() + sum(self._article_least)

    def articles_out_of_view(self) -> tuple[list[int], list[int]]:
        """The article columns (logical indexes) not wholly in view beside the frozen ones: those scrolled away to
        the left, and those beyond the right edge, each in the columns' order."""
        table = self.table
        header = table.horizontalHeader()
        if self.report is None or not table.isVisible():
            return [], []
        left, right = table.frozen_width(), table.viewport().width()
        before, after = [], []
        for visual in range(FIRST_ARTICLE_COL, header.count()):
            col = header.logicalIndex(visual)
            if header.isSectionHidden(col):
                continue
            x = header.sectionViewportPosition(col)
            if x < left - 1:
                before.append(col)
            elif x + header.sectionSize(col) > right + 1:
                after.append(col)
        return before, after

    def _say_articles_out_of_view(self) -> None:
        before, after = self.articles_out_of_view()
        if not before and not after:
            self.more_articles.hide()
            return
        model = self.model

        def names(cols: list[int]) -> str:
            return ", ".join(
                str(model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) or "").split("\n")[0]
                for c in cols
            )

        def many(n: int) -> str:
            return f"{n} more article{'s' if n != 1 else ''}"

        parts = []
        if before:
            parts.append(f"<a href='left'>← {many(len(before))}</a>")
        if after:
            parts.append(f"<a href='right'>{many(len(after))} →</a>")
        self.more_articles.setText(" · ".join(parts))
        tips = ([f"Scrolled away to the left: {names(before)}"] if before else []) + (
            [f"Beyond the right edge: {names(after)}"] if after else []
        )
        self.more_articles.setToolTip("\n".join(tips) + "\nClick to scroll them into view")
        self.more_articles.show()

    def _show_more_articles(self, where: str) -> None:
        """Scroll the nearest article column out of view on that side wholly into view."""
        before, after = self.articles_out_of_view()
        cols = before[-1:] if where == "left" else after[:1]
        if not cols:
            return
        table, header = self.table, self.table.horizontalHeader()
        bar = table.horizontalScrollBar()
        col = cols[0]
        x = header.sectionViewportPosition(col)
        left_edge, right_edge = x - table.frozen_width(), x + header.sectionSize(col) - table.viewport().width()
        delta = left_edge if where == "left" else right_edge
        bar.setValue(bar.value() + delta)  # the table scrolls per pixel (``FrozenColumnsTable``)

    def _fit_rows_from(self, first: int) -> None:
        self._fit_from = first if self._fit_from is None else min(self._fit_from, first)
        self._rows_timer.start()

    def _fit_pending_rows(self) -> None:
        first, self._fit_from = self._fit_from, None
        if first is not None:
            self._fit_rows(first)
            self._fit_header_names()

    def _fit_header_names(self) -> None:
        """Each article column headed by its letter and its article's distinct name where its column shows it: on
        one line, else on two (broken after a hyphen, a space or an underscore), the second cut with "…" only when
        the first shows enough of the name to read; else by the letter alone (the text column's badge). The tooltip
        names the article whole. Session 36 headed the seeds' "cnews-live-syria-airstrikes" by "B" alone at
        1920 px, a name cut on one line ("B cnews-live-s…") reading as neither."""
        report = self.report
        if report is None:
            return
        header = self.table.horizontalHeader()
        names = []
        for a, name in enumerate(self.model.whole_names):
            section = FIRST_ARTICLE_COL + a
            arrow = header.isSortIndicatorShown() and header.sortIndicatorSection() == section
            names.append(header_title(header, letter(a), name, header.sectionSize(section), arrow))
        self.model.set_shown_names(names)

    def _fit_rows(self, first: int = 0) -> None:
        """Each row from ``first`` on as tall as the fact label or value that wraps to the most lines in its column
        (one line's height where all fit on one line). Only texts wider than their column are laid out, each once
        per width (2,000 rows of three values wrapped each: 0.19 s the first time, 0.02 s again)."""
        table, proxy = self.table, self.proxy
        if self.report is None or proxy.rowCount() <= first:
            return
        font = table.font()
        metrics = table.fontMetrics()
        if self._measured_font != font.key():  # another font (Ctrl+=, a desktop change): measure again
            self._advances, self._wrapped, self._measured_font = {}, {}, font.key()
        margin = 2 * text_margin(table)
        header = table.horizontalHeader()
        room = {col: header.sectionSize(col) - margin for col in range(header.count())}
        base = table.verticalHeader().defaultSectionSize()
        for r in range(first, proxy.rowCount()):
            row = self.model.fact_row(proxy.mapToSource(proxy.index(r, 0)).row())
            need = 0.0
            cells = [(COL_FACT, row.label), *((FIRST_ARTICLE_COL + a, v) for a, v in enumerate(row.values))]
            for col, text in cells:
                if not text or col not in room:
                    continue
                width = self._advances.get(text)
                if width is None:
                    width = self._advances[text] = metrics.horizontalAdvance(text)
                if width > room[col]:
                    height = self._wrapped.get((text, room[col]))
                    if height is None:
                        height = self._wrapped[(text, room[col])] = wrapped_size(text, font, room[col])[0]
                    need = max(need, height)
            height = base if need <= metrics.height() else max(base, math.ceil(need) + WRAPPED_ROW_PAD_PX)
            if table.rowHeight(r) != height:
                table.setRowHeight(r, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """The two filter boxes sit side by side when they fit, one above the other in a narrow sidebar; the
        second tab takes its short name when both names do not fit."""
        super().resizeEvent(event)
        need = self.conflicts_only.sizeHint().width() + self.single_source.sizeHint().width() + FILTERS_SLACK_PX
        wide = self.width() >= need
        self.filters.setDirection(QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom)
        bar = self.tabBar()
        bar.setTabText(1, NOTES_TAB)
        if bar.sizeHint().width() > self.width():
            bar.setTabText(1, NOTES_TAB_SHORT)

    @property
    def article_order(self) -> list[int]:
        """The order of the table's article columns (article indices, left to right): the window's columns'."""
        return list(self._article_order)

    @article_order.setter
    def article_order(self, order: list[int]) -> None:
        self._article_order = list(order)
        self._place_article_columns()
        self._renumber_notes()

    def set_article_order(self, order: list[int]) -> None:
        """Put the table's article columns in ``order`` (the reader moved a column of the window)."""
        self.article_order = order

    def _place_article_columns(self) -> None:
        header = self.table.horizontalHeader()
        if sorted(self._article_order) != list(range(self.model.columnCount() - FIRST_ARTICLE_COL)):
            return  # another report's order, or the table not filled yet (placed once it is)
        for pos, article in enumerate(self._article_order):
            header.moveSection(header.visualIndex(FIRST_ARTICLE_COL + article), FIRST_ARTICLE_COL + pos)
        self._fit_article_columns()  # the first ones in the new order are those kept in view

    def _narrowed(self, narrow: bool) -> None:
        # Too narrow for the status words: symbols in the table, and the summary line says what they mean.
        self.model.set_symbols(narrow)
        self._summarise()

    def _summarise(self) -> None:
        report = self.report
        if report is None:
            return
        t = totals(report)
        if not self.model.symbols:
            self.figures_summary.setText(t.facts_line())
            return
        counts = (
            (m.CONFLICT, plural(t.figure_conflicts, "conflict")),
            (m.COMPATIBLE, f"{t.compatible_figures} compatible"),
            (m.AGREE, f"{t.agreeing_figures} agree"),
            (m.SINGLE_SOURCE, f"{t.single_source_figures} single source"),
        )
        legend = ", ".join(f"{FACT_SYMBOLS[status]} {said}" for status, said in counts)
        self.figures_summary.setText(f"{plural(t.facts, 'fact')}: {legend}")

    def _muted(self) -> str:
        return self.palette().color(QPalette.ColorRole.PlaceholderText).name()

    def _fact_clicked(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        fact = self.proxy.data(index, FactRole)
        if fact is not None:
            self.factActivated.emit(fact)

    def _anchor_clicked(self, url: QUrl) -> None:
        self.activate(url.toString())

    def activate(self, target: str) -> None:
        """Follow a notes link: ``link:N`` (the report's N-th link) or ``quote:N`` (its N-th quotation)."""
        if self.report is None or ":" not in target:
            return
        what, _, number = target.partition(":")
        if not number.isdigit():
            return
        n = int(number)
        if what == "link" and n < len(self.report.links):
            self.linkActivated.emit(self.report.links[n])
        elif what == "quote" and n < len(self.report.quotes):
            self.quoteActivated.emit(self.report.quotes[n])


def whole_names(report: m.Report) -> tuple[str, ...]:
    """Each article's distinct name (presentation's ``article_names``), at whatever length it has: "AP (1)",
    "cnews-live-syria-airstrikes", never cut with "…"."""
    longest = max((len(full_name(report, a)) for a in range(len(report.articles))), default=0)
    return article_names(report, longest + len(" (99)"))


def _share_out(widths: Sequence[int], room: int, floors: Sequence[int] = ()) -> list[int]:
    """``widths`` made to fit ``room`` by narrowing the widest ones to one common width (as much as they need and
    no more): [112, 112, 60] in 240 -> [90, 90, 60]. Unchanged when they fit. With ``floors``, none goes below its
    own (the others share what is left): [112, 112, 60] in 200 with floors [40, 90, 40] -> [55, 90, 55]."""
    if sum(widths) <= room:
        return list(widths)
    floor = list(floors) or [0] * len(widths)
    fixed: dict[int, int] = {}  # the columns held at their floors
    while True:
        free = [i for i in range(len(widths)) if i not in fixed]
        cap = _common_cap([widths[i] for i in free], room - sum(fixed.values()))
        raised = [i for i in free if floor[i] > min(widths[i], cap)]
        if not raised:
            return [fixed.get(i, min(widths[i], cap)) for i in range(len(widths))]
        fixed.update((i, floor[i]) for i in raised)


def _common_cap(widths: Sequence[int], room: int) -> int:
    """The one width that the widest of ``widths`` narrow to so that all fit ``room`` (their widest, if they fit)."""
    if sum(widths) <= room:
        return max(widths, default=0)
    ordered = sorted(widths)
    left = room
    for k, w in enumerate(ordered):
        cap = left // (len(ordered) - k)
        if w > cap:
            return max(cap, 0)
        left -= w
    return max(widths, default=0)


def notes_entries(
    report: m.Report, muted: str = "#8C8C8C", order: Sequence[int] | None = None
) -> list[tuple[str, str]]:
    """The Discrepancies & quotations tab, entry by entry: ("h", heading) or ("p", paragraph), each as inline
    rich text (the tab inserts them one block each, a few per step). Every discrepancy with its reason, every
    quotation by speaker, the articles named by letter and source ("A Reuters ↔ B AP", as the HTML names them);
    each entry links (``link:N`` / ``quote:N``) to the sentence. With ``order`` (the columns' article indexes,
    left to right) the discrepancies are numbered and their outlets named in it."""
    out: list[tuple[str, str]] = []
    items = discrepancies(report, order)
    position = {id(link): i for i, link in enumerate(report.links)}
    out.append(("h", f"<b style='font-size:large'>Discrepancies ({len(items)})</b>"))
    if not items:  # the exports' wording: figures conflicting in unlinked sentences are no agreement
        note = html_escape(totals(report).no_discrepancy_note("the Figures tab"))
        out.append(("p", f"<span style='color:{muted}'>{note}</span>"))
    for item in items:
        link = item.links[0]
        who = " ↔ ".join(f"{letter(a)} {html_escape(report.articles[a].source)}" for a in item.articles)
        why = "; ".join(item.notes) or report.sentence(item.refs[0]).text
        out.append((
            "p",
            f"<a href='link:{position[id(link)]}'><b>{item.label} · {who}</b></a> "
            f"<span style='color:{muted}'>· {html_escape(item.headline)}</span><br>{html_escape(why)}",
        ))
    quotes = quote_rows(report)
    out.append(("h", f"<b style='font-size:large'>{quotations_heading(len(quotes))}</b>"))
    if not quotes:
        out.append(("p", f"<span style='color:{muted}'>{NO_QUOTATIONS}</span>"))
    for quote in quotes:
        source = f"{letter(quote.article)} {html_escape(report.articles[quote.article].source)}"
        out.append((
            "p",
            f"<a href='quote:{quote.number}'><b>{html_escape(quote.speaker)}</b></a> "
            f"<span style='color:{muted}'>· {source}</span><br><i>“{html_escape(quote.words)}”</i>",
        ))
    return out


def notes_html(report: m.Report, muted: str = "#8C8C8C") -> str:
    """The Discrepancies & quotations tab as one HTML document (``notes_entries`` joined)."""
    parts = ["<style>a { text-decoration: none; } p { margin: 0 0 10px 0; } h4 { margin: 6px 0 6px 0; }</style>"]
    for kind, html in notes_entries(report, muted):
        parts.append(f"<h4>{html}</h4>" if kind == "h" else f"<p>{html}</p>")
    return "".join(parts)
