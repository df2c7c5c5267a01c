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


# The bar beside a sentence other sources report: from a light green (one of many others reports it) to a deep one
# (every other source does); the legend shows the same ramp. Its faintest bar was the green at a quarter over the
# page, 1.34:1 on white and 1.41:1 on the dark page (review s34: hardly seen, the commonest bar of a five-article
# comparison). Now every bar stands 3:1 or more from the page (WCAG's least for a graphic that means something) and
# the fullest is the green mixed with the page's text colour, darker on white and lighter on a dark page:
# light 3.0 -> 6.7:1, dark 3.0 -> 7.1:1, the quarter steps of a five-article comparison 1.2:1 apart.
CORROBORATION_MIN_CONTRAST = 3.0
CORROBORATION_TEXT_SHARE = 0.4  # of the page's text colour in the fullest bar
CORROBORATION_STEP = 0.05  # of the green over the page, while looking for the faintest bar that reaches 3:1


def corroboration_ends(pal: Palette) -> tuple[QColor, QColor]:
    """The faintest bar (the least green over the page that stands 3:1 from it) and the fullest (the green with the
    page's text colour in it)."""
    steps = round(1 / CORROBORATION_STEP)
    faint = QColor(pal.fig_agree)
    for k in range(1, steps + 1):
        colour = blend(pal.fig_agree, pal.page, k / steps)
        if contrast(colour, pal.page) >= CORROBORATION_MIN_CONTRAST:
            faint = colour
            break
    return faint, blend(pal.text, pal.fig_agree, CORROBORATION_TEXT_SHARE)


def corroboration_colour(pal: Palette, share: float) -> QColor:
    """The margin bar's colour for a sentence ``share`` (0 to 1) of the other sources report."""
    faint, full = corroboration_ends(pal)
    return blend(full, faint, share)


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


# Secondary text (column stats, the top bar's totals, the sidebar's summary, captions) is drawn in the palette's
# PlaceholderText role by resources/style.qss. A dark palette that leaves that role unset keeps Qt's light default
# (black at half opacity): near-black on a dark window. Below this contrast ratio (WCAG's minimum for large or
# secondary text) the role is set from the palette's own text and window colours instead.
PLACEHOLDER_MIN_CONTRAST = 3.0
PLACEHOLDER_TEXT_SHARE = 0.68  # of the window text over the window colour: muted, still 4.5:1 or more


