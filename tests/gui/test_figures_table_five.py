"""The figures table with five articles, driven as a person would: frozen Fact and Status columns, distinct short
article names, hedged values, conflicts first, single-source facts folded, tooltips, sorting, "conflicts only"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from reportdiff.core import model as m
from reportdiff.gui.figures_panel import COL_FACT, COL_STATUS, FIRST_ARTICLE_COL, FactRole, Sidebar
from reportdiff.gui.frozen_table import NARROW_FROZEN_SHARE
from reportdiff.gui.palette import make_palette

# (source, file, sentences); each sentence carries at most the figures listed in FIGURES below.
ARTICLES = [
    ("Reuters", "/news/reuters.txt", ["At least 25 people were killed.", "40 people were injured.",
                                      "Police made 2 arrests."]),
    ("AP", "/news/ap-morning.txt", ["25 people were killed.", "41 people were injured."]),
    ("AP", "/news/ap-evening.txt", ["25 people died.", "At least 30 were killed, officials said."]),
    ("", "/news/local-paper.txt", ["25 people were killed.", "31 were killed in total."]),
    ("BBC News Service International", "/news/bbc.txt", ["25 people were killed.", "3 schools closed."]),
]
# (article, sentence, text, value, qualifier)
FIGURES = [
    (0, 0, "25", 25, "at least"), (1, 0, "25", 25, ""), (2, 0, "25", 25, ""), (3, 0, "25", 25, ""),
    (4, 0, "25", 25, ""),  # 0-4: people killed, agree
    (0, 1, "40", 40, ""), (1, 1, "41", 41, ""),  # 5-6: people injured, conflict
    (2, 1, "30", 30, "at least"), (3, 1, "31", 31, ""),  # 7-8: killed in total, compatible
    (4, 1, "3", 3, ""),  # 9: schools closed, single source
    (0, 2, "2", 2, ""),  # 10: arrests, single source
]
FACTS = [
    ("people killed", m.AGREE, (0, 1, 2, 3, 4), ""),
    ("schools closed", m.SINGLE_SOURCE, (9,), ""),
    ("killed in total", m.COMPATIBLE, (7, 8), "31 is at least 30"),
    ("arrests", m.SINGLE_SOURCE, (10,), ""),
    ("people injured", m.CONFLICT, (5, 6), "40 vs 41 injured"),
]


def five_articles() -> m.Report:
    """Five articles, two from the same outlet and one without a source, with a fact of every status."""
    articles = []
    for index, (source, path, sentences) in enumerate(ARTICLES):
        text = " ".join(sentences)
        parts, start = [], 0
        for i, sentence in enumerate(sentences):
            begin = text.index(sentence, start)
            parts.append(m.Sentence(i, sentence, begin, begin + len(sentence), m.SHARED))
            start = begin + len(sentence)
        articles.append(m.Article(index, path, sentences[0], text, source, tuple(parts)))
    figures = []
    for index, (article, sentence, text, value, qualifier) in enumerate(FIGURES):
        s = articles[article].sentences[sentence]
        begin = s.start + s.text.index(text)
        figures.append(m.Figure(index, article, sentence, text, value, begin, begin + len(text), qualifier))
    facts = tuple(m.Fact(i, label, status, members, note) for i, (label, status, members, note) in enumerate(FACTS))
    return m.Report(tuple(articles), (), tuple(figures), facts)


@pytest.fixture
def sidebar(qtbot):  # type: ignore[no-untyped-def]
    """A shown sidebar 600 px wide (room for the status words beside three articles' values) holding the five
    articles' facts."""
    bar = Sidebar(None, make_palette(dark=False))
    qtbot.addWidget(bar)
    bar.resize(600, 520)
    bar.show()
    qtbot.waitExposed(bar)
    bar.set_report(five_articles())
    return bar


def shown(bar: Sidebar, column: int) -> list[str]:
    """The texts of one column, top to bottom, as the table shows them."""
    proxy = bar.proxy
    return [proxy.data(proxy.index(r, column)) for r in range(proxy.rowCount())]


def test_headers_are_distinct_short_names(sidebar: Sidebar) -> None:
    """One column per article: the source, else the file name; the two AP articles are told apart; long cut."""
    model = sidebar.model
    heads = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert heads[:FIRST_ARTICLE_COL] == ["Fact", "Status"]
    # Each headed by its letter (the PDF's and the text columns'), then its name where the column has room for it.
    articles = heads[FIRST_ARTICLE_COL:]
    names = ["Reuters", "AP (1)", "AP (2)", "local-paper", ""]
    for head, letter, name in zip(articles, "ABCDE", names, strict=True):
        assert head == letter or head.startswith(f"{letter} {name}"), articles
    assert len(set(articles)) == 5 and all(len(h) <= 16 for h in articles)
    wide = [f"{letter} {name}" for letter, name in zip("ABCDE", sidebar.model._names, strict=True)]
    assert wide[:4] == ["A Reuters", "B AP (1)", "C AP (2)", "D local-paper"], wide
    tip = model.headerData(FIRST_ARTICLE_COL + 4, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "BBC News Service International" in tip and "/news/bbc.txt" in tip


def test_conflicts_first_hedges_kept_single_source_folded(qtbot, sidebar: Sidebar) -> None:  # type: ignore[no-untyped-def]
    """Conflict, then compatible, then agree; "at least 25" as stated; the two lone figures appear on a click."""
    assert shown(sidebar, COL_STATUS) == ["conflict", "compatible, not equal", "agree"]
    assert shown(sidebar, COL_FACT) == ["people injured", "killed in total", "people killed"]
    assert shown(sidebar, FIRST_ARTICLE_COL)[2] == "at least 25"
    assert shown(sidebar, FIRST_ARTICLE_COL + 2)[1] == "at least 30"
    assert sidebar.single_source.text() == "Single source (2)" and not sidebar.single_source.isChecked()
    qtbot.mouseClick(sidebar.single_source, Qt.MouseButton.LeftButton)
    assert shown(sidebar, COL_STATUS)[-2:] == ["single source", "single source"]
    assert sidebar.proxy.rowCount() == 5


def test_fact_and_status_stay_in_view_when_scrolled_sideways(qtbot, sidebar: Sidebar) -> None:  # type: ignore[no-untyped-def]
    """Scrolled to the last article, the left edge of the table still shows the fact label and its status."""
    table = sidebar.table
    sidebar.resize(450, 520)
    bar = table.horizontalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # five article columns do not fit in 450 px
    bar.setValue(bar.maximum())
    qtbot.wait(10)
    last = table.visualRect(sidebar.proxy.index(0, FIRST_ARTICLE_COL + 4))
    assert table.viewport().rect().contains(last.center()), "the last article's column is in view"
    at_left = table.viewport().mapTo(table, QPoint(10, table.rowViewportPosition(0) + 5))
    assert table.childAt(at_left) is table.frozen.viewport(), "the frozen columns cover the table's left edge"
    frozen = table.frozen
    index = frozen.indexAt(frozen.viewport().mapFrom(table, at_left))
    assert index.column() == COL_FACT and index.data() == "people injured"
    status_x = frozen.columnViewportPosition(COL_STATUS) + 5
    assert frozen.indexAt(QPoint(status_x, 5)).data() == ("≠" if table.is_narrow else "conflict")
    assert [c for c in range(sidebar.proxy.columnCount()) if not frozen.isColumnHidden(c)] == [COL_FACT, COL_STATUS]


def test_tooltips_give_the_whole_text(sidebar: Sidebar) -> None:
    """A value's tooltip names the outlet in full and quotes its sentence; the status says what it means."""
    proxy = sidebar.proxy
    tip = proxy.data(proxy.index(2, FIRST_ARTICLE_COL + 4), Qt.ItemDataRole.ToolTipRole)
    assert "BBC News Service International" in tip and "25 people were killed." in tip
    tip = proxy.data(proxy.index(1, COL_STATUS), Qt.ItemDataRole.ToolTipRole)
    assert "compatible, not equal" in tip and "31 is at least 30" in tip
    tip = proxy.data(proxy.index(0, FIRST_ARTICLE_COL + 3), Qt.ItemDataRole.ToolTipRole)
    assert "local-paper" in tip and "gives no figure" in tip


def test_sorting_by_header_clicks_and_conflicts_only(qtbot, sidebar: Sidebar) -> None:  # type: ignore[no-untyped-def]
    """A click on an article's header sorts by its values; a click on the frozen Status header brings conflicts
    first again; "Conflicts only" keeps the one conflict."""
    table = sidebar.table
    header = table.horizontalHeader()
    column = FIRST_ARTICLE_COL  # Reuters: 40 (injured), — (killed in total), at least 25 (killed)
    table.scrollTo(sidebar.proxy.index(0, column))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(column) + 20, header.height() // 2))
    assert shown(sidebar, column) == ["at least 25", "40", "—"]
    frozen_header = table.frozen.horizontalHeader()
    qtbot.mouseClick(frozen_header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(frozen_header.sectionViewportPosition(COL_STATUS) + 20, frozen_header.height() // 2))
    assert header.sortIndicatorSection() == COL_STATUS
    statuses = shown(sidebar, COL_STATUS)
    assert statuses in (["conflict", "compatible, not equal", "agree"], ["agree", "compatible, not equal", "conflict"])
    qtbot.mouseClick(sidebar.conflicts_only, Qt.MouseButton.LeftButton)
    assert shown(sidebar, COL_FACT) == ["people injured"]
    assert not sidebar.single_source.isEnabled()


def test_click_on_a_frozen_fact_picks_that_fact(qtbot, sidebar: Sidebar) -> None:  # type: ignore[no-untyped-def]
    """Clicking a fact label in the frozen columns selects its row in the whole table and announces the fact once."""
    picked: list[m.Fact] = []
    sidebar.factActivated.connect(picked.append)
    frozen = sidebar.table.frozen
    rect = frozen.visualRect(sidebar.proxy.index(1, COL_FACT))
    qtbot.mouseClick(frozen.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [f.label for f in picked] == ["killed in total"]
    assert sidebar.table.selectionModel().isRowSelected(1)
    assert sidebar.table.currentIndex().data(FactRole).label == "killed in total"


def test_narrow_sidebar_keeps_an_article_column_in_view(qtbot, sidebar: Sidebar) -> None:  # type: ignore[no-untyped-def]
    """At 240 px the frozen Fact and Status shrink so an article's value still shows beside them, the two filter
    boxes stack; widened again, the columns get their width back."""
    table = sidebar.table
    wide = [table.columnWidth(COL_FACT), table.columnWidth(COL_STATUS)]
    sidebar.resize(240, 520)
    qtbot.waitUntil(lambda: table.frozen_width() <= NARROW_FROZEN_SHARE * table.viewport().width() + 1)
    x = table.frozen_width() + 10
    assert table.childAt(table.viewport().mapTo(table, QPoint(x, table.rowViewportPosition(0) + 5))) is \
        table.viewport(), "right of the frozen columns the reader sees an article's column"
    assert table.indexAt(QPoint(x, table.rowViewportPosition(0) + 5)).column() >= FIRST_ARTICLE_COL
    qtbot.waitUntil(lambda: sidebar.single_source.y() > sidebar.conflicts_only.y())  # stacked, once laid out
    sidebar.resize(700, 520)
    qtbot.waitUntil(lambda: [table.columnWidth(COL_FACT), table.columnWidth(COL_STATUS)] == wide)
    qtbot.waitUntil(lambda: sidebar.single_source.y() == sidebar.conflicts_only.y())  # side by side again
