"""Facts: figures from all articles grouped by what they speak of, and whether the sources agree.

``group_facts(figures, linked, settings, pairs)`` takes every :class:`~reportdiff.core.model.Figure` of a comparison
(already indexed) and the aligned sentence pairs, and returns :class:`~reportdiff.core.model.Fact` records:

* ``agree``: two or more articles state the same number ("at least 25" and "25" killed: one count, hedged or not;
  "about 19" and "19"), unless a hedge leaves that number out ("more than 40" and "40": compatible);
* ``compatible``: two or more articles give unequal values that can all be true ("at least 25" and 31; "dozens"
  and "at least 40"; "about 1:50 a.m." and "shortly before 2 a.m."): not a conflict; the note says how they differ;
* ``conflict``: two or more articles state incompatible values for the same thing (25 vs 31 killed);
* ``single_source``: only one article has it.

Every figure belongs to exactly one fact. Facts come conflicts first, then compatible, then agreements, then
single-source facts, each by first appearance, indexed 0..n-1 in that order.

"The same thing" means the same *key* (kind of number, casualty role or timed event, class of counted noun and scope,
see ``_key``) and either aligned sentences or a figure specific enough to stand on its own. What a value allows is its
interval (``interval``: hedges, bounds, ranges, vague plurals, times to the minute); two figures are compatible when
their intervals meet (``compatible``), never two dates that state different years ("Sep 10, 2010" and "Sep 10, 2012" are
two things; "Sep 10" may be either, not both). A scope tells tolls and rates apart ("killed by Tuesday", "$22 million
per season" is never the "$200 million" total), and a page's own time stamp ("Posted: Jul 07, 2012 7:40 PM ET", counts
``STAMP``) is no claim: it is never one fact with another page's. A count told of another event or time than the story's
(``episode``: "(in September)", set by ``core/episodes.py``) is one fact only with counts of that episode: never joined
with the story's by value, never in conflict with them, and not one of its article's claims about the story (an earlier
quake's 40 injured does not make "five injured" ambiguous); two aligned sentences' equal values still agree. Two aligned
sentences conflict only on figures that answer the same question in those two sentences (``facts_and_clashes``: its
clashes are each link's figure conflicts, the same whatever other articles are loaded). Those clashes are the facts'
conflicts too: each joins its two figures' facts before unaligned figures join, or, where one article's aligned
sentences state both sides apart, makes a conflict fact of its own, so a flagged link's two figures are always one
conflict fact (one story in the window, the PDF, the HTML and the terminal). Other joins (compatible unequal values of
aligned sentences, equal values, unaligned tolls) never put two figures one article keeps apart into one fact (a hedge
aligned with one article's 14 and its 15 joins one of them, never chains both into a conflict no link shows); when two
figures compete for one group, they are tried in an order read from what the articles state (``_content_order``), never
from the files' order, so the facts are the same whichever order files come in. Grouping is bucketed by key and value,
never quadratic in the number of figures: an article with more distinct claims for one key than ``max_claims`` is
ambiguous and joins others only on equal values or through aligned sentences. This module and its parts read figures
only: they never look at article text, never find figures (``core/figures`` does), and import nothing but the model
and the lexicons of pronouns (``core/pronouns.py``) and stopwords (``core/stopwords.py``).

This module groups; its parts, one job each, are ``fact_settings`` (the knobs, ``FactSettings``), ``fact_keys`` (what
a figure speaks of), ``fact_values`` (what a value allows, whether two can both be true), ``fact_labels`` (how a
fact's row reads), ``age_holders`` (who an age is of) and ``date_signs`` (whether two equal years or dates date one
thing). Every public name of theirs is importable from here (``__all__``), the one entry point for other modules.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import replace
from functools import cached_property
from itertools import combinations

from .age_holders import HOLDER_CLASSES, age_holder, one_named_person, same_holder
from .date_signs import _needs_sign, event_words
from .fact_keys import (
    _HIT_ROLES,
    CAPACITY,
    CHANGE,
    CONVERTED,
    ROLES,
    STAMP,
    _bare,
    _is_rest,
    _key,
    _kind,
    _measure,
    _noun_class,
    _other_years,
    date_year,
    episode,
    indefinite,
    role_of,
)
from .fact_labels import _told_apart, _told_by_all, canonical, label_of, stated
from .fact_settings import DEFAULT_FACT_SETTINGS, FactSettings
from .fact_values import (
    _EPS,
    _hedged_apart,
    _may_clash,
    _reversed,
    _rounding,
    _same,
    _strict_vs_exact,
    _typo_shaped,
    compatible,
    interval,
)
from .model import AGREE, COMPATIBLE, CONFLICT, SINGLE_SOURCE, Fact, Figure, SentenceRef

Place = tuple[int, int]  # (article, sentence)

# The public names of fact reconciliation, whichever part now holds each: other modules import them from here.
__all__ = [
    "CAPACITY", "CHANGE", "CONVERTED", "DEFAULT_FACT_SETTINGS", "HOLDER_CLASSES", "ROLES", "STAMP", "TIGHT_RATIO",
    "Clashes", "FactSettings", "Pairs", "Place", "Regions", "Sentences", "Slots",
    "age_holder", "canonical", "compatible", "date_year", "episode", "event_words", "facts_and_clashes",
    "group_facts", "indefinite", "interval", "label_of", "one_named_person", "role_of", "same_holder", "stated",
]  # fmt: skip


# A claim elsewhere in an article answers for another outlet's value only when it bounds it closely: its upper end
# at most this many times its lower ("about 40", "40 to 45", "between $140 and $150 million"), not an open or wide
# hedge ("at least 17", "no more than 50 people", which excused every clash in their range: review-s23 F1).
TIGHT_RATIO = 1.5


class _Groups:
    """Union-find over figure indexes (the smaller index is the root, so facts come in first-appearance order), with
    per group and article the highest lower end and the lowest upper end of its figures' intervals.

    ``union`` joins two groups whatever they hold; ``join`` only when the two do not hold dates of two stated years
    and no article has figures on both sides that cannot both be true: every figure of one side meets every figure of
    the other exactly when each side's highest lower end is below the other's lowest upper end, so a check costs one
    comparison per article the two share.
    """

    def __init__(self, figures: Sequence[Figure], spans: Sequence[tuple[float, float]]) -> None:
        self.parent = list(range(len(figures)))
        self.bounds: list[dict[int, tuple[float, float]]] = [
            {f.article: span} for f, span in zip(figures, spans, strict=True)
        ]
        # The year a group's dates state, if any: a guarded join never puts dates of two stated years in one group.
        self.year = [date_year(f) for f in figures]

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        self.join(i, j, guard=False)

    def join(self, i: int, j: int, guard: bool = True) -> bool:
        """Join the groups of ``i`` and ``j`` unless (``guard``) one article would hold two incompatible figures;
        whether they are one group now."""
        ri, rj = self.find(i), self.find(j)
        if ri == rj:
            return True
        bounds = self.bounds
        small, large = bounds[ri], bounds[rj]
        if len(small) > len(large):
            small, large = large, small
        year_i, year_j = self.year[ri], self.year[rj]
        if guard and year_i is not None and year_j is not None and year_i != year_j:
            return False
        if guard:
            for art, (lo, hi) in small.items():
                known = large.get(art)
                if known is not None and (lo > known[1] + _EPS or known[0] > hi + _EPS):
                    return False
        for art, (lo, hi) in small.items():
            known = large.get(art)
            large[art] = (lo, hi) if known is None else (max(known[0], lo), min(known[1], hi))
        root, child = (ri, rj) if ri < rj else (rj, ri)
        self.parent[child] = root
        self.year[root] = year_i if year_i is not None else year_j
        bounds[root] = large
        bounds[child] = _GONE
        return True


_GONE: dict[int, tuple[float, float]] = {}  # the bounds of a group joined into another (never read again)


def _content_order(figures: Sequence[Figure]) -> tuple[list[int], list[int]]:
    """The figures in an order read from what the articles state, never from the articles' numbers, and each
    figure's rank in it: the guarded joins below try candidates in this order, so which of one article's two figures
    joins a group first (and so wins it) is the same whatever order the files were given in. By the figure's
    wording, then its article's figures (a digest of every (sentence, offset, wording) it states: two articles
    stating one figure alike are told apart by what else they state), then its place in its article; only articles
    stating the very same figures at the very same places keep their given order (they are interchangeable)."""
    stated: dict[int, list[str]] = {}
    for f in figures:
        stated.setdefault(f.article, []).append(f"{f.sentence}:{f.start}:{f.text}")
    digest = {
        art: hashlib.blake2b("\x1f".join(sorted(items)).encode("utf-8", "surrogatepass"), digest_size=16).digest()
        for art, items in stated.items()
    }
    order = sorted(range(len(figures)), key=lambda i: ((f := figures[i]).text, digest[f.article], f.sentence, f.start))
    rank = [0] * len(figures)
    for k, i in enumerate(order):
        rank[i] = k
    return order, rank


def _claims(figures: Sequence[Figure], idx: list[int]) -> list[int]:
    """One figure per distinct statement (value, range, hedge): an article repeating "5 killed" is one claim."""
    seen: dict[tuple[float, float | None, str], int] = {}
    for i in idx:
        f = figures[i]
        seen.setdefault((f.value, f.high, f.qualifier), i)
    return list(seen.values())


def _aligned_pairs(
    figures: Sequence[Figure],
    linked: Callable[[SentenceRef, SentenceRef], bool],
    pairs: Collection[tuple[Place, Place]] | None,
) -> list[tuple[Place, Place]]:
    """Aligned sentence pairs that hold figures on both sides."""
    places = sorted({(f.article, f.sentence) for f in figures})
    if pairs is not None:
        have = set(places)
        return [(x, y) for x, y in pairs if x in have and y in have]
    # Without the pairs, ask the predicate for every cross-article pair of sentences with figures (tests, small).
    return [(x, y) for x, y in combinations(places, 2)
            if x[0] != y[0] and linked(SentenceRef(*x), SentenceRef(*y))]  # fmt: skip


Pairs = list[tuple[int, int]]
Clashes = dict[tuple[Place, Place], Pairs]


class Slots:
    """Where the figures of two aligned sentences lie in their word diff (``linkflags.LinkRegions``), each answer
    worked out when first asked, once.

    ``where``: figure index -> the number of the changed stretch that holds it and no other word (both sentences'
    stretches between the same two unchanged runs share a number: "scored 14 points" / "scored 12 points"); figures
    in unchanged words are left out. ``firm``: no word but the figures moved from one place to another between the
    two sentences, so figures sharing a stretch were put one for the other where they stand ("Artino scored 14 and
    Echenique 16" / "Artino scored 16 and Echenique 14"), even where the other sentence states the same values
    elsewhere; a plain reordering ("Echenique scored 16 and Artino 14") moves the names too, and is not firm.
    ``partners(xs, ys)``: which figure of ``xs`` (first sentence) and of ``ys`` (second) are told of one thing, read
    from the names and words around each (``linkflags.figure_partners``: "Echenique had 16" / "Echenique had 14",
    wherever each clause stands).
    """

    def __init__(
        self,
        where: Mapping[int, int] | Callable[[], Mapping[int, int]],
        moved: Callable[[], bool] | None = None,
        shared: Callable[[], bool] | None = None,
        partners: Callable[[Sequence[int], Sequence[int]], list[tuple[int, int]]] | None = None,
        only: Callable[[], tuple[int, int] | None] | None = None,
    ) -> None:
        self._where = where
        # the one figure of each sentence put one for the other where the diff changed nothing else
        # (``linkflags.only_change``: "The ferry was 38 years old" / "... 47 years old"), if so
        self._only = only
        self._moved = moved  # whether a word other than the figures moved (asked once, if at all)
        # whether the two sentences share a word besides their figures ("collapsed on March 3, 2024, killing five" /
        # "... 2023, killing five"; not two datelines "September 10, 2012" / "September 10, 2010", a date alone)
        self._shared = shared
        self._partners = partners

    @cached_property
    def where(self) -> Mapping[int, int]:
        return self._where() if callable(self._where) else self._where

    @cached_property
    def moved(self) -> bool:
        return self._moved is not None and self._moved()

    @cached_property
    def firm(self) -> bool:
        return bool(self.where) and self._moved is not None and not self.moved

    @cached_property
    def worded(self) -> bool:
        return self._shared is not None and self._shared()

    def partners(self, xs: Sequence[int], ys: Sequence[int]) -> list[tuple[int, int]]:
        return self._partners(xs, ys) if self._partners is not None else []

    @cached_property
    def only(self) -> tuple[int, int] | None:
        return self._only() if self._only is not None else None


Regions = Callable[[Place, Place], Slots]
Sentences = Callable[[Place], tuple[int, str]]  # a sentence's start in its article, and its text


def group_facts(
    figures: Sequence[Figure],
    linked: Callable[[SentenceRef, SentenceRef], bool],
    settings: FactSettings = DEFAULT_FACT_SETTINGS,
    pairs: Collection[tuple[Place, Place]] | None = None,
) -> list[Fact]:
    """Group ``figures`` (indexed 0..n-1) into facts; ``linked(a, b)`` says whether two sentences were aligned.

    ``pairs``: the aligned sentence pairs themselves, each as its two places (article, sentence) in order, when
    the caller has them (compare does): then grouping never walks every pair of sentences.
    """
    return facts_and_clashes(figures, linked, settings, pairs)[0]


def facts_and_clashes(
    figures: Sequence[Figure],
    linked: Callable[[SentenceRef, SentenceRef], bool],
    settings: FactSettings = DEFAULT_FACT_SETTINGS,
    pairs: Collection[tuple[Place, Place]] | None = None,
    regions: Regions | None = None,
    sentences: Sentences | None = None,
) -> tuple[list[Fact], Clashes]:
    """``group_facts``, and each aligned pair's clashes: per pair of places (as met in ``pairs``), the figure
    indexes (one in each sentence) that state one thing two incompatible ways. A pair's clashes are read from its
    two sentences' figures (and their two articles' claims) only: other articles never change them.

    ``regions(x, y)``: for the figures of two aligned sentences, which changed stretch of their word diff each
    lies in (``Slots``); asked only where a key holds several figures in both sentences.
    ``sentences(place)``: where a sentence begins in its article and its text, when the caller has them: an age
    then joins an equal age only of a person it may be (``age_holder``, ``same_holder``)."""
    cfg = settings
    clashes: Clashes = {}
    n = len(figures)
    bare = [_bare(f) for f in figures]
    stamp = [f.counts == STAMP for f in figures]  # a page's own time stamp: one fact with its repeats only

    # A key depends on a figure's unit, counts and scope only: worked out once per distinct three (a comparison
    # has few), each figure's looked up.
    keys: dict[tuple[str, str, str], tuple[str, str, str, str]] = {}
    key_of: list[tuple[str, str, str, str]] = []
    by_key: dict[tuple[str, str, str, str], list[int]] = {}
    for i, f in enumerate(figures):
        key = keys.get((f.unit, f.counts, f.scope))
        if key is None:
            key = keys[(f.unit, f.counts, f.scope)] = _key(f, cfg)
        key_of.append(key)
        by_key.setdefault(key, []).append(i)

    # Who each age is of ("a 33-year-old woman", "Jamaine Sutton, 32"): two equal ages join only when they may be
    # one person (``same_holder``); "" where unknown (no sentence given, or the sentence does not say).
    holder = [""] * n
    if sentences is not None:
        for i, f in enumerate(figures):
            if f.unit.startswith("age"):
                at, text = sentences((f.article, f.sentence))
                holder[i] = age_holder(text, f.start - at, f.end - at)

    def one_person(i: int, j: int) -> bool:
        return same_holder(holder[i], holder[j])

    # What each year or date is told of (``event_words``), asked only of those that join another article's equal
    # value unaligned; None where the sentences are not given (then equal values join as they are).
    told_words: dict[int, frozenset[str]] = {}

    def words_of(i: int) -> frozenset[str]:
        found = told_words.get(i)
        if found is None:
            assert sentences is not None
            f = figures[i]
            at, text = sentences((f.article, f.sentence))
            found = told_words[i] = event_words(text, f.start - at, f.end - at, cfg.event_window)
        return found

    def same_event(i: int, j: int) -> bool:
        """Whether two equal figures may be one thing: any but a year or a date stand for what they count; a year
        or a date needs a sign it dates one thing: one article, aligned sentences, or a shared word of what they
        tell (``event_words``)."""
        a, b = figures[i], figures[j]
        if sentences is None or a.article == b.article or not _needs_sign(a, b):
            return True
        x, y = (a.article, a.sentence), (b.article, b.sentence)
        pair = (a.article, b.article) if a.article < b.article else (b.article, a.article)
        if _kind(a) == "date" and _kind(b) == "date" and pair in storied:
            return True  # a day and month both articles state, where they tell one story by what else they share
        return (x, y) in aligned or (y, x) in aligned or not words_of(i).isdisjoint(words_of(j))

    # Computed once, per distinct statement (a comparison repeats few): every comparison below reads these.
    known_spans: dict[tuple[str, float, float | None, str, bool], tuple[float, float]] = {}
    spans = []
    for f in figures:
        statement = (f.unit, f.value, f.high, f.qualifier, indefinite(f))  # "a man" allows more than "1" does
        span = known_spans.get(statement)
        if span is None:
            span = known_spans[statement] = interval(f, cfg)
        spans.append(span)

    def meet(i: int, j: int) -> bool:
        """``compatible`` on the precomputed intervals."""
        (alo, ahi), (blo, bhi) = spans[i], spans[j]
        return alo <= bhi + _EPS and blo <= ahi + _EPS

    # Per key and article: distinct claims, and whether the article is unambiguous about the key (all its claims
    # compatible with one another: one toll, told once or many times).
    claims: dict[tuple[tuple[str, str, str, str], int], list[int]] = {}
    unambiguous: dict[tuple[tuple[str, str, str, str], int], bool] = {}
    for key, idx in by_key.items():
        per_article: dict[int, list[int]] = {}
        for i in idx:
            per_article.setdefault(figures[i].article, []).append(i)
        for art, members in per_article.items():
            distinct = _claims(figures, members)
            claims[(key, art)] = distinct
            unambiguous[(key, art)] = len(distinct) <= cfg.max_claims and all(
                meet(a, b) for a, b in combinations(distinct, 2)
            )

    # The values each article states under each key, hedging aside ("at least 17" states 17), and its claims that
    # bound a value closely ("about 40", "40 to 45"): only those answer for another value.
    values_of: dict[tuple[tuple[str, str, str, str], int], set[tuple[float, float | None]]] = {}
    tight_of: dict[tuple[tuple[str, str, str, str], int], list[tuple[float, float]]] = {}
    for ka, distinct in claims.items():
        values_of[ka] = {(figures[j].value, figures[j].high) for j in distinct}
        tight_of[ka] = [spans[j] for j in distinct if spans[j][0] > 0 and spans[j][1] <= TIGHT_RATIO * spans[j][0]]

    def counterpart(i: int, art: int) -> bool:
        """Whether article ``art`` states figure ``i``'s own value under the same key (hedging aside), or a close
        bound around it (TIGHT_RATIO): then the two sentences' figures need not be one thing told two ways. An
        open or wide hedge elsewhere does not count: "at least 17" or "no more than 50 people" covers a whole range,
        and excused every clash in it, so a toll update "killing 17" / "killing 19" over leads "at least 17" / "at
        least 19" read as no discrepancy (review-s23 F1)."""
        if (figures[i].value, figures[i].high) in values_of.get((key_of[i], art), ()):
            return True
        lo, hi = spans[i]
        return any(a <= hi + _EPS and lo <= b + _EPS for a, b in tight_of.get((key_of[i], art), ()))

    groups = _Groups(figures, spans)
    # Every guarded join is tried in the content order (``_content_order``), never the articles': which of two
    # figures competing for one group wins cannot depend on which file came first.
    content, rank = _content_order(figures)

    def by_content(pair: tuple[int, int]) -> tuple[int, int]:
        a, b = rank[pair[0]], rank[pair[1]]
        return (a, b) if a < b else (b, a)

    conflicting: list[tuple[int, int]] = []  # incompatible pairs of unaligned sentences: joined last

    # 1. Aligned sentences: compatible figures of one key join; of the figures left without an equal or compatible
    # partner, the one figure of a key on each side answers the same question in both sentences (``_clash``), and
    # joins as a conflict when they can be one thing misreported. A clash is read from the two sentences (and their
    # two articles) only, never from groups formed so far: the link's flag is the same whatever else is loaded.
    # Each sentence's figures by key: only figures of one key are compared.
    # Each sentence's claims by key (one figure per distinct statement: value, range, hedge), each claim's repeats
    # in its sentence apart: a claim joins with all its repeats.
    # Two aligned sentences answer each other whatever episode they are told of (``episode``: "(in 2008)"): their
    # equal values are one thing told alike, while unequal values of two episodes never join or clash (below).
    link_key = {key: (*key[:3], "") if episode(key[3]) else key for key in by_key}
    told_of = [f.scope if episode(f.scope) else "" for f in figures]
    figs_at: dict[Place, dict[tuple[str, str, str, str], list[int]]] = {}
    firsts: dict[tuple[Place, tuple[str, str, str, str], float, float | None, str], int] = {}
    repeats: dict[int, list[int]] = {}
    for i, f in enumerate(figures):
        place = (f.article, f.sentence)
        first = firsts.setdefault((place, key_of[i], f.value, f.high, f.qualifier), i)
        if first == i:
            figs_at.setdefault(place, {}).setdefault(link_key[key_of[i]], []).append(i)
        else:
            repeats.setdefault(first, []).append(i)

    stated_as = [(f.value, f.high) for f in figures]  # equal values: the same stated number, hedging aside
    # Per sentence, the values it states as bare numbers ("and Echenique 16"): a value the other sentence states
    # that way is there, attached to whatever it is attached to, not contradicted.
    bare_at: dict[Place, set[tuple[float, float | None]]] = {}
    stated_at: dict[Place, set[tuple[float, float | None]]] = {}  # every value each sentence states
    for i, f in enumerate(figures):
        stated_at.setdefault((f.article, f.sentence), set()).add(stated_as[i])
        if bare[i]:
            bare_at.setdefault((f.article, f.sentence), set()).add(stated_as[i])

    # Sentences that stamp their article ("Friday, Sep 10, 2010 | Updated 8:52 PM EDT": a time of publication): their
    # dates are two articles' dates, not one event's told two ways.
    stamped = {(f.article, f.sentence) for f in figures if f.counts in ("publication", STAMP)}

    def swap(x: Place, y: Place, i: int, j: int) -> bool:
        """Whether ``i`` (of ``x``) and ``j`` (of ``y``) could be values put one for the other: each sentence states
        the other's value too ("Artino 14 and Echenique 16" / "Artino 16 and Echenique 14")."""
        return stated_as[i] in stated_at[y] and stated_as[j] in stated_at[x]

    known_slots: dict[tuple[Place, Place], Slots] = {}

    def slots_of(x: Place, y: Place) -> Slots:
        """``regions(x, y)``, asked once per link however many of its keys need it."""
        found = known_slots.get((x, y))
        if found is None:
            assert regions is not None
            found = known_slots[(x, y)] = regions(x, y)
        return found

    def unit_swaps(x: Place, y: Place) -> Pairs:
        """The same number with another unit of one measure put for it where it stands, in sentences that share words
        and moved none across their figures: "fined $12,000" / "fined €12,000", "2 km from the harbour" / "2 miles"
        (a rewrite changed the unit, not the number: review-s23 F30). Figures of two units are never one key, so the
        per-key answers never see them."""
        xs = [i for key, idx in figs_at[x].items() if _measure(key[0]) for i in idx]
        ys = [j for key, idx in figs_at[y].items() if _measure(key[0]) for j in idx]
        pairs = [(i, j) for i in xs for j in ys if stated_as[i] == stated_as[j] and key_of[i][0] != key_of[j][0]
                 and _measure(key_of[i][0]) == _measure(key_of[j][0]) and key_of[i][1:] == key_of[j][1:]]
        if not pairs or x in stamped or y in stamped:
            return []
        slots = slots_of(x, y)
        return [(i, j) for i, j in pairs if _put_for(slots.where, i, j) and slots.firm and slots.worded]

    def shares_claim(x: Place, y: Place, key: tuple[str, str, str, str]) -> bool:
        """Whether sentences ``x`` and ``y`` state some figure of another key than ``key`` alike (not a bare number)."""
        at_y = figs_at[y]
        for other, xs in figs_at[x].items():
            ys = at_y.get(other)
            if other == key or ys is None:
                continue
            values = {stated_as[j] for j in ys if not bare[j]}
            if any(not bare[i] and stated_as[i] in values for i in xs):
                return True
        return False

    def retyped(x: Place, y: Place, i: int, j: int) -> bool:
        """Whether a date, year or age of ``x`` was put for ``y``'s where it stands, in sentences that share words and
        moved none across their figures, as a typo would put it (``_typo_shaped``: "built in 1987" / "built in 1978",
        "March 12" / "March 21" / "April 12", "aged 54" / "aged 45"): one thing told two ways, however far apart the
        values, not two events or two people (``_may_clash``'s rule for loosely aligned sentences; review-s23 F16).
        Any other pair of values keeps that rule: "today (10 October 2011)" / "today (14 October 2011)" of two
        announcements (ECB+ topic 30) put one for the other too, in sentences that differ in much else."""
        kind = key_of[i][0]
        if not (kind in ("date", "year", "score", "ordinal") or kind.startswith("age")) or regions is None:
            return False
        if x in stamped or y in stamped or _other_years(figures[i], figures[j]):
            return False
        slots = slots_of(x, y)
        if slots.only == (i, j):
            # Nothing else changed between the two sentences ("The ferry was 38 years old" / "... 47 years old", "a
            # 78-year-old woman" / "an 87-year-old woman"): one thing told two ways, whatever the values.
            return True
        if kind not in ("score", "ordinal") and not _typo_shaped(figures[i], figures[j]):
            return False  # a result put for another is the result misreported, whatever the scores
        if kind == "score" and _reversed(figures[i], figures[j]):
            # "ended 3-1" / "ended 1-3": the word diff cuts the result in two stretches, so it is not "put for" the
            # other; the same two scores turned round, in sentences that share words and moved none, are one result
            return slots.worded and not slots.moved
        return _put_for(slots.where, i, j) and slots.firm and slots.worded

    def answers(x: Place, y: Place, idx_x: list[int], idx_y: list[int]) -> tuple[Pairs, Pairs]:
        """Which figure answers which, of one key in two aligned sentences: the pairs that join as one fact, and
        the pairs that state one thing two incompatible ways (clashes).

        Claims (a figure and its repeats in the sentence) pair off one to one, equal values first, then
        compatible ones: "more than 6" pairs with one of "7" and "25", never chains the two together. What is left
        answers the same question when exactly one claim is left on each side ("14 points and 11 points" vs "16
        points and 11 points": 14 vs 16), or else when one claim of each side was put for the other in the two
        sentences' word diff (``regions``: "Artino scored 14 points and Echenique 11 points" vs "Artino scored 12
        points": 14 vs 12); otherwise which answers which is unknown, and nothing clashes. A bare number ("10")
        never clashes, nor two figures that already have their counterparts in the other article, nor a value the
        other sentence states as a bare number (reordered: "Artino 14 points and Echenique 16" / "Echenique 16
        points and Artino 14"). Where several claims stand on each side and the diff moved no word but figures
        (``Slots.firm``), claims put one for the other where they stand answer each other before any other
        pairing: swapped values ("Artino 14 and Echenique 16" / "Artino 16 and Echenique 14") are two clashes,
        not two agreements. Where names moved across the figures (``Slots.renamed``), or the diff placed only some,
        the rest pair by the names of their clauses (``Slots.partners``): "Artino scored 16 and Echenique had 14" /
        "Echenique had 16 and Artino scored 14" are two clashes too, while the same statement reordered pairs its
        equal values as they stand.
        """
        joined: list[tuple[int, int]] = []
        found: list[tuple[int, int]] = []
        slots: Slots | None = None
        if len(idx_x) == 1 and len(idx_y) == 1:  # most keys of most links
            i, j = idx_x[0], idx_y[0]
            if stated_as[i] == stated_as[j] and _strict_vs_exact(figures[i], figures[j], cfg):
                return [], [(i, j)]  # "more than 40" / "exactly 40": the value each states is what the other denies
            if stated_as[i] == stated_as[j] or meet(i, j):
                return [(i, j)], []
            left, right = [i], [j]
        else:
            values_x, values_y = [stated_as[i] for i in idx_x], [stated_as[j] for j in idx_y]
            placed: list[tuple[int, int]] = []
            if regions is not None and len(idx_x) > 1 and len(idx_y) > 1 and not set(values_x).isdisjoint(values_y):
                slots = slots_of(x, y)
                if values_x != values_y:
                    placed = _one_each(slots.where, idx_x, idx_y)
                    if not (any(stated_as[i] != stated_as[j] for i, j in placed) and slots.firm):
                        placed = []
                    # Figures put one for the other where they stand, no other word moved: each answers the other,
                    # whatever equal values the sentences state elsewhere ("Artino scored 14 and Echenique 16" /
                    # "Artino scored 16 and Echenique 14": 14 vs 16 and 16 vs 14, not two agreements).
                # Otherwise (or for those the diff did not place) the figures told of one thing are those whose
                # clauses share their own names and words, wherever the clauses stand (where nothing moved, as the
                # figures stand: the same pairs as equal values) ("Artino scored 16 and
                # Echenique had 14" / "Echenique had 16 and Artino scored 14": 16 vs 14 and 14 vs 16, not two
                # agreements by value; "Artino scored 14 and Echenique had 16 for Creighton" / "Creighton's Artino
                # scored 16 and Echenique had 14": 14 vs 16 put in place, then Echenique's). Bare numbers never
                # clash: they pair by value as before.
                done = {k for pair in placed for k in pair}
                rest_x = [i for i in idx_x if i not in done and not bare[i]]
                rest_y = [j for j in idx_y if j not in done and not bare[j]]
                if rest_x and rest_y and (placed or (
                    len(rest_x) > 1 and len(rest_y) > 1
                    and not {stated_as[i] for i in rest_x}.isdisjoint([stated_as[j] for j in rest_y])
                )):  # fmt: skip
                    more = slots.partners(rest_x, rest_y)
                    if placed or any(stated_as[i] != stated_as[j] for i, j in more):
                        placed = placed + more  # else what values pair anyway
                if placed:
                    for i, j in placed:
                        if stated_as[i] == stated_as[j] or meet(i, j):
                            joined.append((i, j))
                        elif not bare[i] and not bare[j] and _may_clash(figures[i], figures[j], cfg):
                            found.append((i, j))
                    done = {k for pair in placed for k in pair}
                    idx_x = [i for i in idx_x if i not in done]
                    idx_y = [j for j in idx_y if j not in done]
            # Equal values first: each claim of x takes the first unpaired claim of y with its value.
            free: dict[tuple[float, float | None], list[int]] = {}
            for j in idx_y:
                free.setdefault(stated_as[j], []).append(j)
            left, taken = [], set()
            for i in idx_x:
                equal = free.get(stated_as[i])
                if equal:
                    j = equal.pop(0)
                    joined.append((i, j))
                    taken.add(j)
                else:
                    left.append(i)
            right = [j for j in idx_y if j not in taken]
            # Then compatible ones, in the same way.
            unpaired = []
            for i in left:
                for k, j in enumerate(right):
                    if meet(i, j):
                        joined.append((i, j))
                        del right[k]
                        break
                else:
                    unpaired.append(i)
            left = unpaired
        if regions is not None and any(bare[i] for i in left) and any(bare[j] for j in right):
            # Two bare numbers put one for the other where they stand, each sentence stating the other's value too
            # ("Democrats won 12 seats and the Republicans 9" / "... 9 seats and the Republicans 12"): the second
            # half of a swap, a clash like the first, where the diff moved no word across the figures.
            slots = slots or slots_of(x, y)
            if slots.where and slots.firm:
                for i, j in _one_each(slots.where, [i for i in left if bare[i]], [j for j in right if bare[j]]):
                    if stated_as[i] != stated_as[j] and swap(x, y, i, j) and _may_clash(figures[i], figures[j], cfg):
                        found.append((i, j))
        left = [i for i in left if not bare[i]]
        right = [j for j in right if not bare[j]]
        if not left or not right:
            return joined, found
        if len(left) == 1 and len(right) == 1:
            candidates = [(left[0], right[0])]
        elif regions is None:
            candidates = []
        else:
            candidates = _one_each((slots or slots_of(x, y)).where, left, right)
        for i, j in candidates:
            a, b = figures[i], figures[j]
            if counterpart(i, b.article) or counterpart(j, a.article):
                continue
            if not _may_clash(a, b, cfg) and not retyped(x, y, i, j) and not one_named_person(holder[i], holder[j]):
                continue
            if stated_as[i] in bare_at.get(y, ()) or stated_as[j] in bare_at.get(x, ()):
                # "Artino scored 14 points and Echenique 16" / "Echenique scored 16 points and Artino 14": each value
                # is in the other sentence too, bare; they clash only where the values were swapped (each sentence
                # states the other's value: not "Vaughn finished with 16 points ... a 20-2 run" / "Hansbrough
                # finished with 20 points") and the diff put one for the other, no other word moved across the
                # figures ("Artino scored 16 points and Echenique 14").
                slots = slots or (slots_of(x, y) if regions is not None else None)
                where = slots.where if slots is not None and swap(x, y, i, j) and slots.firm else {}
                if where.get(i) is None or where.get(i) != where.get(j):
                    continue
            elif _kind(a) == "year":
                # Two years are one thing told two ways only where the diff put one for the other ("Voters in 2009
                # approved" / "Palmer voters in 2010 approved"), not wherever a sentence names another year ("the
                # 2012 regular season" / "the 2013 NFL Draft").
                slots = slots or (slots_of(x, y) if regions is not None else None)
                where = slots.where if slots is not None else {}
                if (where.get(i) is None or where.get(i) != where.get(j)) and not (
                    len(idx_x) == 1 and len(idx_y) == 1 and shares_claim(x, y, link_key[key_of[i]])
                ):
                    # ... or where each sentence names that one year only and both state some other figure alike: "In
                    # 2019, a smaller boat sank near Brask, killing 6 people" / "A boat sank near Brask in 2018,
                    # killing 6 people" (the year moved, so the diff did not put one for the other; review-s23 F3)
                    continue
            found.append((i, j))
        return joined, found

    aligned_pairs = _aligned_pairs(figures, linked, pairs)
    aligned = set(aligned_pairs)
    # Pairs of articles that tell one story by what else they share (links, equal counts, never a calendar value): an
    # equal day and month of theirs is one date told alike, whatever words surround it ("guilty verdict on March 20" /
    # "convicted March 20"; review s30 finding 5).
    calendar = [bare[i] or _kind(f) in ("date", "year") for i, f in enumerate(figures)]  # no sign of one story here
    storied = _one_story(figures, aligned, key_of, calendar)
    hedged: list[tuple[int, int]] = []  # compatible unequal figures of aligned sentences: joined after equal ones
    for x, y in aligned_pairs:
        at_y = figs_at[y]
        for key, idx_x in figs_at[x].items():
            idx_y = at_y.get(key)
            if idx_y is None or STAMP in (key[1], key[2]):  # two pages' stamps: never one thing told two ways
                continue
            joined, found = answers(x, y, idx_x, idx_y)
            age = key[0].startswith("age")
            if any(told_of[i] != told_of[j] for i, j in (*joined, *found)):
                # The story's "five injured" and September's "40" in two aligned sentences: not one thing.
                joined = [(i, j) for i, j in joined if told_of[i] == told_of[j] or _same(figures[i], figures[j])]
                found = [(i, j) for i, j in found if told_of[i] == told_of[j]]
            for i, j in joined:
                if key[0] == "date" and date_year(figures[i]) != date_year(figures[j]):
                    if not _other_years(figures[i], figures[j]):
                        hedged.append((i, j))  # "June 6" and "June 6, 2013": guarded, so no year bridges two
                    elif (
                        regions is not None and x not in stamped and y not in stamped
                        and _put_for(slots_of(x, y).where, i, j) and slots_of(x, y).worded
                    ):  # fmt: skip
                        # "on March 3, 2024, killing five" / "on March 3, 2023, killing five": the diff put one year
                        # for the other where they stand, so one date told two ways (of one thing the two sentences
                        # share words about: two datelines, a date alone, are two articles' dates).
                        found.append((i, j))
                elif _same(figures[i], figures[j]) and not (age and not one_person(i, j)):
                    groups.union(i, j)
                    for repeat in (*repeats.get(i, ()), *repeats.get(j, ())):
                        groups.union(i, repeat)
                elif not age:  # two ages are two people unless equal
                    hedged.append((i, j))
            if found:
                clashes.setdefault((x, y), []).extend(found)
        if regions is not None:
            converted = unit_swaps(x, y)
            if converted:
                clashes.setdefault((x, y), []).extend(converted)

    # Compatible unequal values of aligned sentences ("at least 14" and 15) join once every equal value has, closest
    # values first, then in the content order, and only where no article would then hold two things that cannot both
    # be true: a hedge linked to two sentences of one article ("more than eight years" to its "seven years" and its
    # "eight years") never chains that article's two counts into one fact that reads as a conflict no link shows.
    def gap(pair: tuple[int, int]) -> float:
        a, b = figures[pair[0]].value, figures[pair[1]].value
        return abs(a - b) / max(abs(a), abs(b), _EPS)

    for i, j in sorted(hedged, key=lambda pair: (gap(pair), by_content(pair))):
        groups.join(i, j)
        for repeat in repeats.get(i, ()):
            groups.union(i, repeat)
        for repeat in repeats.get(j, ()):
            groups.union(j, repeat)

    # 2. The links' clashes are the facts' conflicts, so a link's flag and the sidebar tell one story about a pair of
    # figures: each clash's two groups join as one conflict (before any figure of unaligned sentences joins, so a
    # third article's equal values cannot keep them apart), unless some article, through its aligned sentences,
    # states things on both sides that cannot both be true (the groups hold other things: "12 magazines" of one
    # raid, "31" in all). Then the clash keeps its own conflict fact: its figures, and every clash they take part
    # in, leave their groups (``apart``), and the groups are not chained together.
    tried = sorted((pair for found in clashes.values() for pair in found), key=by_content)
    joined_before = groups.parent.copy()  # the groups of aligned equal and compatible values, before any clash
    refused = [(i, j) for i, j in tried if not groups.join(i, j)]
    apart = _apart(clashes, refused)

    # 3. Repeats and equal values, bucketed: the same stated number under one key is one fact wherever it is
    # (not a bare number: "10" twice is a coincidence), unless its group and the other's hold incompatible
    # figures of one article (then it tries the bucket's next group, up to ``max_claims`` of them).
    # Scope only tells unequal values apart: "56 killed since Nov. 27" and "56 killed" are one count.
    buckets: dict[tuple[tuple[str, ...], float, float | None], list[int]] = {}
    # A rate is no toll's scope: "$22 million per season" and a "$22 million" bonus are two things.
    # A capacity is kept apart only from unequal values: "could carry 50 people" and "its licence allowed 50 people on
    # board" corroborate each other (review-s23 r31), while "licensed for 50" never clashes with "carrying 73".
    # A time's scope is its clock: "04:40 GMT" is never the local "4:40 a.m." (figures.passes.times).
    # Another episode ("(in September)": core/episodes.py) is never the story's by equal value either.
    unscoped = {key: key[:3] if not key[3].startswith(("per ", "apiece", CHANGE)) and key[0] != "time"
                and not episode(key[3]) else key for key in by_key}  # fmt: skip
    # A toll's equal values are one count whoever it names: "three men killed", "Three killed" and "of the men killed:
    # three" (one toll in five rows: review-s27 finding 8); not a single victim ("a man", "a teenager", "one"), too
    # often another person than the other article's.
    whoever = {key: (bucket[0], bucket[1], "*", *bucket[3:]) for key, bucket in unscoped.items()
               if bucket[0] == "count" and bucket[1]}  # fmt: skip
    # The people shot and the people wounded of one equal count are one group told two ways ("Seven people were shot" /
    # "seven people were injured"; "All five of the wounded" / "five people were shot": review s29 finding 7), where
    # the articles give the story one wounded count only (where some say "five shot" and others "three wounded", the
    # five are the dead and the wounded together, and an article's "five wounded" contradicts the three), and the
    # article of each states no other count of the other role ("three other employees wounded" earlier this year, in
    # an article whose shooting "shot eight people", is not the story's "shot three").
    hit_values: dict[tuple[int, str], set[tuple[float, float | None]]] = {}
    for i in range(n):
        kind, role, _noun, scope = key_of[i]
        if kind == "count" and role in _HIT_ROLES and not episode(scope) and not _is_rest(figures[i], cfg) \
                and figures[i].value > cfg.strong_min_value:  # fmt: skip
            hit_values.setdefault((figures[i].article, role), set()).add(stated_as[i])
    wounded = {value for (_art, role), values in hit_values.items() if role == "injured" for value in values}
    # Articles that state a death toll: their people shot may be the dead and the wounded together ("Seven people were
    # shot; two of them died" is five wounded, never "seven wounded"; "Seven people were shot" against "Seven were
    # wounded and two killed" is seven against nine hit: review s30 finding 3). Neither joins the other role.
    with_dead = {figures[i].article for i in range(n) if key_of[i][0] == "count" and key_of[i][1] == "killed"
                 and not episode(key_of[i][3])}  # fmt: skip
    one_wounded = next(iter(wounded)) if len(wounded) == 1 else None

    def hit_one_group(i: int) -> bool:
        """Whether figure ``i`` counts the story's people shot or wounded as one group with the other role's equal
        count (above): its value is the one wounded count, above ``hit_min_value``, not a part ("three others"),
        and its article states no other count of the other role, nor a death toll."""
        f = figures[i]
        kind, role, _noun, scope = key_of[i]
        if kind != "count" or role not in _HIT_ROLES or stated_as[i] != one_wounded or f.value <= cfg.hit_min_value:
            return False
        if episode(scope) or _is_rest(f, cfg) or stamp[i] or indefinite(f) or f.article in with_dead:
            return False
        other = "injured" if role == "shot" else "shot"
        return hit_values.get((f.article, other), set()) <= {stated_as[i]}

    where_of: dict[int, tuple[tuple[str, ...], float, float | None]] = {}
    for i in content:
        if (bare[i] and float(figures[i].value).is_integer()) or stamp[i]:
            continue  # "10" twice is a coincidence; "5.6" twice is one magnitude (five articles' 5.6: review-s27 F8)
        f = figures[i]
        bucket = whoever.get(key_of[i]) if f.value > cfg.strong_min_value else None
        where_of[i] = (bucket or unscoped[key_of[i]], f.value, f.high)
    # A year or a date joins a group only with a sign it dates what one of the group's figures of its value dates
    # (``same_event``), whichever of them: those joined through aligned sentences too.
    in_bucket: dict[tuple[tuple[str, ...], float, float | None], list[int]] = {}
    for i, where in where_of.items():
        in_bucket.setdefault(where, []).append(i)
    for i, where in where_of.items():
        f = figures[i]
        anchors = buckets.setdefault(where, [])
        in_group = False
        for first in anchors[: cfg.max_claims]:
            if not one_person(first, i):
                continue
            if not _needs_sign(figures[first], f):
                if groups.join(first, i):
                    in_group = True
                    break
                continue
            # A year or a date joins every group it has a sign with, not the first only: "released from a mental
            # hospital in 1992" ties "left a mental hospital" (1992) and "was released in 1992", met in either order.
            root = groups.find(first)
            if root == groups.find(i) or any(
                j != i and groups.find(j) == root and same_event(i, j) for j in in_bucket[where]
            ):
                in_group = groups.join(first, i) or in_group
        if not in_group:
            anchors.append(i)
    # The shot and the wounded of one equal count (``hit_one_group``): each group holding one joins the first's, once
    # the equal values of each role have joined (guarded: no article's two incompatible counts put in one).
    hit = [i for i in content if hit_one_group(i)]
    if {key_of[i][1] for i in hit} == _HIT_ROLES:
        for i in hit[1:]:
            groups.join(hit[0], i)
    # A count of a noun that names no role ("Two members of the gang") joins the one role count of that noun and value
    # ("Two members arrested"), when the articles give that noun and value one role only.
    roled: dict[tuple[str, str, float, float | None], dict[str, int]] = {}
    for i in content:
        kind, role, noun, scope = key_of[i]
        if role and kind == "count" and noun != "*" and not episode(scope) and figures[i].value > cfg.strong_min_value:
            roled.setdefault((kind, noun, figures[i].value, figures[i].high), {}).setdefault(role, i)
    for i in content:
        kind, role, noun, scope = key_of[i]
        if role or kind != "count" or noun == "*" or bare[i] or episode(scope):
            continue  # nor "None of the 40 passengers were injured" (scope "(none injured)": bracketed, as episodes)
        told = roled.get((kind, noun, figures[i].value, figures[i].high))
        if told is not None and len(told) == 1:
            groups.join(next(iter(told.values())), i)

    # Which pairs of articles show a sign they tell one story (``_one_story``): unaligned sentences of two articles
    # conflict only then. Two reports of two fires (Brooklyn, three killed / the Bronx, 12 killed) with no linked
    # sentence and no figure in common are two events, not two outlets disagreeing (review s30 finding 2).
    story = _one_story(figures, aligned, key_of, bare)

    # 4. Unaligned sentences, by claims: compatible unequal values of one key join when neither article states
    # the other's value exactly; an unambiguous toll contradicting another unambiguous toll is a conflict.
    joins: list[tuple[int, int]] = []  # compatible pairs: joined in the content order once all are known
    for key, idx in by_key.items():
        kind, role, _noun, _scope = key
        if not (kind == "time" or (kind == "count" and role)) or role == STAMP or _scope == CHANGE:
            # equal values joined above; unequal sentences, prices, ages only through aligned sentences; a change ("rose
            # by 2") is told against a baseline that unaligned sentences need not share
            continue
        arts = sorted({figures[i].article for i in idx})
        for art_x, art_y in combinations(arts, 2):
            cx, cy = claims[(key, art_x)], claims[(key, art_y)]
            if len(cx) > cfg.max_claims or len(cy) > cfg.max_claims:
                continue
            for i in cx:
                for j in cy:
                    a, b = figures[i], figures[j]
                    if bare[i] or bare[j] or _same(a, b) or indefinite(a) or indefinite(b):
                        continue  # "a man was shot" elsewhere is too often one victim among several: equal only
                    if meet(i, j):
                        big, small = max(a.value, b.value), min(a.value, b.value)
                        near = kind != "count" or big <= cfg.unaligned_max_ratio * small
                        alone = not any(_same(a, figures[k]) for k in cy) and not any(_same(b, figures[k]) for k in cx)
                        if near and alone:
                            joins.append((i, j))
                        continue
                    strong = (kind == "count" and role != "" and unambiguous[(key, art_x)] and unambiguous[(key, art_y)]
                              and a.value > cfg.strong_min_value and b.value > cfg.strong_min_value
                              and _may_clash(a, b, cfg))  # fmt: skip
                    if strong and (art_x, art_y) in story and not counterpart(i, art_y) and not counterpart(j, art_x) \
                            and ((a.article, a.sentence), (b.article, b.sentence)) not in aligned \
                            and ((b.article, b.sentence), (a.article, a.sentence)) not in aligned:
                        conflicting.append((i, j))  # aligned sentences: the link's clashes decided above

    for i, j in sorted(joins, key=by_content):
        groups.join(i, j)

    # 5. Conflicts of unaligned sentences last, between the groups formed by agreement: two groups join as one
    # conflict only when no article states, among them, two things the other cannot be ("14 points" and "11
    # points" of one article are two players, whatever third article's "117 points" clashes with each): a fact
    # never chains one article's distinct figures together through other articles.
    for i, j in sorted(conflicting, key=by_content):
        groups.join(i, j)

    members_of: dict[tuple[bool, int], list[int]] = {}
    for i in range(n):
        own = apart.get(i)
        members_of.setdefault((False, groups.find(i)) if own is None else (True, own), []).append(i)
    if apart:
        # A clash's own conflict fact keeps what its figures' linked sentences corroborate: "at least 14" linked to
        # B's "14", left alone when that 14 went into the conflict it is part of, goes with it.
        _take_along(members_of, apart, joined_before, {k for found in clashes.values() for pair in found for k in pair},
                    figures, spans, aligned, groups.find)  # fmt: skip

    built: list[tuple[int, int, str, str, str, tuple[int, ...], Figure]] = []
    for members_idx in members_of.values():
        group = canonical([figures[i] for i in members_idx])  # labels and notes whatever the articles' order
        label = label_of(group, cfg)
        status, note = _judge(group, label, cfg)
        # members_idx is in increasing order (filled by index above): its first is its smallest
        built.append((_RANK[status], members_idx[0], label, status, note, tuple(members_idx), group[0]))

    built.sort(key=lambda t: (t[0], t[1]))
    # Two conflicts that read alike (swapped values: Artino's "14 vs 16 points" and Echenique's "16 vs 14") each lead
    # with what one article states, the same article for both (the first in the content order), so they read "14 vs
    # 16" and "16 vs 14" as their links' notes do.
    alike = Counter((label, note) for _r, _f, label, status, note, _m, _c in built if status == CONFLICT)
    if any(count > 1 for count in alike.values()):
        article_at: dict[int, int] = {}  # each article's place in the content order: its first figure's
        for i in content:
            article_at.setdefault(figures[i].article, rank[i])
        built = [
            _lead_with_one_article(row, figures, article_at, cfg) if row[3] == CONFLICT and alike[row[2], row[4]] > 1
            else row
            for row in built
        ]  # fmt: skip
    # Two rows with one label ("killed" in one strike, "killed" in the whole war) are told apart by what they state.
    seen = Counter(label for _r, _f, label, _s, _n, _m, _c in built)
    facts = [
        Fact(k, label if seen[label] == 1 else _told_apart(label, first), status, members, note,
             _clashing([figures[i] for i in members], cfg) if status == CONFLICT else ())
        for k, (_r, _f, label, status, note, members, first) in enumerate(built)
    ]
    return _shot_sums(facts, figures, cfg), clashes


