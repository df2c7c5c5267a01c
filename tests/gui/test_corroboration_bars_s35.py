"""The "Also reported" bars beside the text, faintest to fullest, each stand out from the page, light and dark, and
each strength from the next (review s34: the faintest, the commonest bar of a five-article comparison, was 1.5:1)."""

from __future__ import annotations

from itertools import pairwise

import pytest
from gui_helpers import shown_report  # tests/gui/gui_helpers.py
from PySide6.QtGui import QColor

from reportdiff.core import model as m
from reportdiff.gui.palette import contrast
from reportdiff.gui.sentence_view import GUTTER_WIDTH, GUTTER_X

LINES = ("The bridge closed at noon.", "Traffic was diverted east.", "Buses ran late all day.", "The mayor apologised.")
WCAG_GRAPHIC = 3.0  # WCAG 1.4.11: the least contrast of a graphic that means something
NEXT_STRENGTH = 1.15  # two neighbouring strengths at least this far apart: told apart side by side


def five_outlets() -> m.Report:
    """Five articles with the same four sentences; A's sentence k is also in k + 1 of the four others (a quarter,
    half, three quarters, all of them): the four strengths of a five-article comparison."""
    text = "\n\n".join(LINES)  # a paragraph each: one bar each, not two sharing a line
    articles = []
    for i in range(5):
        sentences, start = [], 0
        for k, line in enumerate(LINES):
            begin = text.index(line, start)
            sentences.append(m.Sentence(k, line, begin, begin + len(line), m.SHARED))
            start = begin + len(line)
        articles.append(m.Article(i, f"/tmp/outlet-{i}.txt", "Bridge", text, f"Outlet {'ABCDE'[i]}", tuple(sentences)))
    links = tuple(
        m.Link(m.SentenceRef(0, k), m.SentenceRef(other, k), 1.0, m.AGREEMENT, (), ((0, LINES[k]),))
        for k in range(4)
        for other in range(1, k + 2)
    )
    return m.Report(tuple(articles), links)


def drawn_bars(qtbot) -> tuple[list[QColor], QColor, list[QColor]]:  # type: ignore[no-untyped-def]
    """The bars beside A's four sentences as painted (weakest first), the page, and the legend sample's bars."""
    window = shown_report(qtbot, five_outlets(), (1920, 1080))
    view = window.columns[0].view
    x = round(GUTTER_X + GUTTER_WIDTH / 2)
    bars = []
    for k in range(4):
        point = view.point_of(m.SentenceRef(0, k))
        assert point is not None
        picture = view.viewport().grab().toImage()
        bars.append(picture.pixelColor(x, point.y()))
    page = QColor(window.pal.page)
    sample = next(pix for pix, text, _ in window.legend.help_items() if text == "Also reported").toImage()
    legend = []
    for bar in range(3):  # three bars, 4 px wide, 6 px apart, in a pixmap drawn at twice the size
        legend.append(sample.pixelColor(round((1 + 6 * bar + 2) * sample.devicePixelRatio()), sample.height() // 2))
    return bars, page, legend


def check(bars: list[QColor], page: QColor, legend: list[QColor]) -> None:
    """Every bar 3:1 or more on the page; each strength told apart from the next; the legend spans them."""
    ratios = [round(contrast(bar, page), 2) for bar in bars]
    assert min(ratios) >= WCAG_GRAPHIC, ratios
    steps = [round(contrast(a, b), 2) for a, b in pairwise(bars)]
    assert min(steps) >= NEXT_STRENGTH, steps
    assert ratios == sorted(ratios)  # more sources, the stronger the bar
    shown = [round(contrast(bar, page), 2) for bar in legend]
    assert min(shown) >= WCAG_GRAPHIC, shown
    assert max(shown) >= max(ratios) - 0.05  # the legend's fullest bar is the text's fullest


@pytest.mark.parametrize("dark", [False, True])
def test_every_bar_stands_out_from_the_page(qtbot, request, dark: bool) -> None:  # type: ignore[no-untyped-def]
    """Light (Fusion's palette) and dark (a theme that sets only its main colours): the bars beside the text and in
    the legend's "Also reported" sample are each 3:1 or more on the page (before: 1.34-1.68:1 for the faintest two
    on white, 1.41-1.94:1 on the dark page), and the four strengths differ by 1.15:1 or more each."""
    if dark:
        request.getfixturevalue("partial_dark_palette")
    bars, page, legend = drawn_bars(qtbot)
    assert (page.lightness() < 128) == dark
    check(bars, page, legend)
