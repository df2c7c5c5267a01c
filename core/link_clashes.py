"""Which figures of two aligned sentences answer each other (``LinkFigures.answers``): the pairs that are one
thing told alike, and the pairs that state one thing two incompatible ways, the link's clashes (``Clashes``), read
from the two sentences (and their two articles' claims) only, never from groups formed so far, so a link's flag is
the same whatever else is loaded. Where several figures of a key stand in both sentences, the word diff tells which
was put for which (``Slots``, filled by ``linkflags.LinkRegions``). It reads links; grouping (``core/fact_joins.py``)
decides what joins."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from functools import cached_property

from .age_holders import one_named_person, people_named, told_of_two
from .fact_keys import STAMP, Key, Place, episode, figure_kind, measure_of
from .fact_table import FigureTable, Value
from .fact_values import may_clash, other_years, reversed_score, strict_vs_exact, typo_shaped

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


class LinkFigures:
    """The figures of each sentence by key, as the links compare them, and the answers of each aligned pair.

    Each sentence's claims by key (one figure per distinct statement: value, range, hedge), each claim's repeats
    in its sentence apart (``repeats``): a claim joins with all its repeats. Two aligned sentences answer each other
    whatever episode they are told of (``episode``: "(in 2008)"): their figures are filed under the key without the
    episode (``link_key``), so equal values are one thing told alike, while unequal values of two episodes never join
    or clash (``told_of``; ``fact_joins.join_aligned``).
    """

    def __init__(self, table: FigureTable, regions: Regions | None) -> None:
        self.table = table
        self.regions = regions
        figures, key_of, bare, stated_as = table.figures, table.key_of, table.bare, table.stated_as
        self.link_key = link_key = {key: (*key[:3], "") if episode(key[3]) else key for key in table.by_key}
        self.told_of = [f.scope if episode(f.scope) else "" for f in figures]
        self.figs_at: dict[Place, dict[Key, list[int]]] = {}
        self.repeats: dict[int, list[int]] = {}
        firsts: dict[tuple[Place, Key, float, float | None, str], int] = {}
        for i, f in enumerate(figures):
            place = (f.article, f.sentence)
            first = firsts.setdefault((place, key_of[i], f.value, f.high, f.qualifier), i)
            if first == i:
                self.figs_at.setdefault(place, {}).setdefault(link_key[key_of[i]], []).append(i)
            else:
                self.repeats.setdefault(first, []).append(i)
        # Per sentence, the values it states as bare numbers ("and Echenique 16"): a value the other sentence states
        # that way is there, attached to whatever it is attached to, not contradicted.
        self.bare_at: dict[Place, set[Value]] = {}
        self.stated_at: dict[Place, set[Value]] = {}  # every value each sentence states
        for i, f in enumerate(figures):
            self.stated_at.setdefault((f.article, f.sentence), set()).add(stated_as[i])
            if bare[i]:
                self.bare_at.setdefault((f.article, f.sentence), set()).add(stated_as[i])
        # Sentences that stamp their article ("Friday, Sep 10, 2010 | Updated 8:52 PM EDT": a time of publication):
        # their dates are two articles' dates, not one event's told two ways.
        self.stamped = {(f.article, f.sentence) for f in figures if f.counts in ("publication", STAMP)}
        self._slots: dict[tuple[Place, Place], Slots] = {}
        self._people: dict[Place, list[tuple[int, str, bool, bool]]] = {}

    def swap(self, x: Place, y: Place, i: int, j: int) -> bool:
        """Whether ``i`` (of ``x``) and ``j`` (of ``y``) could be values put one for the other: each sentence states
        the other's value too ("Artino 14 and Echenique 16" / "Artino 16 and Echenique 14")."""
        stated_as, stated_at = self.table.stated_as, self.stated_at
        return stated_as[i] in stated_at[y] and stated_as[j] in stated_at[x]

    def slots_of(self, x: Place, y: Place) -> Slots:
        """``regions(x, y)``, asked once per link however many of its keys need it."""
        found = self._slots.get((x, y))
        if found is None:
            assert self.regions is not None
            found = self._slots[(x, y)] = self.regions(x, y)
        return found

    def two_people(self, x: Place, y: Place, i: int, j: int) -> bool:
        """Whether ``i`` (of ``x``) and ``j`` (of ``y``) are told of two people both sentences name
        (``told_of_two``: "The day following Rait's death ... Robert Buckley ... fell 700 meters" / "The day before
        Buckley's death ... Duncan Rait ... died after falling about 200 feet"): two things, never one told two ways.
        False when the sentences are not known."""
        sentences = self.table.sentences
        if sentences is None:
            return False
        named = []
        for place in (x, y):
            found = self._people.get(place)
            if found is None:
                found = self._people[place] = people_named(sentences(place)[1])
            named.append(found)
        figures = self.table.figures
        return told_of_two(named[0], figures[i].start - sentences(x)[0], named[1], figures[j].start - sentences(y)[0])

    def unit_swaps(self, x: Place, y: Place) -> Pairs:
        """The same number with another unit of one measure put for it where it stands, in sentences that share words
        and moved none across their figures: "fined $12,000" / "fined €12,000", "2 km from the harbour" / "2 miles"
        (a rewrite changed the unit, not the number: review-s23 F30). Figures of two units are never one key, so the
        per-key answers never see them."""
        figs_at, stated_as, key_of, stamped = self.figs_at, self.table.stated_as, self.table.key_of, self.stamped
        xs = [i for key, idx in figs_at[x].items() if measure_of(key[0]) for i in idx]
        ys = [j for key, idx in figs_at[y].items() if measure_of(key[0]) for j in idx]
        pairs = [(i, j) for i in xs for j in ys if stated_as[i] == stated_as[j] and key_of[i][0] != key_of[j][0]
                 and measure_of(key_of[i][0]) == measure_of(key_of[j][0]) and key_of[i][1:] == key_of[j][1:]]
        if not pairs or x in stamped or y in stamped:
            return []
        slots = self.slots_of(x, y)
        return [(i, j) for i, j in pairs if put_for(slots.where, i, j) and slots.firm and slots.worded]

    def shares_claim(self, x: Place, y: Place, key: tuple[str, str, str, str]) -> bool:
        """Whether sentences ``x`` and ``y`` state some figure of another key than ``key`` alike (not a bare number)."""
        figs_at, stated_as, bare = self.figs_at, self.table.stated_as, self.table.bare
        at_y = figs_at[y]
        for other, xs in figs_at[x].items():
            ys = at_y.get(other)
            if other == key or ys is None:
                continue
            values = {stated_as[j] for j in ys if not bare[j]}
            if any(not bare[i] and stated_as[i] in values for i in xs):
                return True
        return False

    def retyped(self, x: Place, y: Place, i: int, j: int) -> bool:
        """Whether a date, year or age of ``x`` was put for ``y``'s where it stands, in sentences that share words and
        moved none across their figures, as a typo would put it (``typo_shaped``: "built in 1987" / "built in 1978",
        "March 12" / "March 21" / "April 12", "aged 54" / "aged 45"): one thing told two ways, however far apart the
        values, not two events or two people (``may_clash``'s rule for loosely aligned sentences; review-s23 F16).
        Any other pair of values keeps that rule: "today (10 October 2011)" / "today (14 October 2011)" of two
        announcements (ECB+ topic 30) put one for the other too, in sentences that differ in much else."""
        figures, key_of, stamped, regions = self.table.figures, self.table.key_of, self.stamped, self.regions
        kind = key_of[i][0]
        if not (kind in ("date", "year", "score", "ordinal") or kind.startswith("age")) or regions is None:
            return False
        if x in stamped or y in stamped or other_years(figures[i], figures[j]):
            return False
        slots = self.slots_of(x, y)
        if slots.only == (i, j):
            # Nothing else changed between the two sentences ("The ferry was 38 years old" / "... 47 years old", "a
            # 78-year-old woman" / "an 87-year-old woman"): one thing told two ways, whatever the values.
            return True
        if kind not in ("score", "ordinal") and not typo_shaped(figures[i], figures[j]):
            return False  # a result put for another is the result misreported, whatever the scores
        if kind == "score" and reversed_score(figures[i], figures[j]):
            # "ended 3-1" / "ended 1-3": the word diff cuts the result in two stretches, so it is not "put for" the
            # other; the same two scores turned round, in sentences that share words and moved none, are one result
            return slots.worded and not slots.moved
        return put_for(slots.where, i, j) and slots.firm and slots.worded

    def answers(self, x: Place, y: Place, idx_x: list[int], idx_y: list[int]) -> tuple[Pairs, Pairs]:
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
        not two agreements. Where names moved across the figures (``Slots.moved``), or the diff placed only some,
        the rest pair by the names of their clauses (``Slots.partners``): "Artino scored 16 and Echenique had 14" /
        "Echenique had 16 and Artino scored 14" are two clashes too, while the same statement reordered pairs its
        equal values as they stand.
        """
        t = self.table
        figures, stated_as, bare = t.figures, t.stated_as, t.bare
        if len(idx_x) == 1 and len(idx_y) == 1:  # most keys of most links
            i, j = idx_x[0], idx_y[0]
            if stated_as[i] == stated_as[j] and strict_vs_exact(figures[i], figures[j], t.cfg):
                return [], [(i, j)]  # "more than 40" / "exactly 40": the value each states is what the other denies
            if stated_as[i] == stated_as[j] or t.meet(i, j):
                return [(i, j)], []
            joined: Pairs = []
            found: Pairs = []
            left, right = [i], [j]
        else:
            joined, found, idx_x, idx_y = self._placed(x, y, idx_x, idx_y)
            by_value, left, right = self._pair_by_value(idx_x, idx_y)
            joined += by_value
        found += self._bare_swaps(x, y, left, right)
        left = [i for i in left if not bare[i]]
        right = [j for j in right if not bare[j]]
        if not left or not right:
            return joined, found
        return joined, found + self._clashes(x, y, left, right, len(idx_x) == 1 and len(idx_y) == 1)

    def _placed(
        self, x: Place, y: Place, idx_x: list[int], idx_y: list[int]
    ) -> tuple[Pairs, Pairs, list[int], list[int]]:
        """Where several claims stand on each side and share a value: the pairs the word diff put one for the other
        where they stand (``Slots.firm``), then the pairs whose clauses share their names (``Slots.partners``), as
        pairs that join and pairs that clash; and the claims of each side left to pair by value."""
        t, regions = self.table, self.regions
        figures, cfg, stated_as, bare, meet = t.figures, t.cfg, t.stated_as, t.bare, t.meet
        joined: Pairs = []
        found: Pairs = []
        values_x, values_y = [stated_as[i] for i in idx_x], [stated_as[j] for j in idx_y]
        placed: list[tuple[int, int]] = []
        if regions is not None and len(idx_x) > 1 and len(idx_y) > 1 and not set(values_x).isdisjoint(values_y):
            slots = self.slots_of(x, y)
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
                    elif not bare[i] and not bare[j] and may_clash(figures[i], figures[j], cfg):
                        found.append((i, j))
                done = {k for pair in placed for k in pair}
                idx_x = [i for i in idx_x if i not in done]
                idx_y = [j for j in idx_y if j not in done]
        return joined, found, idx_x, idx_y

    def _pair_by_value(self, idx_x: list[int], idx_y: list[int]) -> tuple[Pairs, list[int], list[int]]:
        """Claims pair off one to one, equal values first, then compatible ones: the pairs, and the claims of each
        side left unpaired."""
        stated_as, meet = self.table.stated_as, self.table.meet
        joined: Pairs = []
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
        return joined, left, right

    def _bare_swaps(self, x: Place, y: Place, left: list[int], right: list[int]) -> Pairs:
        """Two bare numbers put one for the other where they stand, each sentence stating the other's value too
        ("Democrats won 12 seats and the Republicans 9" / "... 9 seats and the Republicans 12"): the second half of a
        swap, a clash like the first, where the diff moved no word across the figures."""
        t, swap = self.table, self.swap
        figures, cfg, stated_as, bare = t.figures, t.cfg, t.stated_as, t.bare
        found: Pairs = []
        if self.regions is not None and any(bare[i] for i in left) and any(bare[j] for j in right):
            slots = self.slots_of(x, y)
            if slots.where and slots.firm:
                for i, j in _one_each(slots.where, [i for i in left if bare[i]], [j for j in right if bare[j]]):
                    if stated_as[i] != stated_as[j] and swap(x, y, i, j) and may_clash(figures[i], figures[j], cfg):
                        found.append((i, j))
        return found

    def _clashes(self, x: Place, y: Place, left: list[int], right: list[int], alone: bool) -> Pairs:
        """Of the claims left unpaired on each side (no bare number), the pairs that state one thing two incompatible
        ways: the one claim left on each side, or claims alone in one changed stretch of the word diff, unless
        their values have counterparts in the other article, are told of two people (``two_people``), cannot be one
        thing misreported, or stand bare in the other sentence. ``alone``: each sentence states one claim of the key."""
        t, regions, slots_of, swap, retyped = self.table, self.regions, self.slots_of, self.swap, self.retyped
        figures, cfg, stated_as, key_of, holder = t.figures, t.cfg, t.stated_as, t.key_of, t.holder
        counterpart, bare_at = t.counterpart, self.bare_at
        found: Pairs = []
        if len(left) == 1 and len(right) == 1:
            candidates = [(left[0], right[0])]
        elif regions is None:
            candidates = []
        else:
            candidates = _one_each(slots_of(x, y).where, left, right)
        for i, j in candidates:
            a, b = figures[i], figures[j]
            if counterpart(i, b.article) or counterpart(j, a.article) or self.two_people(x, y, i, j):
                continue
            if not may_clash(a, b, cfg) and not retyped(x, y, i, j) and not one_named_person(holder[i], holder[j]):
                continue
            if stated_as[i] in bare_at.get(y, ()) or stated_as[j] in bare_at.get(x, ()):
                # "Artino scored 14 points and Echenique 16" / "Echenique scored 16 points and Artino 14": each value
                # is in the other sentence too, bare; they clash only where the values were swapped (each sentence
                # states the other's value: not "Vaughn finished with 16 points ... a 20-2 run" / "Hansbrough
                # finished with 20 points") and the diff put one for the other, no other word moved across the
                # figures ("Artino scored 16 points and Echenique 14").
                slots = slots_of(x, y) if regions is not None else None
                where = slots.where if slots is not None and swap(x, y, i, j) and slots.firm else {}
                if where.get(i) is None or where.get(i) != where.get(j):
                    continue
            elif figure_kind(a) == "year":
                # Two years are one thing told two ways only where the diff put one for the other ("Voters in 2009
                # approved" / "Palmer voters in 2010 approved"), not wherever a sentence names another year ("the
                # 2012 regular season" / "the 2013 NFL Draft").
                slots = slots_of(x, y) if regions is not None else None
                where = slots.where if slots is not None else {}
                if (where.get(i) is None or where.get(i) != where.get(j)) and not (
                    alone and self.shares_claim(x, y, self.link_key[key_of[i]])
                ):
                    # ... or where each sentence names that one year only and both state some other figure alike: "In
                    # 2019, a smaller boat sank near Brask, killing 6 people" / "A boat sank near Brask in 2018,
                    # killing 6 people" (the year moved, so the diff did not put one for the other; review-s23 F3)
                    continue
            found.append((i, j))
        return found


def put_for(where: Mapping[int, int], i: int, j: int) -> bool:
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

