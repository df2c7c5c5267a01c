"""The joins of fact grouping, one function a step, run in this order by ``facts.facts_and_clashes``: aligned
sentences' equal values and their clashes (``join_aligned``), their compatible unequal values (``join_hedged``), the
clashes as conflicts (``join_clashes``), equal values anywhere (``join_equal_values``), the shot and the wounded of
one count (``join_hit_counts``), a noun's count with its one role (``join_role_nouns``), unaligned compatible values
and conflicts (``join_unaligned``, ``join_conflicts``), and last which figures make each fact (``fact_members``).
Each step reads the figures' readings (``FigureTable``) and joins groups (``FactGroups``); none reads text but through
them, and none builds a ``Fact`` (``core/fact_rows.py`` does)."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from itertools import combinations

from .date_signs import SameEvent, needs_sign
from .fact_groups import FactGroups, clash_parts, one_story, take_along
from .fact_keys import CHANGE, HIT_ROLES, STAMP, Place, Sentences, date_year, episode, figure_kind, indefinite, is_rest
from .fact_table import FigureTable
from .fact_values import EPS, may_clash, other_years, same_value
from .link_clashes import Clashes, LinkFigures, Pairs, put_for


def join_aligned(
    t: FigureTable, links: LinkFigures, aligned_pairs: Sequence[tuple[Place, Place]], groups: FactGroups
) -> tuple[Clashes, Pairs]:
    """1. Aligned sentences: compatible figures of one key join; of the figures left without an equal or compatible
    partner, the one figure of a key on each side answers the same question in both sentences
    (``LinkFigures.answers``), and joins as a conflict when they can be one thing misreported. A clash is read from
    the two sentences (and their two articles) only, never from groups formed so far: the link's flag is the same
    whatever else is loaded. Equal values join here (an age only with an age of one person it may be); compatible
    unequal values are returned, to join once every equal value has (``join_hedged``); the clashes, per aligned pair,
    are returned as found."""
    figures, regions, figs_at, told_of, stamped = t.figures, links.regions, links.figs_at, links.told_of, links.stamped
    answers, slots_of, unit_swaps, repeats = links.answers, links.slots_of, links.unit_swaps, links.repeats
    one_person = t.one_person
    clashes: Clashes = {}
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
                joined = [(i, j) for i, j in joined if told_of[i] == told_of[j] or same_value(figures[i], figures[j])]
                found = [(i, j) for i, j in found if told_of[i] == told_of[j]]
            for i, j in joined:
                if key[0] == "date" and date_year(figures[i]) != date_year(figures[j]):
                    if not other_years(figures[i], figures[j]):
                        hedged.append((i, j))  # "June 6" and "June 6, 2013": guarded, so no year bridges two
                    elif (
                        regions is not None and x not in stamped and y not in stamped
                        and put_for(slots_of(x, y).where, i, j) and slots_of(x, y).worded
                    ):  # fmt: skip
                        # "on March 3, 2024, killing five" / "on March 3, 2023, killing five": the diff put one year
                        # for the other where they stand, so one date told two ways (of one thing the two sentences
                        # share words about: two datelines, a date alone, are two articles' dates).
                        found.append((i, j))
                elif same_value(figures[i], figures[j]) and not (age and not one_person(i, j)):
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
    return clashes, hedged


def join_hedged(t: FigureTable, links: LinkFigures, hedged: Pairs, groups: FactGroups) -> None:
    """Compatible unequal values of aligned sentences ("at least 14" and 15) join once every equal value has, closest
    values first, then in the content order, and only where no article would then hold two things that cannot both
    be true: a hedge linked to two sentences of one article ("more than eight years" to its "seven years" and its
    "eight years") never chains that article's two counts into one fact that reads as a conflict no link shows."""
    figures, repeats, by_content = t.figures, links.repeats, t.by_content

    def gap(pair: tuple[int, int]) -> float:
        a, b = figures[pair[0]].value, figures[pair[1]].value
        return abs(a - b) / max(abs(a), abs(b), EPS)

    for i, j in sorted(hedged, key=lambda pair: (gap(pair), by_content(pair))):
        groups.join(i, j)
        for repeat in repeats.get(i, ()):
            groups.union(i, repeat)
        for repeat in repeats.get(j, ()):
            groups.union(j, repeat)


def join_clashes(t: FigureTable, clashes: Clashes, groups: FactGroups) -> tuple[dict[int, int], list[int]]:
    """2. The links' clashes are the facts' conflicts, so a link's flag and the sidebar tell one story about a pair of
    figures: each clash's two groups join as one conflict (before any figure of unaligned sentences joins, so a
    third article's equal values cannot keep them apart), unless some article, through its aligned sentences,
    states things on both sides that cannot both be true (the groups hold other things: "12 magazines" of one
    raid, "31" in all). Then the clash keeps its own conflict fact: its figures, and every clash they take part
    in, leave their groups (``apart``), and the groups are not chained together.
    Returns ``apart`` (figure -> its own conflict fact) and the union-find's parents before any clash joined."""
    tried = sorted((pair for found in clashes.values() for pair in found), key=t.by_content)
    joined_before = groups.parent.copy()  # the groups of aligned equal and compatible values, before any clash
    refused = [(i, j) for i, j in tried if not groups.join(i, j)]
    apart = clash_parts(clashes, refused)
    return apart, joined_before


