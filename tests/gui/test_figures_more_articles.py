"""Five articles at 1366x768 and 1920x1080: every article's values in view; a narrower sidebar says which are not.

Review s29, finding 12: with four or five articles the figures table showed three article columns beside Fact and
Status, headed "arti…1"; the fourth and fifth were out of view with a horizontal scrollbar as the only hint. Now
the columns are headed by the articles' letters (A..E, the text columns' badges and the PDF's) and as narrow as
their values' words, and the window widens the sidebar for them while the text columns keep their least width:
all five in view at both sizes. A sidebar the reader drags narrower still says "2 more articles →" under the
table (their names in its tooltip); a click scrolls the next one into view; scrolled to the end, "← 2 more
articles". With every article in view it is not shown.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from reportdiff.core.compare import compare_files
from reportdiff.gui.column import ArticleColumn
from reportdiff.gui.figures_panel import FIRST_ARTICLE_COL, Sidebar, header_width, text_margin
from reportdiff.gui.main_window import MainWindow

CLUSTER = Path(__file__).resolve().parents[3] / "shared" / "eval" / "news-clusters" / "gva_595069"  # 5 outlets


DRAGGED_TO = 330  # px: a sidebar the reader made narrower than five articles' values need (~460 px)


def in_view(sidebar: Sidebar) -> list[int]:
    """The article columns wholly in view right of the frozen ones (logical indexes), measured on the widgets."""
    table = sidebar.table
    header = table.horizontalHeader()
    left, right = table.frozen_width(), table.viewport().width()
    return [
        col
        for col in range(FIRST_ARTICLE_COL, table.model().columnCount())
        if header.sectionViewportPosition(col) >= left - 1
        and header.sectionViewportPosition(col) + header.sectionSize(col) <= right + 1
    ]


def click_link(qtbot, sidebar: Sidebar, arrow: str) -> None:  # type: ignore[no-untyped-def]
    """Click the hint's last link (right-aligned: its right end), which must be the one with that arrow."""
    label = sidebar.more_articles
    assert label.text().split("<a ")[-1].count(arrow) == 1, label.text()
    qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=QPoint(label.width() - 8, label.height() // 2))


def open_cluster(qtbot, window: MainWindow, size: tuple[int, int]) -> list[str]:  # type: ignore[no-untyped-def]
    """The five articles of CLUSTER compared and drawn in the window at ``size``; their paths."""
    files = [str(p) for p in sorted(CLUSTER.glob("article_*.txt"))]
    window.resize(*size)
    window.show_report(compare_files(files))
    qtbot.waitUntil(window.is_drawn)
    QApplication.processEvents()
    return files


@pytest.mark.skipif(not CLUSTER.is_dir(), reason="../shared/eval/news-clusters is not on this machine")
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_five_outlets_values_all_in_view(qtbot, window: MainWindow, size) -> None:  # type: ignore[no-untyped-def]
    """A real five-article news cluster (tuning split) at 1366x768 and 1920x1080: every article's column wholly in
    view beside Fact and Status, headed by its letter, no word of a value cut, no hint; the text columns keep their
    least width (at 1920 all five side by side)."""
    files = open_cluster(qtbot, window, size)
    sidebar = window.sidebar
    qtbot.waitUntil(lambda: len(in_view(sidebar)) == len(files))
    assert sidebar.articles_out_of_view() == ([], [])
    QApplication.processEvents()
    assert not sidebar.more_articles.isVisible()
    table = sidebar.table
    header = table.horizontalHeader()
    metrics = table.fontMetrics()
    room = {col: header.sectionSize(col) - 2 * text_margin(table) for col in range(header.count())}
    for col in range(FIRST_ARTICLE_COL, header.count()):
        title = sidebar.model.headerData(col, Qt.Orientation.Horizontal)
        assert title.split(" ")[0] == "ABCDE"[col - FIRST_ARTICLE_COL], title
        assert header_width(header, title, False) <= header.sectionSize(col), f"{title!r} cut"
        for r in range(table.model().rowCount()):
            value = table.model().index(r, col).data()
            words = value.replace("-", "- ").split()
            assert max(metrics.horizontalAdvance(w) for w in words) <= room[col], f"{value!r} cut in {title}"
    assert min(c.width() for c in window.columns) >= ArticleColumn.MIN_WIDTH
    if size[0] >= 1920:
        area = window.columns_area
        assert area.horizontalScrollBar().maximum() == 0, "all five text columns side by side"


@pytest.mark.skipif(not CLUSTER.is_dir(), reason="../shared/eval/news-clusters is not on this machine")
def test_articles_out_of_view_are_named_and_a_click_away(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """The same cluster at 1366x768 with the sidebar dragged narrower by the reader: the articles whose columns are
    out of view are counted under the table and named in its tooltip; clicks on "→" bring each into view, then
    "←" goes back; the dragged width is kept (the window does not widen it again)."""
    files = open_cluster(qtbot, window, (1366, 768))
    splitter = window.splitter
    splitter.moveSplitter(splitter.width() - DRAGGED_TO - splitter.handleWidth(), 1)  # the reader's drag
    QApplication.processEvents()
    sidebar = window.sidebar
    dragged = sidebar.width()
    assert dragged == DRAGGED_TO, dragged
    columns = list(range(FIRST_ARTICLE_COL, FIRST_ARTICLE_COL + len(files)))
    shown = in_view(sidebar)
    hidden = [c for c in columns if c not in shown]
    assert hidden, "five articles' columns all fit a narrow sidebar: nothing to hint"
    hint = sidebar.more_articles
    qtbot.waitUntil(hint.isVisible)
    assert f"{len(hidden)} more articles →" in hint.text()
    assert hint.geometry().bottom() <= hint.parentWidget().height(), "the hint is drawn inside the tab"
    for col in hidden:  # named in the tooltip by the article's whole name
        name = sidebar.model.headerData(col, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole).split("\n")[0]
        assert name in hint.toolTip()
    seen = set(shown)
    for _ in range(len(columns)):
        if "→" not in hint.text():
            break
        click_link(qtbot, sidebar, "→")
        QApplication.processEvents()
        seen.update(in_view(sidebar))
    assert seen == set(columns), f"columns never brought into view: {set(columns) - seen}"
    assert "→" not in hint.text() and "← " in hint.text() and hint.isVisible()
    click_link(qtbot, sidebar, "←")
    QApplication.processEvents()
    assert FIRST_ARTICLE_COL + len(files) - 1 not in in_view(sidebar) or len(in_view(sidebar)) == len(columns)
    window.resize(1400, 800)  # the window changes size: the reader's width stays
    QApplication.processEvents()
    assert sidebar.width() == dragged


def test_no_hint_when_every_article_is_in_view(qtbot, window: MainWindow, seeds) -> None:  # type: ignore[no-untyped-def]
    """The two seed articles: both columns in view, no hint."""
    window.resize(1366, 768)
    window.show_report(compare_files([str(p) for p in seeds]))
    qtbot.waitUntil(window.is_drawn)
    QApplication.processEvents()
    assert len(in_view(window.sidebar)) == 2
    assert not window.sidebar.more_articles.isVisible()
