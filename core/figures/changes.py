"""Figures that state a change, a difference or a capacity, never a level or a total: "rose 12%" (scope
``CHANGE``, a fall negative), "five rounds sooner", "23 more than", "licensed for 50 people" (``CAPACITY``), and the
level a change reached ("fell 12% to 4,800": ``LEVEL``). Reads the figures ``roles`` made.
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import lexicon as lx
from . import patterns as pt
from .found import FoundFigure
from .knobs import DEFAULT_FIGURE_SETTINGS, FigureSettings
from .nouns import counted_noun
from .scan import Nouns
from .stamps import STAMP
from .verbs import clause_start

LEVEL = "level"  # what a bare number right after a change and "to" counts: the level the change reached
_TO_LEVEL = re.compile(r"\s+to\s+", re.I)
CHANGE = "change"  # the scope of a figure that states a change ("rose 12%", "fell by 2"): never a level or a total
CAPACITY = "capacity"  # the scope of a capacity ("licensed for 50 people"): never the count of those there
# A sentence of ASCII words with none of these holds no change (its verb), difference ("more than") or capacity.
_VERB_WORDS = lx.CHANGE_UP | lx.CHANGE_DOWN | {"up", "down"}
_CAPACITY_WORDS = frozenset({
    "licensed", "licenced", "certified", "approved", "rated", "permitted", "designed", "built", "allowed", "authorised",
    "authorized", "equipped", "capacity", "room", "seating", "can", "could", "licence", "license",
})  # fmt: skip
CHANGE_WORDS = _VERB_WORDS | _CAPACITY_WORDS | set(lx.COMPARATIVES)
# Units that are never a difference: they name a point (a date, a time, a year, an address, a place in a list), a
# person's age, a result or a reading on a scale, not an amount a comparative can measure.
_NOT_DIFFERENCES = ("date", "time", "year", "address", "age", "score", "ordinal", "caliber", "magnitude")
# A count (no unit) with a comparative after its noun and no "than" is a difference only as the measure phrase that
# opens its clause and ends where the comparative ends ("Two trips later, Artino missed", "But fifteen games later and
# the Colts stand at 10 - 5"); elsewhere the count is a verb's object and "earlier"/"later" tell of the verb ("killed
# five people earlier.", "Two people later died").
_OPENS_CLAUSE = re.compile(
    r"\s*(?:(?:and|but|so|yet|then|just|only|barely|" + "|".join(
        sorted((re.escape(q) for q in lx.QUALIFIERS), key=pt.longest_first)) + r")\s+)*", re.I
)
_CLOSES_PHRASE = re.compile(r"\s*(?:[,;:.!?)\u2014]|\s-\s|(?:and|but)\b|$)", re.I)
# The units a change is told in: counts, shares and sums ("rose 12%", "fell $3 million"); a length after "fell" is a
# distance fallen ("falling about 150 metres": ECB+ topic 23), not a quantity that changed. Bare "up"/"down" come only
# before a share or a sum ("up 12%"), never before a count ("up 3 points").
_CHANGE_UNITS = ("percent", "percentage points", "money:")


def _difference(sentence: str, f: FoundFigure, cfg: FigureSettings, nouns: Nouns | None) -> re.Match[str] | None:
    """The comparative that makes ``f`` a difference ("five rounds sooner", "two hours later", "2% higher than"), read
    after its unit or counted noun (``patterns.COMPARATIVE_AFTER``), or None. Not after a role ("two people killed
    earlier": the comparative tells of the verb), and after a count with no "than" only where the count opens its
    clause (``_OPENS_CLAUSE``)."""
    if f.unit and f.unit != "vague":
        return pt.COMPARATIVE_AFTER.match(sentence, f.end)
    if not f.counts or f.counts.startswith("of "):
        return None  # a bare count: only "23 more than" (DIFFERENCE_AFTER); a part of a group is no measure
    singular, of_ok = f.value == 1 and f.high is None, f.unit == "vague"
    known = nouns.get((f.end, singular, of_ok)) if nouns is not None else None
    noun, nend, role = known or counted_noun(sentence, f.end, singular, of_ok, cfg.noun_words)
    if not noun or role:
        return None
    m = pt.COMPARATIVE_AFTER.match(sentence, nend)
    if m is None or pt.THAN_AFTER.match(sentence, m.end()):
        return m
    opens = _OPENS_CLAUSE.match(sentence, clause_start(sentence, 0, f.start), f.start)
    return m if opens and opens.end() == f.start and _CLOSES_PHRASE.match(sentence, m.end()) else None


def changes(
    sentence: str, found: list[FoundFigure], cfg: FigureSettings = DEFAULT_FIGURE_SETTINGS,
    words: frozenset[str] | None = None, nouns: Nouns | None = None,
) -> list[FoundFigure]:
    """A capacity ("licensed for 50 people", "designed to carry up to 50") is scoped ``CAPACITY``: never one thing with
    a count of those there (review-s23 F2). A difference ("23 more than it was licensed for") is a change ("23
    more"). A figure right after a change verb ("rose 12%", "fell by about 8 percent", "were down 3", "up
    12%") states a change, not a level: its scope is ``CHANGE``, its text starts at the verb ("fell 12%"), and a fall
    is negative ("fell 12%" is -12, so it never agrees with "rose 12%"; review-s23 F33). "The toll rose by 2 to 19"
    is a change of 2 and the toll 19 (F15; ``ranges`` keeps "by 2 to 19" apart). A figure with a comparative after its
    unit or counted noun ("finished five rounds sooner", "two hours later", "2% higher than") is a difference, scoped
    ``CHANGE``, its text up to the comparative (``_difference``; unsigned but for "more"/"fewer"/"less"): never a total
    of that unit ("five rounds sooner" is not "went 11 rounds"). ``words``: the sentence's words in lower case (ASCII
    text), so only the patterns whose words it holds are tried at each figure; ``nouns``: ``Scan.nouns``."""
    out = found
    capacity = words is None or not words.isdisjoint(_CAPACITY_WORDS)
    differ = words is None or ("than" in words and not words.isdisjoint(("more", "fewer", "less")))
    verbs = words is None or not words.isdisjoint(_VERB_WORDS)
    compare = words is None or not words.isdisjoint(lx.COMPARATIVES)
    for k, f in enumerate(found):
        if f.counts == STAMP or f.scope:
            continue
        less = _difference(sentence, f, cfg, nouns) if compare and not f.unit.startswith(_NOT_DIFFERENCES) else None
        if less:  # "five rounds sooner": a difference, its text to the comparative
            sign = lx.COMPARATIVES[less.group("d").lower()]
            out = list(found) if out is found else out
            out[k] = replace(f, text=sentence[f.start : less.end("d")], end=less.end("d"), value=sign * f.value,
                             high=None if f.high is None else sign * f.high, scope=CHANGE)  # fmt: skip
            continue
        if f.unit and f.unit != "vague" and not f.unit.startswith(_CHANGE_UNITS):
            continue
        lo = max(0, f.start - cfg.qualifier_lookback - cfg.change_lookback)
        hedge = pt.QUALIFIER_BEFORE.search(sentence, lo, f.start) if f.qualifier and (capacity or verbs) else None
        if capacity and pt.CAPACITY_BEFORE.search(sentence, lo, hedge.start() if hedge else f.start):
            out = list(found) if out is found else out
            out[k] = replace(f, scope=CAPACITY)
            continue
        more = pt.DIFFERENCE_AFTER.match(sentence, f.end) if differ and (not f.unit or f.unit == "vague") else None
        if more:  # "23 more than it was licensed for": a difference, never a count of its own
            sign = 1 if more.group("d").lower() == "more" else -1
            out = list(found) if out is found else out
            out[k] = replace(f, text=sentence[f.start : more.end("d")], end=more.end("d"), value=sign * f.value,
                             high=None if f.high is None else sign * f.high, scope=CHANGE)  # fmt: skip
            continue
        m = pt.CHANGE_BEFORE.search(sentence, lo, hedge.start() if hedge else f.start) if verbs else None
        if not m or (m.group("ud") and not m.group("be") and not (f.unit and f.unit.startswith(_CHANGE_UNITS))):
            continue
        verb = (m.group("v") or m.group("ud")).lower()
        sign = -1 if verb in lx.CHANGE_DOWN or verb == "down" else 1
        start = m.start("v") if m.group("v") else m.start("ud")
        if out is found:
            out = list(found)
        out[k] = replace(f, text=sentence[start : f.end], start=start, value=sign * f.value,
                         high=None if f.high is None else sign * f.high, scope=CHANGE)  # fmt: skip
        after = found[k + 1] if k + 1 < len(found) else None
        if (after is not None and not after.unit and not after.counts and not after.scope
                and _TO_LEVEL.fullmatch(sentence, f.end, after.start)):  # fmt: skip
            # "sales fell 12% to 4,800 a day": 4,800 is the level the change reached, not a bare number (F15)
            out[k + 1] = replace(after, counts=LEVEL)
    return out
