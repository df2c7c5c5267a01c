"""A figures table with no row to show says why under its headers: no figure at all, none two articles give (and how
to list the single-source ones), or no conflict; the rows come back when a filter lets them in.

Before: an empty table under its headers, read as a comparison still running, while the PDF said "No figures found.".
"""

from __future__ import annotations

from gui_helpers import shown_report  # tests/gui/gui_helpers.py
from PySide6.QtCore import Qt

from reportdiff.core import model as m
from reportdiff.presentation.labels import NO_FIGURE_CONFLICTS, NO_FIGURES, NO_SHARED_FIGURES


def pair(figures: bool) -> m.Report:
    """Two one-sentence articles sharing that sentence; with ``figures``, each gives a number the other does not
    (two single-source facts), else none."""
    texts = ("Police said 25 people died.", "Firefighters said 3 houses burned.")
    articles = []
    for i, text in enumerate(texts):
        sentence = m.Sentence(0, text, 0, len(text), m.SHARED)
        articles.append(m.Article(i, f"/tmp/outlet-{i + 1}.txt", "Report", text, f"Outlet {i + 1}", (sentence,)))
    links = (m.Link(m.SentenceRef(0, 0), m.SentenceRef(1, 0), 0.5, m.PARAPHRASE, (), ((0, texts[0]),)),)
    if not figures:
        return m.Report(tuple(articles), links)
    numbers = [(i, text, word) for i, (text, word) in enumerate(zip(texts, ("25", "3"), strict=True))]
    found = tuple(
        m.Figure(i, i, 0, word, float(word), text.index(word), text.index(word) + len(word), counts="x")
        for i, text, word in numbers
    )
    facts = (
        m.Fact(0, "people died", m.SINGLE_SOURCE, (0,)),
        m.Fact(1, "houses burned", m.SINGLE_SOURCE, (1,)),
    )
    return m.Report(tuple(articles), links, found, facts)


def test_no_figure_at_all_says_so_instead_of_an_empty_table(qtbot):
    """Two articles without a number: the figures tab says "No figures found." under the table's headers."""
    side = shown_report(qtbot, pair(figures=False)).sidebar
    said = side.table.empty_label
    assert side.table.isVisible() and said.isVisible() and said.text() == NO_FIGURES
    assert said.geometry().top() >= side.table.horizontalHeader().height()  # under the headers, not over them


def test_only_single_source_figures_say_how_to_list_them(qtbot):
    """Only single-source figures (folded by default): the tab says none is shared and how to list them; ticking
    Single source shows their rows, unticking says so again, and Conflicts only says there is no conflict."""
    side = shown_report(qtbot, pair(figures=True)).sidebar
    said = side.table.empty_label
    assert said.isVisible() and said.text().startswith(NO_SHARED_FIGURES)
    assert "2 figures" in said.text()
    qtbot.mouseClick(side.single_source, Qt.MouseButton.LeftButton)
    assert side.single_source.isChecked()
    assert side.proxy.rowCount() == 2 and not said.isVisible()
    qtbot.mouseClick(side.conflicts_only, Qt.MouseButton.LeftButton)
    assert said.isVisible() and said.text() == NO_FIGURE_CONFLICTS
    qtbot.mouseClick(side.conflicts_only, Qt.MouseButton.LeftButton)
    assert not said.isVisible()
