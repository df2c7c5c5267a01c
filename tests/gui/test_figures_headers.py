"""The figures table's column titles are never cut: 2, 5 or 20 articles, with or without facts, at the default
font and at a 16 pt desktop font, in the sidebar a 1366x768 window gives it and in the narrowest one it allows.

Before: with no fact to measure, the status column got the width of its colour chip alone and its title read
"·tatu"; at 16 pt "Fact" and the articles' names were cut too. Since review s26 (finding 2) an article's title
may be shortened to keep three articles' values in view: by name first ("Outlet… 1", "…1"), then with "…", never
clipped, and its tooltip names the article whole.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QTableView

from reportdiff.core import model as m
from reportdiff.gui.figures_panel import ARTICLE_COLUMN_MIN, COL_FACT, COL_STATUS, FIRST_ARTICLE_COL
from reportdiff.gui.main_window import SIDEBAR_MIN, MainWindow

OUTLETS = ("Meridian News Agency", "The Daily Ledger", "Coastline Post", "Harbour Radio", "KX Evening Standard")


def report_of(count: int, with_facts: bool) -> m.Report:
    """``count`` one-sentence articles by different outlets, each giving "25 people died" (one agreeing fact), or
    with no fact at all (an empty figures table)."""
    articles, figures = [], []
    for i in range(count):
        text = "Police said 25 people died."
        sentence = m.Sentence(0, text, 0, len(text), m.SHARED)
        source = f"{OUTLETS[i % len(OUTLETS)]} {i + 1}"
        articles.append(m.Article(i, f"/tmp/article-{i + 1}.txt", "Police report", text, source, (sentence,)))
        at = text.index("25")
        figures.append(m.Figure(i, i, 0, "25", 25.0, at, at + 2, counts="died"))
    links = tuple(
        m.Link(m.SentenceRef(0, 0), m.SentenceRef(i, 0), 1.0, m.AGREEMENT, (), ((0, articles[0].text),))
        for i in range(1, count)
    )
    if not with_facts:
        return m.Report(tuple(articles), links)
    facts = (m.Fact(0, "people died", m.AGREE, tuple(range(count)), "25 died in every article"),)
    return m.Report(tuple(articles), links, tuple(figures), facts)


@pytest.fixture(params=[None, 16.0], ids=["default-font", "16pt-font"])
def desktop_font(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[float | None]:
    """The desktop's font as it is, or set to 16 pt (as a large-text desktop setting does)."""
    before = QFont(qapp.font())
    if request.param is not None:
        font = QFont(before)
        font.setPointSizeF(request.param)
        qapp.setFont(font)
    yield request.param
    qapp.setFont(before)


def cut_titles(window: MainWindow) -> list[str]:
    """The Fact and Status titles drawn narrower than their header needs to show them whole (Qt's own measure of a
    section); the articles' titles are shortened (by name, then with "…"), never below ARTICLE_COLUMN_MIN, tooltip
    whole."""
    table = window.sidebar.table
    drawn: list[tuple[QTableView, int]] = [(table.frozen, COL_FACT), (table.frozen, COL_STATUS)]
    header = table.horizontalHeader()
    assert header.textElideMode() != Qt.TextElideMode.ElideNone  # a narrower title is shortened, not clipped
    for col in range(FIRST_ARTICLE_COL, table.model().columnCount()):
        tip = table.model().headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert OUTLETS[(col - FIRST_ARTICLE_COL) % len(OUTLETS)] in tip  # the whole name, whatever the title shows
        assert header.sectionSize(col) >= ARTICLE_COLUMN_MIN
    cut = []
    for view, col in drawn:
        header = view.horizontalHeader()
        need = header.sectionSizeFromContents(col).width()
        if header.sectionSize(col) < need:
            title = view.model().headerData(col, header.orientation())
            cut.append(f"{title!r}: {header.sectionSize(col)} px of {need}")
    return cut


@pytest.mark.parametrize("count", [2, 5, 20])
@pytest.mark.parametrize("with_facts", [False, True], ids=["empty-table", "one-fact"])
def test_figures_table_titles_are_whole_at_1366(qtbot, desktop_font, count, with_facts):
    """Open a comparison in a 1366x768 window, then drag the sidebar to its narrowest: every title reads whole."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.show_report(report_of(count, with_facts))
    qtbot.waitUntil(window.is_drawn)
    QApplication.processEvents()
    assert window.sidebar.isVisible()
    assert window.sidebar.table.isVisible()
    assert cut_titles(window) == []
    total = sum(window.splitter.sizes())
    window.splitter.setSizes([total - SIDEBAR_MIN, SIDEBAR_MIN])  # the reader drags the sidebar narrower
    QApplication.processEvents()
    assert window.sidebar.width() <= SIDEBAR_MIN + 2
    assert cut_titles(window) == []


def test_fact_and_status_cells_are_drawn_in_the_tables_font(qtbot, desktop_font):
    """The fact and status columns (the frozen overlay) are drawn at the size of the article columns beside them,
    so the labels measured for them fit: before, a 16 pt desktop drew them at 16 pt beside 9.5 pt figures."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_report(report_of(5, True))
    qtbot.waitUntil(window.is_drawn)
    QApplication.processEvents()
    table = window.sidebar.table
    assert table.frozen.font().pointSizeF() == table.font().pointSizeF()
    label = "people died"
    assert table.frozen.columnWidth(COL_FACT) > table.frozen.fontMetrics().horizontalAdvance(label)