def _lead_with_one_article(
    row: tuple[int, int, str, str, str, tuple[int, ...], Figure],
    figures: Sequence[Figure],
    place: Mapping[int, int],
    cfg: FactSettings,
) -> tuple[int, int, str, str, str, tuple[int, ...], Figure]:
    """A conflict fact's row relabelled from what its article first in the content order (``place``) states: that
    statement's figures first, then the rest in ``canonical`` order."""
    order, first_index, _label, _status, _note, members, _first = row
    group = canonical([figures[i] for i in members])
    lead_art = min({f.article for f in group}, key=lambda art: place[art])
    said = next(f for f in group if f.article == lead_art)
    group = [f for f in group if _same(f, said)] + [f for f in group if not _same(f, said)]
    label = label_of(group, cfg)
    status, note = _judge(group, label, cfg)
    return order, first_index, label, status, note, members, group[0]


def _one_story(
    figures: Sequence[Figure],
    aligned: Collection[tuple[Place, Place]],
    key_of: Sequence[tuple[str, str, str, str]],
    bare: Sequence[bool],
) -> set[tuple[int, int]]:
    """The pairs of articles (lower first) with a sign that they tell one story: an aligned pair of sentences between
    them, or one value both state of one thing (the same date, the same count of the same people); a bare number
    ("7") or an indefinite one ("a man") is no such sign. Without either, two articles' figures may be two events'."""
    story = {(x[0], y[0]) if x[0] < y[0] else (y[0], x[0]) for x, y in aligned if x[0] != y[0]}
    said: dict[tuple[tuple[str, str, str, str], float, float | None], set[int]] = {}
    for i, f in enumerate(figures):
        if not bare[i] and not indefinite(f):
            said.setdefault((key_of[i], f.value, f.high), set()).add(f.article)
    for arts in said.values():
        story.update(combinations(sorted(arts), 2))
    return story


