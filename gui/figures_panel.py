"""The sidebar: the figures table (one row per fact) and the list of discrepancies and quotations.

``FiguresModel`` is the one QAbstractTableModel here (Vorta style: column constants, a ``SortRole``, a ``FactRole``
to get the row's Fact back); it exposes a Report's facts to a QTableView through ``FiguresProxy``, which sorts by
``SortRole`` and can keep conflicts only. Columns: fact label, status, then one column per article with that
article's wording of the figure. ``Sidebar`` holds both tabs and says what the user picked (a fact, a link, a
quotation); jumping to it is the main window's job.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reportdiff.core import model as m
from reportdiff.presentation.discrepancies import discrepancies
from reportdiff.presentation.totals import totals

from .article_view import html_escape
from .palette import Palette

COL_FACT = 0
COL_STATUS = 1
FIRST_ARTICLE_COL = 2  # one column per article from here on, in the report's article order

HEADER_CHARS = 12  # longer source names are cut in the column header; the tooltip has the whole path

SortRole = Qt.ItemDataRole.UserRole + 1
FactRole = Qt.ItemDataRole.UserRole + 2

COLUMN_CAPS = {COL_FACT: 135, COL_STATUS: 100}  # widest a column starts (px); article columns get 105

STATUS_TEXT = {m.CONFLICT: "conflict", m.AGREE: "agree", m.SINGLE_SOURCE: "one source"}
STATUS_RANK = {m.CONFLICT: 0, m.AGREE: 1, m.SINGLE_SOURCE: 2}  # ascending: conflicts first, lone figures last

AnyIndex = QModelIndex | QPersistentModelIndex


class FiguresModel(QAbstractTableModel):
    """A report's facts as table rows: label, status, and each article's figure text."""

    def __init__(self, parent: QWidget | None = None, palette: Palette | None = None) -> None:
        super().__init__(parent)
        self.report: m.Report | None = None
        self.palette = palette
        self._rows: list[m.Fact] = []
        self._cells: list[list[list[m.Figure]]] = []  # row -> article -> figures

    def set_report(self, report: m.Report | None) -> None:
        """Show the facts of ``report`` (None empties the table)."""
        self.beginResetModel()
        self.report = report
        self._rows = list(report.facts) if report else []
        self._cells = []
        if report is not None:
            for fact in self._rows:
                per_article: list[list[m.Figure]] = [[] for _ in report.articles]
                for i in fact.figures:
                    fig = report.figures[i]
                    per_article[fig.article].append(fig)
                self._cells.append(per_article)
        self.endResetModel()

    def fact(self, row: int) -> m.Fact:
        """The fact shown on ``row``."""
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
        """Column titles: Fact, Status, then each article's source name."""
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == COL_FACT:
                return "Fact"
            if section == COL_STATUS:
                return "Status"
            if self.report is not None and section - FIRST_ARTICLE_COL < len(self.report.articles):
                source = self.report.articles[section - FIRST_ARTICLE_COL].source
                return source if len(source) <= HEADER_CHARS else source[: HEADER_CHARS - 1] + "…"
        if role == Qt.ItemDataRole.ToolTipRole and self.report is not None and section >= FIRST_ARTICLE_COL:
            return self.report.articles[section - FIRST_ARTICLE_COL].path
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Display text, sort keys, the Fact itself, status colours and the fact's note as tooltip."""
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        fact = self._rows[index.row()]
        col = index.column()
        if role == FactRole:
            return fact
        if role == Qt.ItemDataRole.ToolTipRole:
            return fact.note or None
        if col == COL_FACT:
            if role == Qt.ItemDataRole.DisplayRole:
                return fact.label
            if role == SortRole:
                return fact.label.casefold()
        elif col == COL_STATUS:
            if role == Qt.ItemDataRole.DisplayRole:
                return STATUS_TEXT.get(fact.status, fact.status)
            if role == SortRole:
                return STATUS_RANK.get(fact.status, 9)
            if role == Qt.ItemDataRole.DecorationRole and self.palette is not None:
                return QColor(
                    {m.CONFLICT: self.palette.fig_conflict, m.AGREE: self.palette.fig_agree}.get(
                        fact.status, self.palette.fig_single
                    )
                )
        else:
            figures = self._cells[index.row()][col - FIRST_ARTICLE_COL]
            if role == Qt.ItemDataRole.DisplayRole:
                return ", ".join(f.text for f in figures) if figures else "—"
            if role == SortRole:
                return min((f.value for f in figures), default=math.inf)
            if role == Qt.ItemDataRole.ForegroundRole and not figures and self.palette is not None:
                return self.palette.muted
        return None


