"""Every colour ReportDiff draws with, as ``#RRGGBB`` strings, in one place for the window and the exports.

An Okabe-Ito palette: eight colours that people with the common colour-vision deficiencies still tell apart.
Statuses are tints of four of them behind the text, and colour is never the only cue (figures get an underline
style per fact status, differing words an underline, boilerplate grey text). ``screen_colours(dark)`` is what
``gui/palette.py`` turns into QColors; ``PALETTE``, ``FIGURE_INK``, ``FACT_CHIP`` are the same light colours laid
out for the PDF and the HTML, so a printed page matches the window. Pure Python: no Qt.
"""

from __future__ import annotations

from reportdiff.core.model import (
    AGREE,
    AGREEMENT,
    BOILERPLATE,
    COMPATIBLE,
    CONFLICT,
    DISCREPANCY,
    PARAPHRASE,
    SINGLE_SOURCE,
    UNIQUE,
)

# The Okabe-Ito colours (https://jfly.uni-koeln.de/color/), by their published names.
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
OKABE_ITO = {
    "orange": ORANGE, "sky_blue": SKY_BLUE, "bluish_green": BLUISH_GREEN, "yellow": YELLOW,
    "blue": BLUE, "vermillion": VERMILLION, "reddish_purple": REDDISH_PURPLE,
}

# How strongly a status colour shows behind text: light tints keep black text readable (contrast above 12:1),
# and dark mode needs more of the colour to show at all against a near-black page.
TINT_LIGHT = 0.15
TINT_DARK = 0.24
# Differing words inside a linked sentence: a stronger tint of the same hue.
MARK_LIGHT = 0.32
MARK_DARK = 0.42
# Discrepancies a little stronger than the other tints (they are what the reader looks for), unique sentences a
# little stronger on white paper (pale yellow vanishes there) and weaker on a dark page (it glares).
DISCREPANCY_EXTRA = 0.04
UNIQUE_EXTRA_LIGHT = 0.10
UNIQUE_EXTRA_DARK = -0.06

PAGE_LIGHT = "#FFFFFF"
PAGE_DARK = "#1E1F22"
TEXT_LIGHT = "#1A1A1A"
TEXT_DARK = "#E6E6E6"
MUTED_LIGHT = "#8C8C8C"  # boilerplate sentences and secondary text
MUTED_DARK = "#8A8F98"
RULE = "#C8C8C8"  # table rules in the exports
ABSENT_TEXT = "#B0B0B0"  # the dash of a fact an article does not give
# The yellow itself vanishes on white paper: a darker olive of it for borders and the "Only here" bar beside the
# text. #A89A00 stood 2.88:1 on white, under WCAG's 3:1 for a graphic that means something; this is 3.1:1.
UNIQUE_INK = "#A19401"


def blend(colour: str, amount: float, base: str = PAGE_LIGHT) -> str:
    """``colour`` laid over ``base`` at ``amount`` (0 = base, 1 = colour), as ``#RRGGBB``."""
    c = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(base[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(y + (x - y) * amount):02X}" for x, y in zip(c, b, strict=True))


def screen_colours(dark: bool) -> dict[str, str]:
    """Every colour of the window for a light or a dark page, by the names of ``gui/palette.py``'s Palette."""
    page = PAGE_DARK if dark else PAGE_LIGHT
    tint = TINT_DARK if dark else TINT_LIGHT
    mark = MARK_DARK if dark else MARK_LIGHT
    return {
        "page": page,
        "text": TEXT_DARK if dark else TEXT_LIGHT,
        "muted": MUTED_DARK if dark else MUTED_LIGHT,
        "agreement": blend(BLUISH_GREEN, tint, page),
        "paraphrase": blend(SKY_BLUE, tint, page),
        "discrepancy": blend(VERMILLION, tint + DISCREPANCY_EXTRA, page),
        "unique": blend(YELLOW, tint + (UNIQUE_EXTRA_DARK if dark else UNIQUE_EXTRA_LIGHT), page),
        "agreement_mark": blend(BLUISH_GREEN, mark, page),
        "paraphrase_mark": blend(SKY_BLUE, mark, page),
        "discrepancy_mark": blend(VERMILLION, mark, page),
        "fig_agree": BLUISH_GREEN,
        "fig_compatible": ORANGE,
        "fig_conflict": VERMILLION,
        "fig_single": SKY_BLUE if dark else BLUE,
        "accent": SKY_BLUE if dark else BLUE,
        "hover": REDDISH_PURPLE,
    }


_LIGHT = screen_colours(False)

# The exports (paper is white): per sentence status, `fill` behind the sentence, `strong` behind the words that
# differ, `ink` the hue itself for markers and swatch borders.
PALETTE: dict[str, dict[str, str]] = {
    AGREEMENT: {"fill": _LIGHT["agreement"], "strong": _LIGHT["agreement_mark"], "ink": BLUISH_GREEN},
    PARAPHRASE: {"fill": _LIGHT["paraphrase"], "strong": _LIGHT["paraphrase_mark"], "ink": SKY_BLUE},
    DISCREPANCY: {"fill": _LIGHT["discrepancy"], "strong": _LIGHT["discrepancy_mark"], "ink": VERMILLION},
    UNIQUE: {"fill": _LIGHT["unique"], "strong": blend(YELLOW, MARK_LIGHT + UNIQUE_EXTRA_LIGHT), "ink": UNIQUE_INK},
    BOILERPLATE: {"fill": PAGE_LIGHT, "strong": PAGE_LIGHT, "ink": MUTED_LIGHT},  # greyed text, no tint
}
MUTED_TEXT = MUTED_LIGHT

# Figures: bold and underlined in their fact's status colour, with a line style per status so colour is never the
# only cue: agree solid, compatible dashed, conflict wavy, single source dotted. "" is a figure outside any fact,
# drawn as single source.
FIGURE_INK: dict[str, str] = {
    AGREE: _LIGHT["fig_agree"],
    COMPATIBLE: _LIGHT["fig_compatible"],
    CONFLICT: _LIGHT["fig_conflict"],
    SINGLE_SOURCE: _LIGHT["fig_single"],
    "": _LIGHT["fig_single"],
}
FIGURE_LINE: dict[str, str] = {
    AGREE: "solid", COMPATIBLE: "dashed", CONFLICT: "wavy", SINGLE_SOURCE: "dotted", "": "dotted",
}
# The status chip of a fact row (the figures table, the PDF, the HTML).
FACT_CHIP: dict[str, str] = {
    AGREE: PALETTE[AGREEMENT]["fill"],
    COMPATIBLE: blend(ORANGE, TINT_LIGHT + 0.05),  # orange is paler than the others at equal strength
    CONFLICT: PALETTE[DISCREPANCY]["fill"],
    SINGLE_SOURCE: blend(BLUE, TINT_LIGHT),
    "": "#EEEEEE",
}


def fact_ink(status: str, dark: bool = False) -> str:
    """The colour of a fact status (its figures' underline, its dot in the table) on a light or dark page."""
    colours = screen_colours(dark)
    return {
        AGREE: colours["fig_agree"],
        COMPATIBLE: colours["fig_compatible"],
        CONFLICT: colours["fig_conflict"],
    }.get(status, colours["fig_single"])


def sentence_fill(status: str, dark: bool = False) -> str:
    """The tint behind a sentence drawn as ``status`` (a display status, see ``presentation.status``)."""
    colours = screen_colours(dark)
    return colours.get(status, colours["page"]) if status != BOILERPLATE else colours["page"]
