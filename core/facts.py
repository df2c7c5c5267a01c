"""Facts: figures from all articles grouped by what they speak of, and whether the sources agree.

``group_facts(figures, linked)`` takes every :class:`~reportdiff.core.model.Figure` of a comparison (already indexed)
and a predicate telling whether two sentences were aligned, and returns :class:`~reportdiff.core.model.Fact` records:

* ``agree``: two or more articles give compatible values ("at least 25" and "25" killed);
* ``conflict``: two or more articles speak of the same thing with incompatible values (25 vs 31 killed);
* ``single_source``: only one article has it.

Every figure belongs to exactly one fact. Facts come conflicts first, then agreements, then single-source facts,
each by first appearance, indexed 0..n-1 in that order.

"The same thing" means the same *key* (kind of number, casualty role and counted noun, see ``_key``) and either
aligned sentences or a count specific enough to stand on its own (see ``_joins``). Which values are compatible is
decided in one place, ``_compatible``. This module reads figures only: it never looks at article text, never finds
figures (``core/figures.py`` does), and imports nothing but the model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from itertools import combinations

from .model import AGREE, CONFLICT, SINGLE_SOURCE, Fact, Figure, SentenceRef

# ---------------------------------------------------------------------------------------------------------------
# Tuning knobs and compatibility rules, in one place.
# ---------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FactSettings:
    """Knobs of ``group_facts`` / ``compatible``, today's values as defaults, each with its reason."""

    # "about 4 million" and "4.1 million" are the same figure: an approximate hedge widens a value by this share.
    approx_tolerance: float = 0.10
    # Hedges that make a figure approximate. "at least", "more than", "up to" are NOT here: they state a count, and
    # two different stated counts ("at least 25" vs "at least 31") are an early vs a later toll, which a reader
    # must see.
    approx_hedges: frozenset[str] = frozenset({"about", "nearly"})
    # Nouns that name nobody in particular: "25 people killed", "25 killed" and "25 victims killed" are one count,
    # while "10 children killed" is another. "others" is not generic: "one killed and three others wounded" counts
    # the rest, not everyone.
    generic_nouns: frozenset[str] = frozenset({"", "people", "victims", "persons", "individuals", "civilians"})
    # Two different dates (years) in aligned sentences conflict only this close; further apart they are other events.
    date_clash_days: int = 3
    year_clash_years: int = 1
    # Unaligned sentences conflict on a count only above this value: a single victim ("a man was killed") is too
    # often one person among several or another incident in the same article.
    strong_min_value: float = 1


DEFAULT_FACT_SETTINGS = FactSettings()

ROLES = frozenset({"killed", "injured", "shot", "arrested", "missing", "displaced", "casualties"})
# Units whose equal values in two articles are the same fact even when the sentences are not aligned
# ("since 2011", "November 27"); plain counts with nothing counted ("10") need aligned sentences.
_FIXED_UNITS = frozenset({"date", "year", "time", "address"})

_SINGULAR = {"people": "person", "children": "child", "men": "man", "women": "woman"}
_MONTHS = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip


def _split_counts(counts: str) -> tuple[str, str]:
    """ "children killed" -> ("children", "killed"); "people" -> ("people", ""); "killed" -> ("", "killed")."""
    words = counts.split()
    if words and words[-1] in ROLES:
        return " ".join(words[:-1]), words[-1]
    return counts, ""


def _kind(f: Figure) -> str:
    return "count" if f.unit in ("", "vague") else f.unit


def _key(f: Figure, cfg: FactSettings = DEFAULT_FACT_SETTINGS) -> tuple[str, str, str]:
    """What a figure speaks of: (kind of number, role, noun class)."""
    noun, role = _split_counts(f.counts)
    return _kind(f), role, ("*" if noun in cfg.generic_nouns else noun)


def _bare(f: Figure) -> bool:
    """A count that says nothing about what it counts ("10"): equal values alone do not make it the same fact."""
    return _kind(f) == "count" and not f.counts


