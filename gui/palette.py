"""Colours of the highlights, in one place: an Okabe-Ito based palette for light and dark windows.

The colours are chosen once, as hex strings, in ``reportdiff.presentation.colours`` (shared with the PDF and HTML
exports, so a printed page matches the window); this module turns them into QColors for the widgets. It draws
nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette

from reportdiff.presentation import colours


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
    fig_compatible: QColor
    fig_conflict: QColor
    fig_single: QColor
    accent: QColor  # frames: selected sentence, its counterparts, the current navigation item
    hover: QColor

    def status_swatch(self, key: str) -> QColor:
        """The colour shown for ``key`` (agreement, paraphrase, discrepancy, unique, boilerplate) in the legend."""
        if key == "boilerplate":
            return blend(self.muted, self.page, 0.25)
        return getattr(self, key)

    def fact_colour(self, status: str) -> QColor:
        """The colour of a fact status (agree, compatible, conflict, single_source): underlines, table dots."""
        return {"agree": self.fig_agree, "compatible": self.fig_compatible, "conflict": self.fig_conflict}.get(
            status, self.fig_single
        )


def make_palette(dark: bool) -> Palette:
    """The palette for a light or a dark window (colours from ``presentation.colours.screen_colours``)."""
    return Palette(dark=dark, **{name: QColor(value) for name, value in colours.screen_colours(dark).items()})


def is_dark(palette: QPalette | None = None) -> bool:
    """Whether the application's window is dark (its window colour has low lightness)."""
    pal = palette or QGuiApplication.palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def current_palette() -> Palette:
    """The palette matching the running application's light or dark mode."""
    return make_palette(is_dark())
