"""A part of a measure or a count told right after it ("507 total yards, 352 of them on the ground"; "20 guns, 5 of
them stolen"). "352 of them" counts the yards, so it takes the measure's unit. "5 of them" counts guns, some of the
20: it counts "of the guns", as "five of the guns" is read (``roles``), so it never clashes with the whole nor joins
another outlet's "5 guns" by equal value, and it joins or clashes with another outlet's part of the guns. Left a count
of "of them", it was compared with any other outlet's "of them", whatever they were parts of.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import lexicon as lx
from .found import FoundFigure

# Between the measure and its part: a comma, a dash or "and", nothing else ("507 total yards, 352 of them").
_PART_GAP = re.compile(r"\s*(?:[,;—–]|\s-|\s+and)\s*")
# Between a count and its part: the count's noun as written, and a verb of it ("20 guns, 5 of them", "20 people were
# arrested, 5 of them", "dozens of homes, 12 of them"), then the gap above. No other preposition: "20 guns from the
# houses, 5 of them" may be houses.
_COUNT_PART_GAP = re.compile(r"((?:\s+[A-Za-z'-]+){0,4})" + _PART_GAP.pattern)
_NOT_THE_NOUN = frozenset(
    "from in at on with of for to into onto near by inside outside across after before during including and or "
    "than like among".split()
)
_MEASURES = ("length:", "mass:", "area:", "volume:", "duration:", "speed:")  # not money: "$5 million, 2 of them"


def part_counts(whole: str) -> str:
    """What a part of a count of ``whole`` counts ("guns" -> "of the guns", "people arrested" -> "of them
    arrested", "killed" -> "of them killed"): the reader's own words for "five of the guns", "five of the injured"."""
    words = whole.split()
    noun, role = (words[:-1], words[-1:]) if words and words[-1] in lx.ROLES else (words, [])
    named = noun and noun != ["people"]  # "40 people injured, 12 of them": "of them injured", as "12 of the injured"
    return " ".join(["of", "the", *noun] if named else ["of", "them"]) + "".join(" " + r for r in role)


def _a_count_of_something(f: FoundFigure) -> bool:
    """A count that says what it counts (not "of them", not a part already: "three of the dead")."""
    return (f.unit in ("", "vague") and bool(f.counts) and not f.counts.startswith("of ") and not f.scope
            and not f.counts.endswith(("'s", "’s")))  # a name misread as the noun ("seven bullets entered Gray's")


def parts(sentence: str, found: list[FoundFigure]) -> list[FoundFigure]:
    """``found`` with each bare "<N> of them" right after a measure given that measure's unit, and right after a
    count of something (its ``counts`` stated) read as a part of that count (``part_counts``)."""
    out = list(found)
    for k in range(1, len(out)):
        whole, part = out[k - 1], out[k]
        if part.counts != "of them" or part.unit != "":
            continue
        if whole.unit.startswith(_MEASURES) and _PART_GAP.fullmatch(sentence, whole.end, part.start):
            out[k] = replace(part, unit=whole.unit, counts="")
        elif _a_count_of_something(whole) and part.value < (whole.value if whole.high is None else whole.high):
            noun = _COUNT_PART_GAP.fullmatch(sentence, whole.end, part.start)
            words = noun.group(1).lower().split() if noun is not None else ["of"]
            if whole.unit == "vague" and words[:1] == ["of"]:
                words = words[1:]  # "dozens of homes, 12 of them"
            if _NOT_THE_NOUN.isdisjoint(words):
                out[k] = replace(part, counts=part_counts(whole.counts))
    return out