def _luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio of two opaque colours (1 to 21)."""
    la, lb = _luminance(a), _luminance(b)
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


def readable_placeholder(palette: QPalette) -> QColor | None:
    """The PlaceholderText colour ``palette`` needs (secondary text readable on its window colour), or None
    when its own already is."""
    window = palette.color(QPalette.ColorRole.Window)
    own = palette.color(QPalette.ColorRole.PlaceholderText)
    shown = blend(own, window, own.alphaF())  # as it is painted over the window
    if contrast(shown, window) >= PLACEHOLDER_MIN_CONTRAST:
        return None
    return blend(palette.color(QPalette.ColorRole.WindowText), window, PLACEHOLDER_TEXT_SHARE)


# Links (the notes tab's discrepancy headings and speakers, a column's file name) are drawn in the palette's Link
# role. A dark palette that leaves it unset keeps Qt's light default, pure blue: 1.9:1 on a dark base, every speaker
# in the notes tab unreadable. Below WCAG's 4.5:1 for normal text, on the base (the notes) and on the window (the
# column headers), the link colour is moved toward the palette's text colour by the least that reaches it, so a
# theme's own link colour keeps its hue.
LINK_MIN_CONTRAST = 4.5
LINK_BLEND_STEP = 0.05


def readable_link(palette: QPalette) -> QColor | None:
    """The Link colour ``palette`` needs (readable on its base and its window colours), or None when its own
    already is."""
    grounds = (palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Window))

    def readable(colour: QColor) -> bool:
        return all(contrast(colour, ground) >= LINK_MIN_CONTRAST for ground in grounds)

    link = palette.color(QPalette.ColorRole.Link)
    if readable(link):
        return None
    text = palette.color(QPalette.ColorRole.Text)
    steps = round(1 / LINK_BLEND_STEP)
    for k in range(1, steps + 1):
        colour = blend(text, link, k / steps)
        if readable(colour):
            return colour
    return text


# A palette that sets each text colour once for every state (QPalette.setColor without a group, as the dark
# palette above does) draws a disabled button like an enabled one: "Figure conflicts (0)" and its arrows looked
# clickable and did nothing. Disabled text that differs from the enabled text by less than this contrast is drawn
# at DISABLED_TEXT_SHARE of the text over its background instead (about 3:1 on a dark window: dimmed, legible).
DISABLED_MIN_DIFFERENCE = 1.5
DISABLED_TEXT_SHARE = 0.45
_TEXT_ON = (
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
)


def dimmed_disabled(palette: QPalette) -> dict[QPalette.ColorRole, QColor]:
    """The disabled text colours ``palette`` needs (those drawn like the enabled ones), by role; empty when its
    disabled text already looks disabled."""
    out = {}
    for text, ground in _TEXT_ON:
        active = palette.color(QPalette.ColorGroup.Active, text)
        if contrast(active, palette.color(QPalette.ColorGroup.Disabled, text)) < DISABLED_MIN_DIFFERENCE:
            out[text] = blend(active, palette.color(QPalette.ColorGroup.Active, ground), DISABLED_TEXT_SHARE)
    return out


# Every other row of the figures table is drawn on the palette's AlternateBase. A dark palette that leaves it unset
# keeps Qt's light default (near white): light text on it measured 1.16:1, every second fact unreadable (review
# s33's dark screenshots). Below WCAG's 4.5:1 for normal text the alternate rows take the base colour with
# this share of the text laid over it: a stripe about as faint as Fusion's own light one (#F7F7F7 on white).
ALTERNATE_MIN_CONTRAST = 4.5
ALTERNATE_TEXT_SHARE = 0.06


def readable_alternate(palette: QPalette) -> QColor | None:
    """The AlternateBase colour ``palette`` needs (its text readable on the striped rows), or None when its own
    already is."""
    text = palette.color(QPalette.ColorRole.Text)
    if contrast(text, palette.color(QPalette.ColorRole.AlternateBase)) >= ALTERNATE_MIN_CONTRAST:
        return None
    return blend(text, palette.color(QPalette.ColorRole.Base), ALTERNATE_TEXT_SHARE)


def fix_readability(app: QGuiApplication) -> bool:
    """Give the application's palette a readable PlaceholderText, Link and AlternateBase if it lacks them, and
    disabled text that looks disabled (``dimmed_disabled``); True if it changed."""
    palette = app.palette()
    colour = readable_placeholder(palette)
    link = readable_link(palette)
    alternate = readable_alternate(palette)
    disabled = dimmed_disabled(palette)
    if colour is None and link is None and alternate is None and not disabled:
        return False
    for role, dimmed in disabled.items():
        palette.setColor(QPalette.ColorGroup.Disabled, role, dimmed)
    if colour is not None:
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.PlaceholderText, colour)
        window = palette.color(QPalette.ColorRole.Window)
        palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.PlaceholderText, blend(colour, window, 0.7))
    if link is not None:
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
            palette.setColor(group, QPalette.ColorRole.Link, link)
            palette.setColor(group, QPalette.ColorRole.LinkVisited, link)
    if alternate is not None:
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled):
            palette.setColor(group, QPalette.ColorRole.AlternateBase, alternate)
    app.setPalette(palette)
    return True


# Fusion outlines a check box in its window colour darkened by 140% and lightened by 110%:
# 1.65:1 on its own light window and 1.22:1 on a dark one (#2B2D30), so "Conflicts only" and "Single source" showed
# no box at all on a dark window (review s33). WCAG asks 3:1 for the outline of a control. Below it the outline is
# moved toward the window text by the least that reaches it (gui/indicator_style.py draws it over Fusion's).
INDICATOR_MIN_CONTRAST = 3.0
INDICATOR_BLEND_STEP = 0.05


def fusion_indicator_outline(palette: QPalette) -> QColor:
    """The colour Fusion outlines a check box with in ``palette`` (QFusionStylePrivate::outline, lighter(110))."""
    return palette.color(QPalette.ColorRole.Window).darker(140).lighter(110)


def readable_indicator_outline(palette: QPalette) -> QColor | None:
    """The outline a check box needs to stand out on ``palette``'s window (3:1), or None when Fusion's does."""
    window = palette.color(QPalette.ColorRole.Window)
    own = fusion_indicator_outline(palette)
    if contrast(own, window) >= INDICATOR_MIN_CONTRAST:
        return None
    ink = palette.color(QPalette.ColorRole.WindowText)
    steps = round(1 / INDICATOR_BLEND_STEP)
    for k in range(1, steps + 1):
        colour = blend(ink, own, k / steps)
        if contrast(colour, window) >= INDICATOR_MIN_CONTRAST:
            return colour
    return ink
