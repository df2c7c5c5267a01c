"""The groups fact reconciliation builds: a guarded union-find over figure indexes (``FactGroups``: no join puts one
article's incompatible figures, or dates of two stated years, in one group), and what is read of groups and links
around it: which sentence pairs are aligned and hold figures (``aligned_place_pairs``), which pairs of articles tell one
story (``one_story``), the clashes that keep conflict facts of their own (``clash_parts``, ``take_along``). It never
decides which figures join (``core/fact_joins.py`` does)."""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from itertools import combinations

from .fact_keys import Key, Place, date_year, indefinite
from .fact_values import EPS
from .link_clashes import Clashes
from .model import Figure, SentenceRef


class FactGroups:
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
                if known is not None and (lo > known[1] + EPS or known[0] > hi + EPS):
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


def aligned_place_pairs(
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



def one_story(
    figures: Sequence[Figure],
    aligned: Collection[tuple[Place, Place]],
    key_of: Sequence[Key],
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


def clash_parts(clashes: Clashes, refused: Sequence[tuple[int, int]]) -> dict[int, int]:
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


def take_along(
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
        return spans[i][0] <= spans[j][1] + EPS and spans[j][0] <= spans[i][1] + EPS

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

