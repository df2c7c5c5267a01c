"""The figures table's model and proxy, without a window (Vorta style)."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt

from reportdiff.core import model as m
from reportdiff.gui.figures_panel import (
    COL_FACT,
    COL_STATUS,
    FIRST_ARTICLE_COL,
    FactRole,
    FiguresModel,
    FiguresProxy,
    SortRole,
)


def _report_with_three_facts(tiny_report: m.Report) -> m.Report:
    """tiny_report plus an agreeing fact (both say "two") and a figure only B gives ("four")."""
    figures = (
        *tiny_report.figures,
        m.Figure(2, 0, 2, "two", 2.0, 0, 5),
        m.Figure(3, 1, 2, "two", 2.0, 0, 5),
        m.Figure(4, 1, 0, "four", 4.0, 0, 9),
    )
    facts = (
        *tiny_report.facts,
        m.Fact(1, "roads closed", m.AGREE, (2, 3)),
        m.Fact(2, "witnesses", m.SINGLE_SOURCE, (4,)),
    )
    return m.Report(tiny_report.articles, tiny_report.links, figures, facts)


def test_model_lists_one_row_per_fact_with_each_articles_figure(tiny_report):
    """Rows are facts; columns are label, status and each article's wording of the figure."""
    model = FiguresModel()
    model.set_report(_report_with_three_facts(tiny_report))
    assert model.rowCount() == 3
    assert model.columnCount() == FIRST_ARTICLE_COL + 2
    assert model.headerData(FIRST_ARTICLE_COL + 1, Qt.Orientation.Horizontal) == "B Herald B"  # letter, name
    assert model.data(model.index(0, COL_FACT)) == "people died"
    assert model.data(model.index(0, COL_STATUS)) == "conflict"
    assert model.data(model.index(0, FIRST_ARTICLE_COL)) == "25"
    assert model.data(model.index(0, FIRST_ARTICLE_COL + 1)) == "31"
    assert model.data(model.index(2, FIRST_ARTICLE_COL)) == "—"  # article A has no such figure
    assert model.data(model.index(2, FIRST_ARTICLE_COL), SortRole) == math.inf
    assert model.data(model.index(1, COL_FACT), FactRole).label == "roads closed"


def test_model_empties_when_report_is_none(tiny_report):
    """Closing the comparison leaves an empty table, not stale rows."""
    model = FiguresModel()
    model.set_report(tiny_report)
    model.set_report(None)
    assert model.rowCount() == 0


def test_proxy_keeps_conflicts_only_when_asked(tiny_report):
    """The "Conflicts only" filter hides facts that agree or have one source, and shows them again."""
    model = FiguresModel()
    model.set_report(_report_with_three_facts(tiny_report))
    proxy = FiguresProxy()
    proxy.setSourceModel(model)
    assert proxy.rowCount() == 3
    proxy.set_conflicts_only(True)
    assert proxy.rowCount() == 1
    assert proxy.data(proxy.index(0, COL_FACT)) == "people died"
    proxy.set_conflicts_only(False)
    assert proxy.rowCount() == 3


def test_proxy_sorts_status_by_severity_and_figures_by_value(tiny_report):
    """Sorting by status puts conflicts first; sorting an article column orders by number, blanks last."""
    model = FiguresModel()
    model.set_report(_report_with_three_facts(tiny_report))
    proxy = FiguresProxy()
    proxy.setSourceModel(model)
    proxy.sort(COL_STATUS, Qt.SortOrder.AscendingOrder)
    assert [proxy.data(proxy.index(r, COL_STATUS)) for r in range(3)] == ["conflict", "agree", "single source"]
    proxy.sort(FIRST_ARTICLE_COL + 1, Qt.SortOrder.AscendingOrder)
    assert [proxy.data(proxy.index(r, FIRST_ARTICLE_COL + 1)) for r in range(3)] == ["two", "four", "31"]
    proxy.sort(FIRST_ARTICLE_COL, Qt.SortOrder.AscendingOrder)  # article A gives no figure for "witnesses"
    assert [proxy.data(proxy.index(r, FIRST_ARTICLE_COL)) for r in range(3)] == ["two", "25", "—"]
