"""The knobs of fact reconciliation (``core/facts.py`` and its parts), in one frozen settings object, each with its
reason: ``FactSettings``, today's values as defaults. It holds values only: no rule reads them here."""

from __future__ import annotations

from dataclasses import dataclass

# ---------------------------------------------------------------------------------------------------------------
# Tuning knobs and compatibility rules, in one place.
# ---------------------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FactSettings:
    """Knobs of ``group_facts`` / ``compatible``, today's values as defaults, each with its reason."""

    # "about 4 million" and "4.1 million" are the same figure: an approximate hedge widens a value by this share.
    approx_tolerance: float = 0.10
    # A claim elsewhere in an article answers for another outlet's value only when it bounds it closely: its upper
    # end at most this many times its lower ("about 40", "40 to 45", "between $140 and $150 million"), not an open or
    # wide hedge ("at least 17", "no more than 50 people", which excused every clash in their range: review-s23 F1).
    tight_ratio: float = 1.5
    # Hedges that widen a value both ways ("about") or only downwards ("nearly 25" is 23 or 24, never 26).
    approx_hedges: frozenset[str] = frozenset({"about"})
    below_hedges: frozenset[str] = frozenset({"nearly"})
    # Bounds: "at least 25" and "more than two dozen" allow any larger count, "up to 30" any smaller. A lower bound
    # is an early toll, not a wrong one: "at least 25" and 31 are compatible (the note shows both).
    lower_bounds: frozenset[str] = frozenset({"at least", "more than"})
    upper_bounds: frozenset[str] = frozenset({"up to", "fewer than"})
    # Hedges that leave their own value out: "more than 40" is 41 or more, "fewer than 10" at most 9, "nearly 20" 18 or
    # 19. Against the same number told exactly ("exactly 40") they conflict; against the plain number ("40", which may
    # be rounded) they are compatible, never an agreement (review-s23 F23).
    strict_hedges: frozenset[str] = frozenset({"more than", "fewer than", "nearly"})
    exact_hedges: frozenset[str] = frozenset({"exactly"})
    # Times: "about 1:50 a.m." is 1:35..2:05; "shortly before 2 a.m." is 1:30..2:00 (minutes each way).
    time_about_minutes: int = 15
    time_before_after_minutes: int = 30
    # Nouns that name nobody in particular: "25 people killed", "25 killed" and "25 victims killed" are one count,
    # while "10 children killed" is another.
    # "two villagers slightly injured" and "injured two people" are one count (review-s27 finding 1).
    generic_nouns: frozenset[str] = frozenset({"", "people", "victims", "persons", "individuals", "civilians",
                                               "villagers", "residents"})  # fmt: skip
    # Nouns that count the rest of a group ("one killed and three others wounded"): they join a generic count of the
    # same value (corroboration in other words) but never conflict with one (a part is not the whole).
    rest_nouns: frozenset[str] = frozenset({"others", "other people"})
    # Two different dates (years) in aligned sentences conflict only this close; further apart they are other events.
    date_clash_days: int = 3
    year_clash_years: int = 1
    # Two values more than this many times apart are two things, never one misreported (``may_clash``): "2,117 career
    # points" / "23 points" of one game, "1 in 500 users" / "millions of users", "$160 million" / "$2.5 million" of
    # two thefts. On ECB+ tuning, 27 distinct flagged pairs lay 10 times apart or more and none was one thing told two
    # ways (session 34, figs34.md); a slip of a digit or a scale word keeps its digits ("14" / "140", "$1.6 million" /
    # "$1.6 billion") and still clashes, and so does a toll of any role ("3 killed" / "45 killed": tolls grow).
    clash_max_ratio: float = 10.0
    # Unaligned sentences conflict on a count only above this value: a single victim ("a man was killed") is too
    # often one person among several or another incident in the same article.
    strong_min_value: float = 1
    # An article stating more distinct values than this for one key (several incidents, running tallies) is
    # ambiguous: its figures join other articles' only on equal values or aligned sentences. Also what keeps
    # grouping linear: claims are compared pairwise only below this bound.
    max_claims: int = 6
    # Unaligned counts that are compatible but unequal join only this close (larger over smaller stated value):
    # "at least 25" and 31 (1.24), "dozens" and "at least 40" (1.67) are one toll; "at least seven" (one strike)
    # and "hundreds of thousands" (the whole war) are compatible but plainly not one thing.
    unaligned_max_ratio: float = 2.0
    # Equal counts of the shot and of the wounded are one group (``facts_and_clashes``) only above this value: "two
    # people wounded" in another city's last shooting and the story's "two men shot" joined on the news clusters.
    hit_min_value: float = 2
    # A year or a date with no year is no sign of what it dates: "enlisted in November of 2010" and "went to the
    # Middle East in 2010" are two things (review s29 finding 4). Two articles' equal years or dates join only where
    # their sentences are aligned or share a word of what they tell (``event_words``), within this many words either
    # side of the figure: the clause of the date, not the rest of a long sentence.
    event_window: int = 8


DEFAULT_FACT_SETTINGS = FactSettings()
