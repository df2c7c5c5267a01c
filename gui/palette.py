"""Colours of the highlights, in one place: an Okabe-Ito based palette for light and dark windows.

Okabe and Ito chose eight colours that people with the common colour-vision deficiencies still tell apart. The
statuses use four of them as tints behind the text, and never rely on colour alone: differing words are also
underlined, figures get a different underline style per fact status (solid, wavy, dotted), boilerplate is greyed
text without a tint. This module only holds colours; it draws nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# The Okabe-Ito colours (https://jfly.uni-koeln.de/color/), by their published names.
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"

# How strongly a status colour shows behind text: light tints keep black text readable (contrast above 12:1),
# and dark mode needs more of the colour to show at all against a near-black page.
TINT_LIGHT = 0.15
TINT_DARK = 0.24
# Differing words inside a linked sentence: a stronger tint of the same hue, plus an underline.
MARK_LIGHT = 0.32
MARK_DARK = 0.42


def blend(colour: str | QColor, base: str | QColor, amount: float) -> QColor:
    """``colour`` laid over ``base`` at ``amount`` (0 = base, 1 = colour), as an opaque colour."""
    c, b = QColor(colour), QColor(base)
    return QColor(
        round(b.red() + (c.red() - b.red()) * amount),
        round(b.green() + (c.green() - b.green()) * amount),
        round(b.blue() + (c.blue() - b.blue()) * amount),
    )


@dataclass(frozen=True)
class Palette:
    """Every colour the views draw with; build it with :func:`make_palette`."""

    dark: bool
    page: QColor  # the article page behind the text
    text: QColor
    muted: QColor  # boilerplate text, secondary labels
    agreement: QColor  # tints behind sentences, by status / link kind
    paraphrase: QColor
    discrepancy: QColor
    unique: QColor
    agreement_mark: QColor  # stronger tints for the differing words
    paraphrase_mark: QColor
    discrepancy_mark: QColor
    fig_agree: QColor  # figure underlines, by fact status
    fig_conflict: QColor
    fig_single: QColor
    accent: QColor  # frames: selected sentence, its counterparts, the current navigation item
    hover: QColor

    def status_swatch(self, key: str) -> QColor:
        """The colour shown for ``key`` (agreement, paraphrase, discrepancy, unique, boilerplate) in the legend."""
        if key == "boilerplate":
            return blend(self.muted, self.page, 0.25)
        return getattr(self, key)


def make_palette(dark: bool) -> Palette:
    """The palette for a light or a dark window."""
    page = QColor("#1E1F22") if dark else QColor("#FFFFFF")
    tint = TINT_DARK if dark else TINT_LIGHT
    mark = MARK_DARK if dark else MARK_LIGHT
    return Palette(
        dark=dark,
        page=page,
        text=QColor("#E6E6E6") if dark else QColor("#1A1A1A"),
        muted=QColor("#8A8F98") if dark else QColor("#8C8C8C"),
        agreement=blend(BLUISH_GREEN, page, tint),
        paraphrase=blend(SKY_BLUE, page, tint),
        discrepancy=blend(VERMILLION, page, tint + 0.04),
        unique=blend(YELLOW, page, tint + 0.10 if not dark else tint - 0.06),
        agreement_mark=blend(BLUISH_GREEN, page, mark),
        paraphrase_mark=blend(SKY_BLUE, page, mark),
        discrepancy_mark=blend(VERMILLION, page, mark),
        fig_agree=QColor(BLUISH_GREEN),
        fig_conflict=QColor(VERMILLION),
        fig_single=QColor(SKY_BLUE if dark else BLUE),
        accent=QColor(SKY_BLUE if dark else BLUE),
        hover=QColor(REDDISH_PURPLE),
    )


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the application's window is dark (its window colour has low lightness)."""
    pal = palette or QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def current_palette() -> Palette:
    """The palette matching the running application's light or dark mode."""
    return make_palette(is_dark())
