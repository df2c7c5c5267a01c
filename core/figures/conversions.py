"""A sum in brackets right after another sum is that sum converted into another currency ("$US1 million ($1.52
million)"), and a measure in brackets right after another of its kind is that measure in another unit ("fell 700
meters (2,300 feet)"): scope ``CONVERTED``.
"""

from __future__ import annotations

from dataclasses import replace

from . import patterns as pt
from .found import FoundFigure

# The scope of a sum in brackets after another sum: its conversion ("$US1 million ($1.52 million)").
CONVERTED = "(converted)"


def conversions(sentence: str, found: list[FoundFigure]) -> list[FoundFigure]:
    """A sum in brackets right after another sum is that sum converted into another currency (agency and foreign copy:
    "$US1 million ($1.52 million)", "85 million euros (74 million pounds)"): scope ``CONVERTED``, so it never clashes
    with another outlet's sum in the first currency (ECB+ topic 13: "$1.52 million vs $1 million")."""
    out = list(found)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if (a.unit.startswith("money:") and b.unit.startswith("money:") and not b.scope
                and (a.unit != b.unit or pt.CURRENCY_CODE_IN.search(a.text))
                and pt.CONVERSION_GAP.fullmatch(sentence, a.end, b.start)):  # fmt: skip
            # another currency, or the first names its own ("$US1 million ($1.52 million)"): not "$5 million ($3
            # million in cash and $2 million in shares)", a part of the sum in the same dollars
            out[k] = replace(b, scope=CONVERTED)
        elif _measure(a.unit) and _measure(a.unit) == _measure(b.unit) and a.unit != b.unit and not b.scope \
                and pt.CONVERSION_GAP.fullmatch(sentence, a.end, b.start):
            # "fell about 600 metres (2,000 feet)", "seven km (4 miles)", "28 degrees Celsius (82 degrees
            # Fahrenheit)": one figure, told twice (14 in the tuning data's ECB+ topics 1-35 and news clusters)
            out[k] = replace(b, scope=CONVERTED)
    return out


# The measures a writer converts between units (``core/fact_units.py`` restates them in one base unit); durations
# are not converted ("two days (48 hours)" is rare, and "a year (in 2012)" is no conversion).
_CONVERTED_MEASURES = frozenset({"length", "mass", "area", "speed", "volume", "degree"})


def _measure(unit: str) -> str:
    """The measure of a unit ("length:km" -> "length"), "" for a unit that is not one a writer converts."""
    measure = unit.partition(":")[0]
    return measure if measure in _CONVERTED_MEASURES else ""
