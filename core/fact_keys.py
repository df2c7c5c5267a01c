"""What a figure speaks of, read from the figure alone: its kind of number, casualty role, class of counted noun and
scope (``figure_key``: figures of two keys are never one fact), the vocabulary of roles and scopes (``ROLES``,
``STAMP``, ``CHANGE``, ``CAPACITY``, another ``episode``), the year a date states, and whether a count says what it
counts (``bare_count``) or how many (``indefinite``), and where a figure stands (``Place``). It never compares two
figures' values (``core/fact_values.py`` does)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .fact_settings import DEFAULT_FACT_SETTINGS, FactSettings
from .fact_units import unit_of
from .model import Figure

Place = tuple[int, int]  # where a figure stands: (article, sentence)
Sentences = Callable[[Place], tuple[int, str]]  # a sentence's start in its article, and its text
# what a figure speaks of (``figure_key``): kind, role or timed event, noun class, scope
Key = tuple[str, str, str, str]

# The roles of the people hit by gunfire: shot (the dead among them) and injured (wounded).
HIT_ROLES = frozenset({"shot", "injured"})
ROLES = frozenset({"killed", "injured", "shot", "arrested", "missing", "displaced", "casualties", "rescued"})
# What a page's own time stamp counts (``figures.stamps.STAMP``: "Posted: Jul 07, 2012 7:40 PM ET"): the page's
# date, not the event's, so never one fact with another page's (two outlets post at different times).
STAMP = "stamp"
# The scope of a figure that states a change (``figures.changes.CHANGE``: "rose 12%", "fell by 2", a fall negative): a
# change is never one thing with a level or a total of the same value, and is compared only through aligned sentences.
CHANGE = "change"
# The scope of a capacity (``figures.changes.CAPACITY``: "licensed for 50 people"): never clashes with a count.
CAPACITY = "capacity"
# The scope of a sum in brackets after another sum, its conversion (``figures.conversions.CONVERTED``).
CONVERTED = "(converted)"


def episode(scope: str) -> bool:
    """Whether a scope places its figure in another event or time than the story's: ``core/episodes.py`` writes the
    phrase in brackets ("(in September)", "(another shooting)"). Such a figure joins only the figures of that very
    episode (its key holds the scope): never the story's by equal value, never in conflict with them."""
    return scope.startswith("(") and scope != CONVERTED


@cache  # a comparison has few distinct "counts" strings and asks about each thousands of times
def noun_and_role(counts: str) -> tuple[str, str]:
    """ "children killed" -> ("children", "killed"); "people" -> ("people", ""); "killed" -> ("", "killed")."""
    words = counts.split()
    if words and words[-1] in ROLES:
        return " ".join(words[:-1]), words[-1]
    return counts, ""


def role_of(f: Figure) -> str:
    """The casualty role a figure counts ("killed", "injured", ...), "" when it states none."""
    return noun_and_role(f.counts)[1]


_YEAR_IN_DATE = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


@cache  # a comparison states few distinct dates
def _year_in(text: str) -> int | None:
    found = _YEAR_IN_DATE.search(text)
    return int(found.group()) if found else None


def date_year(f: Figure) -> int | None:
    """The year a date states in its own words ("June 6, 2013" -> 2013), None when it states none ("June 6") or the
    figure is no date."""
    return _year_in(f.text) if f.unit == "date" else None


def other_years(a: Figure, b: Figure) -> bool:
    """Two dates that state different years ("Sep 10, 2010" and "September 10, 2012"): never one thing."""
    ya, yb = date_year(a), date_year(b)
    return ya is not None and yb is not None and ya != yb


def figure_kind(f: Figure) -> str:
    return "count" if f.unit in ("", "vague") else unit_of(f)


def noun_class(f: Figure, cfg: FactSettings) -> str:
    noun = noun_and_role(f.counts)[0]
    return "*" if noun in cfg.generic_nouns or noun in cfg.rest_nouns else noun


def is_rest(f: Figure, cfg: FactSettings) -> bool:
    return noun_and_role(f.counts)[0] in cfg.rest_nouns


def figure_key(f: Figure, cfg: FactSettings = DEFAULT_FACT_SETTINGS) -> Key:
    """What a figure speaks of: (kind of number, role or timed event, noun class, scope). A measure's conversion
    in brackets ("700 meters (2,300 feet)") speaks of what any such measure does: it joins another article's
    "2,300ft" as its source would; a sum's, in another currency, stays apart."""
    kind = figure_kind(f)
    if kind == "time":
        return kind, f.counts, "*", f.scope  # the event timed: the shooting, the call, the officers' arrival
    scope = "" if f.scope == CONVERTED and not kind.startswith("money") else f.scope
    return kind, role_of(f), noun_class(f, cfg), scope


# Units of one measure that are not written "measure:unit": a share and its change in points ("5 percentage points" /
# "5%": a rewrite that turned points into percent changed what the number says; review-s23 F30).
_MEASURE_OF = {"percent": "share", "percentage points": "share"}


@cache
def measure_of(kind: str) -> str:
    """The measure a kind of figure is a unit of ("length:km" -> "length", "percent" -> "share"); "" for none."""
    return kind.split(":")[0] if ":" in kind else _MEASURE_OF.get(kind, "")


def bare_count(f: Figure) -> bool:
    """A count that says nothing about what it counts ("10"): equal values alone do not make it the same fact."""
    return figure_kind(f) == "count" and not f.counts


@cache
def _indefinite_text(text: str) -> bool:
    low = text.lower()
    return low in ("a", "an") or low.startswith(("a ", "an "))


def indefinite(f: Figure) -> bool:
    """A count read from an indefinite article ("a man was shot"): it says somebody was, not how many; at least one."""
    return f.value == 1 and f.high is None and figure_kind(f) == "count" and _indefinite_text(f.text)
