"""Negative figures: a minus sign glued to a figure ("-5 degrees") or the word "minus" before it."""

from __future__ import annotations

import re
from dataclasses import replace

from .found import FoundFigure

_UNSIGNED = ("date", "year", "time", "address", "age", "score")
_MINUS_WORD = re.compile(r"\bminus\s+$", re.I)


def signs(sentence: str, found: list[FoundFigure], minus: bool = True) -> list[FoundFigure]:
    """A minus sign glued to a figure ("-5 degrees", "\u22125") or the word "minus" before it makes it negative, its
    text from the sign: "-5 degrees" and "5 degrees" were one value (review-s23 F32). A dash with a space after it, or
    after a letter or digit ("COVID-19", "10-15"), is no sign."""
    out = found
    for k, f in enumerate(found):
        if f.unit.startswith(_UNSIGNED) or f.value < 0 or f.start == 0:
            continue
        at = f.start
        if f.qualifier:
            continue  # "about -5": rare; the hedge stands between
        if sentence[at - 1] in "-\u2212" and (at == 1 or sentence[at - 2] in " \t([{/"):
            start = at - 1
        else:
            word = _MINUS_WORD.search(sentence, max(0, at - 8), at) if minus else None
            if not word:
                continue
            start = word.start()
        if out is found:
            out = list(found)
        out[k] = replace(f, text=sentence[start : f.end], start=start, value=-f.value,
                         high=None if f.high is None else -f.high)  # fmt: skip
    return out
