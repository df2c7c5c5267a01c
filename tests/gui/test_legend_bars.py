"""The legend's "Also reported" sample shows the margin bar from faint to full, as the columns draw it.

Before: one bar near the full green. In a five-article comparison most sentences are reported by one or two of the
four others, so most bars beside the text were a faint green that matched no entry of the key.
"""

from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from reportdiff.core import model as m
from reportdiff.gui.main_window import MainWindow
from reportdiff.gui.palette import contrast


def three_outlets() -> m.Report:
    """Three articles: the first sentence is in all three, the second is in A and B only (half of A's others)."""
    texts = ("The bridge closed at noon. Traffic was diverted.", "The bridge closed at noon. Traffic was diverted.",
             "The bridge closed at noon. Rain fell all day.")
    articles = []
    for i, text in enumerate(texts):
        first, second = text.split(". ", 1)
        first += "."
        sentences = (
            m.Sentence(0, first, 0, len(first), m.SHARED),
            m.Sentence(1, second, len(first) + 1, len(text), m.UNIQUE if i == 2 else m.SHARED),
        )
        articles.append(m.Article(i, f"/tmp/outlet-{i}.txt", "Bridge", text, f"Outlet {i}", sentences))
    same = m.AGREEMENT

    def link(a: int, b: int, s: int) -> m.Link:
        return m.Link(m.SentenceRef(a, s), m.SentenceRef(b, s), 1.0, same, (), ((0, articles[a].sentences[s].text),))

    return m.Report(tuple(articles), (link(0, 1, 0), link(0, 2, 0), link(1, 2, 0), link(0, 1, 1)))


def strength(colour: QColor, full: QColor, page: QColor) -> float:
    """How far ``colour`` stands from the page: its contrast with it (session 35: the bars run from a light green to
    a deep one, each 3:1 or more from the page, no longer from the page's colour to the green). ``full`` is unused,
    kept so the call reads as before."""
    del full
    return contrast(colour, page)


def test_legend_sample_spans_the_faint_and_the_full_bars_beside_the_text(qtbot):
    """Open a three-outlet comparison: the faintest and the fullest bars beside A's sentences both lie within the
    strengths the legend's "Also reported" sample shows."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.show_report(three_outlets())
    qtbot.waitUntil(window.is_drawn)
    QApplication.processEvents()
    assert window.highlighter is not None
    pal = window.pal
    full, page = QColor(pal.fig_agree), QColor(pal.page)
    beside = [strength(c, full, page) for _, c in window.highlighter.gutter([m.SentenceRef(0, 0), m.SentenceRef(0, 1)])]
    assert len(beside) == 2 and min(beside) < max(beside) - 0.2  # a faint bar and a full one

    sample = next(pix for pix, text, _ in window.legend.help_items() if text == "Also reported").toImage()
    shown = [
        strength(QColor(pixel), full, page)
        for pixel in (sample.pixelColor(x, y) for x in range(sample.width()) for y in range(sample.height()))
        if pixel.alpha() == 255
    ]
    assert shown
    assert min(shown) <= min(beside) + 0.02 and max(shown) >= max(beside) - 0.02