class FiguresProxy(QSortFilterProxyModel):
    """Sorts the figures table by ``SortRole``; ``conflicts_only`` hides the facts that agree."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SortRole)
        self._conflicts_only = False

    def set_conflicts_only(self, on: bool) -> None:
        """Show only facts whose figures conflict."""
        self.beginFilterChange()
        self._conflicts_only = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        """Conflicts only, when asked."""
        if not self._conflicts_only:
            return True
        model = self.sourceModel()
        fact = model.data(model.index(source_row, COL_FACT, source_parent), FactRole)
        return fact is not None and fact.status == m.CONFLICT


class Sidebar(QTabWidget):
    """Figures tab and Discrepancies & quotations tab.

    Signals: ``factActivated(Fact)``, ``linkActivated(Link)``, ``quoteActivated(Quote)``.
    """

    factActivated = Signal(object)
    linkActivated = Signal(object)
    quoteActivated = Signal(object)

    def __init__(self, parent: QWidget | None = None, palette: Palette | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        self.setDocumentMode(True)
        self.report: m.Report | None = None

        figures_tab = QWidget(self)
        fl = QVBoxLayout(figures_tab)
        fl.setContentsMargins(8, 8, 8, 8)
        fl.setSpacing(6)
        top = QHBoxLayout()
        self.figures_summary = QLabel(figures_tab)
        self.figures_summary.setObjectName("sidebarSummary")
        top.addWidget(self.figures_summary, 1)
        self.conflicts_only = QCheckBox("Conflicts only", figures_tab)
        self.conflicts_only.setToolTip("Show only figures the articles disagree on")
        top.addWidget(self.conflicts_only)
        fl.addLayout(top)
        self.model = FiguresModel(self, palette)
        self.proxy = FiguresProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(figures_tab)
        self.table.setObjectName("figuresTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COL_STATUS, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        fl.addWidget(self.table, 1)
        self.placeholder = QLabel(
            "Figures appear here once two articles are compared: the same count in every article, and whether "
            "they agree.",
            figures_tab,
        )
        self.placeholder.setObjectName("sidebarPlaceholder")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        fl.addWidget(self.placeholder, 1)
        self.conflicts_only.toggled.connect(self.proxy.set_conflicts_only)
        # One jump per row change, whether by click or by arrow key (clicked + activated jumped twice per click
        # and not at all for the arrow keys).
        self.table.selectionModel().currentRowChanged.connect(self._fact_clicked)
        self.addTab(figures_tab, "Figures")

        self.notes = QTextBrowser(self)
        self.notes.setObjectName("notesView")
        self.notes.setOpenLinks(False)
        self.notes.setFrameShape(QFrame.Shape.NoFrame)
        self.notes.anchorClicked.connect(self._anchor_clicked)
        self.addTab(self.notes, "Discrepancies && quotes")

    def set_report(self, report: m.Report | None) -> None:
        """Fill both tabs from ``report``."""
        self.report = report
        self.model.set_report(report)
        # Fixed starting widths: resizeColumnsToContents reads every cell (0.4 s for 20 articles' facts).
        header = self.table.horizontalHeader()
        for col in range(self.model.columnCount()):
            header.resizeSection(col, COLUMN_CAPS.get(col, 105))
        self.table.setVisible(report is not None)
        self.conflicts_only.setVisible(report is not None)
        self.placeholder.setVisible(report is None)
        if report is None:
            self.figures_summary.setText("")
            self.notes.setHtml(f"<p style='color:{self._muted()}'>Discrepancies and quotations appear here.</p>")
            return
        self.figures_summary.setText(totals(report).facts_line())
        self.notes.setHtml(notes_html(report, self._muted()))

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


def notes_html(report: m.Report, muted: str = "#8C8C8C") -> str:
    """The Discrepancies & quotations tab: every discrepancy with its reason, every quotation by speaker; each
    entry links (``link:N`` / ``quote:N``) to the sentence."""
    parts = ["<style>a { text-decoration: none; } p { margin: 0 0 10px 0; } h4 { margin: 6px 0 6px 0; }</style>"]
    items = discrepancies(report)
    position = {id(link): i for i, link in enumerate(report.links)}
    parts.append(f"<h4>Discrepancies ({len(items)})</h4>")
    if not items:
        parts.append(f"<p style='color:{muted}'>The articles report nothing differently.</p>")
    for item in items:
        link = item.links[0]
        who = " ↔ ".join(html_escape(report.articles[a].source) for a in item.articles)
        why = "; ".join(item.notes) or report.sentence(item.refs[0]).text
        parts.append(
            f"<p><a href='link:{position[id(link)]}'><b>{item.label} · {who}</b></a> "
            f"<span style='color:{muted}'>· {html_escape(item.headline)}</span><br>{html_escape(why)}</p>"
        )
    parts.append(f"<h4>Quotations ({len(report.quotes)})</h4>")
    if not report.quotes:
        parts.append(f"<p style='color:{muted}'>No quoted speech found.</p>")
    for i, quote in enumerate(report.quotes):
        who = html_escape(quote.speaker) if quote.speaker else "Unattributed"
        source = html_escape(report.articles[quote.article].source)
        words = html_escape(quote.text.strip('“”" '))
        parts.append(
            f"<p><a href='quote:{i}'><b>{who}</b></a> <span style='color:{muted}'>· {source}</span><br>"
            f"<i>“{words}”</i></p>"
        )
    return "".join(parts)
