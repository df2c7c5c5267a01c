"""Five articles at 1366x768 and 1920x1080: the figures table says which articles' columns are out of view.

Review s29, finding 12: with four or five articles the figures table shows three article columns beside Fact and
Status (READABLE_ARTICLES, the most whose values read whole in a 368-430 px sidebar); the fourth and fifth were
out of view with a horizontal scrollbar as the only hint. Now a line under the table says "2 more articles →"
(their names in its tooltip) and a click on it scrolls the next one into view; scrolled to the end, it says
"← 2 more articles". With every article in view it is not shown.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from reportdiff.core.compare import compare_files
from reportdiff.gui.figures_panel import FIRST_ARTICLE_COL, Sidebar
from reportdiff.gui.main_window import MainWindow

CLUSTER = Path(__file__).resolve().parents[3] / "shared" / "eval" / "news-clusters" / "gva_595069"  # 5 outlets


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


@pytest.mark.skipif(not CLUSTER.is_dir(), reason="../shared/eval/news-clusters is not on this machine")
@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_articles_out_of_view_are_named_and_a_click_away(qtbot, window: MainWindow, size) -> None:  # type: ignore[no-untyped-def]
    """A real five-article news cluster (tuning split): the articles whose columns are out of view are counted
    under the table and named in its tooltip; clicks on "→" bring each into view, then "←" goes back."""
    files = [str(p) for p in sorted(CLUSTER.glob("article_*.txt"))]
    window.resize(*size)
    window.show_report(compare_files(files))
    qtbot.waitUntil(window.is_drawn)
    QApplication.processEvents()
    sidebar = window.sidebar
    columns = list(range(FIRST_ARTICLE_COL, FIRST_ARTICLE_COL + len(files)))
    shown = in_view(sidebar)
    hidden = [c for c in columns if c not in shown]
    assert hidden, "five articles' columns all fit: nothing to hint (the test expects the sidebar of today)"
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


def test_no_hint_when_every_article_is_in_view(qtbot, window: MainWindow, seeds) -> None:  # type: ignore[no-untyped-def]
    """The two seed articles: both columns in view, no hint."""
    window.resize(1366, 768)
    window.show_report(compare_files([str(p) for p in seeds]))
    qtbot.waitUntil(window.is_drawn)
    QApplication.processEvents()
    assert len(in_view(window.sidebar)) == 2
    assert not window.sidebar.more_articles.isVisible()
