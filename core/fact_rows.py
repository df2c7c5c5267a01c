"""Facts from groups: each group of figure indexes becomes one ``Fact`` row, its status and note judged from its
distinct statements (``_judge``), labelled (``fact_labels``), the rows in the order the reader meets them (conflicts,
compatible, agreements, single-source; each by first appearance), two conflicts that read alike led by one article,
two rows of one label told apart, and a "shot" count noted where another source sums it (``_shot_sums``). It never
moves a figure from one group to another, but a conversion in brackets to its source's (``with_conversions``,
before the rows are made)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import replace
from itertools import combinations

from .fact_keys import CHANGE, CONVERTED, bare_count, date_year, figure_kind, noun_class, role_of
from .fact_labels import canonical, label_of, stated, told_apart, told_by_all
from .fact_settings import FactSettings
from .fact_table import FigureTable
from .fact_units import across_units, unit_of
from .fact_values import compatible, hedged_apart, rounding_step, same_value
from .model import AGREE, COMPATIBLE, CONFLICT, SINGLE_SOURCE, Fact, Figure


def conversions_of(figures: Sequence[Figure]) -> dict[int, int]:
    """Each figure that restates the figure before it in its sentence in brackets (scope ``CONVERTED``: "fell 700
    meters (2,300 feet)", "$5 million (3.1 million pounds)") -> that figure's index: one walk over the figures."""
    pairs: dict[int, int] = {}
    if all(f.scope != CONVERTED for f in figures):  # nearly every report
        return pairs
    last: dict[tuple[int, int], int] = {}  # (article, sentence) -> its figure met last, in reading order
    for i in sorted(range(len(figures)), key=lambda i: (figures[i].article, figures[i].sentence, figures[i].start)):
        f = figures[i]
        before = last.get((f.article, f.sentence))
        if before is not None and _restates(f, figures[before]):
            pairs[i] = before
        last[f.article, f.sentence] = i
    return pairs


def with_conversions(figures: Sequence[Figure], groups: list[list[int]], pairs: Mapping[int, int]) -> list[list[int]]:
    """``groups`` with each conversion in ``pairs`` (``conversions_of``) put with the figure it converts: one figure
    told in two units or currencies is one row of the table, not two. A measure's group joins its source's whole:
    what either joined (another article's "2,300ft") joins the other, the units compared in one base unit. A sum
    in another currency moves alone: a currency has no rate here, so what it joined (other articles' sums in its
    currency) stays apart from the source's sums. The conversion takes no part in the fact's label, status or
    clashing pairs (``fact_rows``); "$US1 million ($1.52 million)" reads both sums as US dollars (ECB+ 13)."""
    if not pairs:
        return groups
    group_of = {i: g for g, members in enumerate(groups) for i in members}
    root = list(range(len(groups)))

    def find(g: int) -> int:
        while root[g] != g:
            root[g] = root[root[g]]
            g = root[g]
        return g

    moved: dict[int, int] = {}  # a sum's conversion -> the figure it converts
    for conversion, source in pairs.items():
        if conversion not in group_of or source not in group_of:
            continue
        if figures[conversion].unit.startswith("money"):
            moved[conversion] = source
            continue
        a, b = find(group_of[source]), find(group_of[conversion])
        root[max(a, b)] = min(a, b)  # the earlier group stands for both: facts keep their first-met order
    merged: dict[int, list[int]] = {}
    for g, members in enumerate(groups):
        merged.setdefault(find(g), []).extend(i for i in members if i not in moved)
    for conversion, source in moved.items():
        merged[find(group_of[source])].append(conversion)
    return [sorted(members) for members in merged.values() if members]


def _restates(f: Figure, before: Figure) -> bool:
    """Whether ``f`` restates ``before``, the figure before it in its sentence, in brackets: a measure in another
    unit of its measure (one base unit, "length:m"), or a sum in another currency (or one the reader cannot tell
    apart: "$US1 million ($1.52 million)")."""
    if f.scope != CONVERTED:
        return False
    if f.unit.startswith("money") or before.unit.startswith("money"):
        return f.unit.startswith("money") and before.unit.startswith("money")
    return unit_of(f) == unit_of(before)


def fact_rows(t: FigureTable, groups: Iterable[list[int]], restated: Collection[int] = ()) -> list[Fact]:
    """The facts of ``groups`` (each a list of figure indexes in increasing order), indexed 0..n-1 in reading order.
    A conversion in brackets (``restated``: ``conversions_of``, joined by ``with_conversions``) is shown with its fact
    but neither labels nor judges it."""
    figures, cfg, content, rank = t.figures, t.cfg, t.content, t.rank
    built: list[tuple[int, int, str, str, str, tuple[int, ...], Figure]] = []
    for members_idx in groups:
        group = canonical([figures[i] for i in members_idx if i not in restated])  # whatever the articles' order
        label = label_of(group, cfg)
        status, note = _judge(group, label, cfg)
        # members_idx is in increasing order (``fact_members``): its first is its smallest
        built.append((_RANK[status], members_idx[0], label, status, note, tuple(members_idx), group[0]))

    built.sort(key=lambda row: (row[0], row[1]))
    # Two conflicts that read alike (swapped values: Artino's "14 vs 16 points" and Echenique's "16 vs 14") each lead
    # with what one article states, the same article for both (the first in the content order), so they read "14 vs
    # 16" and "16 vs 14" as their links' notes do.
    alike = Counter((label, note) for _r, _f, label, status, note, _m, _c in built if status == CONFLICT)
    if any(count > 1 for count in alike.values()):
        article_at: dict[int, int] = {}  # each article's place in the content order: its first figure's
        for i in content:
            article_at.setdefault(figures[i].article, rank[i])
        built = [
            _lead_with_one_article(row, figures, article_at, cfg, restated)
            if row[3] == CONFLICT and alike[row[2], row[4]] > 1
            else row
            for row in built
        ]  # fmt: skip
    # Two rows with one label ("killed" in one strike, "killed" in the whole war) are told apart by what they state.
    seen = Counter(label for _r, _f, label, _s, _n, _m, _c in built)
    facts = [
        Fact(k, label if seen[label] == 1 else told_apart(label, first), status, members, note,
             _clashing([figures[i] for i in members if i not in restated], cfg)
             if status == CONFLICT else ())
        for k, (_r, _f, label, status, note, members, first) in enumerate(built)
    ]
    return _shot_sums(facts, figures, cfg)


def _lead_with_one_article(
    row: tuple[int, int, str, str, str, tuple[int, ...], Figure],
    figures: Sequence[Figure],
    place: Mapping[int, int],
    cfg: FactSettings,
    restated: Collection[int],
) -> tuple[int, int, str, str, str, tuple[int, ...], Figure]:
    """A conflict fact's row relabelled from what its article first in the content order (``place``) states: that
    statement's figures first, then the rest in ``canonical`` order."""
    order, first_index, _label, _status, _note, members, _first = row
    group = canonical([figures[i] for i in members if i not in restated])
    lead_art = min({f.article for f in group}, key=lambda art: place[art])
    said = next(f for f in group if f.article == lead_art)
    group = [f for f in group if same_value(f, said)] + [f for f in group if not same_value(f, said)]
    label = label_of(group, cfg)
    status, note = _judge(group, label, cfg)
    return order, first_index, label, status, note, members, group[0]


_RANK = {CONFLICT: 0, COMPATIBLE: 1, AGREE: 2, SINGLE_SOURCE: 3}  # the order facts come in, by status


def _shot_sums(facts: list[Fact], figures: Sequence[Figure], cfg: FactSettings) -> list[Fact]:
    """Note on a "shot" count another source states as killed + injured ("five shot" = "one killed, four injured").

    Only where that source gives exactly one killed and one injured count (generic nouns, no scope): a note, never
    a status, since "shot" may or may not count the dead in a given sentence.
    """
    tolls: dict[tuple[int, str], set[float]] = {}
    for f in figures:
        role = role_of(f)
        if role in ("killed", "injured") and figure_kind(f) == "count" and f.high is None and not f.scope \
                and noun_class(f, cfg) == "*":  # fmt: skip
            tolls.setdefault((f.article, role), set()).add(f.value)
    if not tolls:
        return facts
    out = []
    for fact in facts:
        first = figures[fact.figures[0]]
        if role_of(first) == "shot":  # every figure of a fact counts one role: its canonical one states it
            first = canonical([figures[i] for i in fact.figures])[0]
        if role_of(first) != "shot" or noun_class(first, cfg) != "*" or first.high is not None or first.scope:
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
    kind = figure_kind(claims[0])
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
        unequal = unequal or not same_value(a, b) or hedged_apart(a, b, cfg)
    # One wording per spelling, whatever its capitals: "two" and "Two" (a sentence's first word), "a (one)" and "A
    # (one)" are one word written alike, never "written differently" (gva_586609, review s33), the first kept.
    said: dict[str, str] = {}
    for f in claims:
        text = stated(f)
        said.setdefault(text.casefold(), text)
    wordings = list(said.values())
    first = members[0]
    what = label if figure_kind(first) == "count" and not bare_count(first) else ""
    if what and first.counts and what.startswith(first.text + " "):
        # Labelled by its first figure ("14 points"): the note names what is counted once, not that figure again
        # ("14 vs at least 14 vs 15 points", not "... vs 15 14 points").
        what = first.counts + (f" {first.scope}" if first.scope != CHANGE and told_by_all(members) else "")
    if clashing:
        return CONFLICT, f"{' vs '.join(wordings)} {what}".strip()
    if unequal:
        within = "hedging, bounds, range or rounding" if any(map(rounding_step, claims)) else "hedging, bounds or range"
        if any(across_units(a, b) for a, b in combinations(claims, 2)):  # "'200 feet' and '60m'": two units
            within = within.replace(" or ", ", ") + " or a conversion between units"
        return COMPATIBLE, f"{' and '.join(repr(s) for s in wordings)} differ but can all be true: within the stated " \
                           f"{within}"
    if len(wordings) > 1:
        return AGREE, f"{' and '.join(repr(s) for s in wordings)} agree: {_how_alike(claims)}"
    return AGREE, ""

