"""The pass that reads a count's unit: a currency sign or code before it, a percent, a currency word or a measure
after it ("$5 million", "12%", "30 miles", "6C"), and whether "pounds" is sterling or weight.
"""

from __future__ import annotations

import re

from . import guards
from . import lexicon as lx
from . import patterns as pt
from .guards import may_open_unit
from .scan import Scan
from .verbs import clause_start


def units(scan: Scan) -> None:
    """A currency sign before, or percent / currency word / measure after a count."""
    s = scan.sentence
    if not scan.cands:
        return
    signs = scan.may_hold(pt.CURRENCY_BEFORE_NEEDS)  # "$" in ASCII text (most sentences hold none)
    # ASCII text: the unit's first letters, read by one small match, are looked up before UNIT_AFTER is tried (its
    # ~100 alternatives cost ~3 us a count); no letters there ("25%", "25-mile", "25.") still try it.
    lead_guard = guards.USE_GUARDS and scan.words is not None
    for c in scan.cands:
        cm = pt.CURRENCY_BEFORE.search(s[max(0, c.start - 4) : c.start]) if signs else None
        if cm and cm.group("c")[0].isalpha():
            at = c.start - len(cm.group(0))
            cm = None if s[max(0, at - 1) : at].isalnum() else cm  # a code inside a word ("FEUR 12")
        if cm and c.unit != "vague":
            code = lx.CURRENCY_SYMBOLS[cm.group("c").strip().lower()]
            c.start -= len(cm.group(0))
            sm = pt.CURRENCY_SHORT_SCALE.match(s, c.end)
            if sm and not c.scaled:
                c.value *= {"bn": 1e9, "mn": 1e6, "mm": 1e6, "m": 1e6, "k": 1e3}[sm.group("s").lower()]
                c.end = sm.end()
            c.unit = f"money:{code}"
            continue
        sc = pt.SCALED_CURRENCY.match(s, c.end) if not c.scaled and c.unit != "vague" else None
        if sc:  # "1.2m dollars" is money, never metres
            c.value *= {"bn": 1e9, "b": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3}[sc.group("s").lower()]
            c.unit = f"money:{lx.CURRENCY_WORDS[sc.group('u').lower()]}"
            c.end = sc.end()
            continue
        glued = s[c.end : c.end + 1]
        if (glued in ("C", "F") and s[c.end - 1].isdigit() and not s[c.end + 1 : c.end + 2].isalnum()
                and not pt.LABEL_BEFORE.search(s, 0, c.start)):  # fmt: skip
            c.unit = "degree" if glued == "C" else "degree:F"  # "6C", "43F": a temperature (not "Grade 3C")
            c.end += 1
            continue
        um = pt.UNIT_AFTER.match(s, c.end) if not lead_guard or may_open_unit(s, c.end) else None
        if not um:
            um = _measure_after_adjectives(s, c.end)
            if not um:
                continue
        u = re.sub(r"\s+", " ", um.group("u").lower())
        if u in ("%", "percent", "per cent", "percentcent", "pct") or u.startswith("per"):
            c.unit = "percentage points" if u.startswith("percentage") else "percent"
        elif u.startswith("basis"):  # "25 basis points" is a quarter of a percentage point
            c.unit = "percentage points"
            c.value /= 100
        elif u in lx.CURRENCY_WORDS and not (u in ("pound", "pounds") and um.group("sep").strip() in ("-", "–")):
            c.unit = f"money:{lx.CURRENCY_WORDS[u]}"
            if u in ("cent", "cents"):
                c.value /= 100
        elif u in ("pound", "pounds"):
            c.unit = "money:GBP" if c.scaled or _money_pounds(scan, c.start, um.end()) else "mass:pound"
        elif u in ("m", "g") and um.group("sep") != "":
            continue  # "5 m" is too often something else to call it metres
        elif u in lx.MEASURES:
            sep = um.group("sep")
            if lx.MEASURES[u].startswith("duration:") and sep.strip() and sep != sep.strip():
                continue  # "a 4 - month term" (a spaced dash): no duration, see patterns.UNIT_AFTER
            c.unit = lx.MEASURES[u]
        if c.unit and c.unit != "vague":
            c.end = um.end()


# A measure's unit after a word that says it is a sum ("507 total yards", "352 net yards rushing", "352 net rushing
# yards"): the number is the measure still, not a count of the unit (ECB+ topic 29 compared "507 total yards" as a
# count of yards with "352 net yards rushing"). Only these words, and only before a measure's unit, never a
# currency's or a percentage. Not a participle alone ("4,183 passing yards", "189 rushing yards"): read as
# measures, one player's season and another's record clashed in 12 linked pairs of ECB+ topic 29.
_MEASURE_ADJECTIVES = re.compile(r"\s+(?:total|net|combined|gross)(?:\s+[a-z]{3,}ing)?(?=\s+[a-z])")


def _measure_after_adjectives(s: str, end: int) -> re.Match[str] | None:
    """UNIT_AFTER's match of a measure's unit after ``_MEASURE_ADJECTIVES`` at ``end``, or None."""
    adjectives = _MEASURE_ADJECTIVES.match(s, end)
    um = pt.UNIT_AFTER.match(s, adjectives.end()) if adjectives else None
    if um is None or not um.group("sep") or um.group("sep").strip():
        return None
    u = um.group("u").lower()
    return um if u in lx.MEASURES and u not in lx.CURRENCY_WORDS and u not in ("m", "g", "pound", "pounds") else None


_LETTER_RUNS = re.compile(r"[a-z]+")
_OF_AFTER = re.compile(r"\s+of\b", re.I)
_IN_MONEY_AFTER = re.compile(r"\s+in\s+([a-z]+)", re.I)


def _money_pounds(scan: Scan, start: int, end: int) -> bool:
    """Whether "pounds" after an unscaled number (sentence[start:end]) is sterling: the clause before it speaks of
    money ("fined 40,000 pounds", "a reward of 5,000 pounds"), the word after it is money's ("a 40,000-pound fine",
    "40,000 pounds in damages") or the sentence writes "£"; never "pounds of" anything, nor in a sentence of weight
    ("weighed 200 pounds", "30 pounds over a healthy weight"): lexicon.MONEY_WORDS, WEIGHT_WORDS (review-s23 F30)."""
    s = scan.sentence
    if _OF_AFTER.match(s, end):
        return False  # "1,100 pounds of an explosive chemical"
    if scan.lowered is None:
        scan.lowered = s.lower()
    low = scan.lowered
    if not lx.WEIGHT_WORDS.isdisjoint(_LETTER_RUNS.findall(low)):
        return False
    if "£" in s:
        return True
    lo = clause_start(s, max(0, start - scan.settings.role_lookback), start)
    if not lx.MONEY_WORDS.isdisjoint(_LETTER_RUNS.findall(low, lo, start)):
        return True
    after = _IN_MONEY_AFTER.match(s, end) or pt.LEAD_WORD.match(s, end)
    return after is not None and after.group(1).lower() in lx.MONEY_WORDS
