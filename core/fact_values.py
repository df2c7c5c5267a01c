"""What a figure's value allows and whether two figures can both be true: ``interval`` (hedges, bounds, ranges,
vague plurals, a writer's rounding, times to the minute), ``compatible``, and the rules that tell whether two
incompatible values can be one thing misreported (``may_clash``) or a slip of the keyboard (``typo_shaped``). It
reads two figures at a time, never a group of them and never their sentences."""

from __future__ import annotations

import math
import re
from dataclasses import replace

from .fact_keys import figure_kind, indefinite, is_rest, other_years, role_of
from .fact_settings import DEFAULT_FACT_SETTINGS, FactSettings
from .fact_units import across_units, in_base, significant_step, written_scale, written_unit
from .model import Figure

# Units whose values are exact as written: a date, a year, a time to the minute or an address is never widened by a
# hedge or a writer's rounding (``interval``; an age is hedged like a count: "about 19" allows 18 and 20).
_FIXED_UNITS = frozenset({"date", "year", "time", "address"})
EPS = 1e-9  # slack when comparing interval ends computed in floating point


def _minutes(hhmm: float) -> float:
    hours, minutes = divmod(int(hhmm), 100)
    return hours * 60 + minutes


def interval(f: Figure, cfg: FactSettings = DEFAULT_FACT_SETTINGS) -> tuple[float, float]:
    """Every value the figure allows, as stated: hedges, bounds, ranges and vague plurals widen it; "a man was shot"
    allows any count from one up (``indefinite``), so it never contradicts "three people were shot"."""
    kind = figure_kind(f)
    if kind == "time":
        t = _minutes(f.value)
        q = f.qualifier
        if q == "about":
            return t - cfg.time_about_minutes, t + cfg.time_about_minutes
        if q in ("nearly", "by") or q.endswith("before"):  # "by 7 a.m.": at 7 or before
            return t - cfg.time_before_after_minutes, t
        if q.endswith("after"):
            return t, t + cfg.time_before_after_minutes
        return t, t
    lo = f.value
    hi = f.high if f.high is not None else f.value
    if kind in _FIXED_UNITS:
        return lo, hi  # an age is hedged like a count: "about 19" allows 18 and 20
    if indefinite(f):
        return 1.0, math.inf
    if lo < 0:  # a fall ("fell 12%": -12) or a value below zero: its hedges widen the magnitude, as for a rise
        mlo, mhi = interval(replace(f, value=-lo, high=None if f.high is None else -hi), cfg)
        return -mhi, -mlo
    q = f.qualifier
    if q in cfg.approx_hedges:
        lo, hi = lo * (1 - cfg.approx_tolerance), hi * (1 + cfg.approx_tolerance)
    elif q in cfg.below_hedges:
        lo = lo * (1 - cfg.approx_tolerance)
    elif q in cfg.lower_bounds:
        hi = math.inf
    elif q in cfg.upper_bounds:
        lo = 0.0
    step = rounding_step(f)
    return lo - step, hi + step


def compatible(a: Figure, b: Figure, cfg: FactSettings = DEFAULT_FACT_SETTINGS) -> bool:
    """Whether two figures of the same key can both be true of one thing: their intervals meet.

    Same stated number: compatible whatever the hedging ("at least 25" and "25" report one count). Ranges, vague
    quantities ("dozens" = 24..120), bounds ("at least 25" and 31) and approximate hedges ("about") are compatible
    with any value they allow. Exact unequal values - 25 vs 31, 1:13 vs 1:15 a.m. - are not. One measure in two units
    is compared in its base unit ("200 feet" and "60m" can both be true; ``fact_units``).
    """
    a, b = in_base(a), in_base(b)
    if other_years(a, b) or figure_kind(a) != figure_kind(b):
        return False  # two units ("$12,000" / "€12,000") meet only as a unit changed by a rewrite: no agreement
    if a.value == b.value and a.high == b.high:
        return not strict_vs_exact(a, b, cfg)
    return meet(a, interval(a, cfg), b, interval(b, cfg))