def _put_for(where: Mapping[int, int], i: int, j: int) -> bool:
    """Whether figures ``i`` and ``j`` of two aligned sentences stand in one changed stretch of their word diff."""
    return where.get(i) is not None and where.get(i) == where.get(j)


def _one_each(where: Mapping[int, int], left: Sequence[int], right: Sequence[int]) -> list[tuple[int, int]]:
    """The pairs (one of ``left``, one of ``right``) that are alone in one changed stretch of the word diff."""
    by_region: dict[int, tuple[list[int], list[int]]] = {}
    for side, idx in ((0, left), (1, right)):
        for i in idx:
            region = where.get(i)
            if region is not None:
                by_region.setdefault(region, ([], []))[side].append(i)
    return [(xs[0], ys[0]) for xs, ys in by_region.values() if len(xs) == 1 and len(ys) == 1]


def _apart(clashes: Clashes, refused: Sequence[tuple[int, int]]) -> dict[int, int]:
    """Figures that form conflict facts of their own: each figure of a refused clash, with every figure it clashes
    with (transitively), mapped to the smallest index of its clashes' connected part."""
    if not refused:
        return {}
    parent: dict[int, int] = {}

    def top(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for found in clashes.values():
        for i, j in found:
            ri, rj = top(parent.setdefault(i, i)), top(parent.setdefault(j, j))
            if ri != rj:
                parent[max(ri, rj)] = min(ri, rj)
    chosen = {top(i) for i, _j in refused}
    return {i: root for i in parent if (root := top(i)) in chosen}


def _take_along(
    members_of: dict[tuple[bool, int], list[int]],
    apart: Mapping[int, int],
    parent: list[int],
    clashing: Collection[int],
    figures: Sequence[Figure],
    spans: Sequence[tuple[float, float]],
    aligned: Collection[tuple[Place, Place]],
    find: Callable[[int], int],
) -> None:
    """Move into the conflict facts of ``apart`` (figure -> its fact, keyed (True, fact) in ``members_of``) each
    group left with one article's figures, none of them in a clash, that the union-find ``parent`` (the groups
    before the clashes joined) put with figures of that fact, where it keeps every article's figures compatible
    with one another and holds nothing incompatible with them in a sentence ``aligned`` with theirs (a link that
    does not flag them); where one article offers two figures that cannot both be true, neither goes (whichever
    file came first). ``find``: the final groups' union-find (``members_of``' keys (False, root))."""

    def meet(i: int, j: int) -> bool:
        return spans[i][0] <= spans[j][1] + _EPS and spans[j][0] <= spans[i][1] + _EPS

    def linked(i: int, j: int) -> bool:
        x, y = (figures[i].article, figures[i].sentence), (figures[j].article, figures[j].sentence)
        return (x, y) in aligned or (y, x) in aligned

    roots = parent
    while True:  # every figure's root, by pointer jumping (groups are shallow: a few rounds)
        up = [roots[r] for r in roots]
        if up == roots:
            break
        roots = up
    fact_of_root: dict[int, int] = {}
    for i in sorted(apart):
        fact_of_root.setdefault(roots[i], apart[i])
    keys = {(False, find(i)) for i, r in enumerate(roots) if r in fact_of_root and i not in apart}
    # Per conflict fact and article, the groups that would go into it (each fits the fact on its own).
    offers: dict[tuple[int, int], list[tuple[bool, int]]] = {}
    for key in keys:
        members = members_of[key]
        if len({figures[i].article for i in members}) > 1 or any(i in clashing for i in members):
            continue
        facts = {fact_of_root[roots[i]] for i in members if roots[i] in fact_of_root}
        if len(facts) != 1:
            continue
        fact = facts.pop()
        target = members_of[(True, fact)]
        art = figures[members[0]].article
        if all(meet(i, j) for i in members for j in target if figures[j].article == art or linked(i, j)):
            offers.setdefault((fact, art), []).append(key)
    for (fact, _art), offered in offers.items():
        taken = [i for key in offered for i in members_of[key]]
        if any(not meet(i, j) for i in taken for j in taken):
            continue  # two of one article's figures compete for one fact ("12" and "31" of one raid): neither goes
        target = members_of[(True, fact)]
        target.extend(taken)
        target.sort()
        for key in offered:
            del members_of[key]


_RANK = {CONFLICT: 0, COMPATIBLE: 1, AGREE: 2, SINGLE_SOURCE: 3}  # the order facts come in, by status


def _shot_sums(facts: list[Fact], figures: Sequence[Figure], cfg: FactSettings) -> list[Fact]:
    """Note on a "shot" count another source states as killed + injured ("five shot" = "one killed, four injured").

    Only where that source gives exactly one killed and one injured count (generic nouns, no scope): a note, never
    a status, since "shot" may or may not count the dead in a given sentence.
    """
    tolls: dict[tuple[int, str], set[float]] = {}
    for f in figures:
        role = role_of(f)
        if role in ("killed", "injured") and _kind(f) == "count" and f.high is None and not f.scope \
                and _noun_class(f, cfg) == "*":  # fmt: skip
            tolls.setdefault((f.article, role), set()).add(f.value)
    if not tolls:
        return facts
    out = []
    for fact in facts:
        first = figures[fact.figures[0]]
        if role_of(first) == "shot":  # every figure of a fact counts one role: its canonical one states it
            first = canonical([figures[i] for i in fact.figures])[0]
        if role_of(first) != "shot" or _noun_class(first, cfg) != "*" or first.high is not None or first.scope:
            out.append(fact)
            continue
        members = [figures[i] for i in fact.figures]
        here = {f.article for f in members}
        sums = []
        for art in sorted({a for a, _r in tolls} - here):
            killed, injured = tolls.get((art, "killed"), set()), tolls.get((art, "injured"), set())
            if len(killed) == 1 and len(injured) == 1 and min(killed) + min(injured) == first.value:
                sums.append(f"{int(min(killed))} killed + {int(min(injured))} injured in source {art + 1}")
        if sums:
            extra = f"{stated(first)} shot = " + "; ".join(sums)
            fact = replace(fact, note=f"{fact.note}; {extra}" if fact.note else extra)
        out.append(fact)
    return out


def _clashing(members: Sequence[Figure], cfg: FactSettings) -> tuple[tuple[int, int], ...]:
    """The pairs of articles (lower first) of a conflict fact whose own figures cannot both be true: in "five |
    two | two  conflict", [1] clashes with [2] and [3], while [2] and [3] agree with each other."""
    distinct: dict[tuple[int, float, float | None, str], Figure] = {}
    for f in members:
        distinct.setdefault((f.article, f.value, f.high, f.qualifier), f)
    found = {
        (a.article, b.article) if a.article < b.article else (b.article, a.article)
        for a, b in combinations(distinct.values(), 2)
        if a.article != b.article and not compatible(a, b, cfg)
    }
    return tuple(sorted(found))


def _how_alike(claims: Sequence[Figure]) -> str:
    """What differs between equal claims worded apart, for an agreement's note: a date's year, a hedge, or only the
    wording ("2 km" / "two kilometres" is the same distance written differently, not a hedge: review-s23 F5)."""
    kind = _kind(claims[0])
    if kind == "date":
        years = {date_year(f) for f in claims}
        return "same date, one gives the year" if None in years and len(years) > 1 else "same date, written differently"
    what = "count" if kind == "count" else "time" if kind == "time" else "value"
    if len({f.qualifier for f in claims}) > 1:
        return f"same {what}, different hedging"
    return f"same {what}, written differently"


def _judge(members: list[Figure], label: str, cfg: FactSettings) -> tuple[str, str]:
    """Status and note of one fact, from its distinct statements (so a fact of 8,000 repeats costs one check);
    ``members`` in ``canonical`` order, which the note's wordings follow."""
    if len({f.article for f in members}) < 2:
        return SINGLE_SOURCE, ""
    distinct: dict[tuple[int, float, float | None, str], Figure] = {}
    for f in members:
        distinct.setdefault((f.article, f.value, f.high, f.qualifier), f)
    claims = list(distinct.values())
    clashing = unequal = False
    for a, b in combinations(claims, 2):
        if a.article == b.article:
            continue
        if not compatible(a, b, cfg):
            clashing = True
            break
        unequal = unequal or not _same(a, b) or _hedged_apart(a, b, cfg)
    wordings = list(dict.fromkeys(stated(f) for f in claims))
    first = members[0]
    what = label if _kind(first) == "count" and not _bare(first) else ""
    if what and first.counts and what.startswith(first.text + " "):
        # Labelled by its first figure ("14 points"): the note names what is counted once, not that figure again
        # ("14 vs at least 14 vs 15 points", not "... vs 15 14 points").
        what = first.counts + (f" {first.scope}" if first.scope != CHANGE and _told_by_all(members) else "")
    if clashing:
        return CONFLICT, f"{' vs '.join(wordings)} {what}".strip()
    if unequal:
        within = "hedging, bounds, range or rounding" if any(map(_rounding, claims)) else "hedging, bounds or range"
        return COMPATIBLE, f"{' and '.join(repr(s) for s in wordings)} differ but can all be true: within the stated " \
                           f"{within}"
    if len(wordings) > 1:
        return AGREE, f"{' and '.join(repr(s) for s in wordings)} agree: {_how_alike(claims)}"
    return AGREE, ""
