"""Five articles in a 1366x768 window: the figures table shows three articles' values beside Fact and Status.

Review s26, finding 2: at 1366 px with five articles loaded the figures table showed one article column; the rest
needed sideways scrolling. Now the sidebar takes the sliver of a fourth article column that scrolled anyway, the
article columns are as wide as their values (titles elided in the middle, tooltip whole) and the frozen Fact and
Status columns take their narrow form, so three articles' values are in view. Values wider than their column
wrap at their spaces and their row grows, so every value in view reads whole ("at least 12", "more than 1,400",
"about 10:30 p.m."; before, about half of them ended in "…": "about 10:…", "more tha…").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reportdiff.core import model as m
from reportdiff.core.compare import compare_files
from reportdiff.gui.figures_panel import FIRST_ARTICLE_COL, READABLE_ARTICLES, Sidebar, text_margin, wrapped_size
from reportdiff.gui.main_window import MainWindow
from reportdiff.presentation.facts_table import full_name

CLUSTER = Path(__file__).resolve().parents[3] / "shared" / "eval" / "news-clusters" / "gva_595069"  # 5 outlets


def five_hedged() -> m.Report:
    """Five outlets whose figures are stated with hedges ("about 6:40 a.m.", "more than 1,400"), one sentence each."""
    tolls = ["at least 12", "more than 1,400", "17", "about 30", "17"]
    times = ["about 6:40 a.m.", "6:45 a.m.", "shortly before 7 a.m.", "6:40 a.m.", "about 6:45 a.m."]
    articles, figures = [], []
    for i, (toll, time) in enumerate(zip(tolls, times, strict=True)):
        text = f"The ferry sank at {time} with 68 passengers, and {toll} people were killed."
        sentence = m.Sentence(0, text, 0, len(text), m.SHARED)
        articles.append(m.Article(i, f"/news/outlet-{i + 1}.txt", "Ferry", text, f"Outlet number {i + 1}", (sentence,)))
        for said, value, counts in ((time, 640.0, ""), ("68", 68.0, "passengers"), (toll, 17.0, "killed")):
            at = text.index(said)
            figures.append(m.Figure(len(figures), i, 0, said, value, at, at + len(said), counts=counts))
    facts = (
        m.Fact(0, "time 06:40", m.COMPATIBLE, tuple(range(0, 15, 3))),
        m.Fact(1, "68 passengers", m.AGREE, tuple(range(1, 15, 3))),
        m.Fact(2, "people killed", m.CONFLICT, tuple(range(2, 15, 3)), "17 vs 19 killed"),
    )
    return m.Report(tuple(articles), (), tuple(figures), facts)


def in_view(sidebar: Sidebar) -> tuple[list[int], list[str]]:
    """The article columns wholly in view right of the frozen ones (logical indexes), and the values in them that
    are not drawn whole: a line wider than the cell's text room, or more lines than its row holds."""
    table = sidebar.table
    header = table.horizontalHeader()
    left, right = table.frozen_width(), table.viewport().width()
    shown = []
    for col in range(FIRST_ARTICLE_COL, table.model().columnCount()):
        x = header.sectionViewportPosition(col)
        if x >= left - 1 and x + header.sectionSize(col) <= right + 1:
            shown.append(col)
    cut = []
    for col in shown:
        room = header.sectionSize(col) - 2 * text_margin(table)
        for row in range(table.model().rowCount()):
            text = table.model().index(row, col).data()
            if text and text != "—":
                height, widest = wrapped_size(text, table.font(), room)
                if widest > room or height > table.rowHeight(row):
                    cut.append(text)
    return shown, cut


def open_at_1366(qtbot, window: MainWindow, report: m.Report) -> None:  # type: ignore[no-untyped-def]
    window.resize(1366, 768)
    window.show_report(report)
    qtbot.waitUntil(window.is_drawn)
    QApplication.processEvents()


def check(sidebar: Sidebar) -> None:
    shown, cut = in_view(sidebar)
    assert len(shown) >= READABLE_ARTICLES, f"article columns in view: {shown}"
    assert cut == [], f"values in view not drawn whole: {cut}"
    assert sidebar.report is not None
    for col in shown:  # a shortened title has the article's whole name in its tooltip
        tip = sidebar.model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert full_name(sidebar.report, col - FIRST_ARTICLE_COL) in tip


def test_three_hedged_articles_in_view_at_1366(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Five outlets with hedged times and tolls: three articles' columns in view, every value whole."""
    open_at_1366(qtbot, window, five_hedged())
    check(window.sidebar)


@pytest.mark.skipif(not CLUSTER.is_dir(), reason="../shared/eval/news-clusters is not on this machine")
def test_three_articles_of_a_real_cluster_in_view_at_1366(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """A real five-article news cluster (tuning split) compared by the engine: three articles' columns in view,
    every value whole."""
    open_at_1366(qtbot, window, compare_files([str(p) for p in sorted(CLUSTER.glob("article_*.txt"))]))
    check(window.sidebar)


def test_a_column_dragged_narrower_wraps_and_wider_unwraps(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The reader drags an article column narrower: its values wrap and their rows grow; wide again, one line."""
    open_at_1366(qtbot, window, five_hedged())
    table = window.sidebar.table
    header = table.horizontalHeader()
    col = FIRST_ARTICLE_COL + 1  # "more than 1,400", "6:45 a.m."
    row = next(r for r in range(table.model().rowCount()) if table.model().index(r, col).data() == "more than 1,400")
    for other in range(FIRST_ARTICLE_COL, header.count()):  # every value on one line (five narrow columns wrap)
        header.resizeSection(other, 300)
    one_line = table.verticalHeader().defaultSectionSize()
    qtbot.waitUntil(lambda: table.rowHeight(row) == one_line)
    header.resizeSection(col, 60)
    qtbot.waitUntil(lambda: table.rowHeight(row) > one_line)
    header.resizeSection(col, 300)
    qtbot.waitUntil(lambda: table.rowHeight(row) == one_line)
    header.resizeSection(col, 60)
    qtbot.waitUntil(lambda: table.rowHeight(row) > one_line)
    _shown, cut = in_view(window.sidebar)
    assert "more than 1,400" not in cut


ECB_DOCS = CLUSTER.parents[1] / "ecbplus" / "docs"


@pytest.mark.skipif(not ECB_DOCS.is_dir(), reason="../shared/eval/ecbplus is not on this machine")
def test_headers_of_files_alike_stay_distinct_and_cut_once(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Six ECB+ articles of topic 5 (tuning split), files named alike ("5_10ecb.txt" .. "5_1ecb.txt", no outlet):
    each header tells its article apart (its letter) and is cut at one place at most (before, the third read
    "……)", Qt's cut of "…1… (3)")."""
    files = sorted(ECB_DOCS.glob("5_*ecb.txt"))[:6]
    open_at_1366(qtbot, window, compare_files([str(p) for p in files]))
    model = window.sidebar.model
    names = [model.headerData(FIRST_ARTICLE_COL + a, Qt.Orientation.Horizontal) for a in range(len(files))]
    assert len(set(names)) == len(files), names
    for a, (name, path) in enumerate(zip(names, files, strict=True)):
        assert name.split(" ")[0] == "ABCDEF"[a], names
        rest = name[2:]
        assert rest.count("…") <= 1 and path.stem.startswith(rest.rstrip("…")), names
