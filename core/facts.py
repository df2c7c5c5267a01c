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
see ``figure_key``) and either aligned sentences or a figure specific enough to stand on its own. What a value allows is
its interval (``interval``: hedges, bounds, ranges, vague plurals, times to the minute); two figures are compatible when
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
only: they never look at article text, never find figures (``core/figures`` does), and import nothing but the model and
the lexicons of pronouns (``core/pronouns.py``) and stopwords (``core/stopwords.py``).

This module is the entry point and the pipeline: ``facts_and_clashes`` runs the steps of grouping in order and
decides nothing itself. Its parts, one job each: ``fact_settings`` (the knobs, ``FactSettings``), ``fact_keys`` (what
a figure speaks of), ``fact_values`` (what a value allows, whether two can both be true), ``fact_labels`` (how a
fact's row reads), ``age_holders`` (who an age is of; whom two linked sentences' figures are told of), ``date_signs``
(whether two equal years or dates date one thing), ``fact_table`` (what grouping reads of each figure, once),
``link_clashes`` (which figures of two aligned sentences answer each other), ``fact_groups`` (the guarded union-find),
``fact_joins`` (the steps) and ``fact_rows`` (groups -> ``Fact`` rows). Every public name of theirs is importable
from here (``__all__``), the one entry point for other modules.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from .age_holders import HOLDER_CLASSES, age_holder, one_named_person, same_holder
from .date_signs import event_words
from .fact_groups import FactGroups, aligned_place_pairs
from .fact_joins import (
    fact_members,
    join_aligned,
    join_clashes,
    join_conflicts,
    join_equal_values,
    join_hedged,
    join_hit_counts,
    join_role_nouns,
    join_unaligned,
)
from .fact_keys import (
    CAPACITY,
    CHANGE,
    CONVERTED,
    ROLES,
    STAMP,
    Place,
    Sentences,
    date_year,
    episode,
    indefinite,
    role_of,
)
from .fact_labels import canonical, label_of, stated
from .fact_rows import conversions_of, fact_rows, with_conversions
from .fact_settings import DEFAULT_FACT_SETTINGS, FactSettings
from .fact_table import read_figures
from .fact_units import in_base
from .fact_values import compatible, interval
from .link_clashes import Clashes, LinkFigures, Pairs, Regions, Slots
from .model import Fact, Figure, SentenceRef

# The public names of fact reconciliation, whichever part now holds each: other modules import them from here.
__all__ = [
    "CAPACITY", "CHANGE", "CONVERTED", "DEFAULT_FACT_SETTINGS", "HOLDER_CLASSES", "ROLES", "STAMP",
    "Clashes", "FactSettings", "Pairs", "Place", "Regions", "Sentences", "Slots",
    "age_holder", "canonical", "compatible", "date_year", "episode", "event_words", "facts_and_clashes",
    "group_facts", "indefinite", "interval", "label_of", "one_named_person", "role_of", "same_holder", "stated",
]  # fmt: skip


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
    figures = [in_base(f) for f in figures]  # one measure in one unit: "200 feet" / "60m" (fact_units)
    figures_read = read_figures(figures, settings, sentences)  # keys, intervals, claims, holders: once
    links = LinkFigures(figures_read, regions)  # each sentence's figures by key, as links compare them
    aligned_pairs = aligned_place_pairs(figures, linked, pairs)
    aligned = set(aligned_pairs)
    groups = FactGroups(figures, figures_read.spans)
    # 1. Aligned sentences: equal values join, clashes are read (the links' flags); compatible values join next.
    clashes, hedged = join_aligned(figures_read, links, aligned_pairs, groups)
    join_hedged(figures_read, links, hedged, groups)
    # 2. The links' clashes are the facts' conflicts.
    apart, joined_before = join_clashes(figures_read, clashes, groups)
    # 3. Equal values wherever they stand; the shot and the wounded of one count; a noun's count with its one role.
    join_equal_values(figures_read, groups, aligned, sentences)
    join_hit_counts(figures_read, groups)
    join_role_nouns(figures_read, groups)
    # 4. Unaligned sentences: compatible values join; 5. their conflicts last, between the groups formed by agreement.
    conflicting = join_unaligned(figures_read, groups, aligned)
    join_conflicts(figures_read, groups, conflicting)
    members = fact_members(figures_read, groups, apart, joined_before, clashes, aligned)
    # 6. A conversion in brackets goes with the figure it converts: "700 meters (2,300 feet)" is one row.
    converted = conversions_of(figures)
    members = with_conversions(figures, members, converted)
    return fact_rows(figures_read, members, converted.keys()), clashes
