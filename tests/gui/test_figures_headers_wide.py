"""The figures table's article titles at 1920x1080 with five articles named alike (a tuning cluster's files,
"article_1.txt".."article_5.txt"): the window keeps all five text columns and gives the sidebar 368 px, where the
three articles in view were headed "…1", "…2", "…3" (review s28) while at 1366 px they read whole. They keep the
start of their shared name ("arti…1") and name the article whole in their tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reportdiff.core import model as m
from reportdiff.gui.figures_panel import FIRST_ARTICLE_COL
from reportdiff.gui.main_window import MainWindow


def five_alike() -> m.Report:
    """Five articles with no source, read from article_1.txt .. article_5.txt, each stating "25 people died"."""
    articles, figures = [], []
    for i in range(5):
        text = "Police said 25 people died."
        sentence = m.Sentence(0, text, 0, len(text), m.SHARED)
        articles.append(m.Article(i, f"/tmp/gva/article_{i + 1}.txt", "Police report", text, "", (sentence,)))
        at = text.index("25")
        figures.append(m.Figure(i, i, 0, "25", 25.0, at, at + 2, counts="died"))
    links = tuple(
        m.Link(m.SentenceRef(0, 0), m.SentenceRef(i, 0), 1.0, m.AGREEMENT, (), ((0, articles[0].text),))
        for i in range(1, 5)
    )
    facts = (m.Fact(0, "people died", m.AGREE, tuple(range(5)), "25 died in every article"),)
    return m.Report(tuple(articles), links, tuple(figures), facts)


@pytest.mark.parametrize("size", [(1920, 1080), (1366, 768)])
def test_article_titles_say_which_article(qtbot, size):
    """Open five articles at 1920x1080 and at 1366x768: each title in the sidebar is the article's letter (A..E,
    as its text column's badge and the PDF say), with its name where it fits whole enough ("A article_1"), never a
    stub ("arti…1"); its tooltip names the file whole, after the letter."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.show_report(five_alike())
    qtbot.waitUntil(window.is_drawn)
    QApplication.processEvents()
    table = window.sidebar.table
    model = table.model()
    for a in range(5):
        title = model.headerData(FIRST_ARTICLE_COL + a, Qt.Orientation.Horizontal)
        assert title in ("ABCDE"[a], f"{'ABCDE'[a]} article_{a + 1}"), title
        tip = model.headerData(FIRST_ARTICLE_COL + a, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith(f"{'ABCDE'[a]} · article_{a + 1}"), tip
        assert window.columns[a].letter_label.text() == "ABCDE"[a]  # the text column's badge: the same letter