def meet(a: Figure, span_a: tuple[float, float], b: Figure, span_b: tuple[float, float]) -> bool:
    """Whether two figures' intervals (``interval``) meet. Of one measure written in two units, one may be the
    other converted and rounded: each is taken as hedged, without its own digits' rounding, and they meet within
    the coarser of the two writers' last significant digits ("200 feet" / "60m", "seven km" / "4 miles", "940 miles"
    / "1,500 kilometers" meet; "2 km" / "2 miles", "200ft" / "150 meters" do not)."""
    (alo, ahi), (blo, bhi) = span_a, span_b
    slack = EPS
    if across_units(a, b):
        ra, rb = rounding_step(a), rounding_step(b)
        alo, ahi, blo, bhi = alo + ra, ahi - ra, blo + rb, bhi - rb
        slack += max(significant_step(a), significant_step(b))
    return alo <= bhi + slack and blo <= ahi + slack


# A figure's mantissa as written ("114", "114.3", "1,627.84"): its decimals tell the precision it was rounded to.
_MANTISSA = re.compile(r"(\d[\d,]*)(?:\.(\d+))?")
# Scale words after a mantissa: "$114 million" is rounded to the million.
_SCALED = re.compile(r"\b(?:thousand|million|billion|trillion|bn|mn)\b", re.I)


def rounding_step(f: Figure) -> float:
    """Half the place of the last digit written, in the figure's own value, a hair less (so "5.6" and "5.7" never
    meet): "$114 million" 500,000, "$114.3 million" 50,000, "2.6 percent" 0.05. A writer's rounding: "$114 million"
    and "$114.3 million", "2.6 percent" and "2.63 percent" can both be true. 0 where rounding tells nothing (no
    digits; a count, date, age, time or magnitude; a range). Only amounts (money, shares, measures) and scaled
    counts ("4.2 million people") are rounded by writers this way; "250,000" written whole claims its zeros."""
    kind = figure_kind(f)
    if f.high is not None or not (kind.startswith("money") or kind == "percent" or ":" in kind
                                  or (kind == "count" and _SCALED.search(f.text))):  # fmt: skip
        return 0.0
    m = _MANTISSA.search(f.text)
    if m is None:
        return 0.0
    mantissa = float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))
    if not mantissa:
        return 0.0
    factor, offset = written_scale(f)  # a restated figure ("200 feet" in metres) is rounded as written, in feet
    if factor != 1.0 or offset:
        written = replace(f, value=(f.value - offset) / factor, unit=written_unit(f))
        return rounding_step(written) * factor
    scale = abs(f.value) / mantissa
    if not (math.isfinite(scale) and scale > 0) or abs(math.log10(scale) - round(math.log10(scale))) > 1e-9:
        return 0.0  # the value is not the mantissa scaled ("2 1/2 percent"): its precision is unknown
    decimals = len(m.group(2) or "")
    return 0.5 * (1 - 1e-6) * 10.0**-decimals * scale


def strict_vs_exact(a: Figure, b: Figure, cfg: FactSettings = DEFAULT_FACT_SETTINGS) -> bool:
    """One figure's hedge leaves its value out ("more than 40") and the other states that very value exactly
    ("exactly 40"): they cannot both be true."""
    qa, qb = a.qualifier, b.qualifier
    return (qa in cfg.strict_hedges and qb in cfg.exact_hedges) or (qb in cfg.strict_hedges and qa in cfg.exact_hedges)


def hedged_apart(a: Figure, b: Figure, cfg: FactSettings = DEFAULT_FACT_SETTINGS) -> bool:
    """The same number, one side hedged so as to leave it out ("more than 40" / "40"): not one count told alike."""
    return a.qualifier != b.qualifier and (a.qualifier in cfg.strict_hedges or b.qualifier in cfg.strict_hedges)