def _interval(f: Figure, cfg: FactSettings = DEFAULT_FACT_SETTINGS) -> tuple[float, float]:
    lo = f.value
    hi = f.high if f.high is not None else f.value
    if f.qualifier in cfg.approx_hedges:
        lo, hi = lo * (1 - cfg.approx_tolerance), hi * (1 + cfg.approx_tolerance)
    return lo, hi


def compatible(a: Figure, b: Figure, cfg: FactSettings = DEFAULT_FACT_SETTINGS) -> bool:
    """Whether two figures of the same key can both be true of one thing.

    Same stated number: compatible whatever the hedging ("at least 25" and "25" report one count, worded more or
    less carefully). Ranges, vague quantities ("dozens" = 24..120) and approximate hedges ("about") are compatible
    with any value they cover. Anything else - 25 vs 31, "at least 25" vs "at least 31" - is a conflict.
    """
    if a.value == b.value and a.high == b.high:
        return True
    if _kind(a) in _FIXED_UNITS:
        return False
    alo, ahi = _interval(a, cfg)
    blo, bhi = _interval(b, cfg)
    return alo <= bhi and blo <= ahi


def _may_clash(a: Figure, b: Figure, cfg: FactSettings = DEFAULT_FACT_SETTINGS) -> bool:
    """Whether two different dates/years in aligned sentences can be one date misreported.

    Follow-up articles align a sentence about the shooting (Jan. 30) with one about the trial (May 14): different
    events, not a conflict. Dates a few days apart (November 27 vs 28) or adjacent years are one date told two ways.
    """
    if _kind(a) == "date":
        (ma, da), (mb, db) = divmod(int(a.value), 100), divmod(int(b.value), 100)
        return ma == mb and abs(da - db) <= cfg.date_clash_days
    if _kind(a) == "year":
        return abs(a.value - b.value) <= cfg.year_clash_years
    return True


def stated(f: Figure) -> str:
    """A figure as the article states it, hedge included ("at least 25"), for notes and tables."""
    if f.qualifier and f.qualifier != "only" and f.qualifier not in f.text.lower():
        return f"{f.qualifier} {f.text}"
    return f.text


def _label(members: list[Figure], cfg: FactSettings = DEFAULT_FACT_SETTINGS) -> str:
    first = members[0]
    kind = _kind(first)
    if kind == "date":
        month, day = divmod(int(first.value), 100)
        return f"{_MONTHS[month]} {day}" if 1 <= month <= 12 else first.text
    if kind == "year":
        return f"year {int(first.value)}"
    if kind == "time":
        hours, minutes = divmod(int(first.value), 100)
        return f"time {hours:02d}:{minutes:02d}"
    if kind.startswith("age"):
        return f"age {first.text}" if not first.text[0].isdigit() or "old" not in first.text else first.text
    if kind == "address":
        return f"address {first.text}"
    with_role = [f.counts for f in members if _split_counts(f.counts)[1]]
    if with_role:
        # The wording most sources use; on a tie the most specific ("people killed" over "killed"), then the first.
        return max(with_role, key=lambda c: (with_role.count(c), _split_counts(c)[0] not in cfg.generic_nouns, len(c)))
    if first.counts:
        joiner = " of " if first.unit == "vague" else " "
        noun = first.counts
        if first.value == 1:
            noun = _SINGULAR.get(noun) or (noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun)
        return f"{first.text}{joiner}{noun}"
    return first.text


