"""The legend's explanations name the colour the reader sees: the "Only here" bar is yellow (an olive yellow on a
light page), never "amber", the word for the orange of discrepancies and conflicts it would send the eye to."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from reportdiff.gui.palette import make_palette
from reportdiff.gui.sentence_view import chunk_colour
from reportdiff.gui.widgets import LegendBar

# Colour words by hue range (degrees), as a reader names them.
HUE_WORDS = (("orange", 15, 40), ("amber", 35, 48), ("yellow", 48, 70), ("green", 70, 170))


def hue_words(colour: QColor) -> set[str]:
    """The colour words that fit ``colour``'s hue."""
    hue = colour.hslHue()
    return {word for word, low, high in HUE_WORDS if low <= hue < high}


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_only_here_help_names_the_bars_colour(qtbot, dark):
    """Hover "Only here" in the legend: its help names the colour its bar is drawn in, and no other."""
    pal = make_palette(dark)
    legend = LegendBar()
    qtbot.addWidget(legend)
    legend.set_palette(pal)
    help_text = next(tip for _, text, tip in legend.help_items() if text == "Only here").lower()
    drawn = hue_words(chunk_colour(pal, "unique"))
    named = {word for word, _, _ in HUE_WORDS if word in help_text}
    assert named and named <= drawn, (named, drawn)
