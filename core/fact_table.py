"""What fact grouping reads of each figure, worked out once per comparison (``read_figures``): its key, interval,
stated value, holder if an age, its article's distinct claims under its key, and the content order every guarded
join is tried in; and the questions every step of grouping asks of two figures (``meet``, ``one_person``,
``counterpart``). It reads figures (and the sentence around an age); it never joins them (``core/fact_joins.py``)."""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations

from .age_holders import age_holder, same_holder
from .fact_keys import STAMP, Key, Sentences, bare_count, figure_key, indefinite
from .fact_settings import FactSettings
from .fact_values import EPS, interval, meet
from .model import Figure

Value = tuple[float, float | None]  # a stated number, hedging aside: (value, high end of a range or None)


@dataclass
class FigureTable:
    """Each figure's readings (lists indexed like ``figures``) and each (key, article)'s claims, read once."""

    figures: Sequence[Figure]
    cfg: FactSettings
    bare: list[bool]  # a count that says nothing about what it counts ("10")
    stamp: list[bool]  # a page's own time stamp: one fact with its repeats only
    key_of: list[Key]
    by_key: dict[Key, list[int]]  # in first-appearance order
    holder: list[str]  # who an age is of (``age_holder``), "" where unknown or no age
    spans: list[tuple[float, float]]  # ``interval``
    stated_as: list[Value]  # equal values: the same stated number, hedging aside
    claims: dict[tuple[Key, int], list[int]]  # per key and article: one figure per distinct statement
    unambiguous: dict[tuple[Key, int], bool]  # the article's claims for the key all compatible: one toll
    values_of: dict[tuple[Key, int], set[Value]]  # the values an article states under a key
    tight_of: dict[tuple[Key, int], list[tuple[float, float]]]  # its claims that bound a value closely
    content: list[int]  # the figures in the content order (``_content_order``)
    rank: list[int]  # each figure's place in it
    sentences: Sentences | None = None  # each sentence's start and text, when the caller gave them

    def one_person(self, i: int, j: int) -> bool:
        """Whether two ages may be of one person (``same_holder``); always, for figures that are no ages."""
        return same_holder(self.holder[i], self.holder[j])

    def meet(self, i: int, j: int) -> bool:
        """``compatible`` on the precomputed intervals."""
        return meet(self.figures[i], self.spans[i], self.figures[j], self.spans[j])

    def counterpart(self, i: int, art: int) -> bool:
        """Whether article ``art`` states figure ``i``'s own value under the same key (hedging aside), or a close
        bound around it (``FactSettings.tight_ratio``): then the two sentences' figures need not be one thing told
        two ways. An open or wide hedge elsewhere does not count: "at least 17" or "no more than 50 people" covers a
        whole range, and excused every clash in it, so a toll update "killing 17" / "killing 19" over leads "at least
        17" / "at least 19" read as no discrepancy (review-s23 F1)."""
        figures, key_of = self.figures, self.key_of
        if (figures[i].value, figures[i].high) in self.values_of.get((key_of[i], art), ()):
            return True
        lo, hi = self.spans[i]
        return any(a <= hi + EPS and lo <= b + EPS for a, b in self.tight_of.get((key_of[i], art), ()))

    def by_content(self, pair: tuple[int, int]) -> tuple[int, int]:
        """A pair's sort key in the content order: which of two figures competing for one group wins cannot depend
        on which file came first."""
        a, b = self.rank[pair[0]], self.rank[pair[1]]
        return (a, b) if a < b else (b, a)


def read_figures(figures: Sequence[Figure], cfg: FactSettings, sentences: Sentences | None) -> FigureTable:
    """Every figure's readings, each worked out once per distinct input (a comparison has few keys and few distinct
    statements, however many figures)."""
    n = len(figures)
    bare = [bare_count(f) for f in figures]
    stamp = [f.counts == STAMP for f in figures]

    # A key depends on a figure's unit, counts and scope only: worked out once per distinct three (a comparison
    # has few), each figure's looked up.
    keys: dict[tuple[str, str, str], Key] = {}
    key_of: list[Key] = []
    by_key: dict[Key, list[int]] = {}
    for i, f in enumerate(figures):
        key = keys.get((f.unit, f.counts, f.scope))
        if key is None:
            key = keys[(f.unit, f.counts, f.scope)] = figure_key(f, cfg)
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

    # Computed once, per distinct statement (a comparison repeats few): every comparison reads these.
    known_spans: dict[tuple[str, float, float | None, str, bool], tuple[float, float]] = {}
    spans = []
    for f in figures:
        statement = (f.unit, f.value, f.high, f.qualifier, indefinite(f))  # "a man" allows more than "1" does
        span = known_spans.get(statement)
        if span is None:
            span = known_spans[statement] = interval(f, cfg)
        spans.append(span)

    # Every guarded join is tried in the content order (``_content_order``), never the articles': which of two
    # figures competing for one group wins cannot depend on which file came first.
    content, rank = _content_order(figures)
    stated_as = [(f.value, f.high) for f in figures]
    table = FigureTable(figures, cfg, bare, stamp, key_of, by_key, holder, spans, stated_as, {}, {}, {}, {}, content,
                        rank, sentences)  # fmt: skip

    # Per key and article: distinct claims, and whether the article is unambiguous about the key (all its claims
    # compatible with one another: one toll, told once or many times).
    claims, unambiguous, meet = table.claims, table.unambiguous, table.meet
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
    for ka, distinct in claims.items():
        table.values_of[ka] = {(figures[j].value, figures[j].high) for j in distinct}
        table.tight_of[ka] = [spans[j] for j in distinct
                              if spans[j][0] > 0 and spans[j][1] <= cfg.tight_ratio * spans[j][0]]  # fmt: skip
    return table


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

