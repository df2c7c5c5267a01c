"""How a fact's row reads: a figure as its article states it (``stated``), a fact's figures in the order its label
and note read them whatever order the files came in (``canonical``), and what the row is labelled (``label_of``;
``told_apart`` where two rows would read alike). It names facts; it never decides which figures are one."""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence

from .fact_keys import CAPACITY, CHANGE, STAMP, episode, figure_kind, noun_and_role, role_of
from .fact_settings import DEFAULT_FACT_SETTINGS, FactSettings
from .model import Figure

# The partitive opening a counted noun ("All five of the wounded", "seven of the people shot"): a label names what is
# counted, "injured", "people shot".
_PARTITIVE = re.compile(r"^of (?:them|the|those|these)\b\s*")
_SINGULAR = {"people": "person", "children": "child", "men": "man", "women": "woman"}
_MONTHS = ("", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")  # fmt: skip


def stated(f: Figure) -> str:
    """A figure as the article states it, hedge included ("at least 25"), for notes and tables."""
    if f.qualifier and f.qualifier != "only" and f.qualifier not in f.text.lower():
        return f"{f.qualifier} {f.text}"
    if f.text.lower() in ("a", "an") and f.value == 1:
        return f"{f.text} (one)"  # "a 10-year-old girl killed": the article alone read "girls killed: a" (s30 F7)
    return f.text


_EVENT_NAMES = {"call": "of the call", "arrival": "of arrival", "death": "of death", "briefing": "of the briefing",
                "publication": "of publication", "hours": "(opening hours)", STAMP: "(page stamp)"}  # fmt: skip


def canonical(members: Sequence[Figure]) -> list[Figure]:
    """A fact's figures in the order its label and note read them, whatever order the articles were given in: the
    value most articles state first, then the most specific (a scope, then a longer counted noun: "killed since
    2011", "people killed"), then by wording, lower case first ("killed" is labelled from "at least seven" or "7"
    the same way in ``compare A B`` and ``compare B A``). Figures stated alike keep their order among themselves
    (any order of them reads the same)."""
    if len(members) < 2:
        return list(members)
    alike: dict[tuple[str, float, float | None, str, str, str, str], list[Figure]] = {}
    for f in members:
        alike.setdefault((f.text, f.value, f.high, f.qualifier, f.counts, f.scope, f.unit), []).append(f)
    if len(alike) == 1:  # one statement, repeated
        return list(members)
    support: Counter[tuple[float, float | None]] = Counter()
    for _art, value, high in {(f.article, f.value, f.high) for f in members}:
        support[(value, high)] += 1

    def order(sig: tuple[str, float, float | None, str, str, str, str]) -> tuple[object, ...]:
        text, value, high, qualifier, counts, scope, unit = sig
        return (-support[(value, high)], not scope, -len(counts), text.lower(), text[:1].isupper(), text, value,
                -math.inf if high is None else high, qualifier, counts, scope, unit)  # fmt: skip

    return [f for sig in sorted(alike, key=order) for f in alike[sig]]


def told_by_all(members: Sequence[Figure]) -> bool:
    """Whether a fact's label may name its first figure's scope: it has one, and, for a count with no role, every
    figure states it ("30 officers responded" names what all of them did; figures joined by equal value only may say
    "three people suffocated" and "those three people": the label names no verb then). A role's scope ("killed since
    Nov. 27") is named as ever: the most specific figure leads."""
    first = members[0]
    if not first.scope:
        return False
    if episode(first.scope):  # "(in 2008)" names a fact told of that episode only
        return all(f.scope == first.scope for f in members)
    return bool(role_of(first)) or figure_kind(first) != "count" or all(f.scope == first.scope for f in members)


def label_of(members: Sequence[Figure], cfg: FactSettings = DEFAULT_FACT_SETTINGS) -> str:
    """What a group of figures counts, as a fact's label shows it ("people killed", "November 27"), read from the
    first figure (facts hand their figures in ``canonical`` order; a link's note names what its first figure
    counts)."""
    first = members[0]
    kind = figure_kind(first)
    change = first.scope == CHANGE  # its text holds the verb ("rose 12%"): no scope after it
    scope = "" if change or not told_by_all(members) else " (capacity)" if first.scope == CAPACITY \
        else f" {first.scope}"  # fmt: skip
    if kind == "date":
        month, day = divmod(int(first.value), 100)
        stamp = " (page stamp)" if first.counts == STAMP else ""
        days = f"{day}-{int(first.high) % 100}" if first.high is not None else f"{day}"  # "October 1-2": a span
        return (f"{_MONTHS[month]} {days}" if 1 <= month <= 12 else first.text) + stamp
    if kind == "year":
        return f"year {int(first.value)}"
    if kind == "time":
        hours, minutes = divmod(int(first.value), 100)
        event = _EVENT_NAMES.get(first.counts, f"of {first.counts}" if first.counts else "")
        return " ".join(x for x in ("time", event, f"{hours:02d}:{minutes:02d}", first.scope) if x)  # "... 04:40 GMT"
    if kind.startswith("age"):
        return _age_label(first)
    if kind == "address":
        return f"address {first.text}"
    if kind == "caliber":
        return f".{int(first.value)} caliber"  # ".45 - caliber", ".45-caliber", "a. 45 revolver": one name
    if kind == "magnitude":
        return f"magnitude {first.text}"  # "a 5.2 magnitude earthquake", "measuring 5.2 on the Richter scale"
    with_role = [f.counts for f in members if noun_and_role(f.counts)[1]]
    if with_role:
        # The wording most sources use; on a tie the most specific ("children killed" over "people killed" over
        # "others killed"), then the longest ("people killed" over "killed"), then the first in canonical order.
        tally = Counter(with_role)
        def rank(c: str) -> tuple[int, int, int]:
            noun = noun_and_role(c)[0]
            specific = 0 if noun in cfg.rest_nouns else 1 if noun in cfg.generic_nouns else 2  # "others" says least
            return tally[c], specific, len(c)

        best = _PARTITIVE.sub("", max(tally, key=rank))  # "five of the wounded" counts the wounded: "injured"
        return f"change in {best}" if change else best + scope
    if first.counts:
        joiner = " of " if first.unit == "vague" else " "
        noun = first.counts
        if change and noun.split()[-1] in first.text.lower().split():
            return first.text  # a difference's text runs past its noun to its comparative: "five rounds sooner"
        if first.value == 1:
            noun = _SINGULAR.get(noun) or (noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun)
        return f"{first.text}{joiner}{noun}{scope}"
    return first.text + scope


def _age_label(f: Figure) -> str:
    """An age's label, read from its value, never copied from its typing, in one form whatever the form it was
    written in: "age 26" for "a 26-year-old", "a 26 - year - old" (tokenised copy), "Slade, 26," and "26 years
    old"; "age 6 months" for a "6-month-old"; "age 9 to 10" for "9 or 10 year old"; "ages 26 and 36" (two people)
    as written. One person's rows read alike (they read "15-year-old" and "age 16" for one boy, stop 32), and a
    table of ages scans as one column."""
    unit = f.unit.partition(":")[2] or "year"
    if f.high is not None and "old" not in f.text.lower():
        return f"age {f.text}"  # "ages 26 and 36": two people's ages, as written, not a range
    value = f"{f.value:g}" if f.high is None else f"{f.value:g} to {f.high:g}"
    return f"age {value}" + ("" if unit == "year" else f" {unit}s")


def told_apart(label: str, first: Figure) -> str:
    """A label shared by several facts, with what this one states: "killed (at least seven)"."""
    if first.unit.startswith("age"):
        return label  # two people of one age: two rows "age 26", the value already in each label
    text = stated(first)
    if text.lower() in ("a", "an") or text.lower().startswith(("a ", "an ")):
        text = "1"  # "a man was killed"
    return label if text in label else f"{label} ({text})"