def same_value(a: Figure, b: Figure) -> bool:
    """The same stated number (hedging aside)."""
    return a.value == b.value and a.high == b.high


def may_clash(a: Figure, b: Figure, cfg: FactSettings = DEFAULT_FACT_SETTINGS) -> bool:
    """Whether two incompatible figures in aligned sentences can be one thing misreported.

    Follow-up articles align a sentence about the shooting (Jan. 30) with one about the trial (May 14): different
    events, not a conflict. Dates a few days apart (November 27 vs 28) or adjacent years are one date told two ways,
    unless the dates state different years (``other_years``).
    Ages are people, never one thing told two ways; a time conflicts only when both sources state it exactly.
    """
    kind = figure_kind(a)
    if kind.startswith("age") or kind in ("address", "score", "ordinal"):
        return False  # a game has many scores (a lead at the half, the final, the teams' records): see retyped
    if kind == "date":
        if other_years(a, b):
            return False  # "June 6, 2012" and "June 7, 2013": two events a year apart, not one date told two ways
        (ma, da), (mb, db) = divmod(int(a.value), 100), divmod(int(b.value), 100)
        return ma == mb and abs(da - db) <= cfg.date_clash_days
    if kind == "year":
        return abs(a.value - b.value) <= cfg.year_clash_years
    if kind == "time":
        return not a.qualifier and not b.qualifier
    # A part ("three others") never contradicts a whole ("five people"); nor a total many times the other value,
    # but for a toll (a role: killed, injured, arrested ...), which grows from a first report's "3 killed" to "45".
    return is_rest(a, cfg) == is_rest(b, cfg) and (bool(role_of(a)) or not far_apart(a, b, cfg))


def far_apart(a: Figure, b: Figure, cfg: FactSettings = DEFAULT_FACT_SETTINGS) -> bool:
    """Whether two values lie more than ``clash_max_ratio`` times apart (a range by its nearer end) and are not the
    same digits at another scale: "2,117 career points" and "23 points" of a game are two things, while "14" /
    "140" or "$1.6 million" / "$1.6 billion" may be one value with a digit or a scale word slipped."""
    a_lo, a_hi = a.value, a.value if a.high is None else a.high
    b_lo, b_hi = b.value, b.value if b.high is None else b.high
    if min(a_lo, b_lo) <= 0:
        return False  # a fall, a zero: no ratio
    small, big = (a_hi, b_lo) if a_hi < b_lo else (b_hi, a_lo)
    if big <= cfg.clash_max_ratio * small:
        return False
    return _digits(a_lo) != _digits(b_lo)


def _digits(value: float) -> str:
    """A value's significant digits ("140" and "14" -> "14", 1.6e9 -> "16")."""
    return f"{value:.6g}".split("e")[0].replace(".", "").strip("0")


def reversed_score(a: Figure, b: Figure) -> bool:
    """Two results with the same scores in the other order ("3-1" / "1-3"; ``figures`` values first*1000+second)."""
    (fa, sa), (fb, sb) = divmod(int(a.value), 1000), divmod(int(b.value), 1000)
    return fa == sb and sa == fb and fa != sa


def typo_shaped(a: Figure, b: Figure) -> bool:
    """Whether two dates, years or ages differ as a slip of the keyboard does: the same digits in another order
    (1987 / 1978, March 12 / March 21, 54 / 45) or, for a date, the same day of another month (March 12 / April 12)."""
    if a.high is not None or b.high is not None:
        return False
    if figure_kind(a) == "date":
        (ma, da), (mb, db) = divmod(int(a.value), 100), divmod(int(b.value), 100)
        if da == db:
            return ma != mb
        if ma != mb:
            return False
        va, vb = str(da), str(db)
    else:
        va, vb = str(int(a.value)), str(int(b.value))
    return va != vb and sorted(va) == sorted(vb)
