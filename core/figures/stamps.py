"""A page's own date and time, never a claim about the event: a line that is only a time stamp ("Posted: Jul 07,
2012 7:40 PM ET": ``stamps``) and a dateline opening a sentence ("CHATTANOOGA, Tenn., July 18 (Reuters) -":
``datelines``); their dates and times count ``STAMP``.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import lexicon as lx
from . import patterns as pt
from .found import FoundFigure
from .knobs import DEFAULT_FIGURE_SETTINGS, FigureSettings

STAMP = "stamp"  # what the date and time of a page's own time stamp count ("Posted: Jul 07, 2012 7:40 PM ET")
_LETTERS = re.compile(r"[^\W\d_]+")


def stamps(sentence: str, found: list[FoundFigure], cfg: FigureSettings = DEFAULT_FIGURE_SETTINGS) -> list[FoundFigure]:
    """A line that holds nothing but a date (or a time and a stamp verb: "Updated 9:06 AM"), stamp words
    ("Posted", "Last updated on", weekdays) and capital codes ("ET", "GMT") is the page's own time stamp, not a
    claim about the event: its dates and times count ``STAMP`` (``core/facts.py`` never compares them with another
    page's), and the numbers it is written with ("Last updated 13:26 14 / 09 / 2013": 14, 09, 2013) are no
    figures. Decided by the line's shape only, whatever the page's wording of the stamp; any other figure (a count,
    a sum, an age) or word makes it a sentence."""
    if not any(f.unit in ("date", "time") for f in found):
        return found
    if any(f.unit not in ("date", "time", "year") and (f.unit or f.counts or f.qualifier) for f in found):
        return found
    dated = any(f.unit == "date" for f in found)  # a dateline ("May 23, 2005"); a time alone needs a stamp verb
    spans = [(f.start, f.end) for f in found]
    for word in _LETTERS.finditer(sentence):
        if any(start <= word.start() < end for start, end in spans):
            continue
        text = word.group()
        if text.lower() not in lx.STAMP_WORDS and not (text.isupper() and len(text) <= cfg.stamp_code_letters):
            return found
        dated = dated or text.lower() in lx.STAMP_VERBS
    if not dated:
        return found  # "At 7:40 PM on Saturday": a time told, not a page stamped
    return [replace(f, counts=STAMP, qualifier="") for f in found if f.unit in ("date", "time")]


_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


def _year_in(text: str) -> bool:
    return _YEAR_DIGITS.search(text) is not None


def datelines(sentence: str, found: list[FoundFigure]) -> list[FoundFigure]:
    """A date that opens a sentence as a dateline does ("CHATTANOOGA, Tenn., July 18 (Reuters) - Hours before ...",
    "27 / 09 / 2013 - Turkmenistan to hold ..."; ``patterns.DATELINE_PLACE``, ``DATELINE_AFTER``) dates the page, not
    the event: it counts ``STAMP``, as a page's time stamp does, and ``core/facts.py`` never joins it with another
    page's dates or the story's."""
    opens = pt.DATELINE_PLACE.match(sentence)
    first = found[0]
    if opens is None or first.unit != "date" or first.start != opens.end() or first.counts:
        return found
    after = pt.DATELINE_AFTER.match(sentence, first.end)
    if after is None:
        return found
    if not (opens.group().strip() or after.group("y") or after.group("agency") or _year_in(first.text)):
        return found  # "July 4 - Independence Day parade ...": a sentence opening with a date
    return [replace(first, counts=STAMP, qualifier=""), *found[1:]]
