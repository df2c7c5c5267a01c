"""A sum in brackets right after another sum is that sum converted into another currency ("$US1 million ($1.52
million)"): scope ``CONVERTED``.
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
    return out