def group_facts(
    figures: Sequence[Figure],
    linked: Callable[[SentenceRef, SentenceRef], bool],
    settings: FactSettings = DEFAULT_FACT_SETTINGS,
) -> list[Fact]:
    """Group ``figures`` (indexed 0..n-1) into facts; ``linked(a, b)`` says whether two sentences were aligned."""
    cfg = settings
    n = len(figures)
    parent = list(range(n))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int) -> None:
        ri, rj = find(i), find(j)
        if ri != rj:
            parent[max(ri, rj)] = min(ri, rj)

    by_key: dict[tuple[str, str, str], list[int]] = {}
    for i, f in enumerate(figures):
        by_key.setdefault(_key(f, cfg), []).append(i)

    bare = [_bare(f) for f in figures]
    for key, idx in by_key.items():
        kind, role, _noun = key
        per_article: dict[int, list[int]] = {}
        for i in idx:
            per_article.setdefault(figures[i].article, []).append(i)
        # An article is unambiguous about a key when all its figures for it agree with one another: then its count
        # of "people killed" is one claim, and another article's different count contradicts it even when the
        # sentences were not aligned. With two claims (7 killed in one strike, 25 in all) only alignment can tell.
        # Figures stated alike are checked once: an article repeating "5 killed" a thousand times is one claim.
        unambiguous = {}
        for art, members in per_article.items():
            distinct = list({(f.value, f.high, f.qualifier, f.unit): f for f in (figures[i] for i in members)}.values())
            unambiguous[art] = all(compatible(f, g, cfg) for f, g in combinations(distinct, 2))

        @cache  # asked once per pair of figures but depends only on one of them: cached, 4x faster on MSRP
        def has_match(i: int, art: int, per_article: dict[int, list[int]] = per_article) -> bool:
            return any(compatible(figures[i], figures[j], cfg) for j in per_article.get(art, ()))

        # A repeated statement inside one article ("25 killed" in the lead and again below): same stated number.
        repeats: dict[tuple[int, float, float | None], int] = {}
        for i in idx:
            if not bare[i]:
                f = figures[i]
                union(repeats.setdefault((f.article, f.value, f.high), i), i)

        for x, y in combinations(sorted(per_article), 2):
            for i in per_article[x]:
                for j in per_article[y]:
                    a, b = figures[i], figures[j]
                    either_bare = bare[i] or bare[j]
                    aligned = linked(SentenceRef(a.article, a.sentence), SentenceRef(b.article, b.sentence))
                    if compatible(a, b, cfg):
                        if aligned or not either_bare:
                            union(i, j)
                        continue
                    if either_bare or kind.startswith("age") or has_match(i, b.article) or has_match(j, a.article):
                        # Bare numbers and ages name no one thing (two ages in one sentence are two people);
                        # otherwise each already has its counterpart in the other article: different statements.
                        continue
                    # A lone "a man was killed" (value 1) is usually one person among many: too weak alone.
                    if not _may_clash(a, b, cfg):
                        continue
                    strong = (role != "" and unambiguous[a.article] and unambiguous[b.article]
                              and a.value > cfg.strong_min_value and b.value > cfg.strong_min_value)  # fmt: skip
                    if aligned or (strong and kind == "count"):
                        union(i, j)

    groups: dict[int, list[int]] = {}
    for i in range(n):
        groups.setdefault(find(i), []).append(i)

    built: list[tuple[int, int, str, str, str, tuple[int, ...]]] = []
    for members_idx in groups.values():
        members = [figures[i] for i in members_idx]
        articles = {f.article for f in members}
        label = _label(members, cfg)
        note = ""
        if len(articles) < 2:
            status = SINGLE_SOURCE
        else:
            clashing = any(
                a.article != b.article and not compatible(a, b, cfg) for a, b in combinations(members, 2)
            )
            status = CONFLICT if clashing else AGREE
            wordings = list(dict.fromkeys(stated(f) for f in members))
            what = label if _kind(members[0]) == "count" and not _bare(members[0]) else ""
            if clashing:
                note = f"{' vs '.join(wordings)} {what}".strip()
            elif len(wordings) > 1:
                values = {f.value for f in members}
                why = "same count, different hedging" if len(values) == 1 else "within the stated hedging or range"
                note = f"{' and '.join(repr(s) for s in wordings)} are compatible: {why}"
        first = min(members_idx)
        rank = {CONFLICT: 0, AGREE: 1, SINGLE_SOURCE: 2}[status]
        built.append((rank, first, label, status, note, tuple(sorted(members_idx))))

    built.sort(key=lambda t: (t[0], t[1]))
    return [Fact(k, label, status, members, note) for k, (_r, _f, label, status, note, members) in enumerate(built)]