def join_equal_values(
    t: FigureTable, groups: FactGroups, aligned: Collection[tuple[Place, Place]], sentences: Sentences | None
) -> None:
    """3. Repeats and equal values, bucketed: the same stated number under one key is one fact wherever it is
    (not a bare number: "10" twice is a coincidence), unless its group and the other's hold incompatible
    figures of one article (then it tries the bucket's next group, up to ``max_claims`` of them).
    Scope only tells unequal values apart: "56 killed since Nov. 27" and "56 killed" are one count.
    A year or a date joins only with a sign it dates one thing (``SameEvent``)."""
    figures, cfg, key_of, bare, stamp, one_person = t.figures, t.cfg, t.key_of, t.bare, t.stamp, t.one_person
    by_key, content = t.by_key, t.content
    # Pairs of articles that tell one story by what else they share (links, equal counts, never a calendar value): an
    # equal day and month of theirs is one date told alike, whatever words surround it ("guilty verdict on March 20" /
    # "convicted March 20"; review s30 finding 5).
    # no sign of one story here:
    calendar = [bare[i] or figure_kind(f) in ("date", "year") for i, f in enumerate(figures)]
    storied = one_story(figures, aligned, key_of, calendar)
    same_event = SameEvent(figures, sentences, aligned, storied, cfg.event_window)
    buckets: dict[tuple[tuple[str, ...], float, float | None], list[int]] = {}
    # A rate is no toll's scope: "$22 million per season" and a "$22 million" bonus are two things.
    # A capacity is kept apart only from unequal values: "could carry 50 people" and "its licence allowed 50 people on
    # board" corroborate each other (review-s23 r31), while "licensed for 50" never clashes with "carrying 73".
    # A time's scope is its clock: "04:40 GMT" is never the local "4:40 a.m." (figures.fixed_kinds.times).
    # Another episode ("(in September)": core/episodes.py) is never the story's by equal value either.
    unscoped = {key: key[:3] if not key[3].startswith(("per ", "apiece", CHANGE)) and key[0] != "time"
                and not episode(key[3]) else key for key in by_key}  # fmt: skip
    # A toll's equal values are one count whoever it names: "three men killed", "Three killed" and "of the men killed:
    # three" (one toll in five rows: review-s27 finding 8); not a single victim ("a man", "a teenager", "one"), too
    # often another person than the other article's.
    whoever = {key: (bucket[0], bucket[1], "*", *bucket[3:]) for key, bucket in unscoped.items()
               if bucket[0] == "count" and bucket[1]}  # fmt: skip
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
            if not needs_sign(figures[first], f):
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


def join_hit_counts(t: FigureTable, groups: FactGroups) -> None:
    """The people shot and the people wounded of one equal count are one group told two ways ("Seven people were shot" /
    "seven people were injured"; "All five of the wounded" / "five people were shot": review s29 finding 7), where
    the articles give the story one wounded count only (where some say "five shot" and others "three wounded", the
    five are the dead and the wounded together, and an article's "five wounded" contradicts the three), and the
    article of each states no other count of the other role ("three other employees wounded" earlier this year, in
    an article whose shooting "shot eight people", is not the story's "shot three")."""
    figures, cfg, key_of, stated_as, stamp, content = t.figures, t.cfg, t.key_of, t.stated_as, t.stamp, t.content
    n = len(figures)
    hit_values: dict[tuple[int, str], set[tuple[float, float | None]]] = {}
    for i in range(n):
        kind, role, _noun, scope = key_of[i]
        if kind == "count" and role in HIT_ROLES and not episode(scope) and not is_rest(figures[i], cfg) \
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
        if kind != "count" or role not in HIT_ROLES or stated_as[i] != one_wounded or f.value <= cfg.hit_min_value:
            return False
        if episode(scope) or is_rest(f, cfg) or stamp[i] or indefinite(f) or f.article in with_dead:
            return False
        other = "injured" if role == "shot" else "shot"
        return hit_values.get((f.article, other), set()) <= {stated_as[i]}

    # The shot and the wounded of one equal count (``hit_one_group``): each group holding one joins the first's, once
    # the equal values of each role have joined (guarded: no article's two incompatible counts put in one).
    hit = [i for i in content if hit_one_group(i)]
    if {key_of[i][1] for i in hit} == HIT_ROLES:
        for i in hit[1:]:
            groups.join(hit[0], i)
    # Within one article, its shot and its wounded of one noun and one value are one group at any value above one
    # ("wounding two officers" ... "Two Capitol Police officers were shot": gva_480327 made them two rows), where the
    # article states no death toll and no other count of either role: one writer tells one group two ways, never
    # another city's shooting (what ``hit_min_value`` guards against across articles).
    told: dict[tuple[int, str, tuple[float, float | None]], dict[str, int]] = {}
    for i in content:
        f = figures[i]
        kind, role, noun, scope = key_of[i]
        if kind != "count" or role not in HIT_ROLES or not noun or f.value <= cfg.strong_min_value or episode(scope):
            continue
        if is_rest(f, cfg) or stamp[i] or indefinite(f) or f.article in with_dead:
            continue
        if len(hit_values.get((f.article, "shot"), ())) == len(hit_values.get((f.article, "injured"), ())) == 1:
            told.setdefault((f.article, noun, stated_as[i]), {}).setdefault(role, i)
    for roles in told.values():
        if len(roles) == 2:
            groups.join(roles["shot"], roles["injured"])


