"""A column's stats line keeps its discrepancy count whole in a narrow column: shorter forms before any cut.

Before: five columns at 1366 px (300 px each) read "120 sentences · 14 shared · 106 unique · 0 discr…" (gva_595069
at 1366 and at 1920: "73 sentences · 22 shared · 51 unique · 0 discrepan…"), the count a reader looks for cut first.
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from reportdiff.core import model as m
from reportdiff.gui.main_window import MainWindow

SENTENCES = 120  # a long article: three-digit counts, as a 5-outlet cluster's longest has 73
SHARED = 14  # the first sentences, which every article has


def long_articles(count: int) -> m.Report:
    """``count`` articles of SENTENCES sentences; the first SHARED are in every article, the rest only in one."""
    articles = []
    for i in range(count):
        parts = [f"Shared line {k} of the story." if k < SHARED else f"Outlet {i} adds line {k}."
                 for k in range(SENTENCES)]
        text, sentences, start = " ".join(parts), [], 0
        for k, part in enumerate(parts):
            begin = text.index(part, start)
            status = m.SHARED if k < SHARED else m.UNIQUE
            sentences.append(m.Sentence(k, part, begin, begin + len(part), status))
            start = begin + len(part)
        articles.append(m.Article(i, f"/tmp/outlet-{i}.txt", f"Outlet {i}", text, f"Outlet {i}", tuple(sentences)))
    links = tuple(
        m.Link(m.SentenceRef(0, k), m.SentenceRef(i, k), 1.0, m.AGREEMENT, (), ((0, articles[0].sentences[k].text),))
        for i in range(1, count) for k in range(SHARED)
    )
    return m.Report(tuple(articles), links)


@pytest.mark.parametrize(("count", "width"), [(5, 1366), (5, 1920), (2, 1366)])
def test_every_column_states_its_discrepancies_whole(qtbot, count, width):
    """Open ``count`` articles in a window ``width`` wide: each column's stats line ends with its whole
    discrepancy count, and its tooltip has the whole line."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(width, 768)
    window.show()
    window.show_report(long_articles(count))
    qtbot.waitUntil(window.is_drawn)
    QApplication.processEvents()
    for column in window.columns:
        shown = column.stats_label.text()
        assert shown.endswith("0 discrepancies"), shown
        assert "sentence" in column.stats_label.toolTip()
