"""A part of a measure told right after it ("507 total yards, 352 of them on the ground"): "352 of them" counts the
yards, so it takes the measure's unit. Left a count of "of them", it was compared with counts of people and things.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .found import FoundFigure

# Between the measure and its part: a comma, a dash or "and", nothing else ("507 total yards, 352 of them").
_PART_GAP = re.compile(r"\s*(?:[,;—–]|\s-|\s+and)\s*")
_MEASURES = ("length:", "mass:", "area:", "volume:", "duration:", "speed:")  # not money: "$5 million, 2 of them"


def parts(sentence: str, found: list[FoundFigure]) -> list[FoundFigure]:
    """``found`` with each bare "<N> of them" right after a measure given that measure's unit."""
    out = list(found)
    for k in range(1, len(out)):
        whole, part = out[k - 1], out[k]
        if (
            part.counts == "of them"
            and part.unit == ""
            and whole.unit.startswith(_MEASURES)
            and _PART_GAP.fullmatch(sentence, whole.end, part.start)
        ):
            out[k] = replace(part, unit=whole.unit, counts="")
    return out
