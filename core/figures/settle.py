"""The passes that settle count candidates once their units are read: a number fused into an adjective is no
count ("a four-door car"), neighbours joined as a range become one ("10 to 15"), a bare four-digit number with no
noun after it is a year; then every candidate is claimed.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from . import patterns as pt
from .scan import Raw, Scan


def compounds(scan: Scan) -> None:
    """ "a four-door car", "a three-story house": a number fused into an adjective describes, it does not count."""
    s = scan.sentence
    kept = []
    for c in scan.cands:
        if not c.unit and (pt.COMPOUND_AFTER.match(s, c.end) or (c.value > 1 and pt.COMPOUND_SPACED.match(s, c.end))):
            scan.blocked.append((c.start, c.end))
            continue
        kept.append(c)
    scan.cands = kept


_NOUN_NEXT = re.compile(r"\s+(?!(?:and|or|to|a|an|per|each|in|for|from)\b)[A-Za-z]")


def ranges(scan: Scan) -> None:
    """ "10 to 15", "10-15", "between 10 and 15", "two or three"; not "from 25 to 31", which is a change."""
    s, cfg = scan.sentence, scan.settings
    merged: list[Raw] = []
    for c in scan.cands:
        if merged:
            p = merged[-1]
            gap = s[p.end : c.start]
            if pt.RANGE_JOIN.match(gap) is None:  # most neighbours: not joined as a range, nothing else to read
                merged.append(c)
                continue
            left = s[max(0, p.start - cfg.range_cue_lookback) : p.start].lower()
            word = gap.strip().lower()
            # "$140-150 million", "$5-10 and": the sign before the first bound is the second's currency too (not
            # "$20-30 people": a count follows)
            sign_first = (
                p.unit.startswith("money:") and c.unit == "" and gap.strip() in ("-", "–", "—")
                and (c.scaled or _NOUN_NEXT.match(s, c.end) is None)
            )  # fmt: skip
            ok = (
                pt.RANGE_JOIN.match(gap) is not None
                and p.high is None
                and (p.unit in ("", c.unit) or sign_first)
                and c.unit != "vague"
                and not pt.FROM_BEFORE.search(left)
                and not (word == "to" and pt.BY_BEFORE.search(left) and (p.unit or not c.unit))  # "rose by 2 to 19"
                and (word != "and" or pt.BETWEEN_BEFORE.search(left) is not None)
                and (word != "or" or c.value - p.value <= cfg.or_range_max_gap)
            )
            pv = p.value
            if ok and not p.scaled and c.scaled and c.value > pv:
                scale = next((v for k, v in lx.SCALES.items() if k in s[c.start : c.end].lower()), 1)
                if pv * scale <= c.value:
                    pv = pv * scale
            if ok and c.value > pv and not (cfg.year_min <= pv <= cfg.year_max and word in ("or", "and")):
                merged[-1] = Raw(p.start, c.end, pv, c.unit or p.unit, c.value,
                                  p.kind if p.kind != "word_one" else "count", c.scaled)  # fmt: skip
                continue
        merged.append(c)
    scan.cands = merged


def years(scan: Scan) -> None:
    """A bare 4-digit number in the plausible span with no noun after it is a year; then every count is settled."""
    s, cfg = scan.sentence, scan.settings
    for c in scan.cands:
        if (cfg.year_min <= c.value <= cfg.year_max and c.unit == "" and c.high is None
                and pt.FOUR_DIGITS.fullmatch(s, c.start, c.end)):  # fmt: skip
            noun, _e, _role = scan.noun_after(c.end, False)
            if not noun or pt.YEAR_BEFORE.search(s, max(0, c.start - cfg.year_cue_lookback), c.start):
                c.unit = "year"
                c.kind = "fixed"
    # scan.claim of each, at once
    scan.raws.extend(scan.cands)
    blocked = scan.blocked.bits
    for c in scan.cands:
        blocked[c.start : c.end] = b"\x01" * (c.end - c.start)
    scan.cands = []
