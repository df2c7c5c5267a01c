"""One measure told in two units: "fell about 60m" / "falling about 200 feet", "seven km" / "4 miles". Reports of one
event from outlets of different countries convert distances, weights, areas, speeds and temperatures, and round
what they convert. ``in_base`` restates a figure of such a unit in its measure's base unit (metres, kilograms,
square metres, km/h, degrees Celsius), so that reconciliation compares one quantity: "200 feet" and "60m" are one
fall told alike (a compatible fact), "200m" and "200ft" a conflict. The figure keeps its text as written; its unit
records where it came from ("length:m~foot"): two figures written in different units (``across_units``) may differ by
a writer's rounding of a conversion, to the last significant digit of what they wrote (``significant_step``); two
written in one unit ("130 pounds" / "135 pounds") are compared as written.

Units with more than one meaning are left as written: "ton" (short ton or tonne: the figure reader gives both one
unit), "gallon" (US or imperial), "degree" alone (an angle or a temperature). Durations are never converted: "two
days later" and "48 hours after" are rarely one span (session 32 read 7 duration pairs of other units in linked
sentences: none was). Pure functions of one figure; never imports Qt.
"""

from __future__ import annotations

from .model import Figure

# unit as the figure reader writes it -> (the measure's base unit, factor, offset): base = value * factor + offset.
# Exact definitions (the international foot, yard, mile and pound; the acre from the international foot).
TO_BASE: dict[str, tuple[str, float, float]] = {
    "length:mm": ("length:m", 0.001, 0.0),
    "length:cm": ("length:m", 0.01, 0.0),
    "length:km": ("length:m", 1000.0, 0.0),
    "length:inch": ("length:m", 0.0254, 0.0),
    "length:foot": ("length:m", 0.3048, 0.0),
    "length:yard": ("length:m", 0.9144, 0.0),
    "length:mile": ("length:m", 1609.344, 0.0),
    "mass:mg": ("mass:kg", 1e-6, 0.0),
    "mass:g": ("mass:kg", 0.001, 0.0),
    "mass:pound": ("mass:kg", 0.45359237, 0.0),
    "area:km2": ("area:m2", 1e6, 0.0),
    "area:hectare": ("area:m2", 1e4, 0.0),
    "area:acre": ("area:m2", 4046.8564224, 0.0),
    "area:sq mi": ("area:m2", 2589988.110336, 0.0),
    "speed:mph": ("speed:km/h", 1.609344, 0.0),
    "volume:ml": ("volume:litre", 0.001, 0.0),
    "degree:F": ("degree:C", 5 / 9, -160 / 9),  # (F - 32) * 5/9
}
# Base units as the reader writes them, where that differs from the base's name above.
_BASE_ALIAS = {"degree:C": "degree"}
# Marks a converted figure's unit: "length:m~foot" is a length in metres, written in feet.
_FROM = "~"


def in_base(f: Figure) -> Figure:
    """``f`` restated in its measure's base unit (value, and a range's high end), its text as written; ``f`` itself
    when its unit has no conversion or it was restated already. Metric prefixes convert too ("2 km" is 2,000 m),
    so "2 km" and "2,000 metres" are one value told alike."""
    found = TO_BASE.get(f.unit)
    if found is None:
        return f
    base, factor, offset = found
    high = None if f.high is None else f.high * factor + offset
    return Figure(f.index, f.article, f.sentence, f.text, f.value * factor + offset, f.start, f.end, f.qualifier,
                  f.counts, f"{base}{_FROM}{f.unit.partition(':')[2]}", high, f.scope)  # fmt: skip


def written_unit(f: Figure) -> str:
    """The unit ``f`` was written in, as the figure reader gives it ("length:m~foot" -> "length:foot")."""
    if _FROM not in f.unit:
        return f.unit
    measure, _, written = f.unit.partition(_FROM)
    return f"{measure.partition(':')[0]}:{written}"


def written_scale(f: Figure) -> tuple[float, float]:
    """(factor, offset) that took ``f``'s value as written to its restated value; (1, 0) for a figure not restated."""
    if _FROM not in f.unit:
        return 1.0, 0.0
    _, factor, offset = TO_BASE[written_unit(f)]
    return factor, offset


def unit_of(f: Figure) -> str:
    """The unit a figure is compared in: a restated figure's base unit ("length:m~foot" -> "length:m"), any other
    figure's own unit."""
    unit = f.unit
    if _FROM not in unit:  # nearly every figure (figure_kind asks for each, many times): no partition made
        return unit
    base = unit.partition(_FROM)[0]
    return _BASE_ALIAS.get(base, base)


def across_units(a: Figure, b: Figure) -> bool:
    """Whether two figures of one measure were written in different units ("2,000 feet" / "600m"; "2 km" / "2,000
    metres"): then one is likely a conversion of the other, rounded by its writer (``significant_step``)."""
    return (_FROM in a.unit or _FROM in b.unit) and a.unit != b.unit and unit_of(a) == unit_of(b)


def significant_step(f: Figure) -> float:
    """Half the place of the last significant digit of ``f``'s value as written, in its restated unit: how far a
    writer who converted a value and rounded it may have moved it. A whole number's trailing zeros are not
    significant ("200 feet" to the fifty, "2,000 feet" to the five hundred, "60m" to the five), decimals are
    ("1.2 miles" to the 0.05). A figure in the base unit ("60m") is read the same way."""
    factor, offset = written_scale(f)
    written = float(f"{(f.value - offset) / factor:.9g}")
    if written == 0:
        return 0.0
    if written.is_integer():
        whole = int(abs(written))
        zeros = len(str(whole)) - len(str(whole).rstrip("0"))
        return 0.5 * 10.0**zeros * factor
    decimals = len(repr(written).split(".")[1])
    return 0.5 * 10.0**-decimals * factor
