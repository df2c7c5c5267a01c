"""gui/textlines.py: the one loop over Qt's line layout that a column's title (gui/column.py) and the figures
table's row heights (gui/figures_panel.py) both read: they break a text where Qt draws it."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontMetricsF

from reportdiff.gui.figures_panel import wrapped_size
from reportdiff.gui.textlines import text_lines


def test_a_value_wraps_at_its_space(qapp):
    """"more than 1,400" in a column narrower than it is two lines, broken after "more than "; the figures
    table's row height is those lines' heights, its widest line the longer of the two."""
    font = QFont(qapp.font())
    metrics = QFontMetricsF(font)
    text = "more than 1,400"
    width = metrics.horizontalAdvance("more than ") + 2
    lines = text_lines(text, font, width)
    assert [line.start for line in lines] == [0, len("more than ")]
    height, widest = wrapped_size(text, font, width)
    assert height == sum(line.height for line in lines) and height >= 2 * metrics.lineSpacing() - 1
    assert widest == max(line.width for line in lines) <= width


def test_a_word_wider_than_the_width_stays_one_line(qapp):
    """A word that cannot wrap is one line wider than asked (the view cuts it with "…")."""
    font = QFont(qapp.font())
    lines = text_lines("Khansir", font, 10)
    assert len(lines) == 1 and lines[0].width > 10