def join_role_nouns(t: FigureTable, groups: FactGroups) -> None:
    """A count of a noun that names no role ("Two members of the gang") joins the one role count of that noun and value
    ("Two members arrested"), when the articles give that noun and value one role only."""
    figures, cfg, key_of, bare, content = t.figures, t.cfg, t.key_of, t.bare, t.content
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


def join_unaligned(t: FigureTable, groups: FactGroups, aligned: Collection[tuple[Place, Place]]) -> Pairs:
    """4. Unaligned sentences, by claims: compatible unequal values of one key join when neither article states
    the other's value exactly; an unambiguous toll contradicting another unambiguous toll is a conflict.
    Compatible pairs join here, in the content order once all are known; the conflicts are returned, to join last
    (``join_conflicts``)."""
    figures, cfg, key_of, by_key, bare, claims = t.figures, t.cfg, t.key_of, t.by_key, t.bare, t.claims
    unambiguous, meet, counterpart, by_content = t.unambiguous, t.meet, t.counterpart, t.by_content
    conflicting: Pairs = []  # incompatible pairs of unaligned sentences: joined last
    # Which pairs of articles show a sign they tell one story (``one_story``): unaligned sentences of two articles
    # conflict only then. Two reports of two fires (Brooklyn, three killed / the Bronx, 12 killed) with no linked
    # sentence and no figure in common are two events, not two outlets disagreeing (review s30 finding 2).
    story = one_story(figures, aligned, key_of, bare)
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
                    if bare[i] or bare[j] or same_value(a, b) or indefinite(a) or indefinite(b):
                        continue  # "a man was shot" elsewhere is too often one victim among several: equal only
                    if meet(i, j):
                        big, small = max(a.value, b.value), min(a.value, b.value)
                        near = kind != "count" or big <= cfg.unaligned_max_ratio * small
                        alone = not any(same_value(a, figures[k]) for k in cy) and not any(
                            same_value(b, figures[k]) for k in cx)
                        if near and alone:
                            joins.append((i, j))
                        continue
                    strong = (kind == "count" and role != "" and unambiguous[(key, art_x)] and unambiguous[(key, art_y)]
                              and a.value > cfg.strong_min_value and b.value > cfg.strong_min_value
                              and may_clash(a, b, cfg))  # fmt: skip
                    if strong and (art_x, art_y) in story and not counterpart(i, art_y) and not counterpart(j, art_x) \
                            and ((a.article, a.sentence), (b.article, b.sentence)) not in aligned \
                            and ((b.article, b.sentence), (a.article, a.sentence)) not in aligned:
                        conflicting.append((i, j))  # aligned sentences: the link's clashes decided above

    for i, j in sorted(joins, key=by_content):
        groups.join(i, j)
    return conflicting


def join_conflicts(t: FigureTable, groups: FactGroups, conflicting: Pairs) -> None:
    """5. Conflicts of unaligned sentences last, between the groups formed by agreement: two groups join as one
    conflict only when no article states, among them, two things the other cannot be ("14 points" and "11
    points" of one article are two players, whatever third article's "117 points" clashes with each): a fact
    never chains one article's distinct figures together through other articles."""
    for i, j in sorted(conflicting, key=t.by_content):
        groups.join(i, j)


def fact_members(
    t: FigureTable,
    groups: FactGroups,
    apart: dict[int, int],
    joined_before: list[int],
    clashes: Clashes,
    aligned: Collection[tuple[Place, Place]],
) -> list[list[int]]:
    """Which figures make each fact: each group's, but that a clash kept apart (``join_clashes``) makes a conflict
    fact of its own, with what its figures' linked sentences corroborate (``take_along``). Each fact's figure
    indexes in increasing order, the facts in the order of their first figures' groups as met."""
    figures, spans, n = t.figures, t.spans, len(t.figures)
    members_of: dict[tuple[bool, int], list[int]] = {}
    for i in range(n):
        own = apart.get(i)
        members_of.setdefault((False, groups.find(i)) if own is None else (True, own), []).append(i)
    if apart:
        # A clash's own conflict fact keeps what its figures' linked sentences corroborate: "at least 14" linked to
        # B's "14", left alone when that 14 went into the conflict it is part of, goes with it.
        take_along(members_of, apart, joined_before, {k for found in clashes.values() for pair in found for k in pair},
                    figures, spans, aligned, groups.find)  # fmt: skip
    return list(members_of.values())
