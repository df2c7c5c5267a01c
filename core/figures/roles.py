"""The last pass: each settled figure made a ``FoundFigure`` with its hedge and, for counts, what it counts (noun
and role), the scope that narrows a toll ("since November 27"), a rate ("per season") and a toll's span when the
sentence says more ("3 dead, including the gunman").
"""

from __future__ import annotations

import re
from dataclasses import replace

from . import guards
from . import lexicon as lx
from . import patterns as pt
from .found import START_END, FoundFigure
from .guards import may_match, may_open_role
from .hedges import not_a_hedge, qualifier_at, qualifier_before, time_hedge
from .scan import Scan
from .verbs import toll_named

_SPACE = re.compile(r" +")
_DASH_SPACED = re.compile(r"\s*[-–]\s*")
_CODE_SPACE = re.compile(r"^((?:[A-Z]{1,3}|[A-Z][a-z][A-Z])) (?=\d)")


def _model_name(text: str) -> str:
    """A model name as a noun's modifier, one way however it is printed: "AK - 47", "AK 47", "AK-47" -> "AK-47";
    "Boeing 737 - 800" -> "Boeing 737-800"."""
    return _CODE_SPACE.sub(r"\1-", _DASH_SPACED.sub("-", " ".join(text.split())))


def _time_event(sentence: str, start: int, lookback: int) -> str:
    """What a time of day times: the last event word before it in the sentence ("officers arrived ... at 8:30")."""
    last = ""
    for m in pt.TIME_EVENT.finditer(sentence, max(0, start - lookback), start):
        last = lx.TIME_EVENTS[m.group(0).lower()]
    return last


def _scope(sentence: str) -> str:
    """What narrows every toll of the sentence: "since November 27", "this year" ("" when nothing does)."""
    m = pt.SCOPE.search(sentence)
    if not m:
        return ""
    if m.group("m"):
        return f"since {lx.MONTH_NAMES[lx.MONTHS[m.group('m').lower().rstrip('.')]]} {int(m.group('d'))}"
    if m.group("y"):
        return f"since {m.group('y')}"
    return re.sub(r"\s+", " ", m.group(0).lower())


_RATE_WORDS = {"daily": "per day", "weekly": "per week", "monthly": "per month", "hourly": "per hour",
               "nightly": "per night"}  # fmt: skip


def _rate(sentence: str, end: int) -> str:
    """The rate a figure is told at, from the words right after it (or its counted noun): "$23 million per season"
    -> "per season", "$50,000 a year" and "annually" -> "per year"; "" when none. A rate is a scope: "$22 million
    per season" is never the same thing as a "$200 million" total."""
    m = pt.RATE.match(sentence, end)
    if not m:
        return ""
    if m.group("p"):
        return f"per {m.group('p').lower()}"
    said = m.group("a").lower()
    if "piece" in said:
        return "apiece"
    return _RATE_WORDS.get(said, "per year")  # "annually", "yearly", "per annum"


def _toll_bounds(sentence: str, end: int, value: float, role: str, high: float | None) -> tuple[float, float | None]:
    """A toll's span when the sentence says more about it: the attacker counted in or out, more victims found."""
    if high is not None:
        return value, high
    if role == lx.KILLED:
        if pt.ATTACKER_INCLUDED.match(sentence, end):  # "3 dead, including the gunman": 2 victims, or 3 dead
            return value - 1, value
        if pt.ATTACKER_TOO.match(sentence, end):  # "killed two people and then himself": 2 victims, 3 dead
            return value, value + 1
    if role in (lx.KILLED, lx.INJURED, lx.SHOT):
        more = [lx.ORDINAL_WORDS[m.group("o").lower()] for m in pt.ORDINAL_MORE.finditer(sentence, end)]
        top = max(more, default=0)
        if top > value:  # "found three people shot, then a fourth and a fifth": three, then five
            return value, float(top)
    return value, None


def roles(scan: Scan) -> list[FoundFigure]:
    """The last pass: each settled figure with its hedge and, for counts, what it counts (noun and role)."""
    s, cfg = scan.sentence, scan.settings
    ascii_text = scan.words is not None
    lead_guard = guards.USE_GUARDS and ascii_text  # the role verb after a count, asked first of the word there
    before_words = bool(scan.raws) and scan.may_role_before()  # any casualty text before a count, once a sentence
    raws = sorted(scan.raws, key=START_END)
    scope = _scope(s) if (raws or scan.multiples) and may_match(pt.SCOPE, s, scan.words) else ""
    out = [FoundFigure(s[a:b], v, a, b, "", role, scope=scope) for a, b, v, role in scan.multiples]
    prev_end = 0
    prev_role = ""
    for k, r in enumerate(raws):
        text = s[r.start : r.end]
        if r.unit == "time":
            hedge = time_hedge(s, r.start, prev_end, cfg.qualifier_lookback)
            event = _time_event(s, r.start, cfg.role_lookback)
            out.append(FoundFigure(text, r.value, r.start, r.end, hedge, event, r.unit, r.high, r.zone))
            prev_end, prev_role = r.end, ""
            continue
        if r.unit == "address":
            continue  # a street number locates, it counts nothing: its digits stay claimed, no figure
        if r.kind == "fixed" or (r.unit and r.unit != "vague"):
            qualifier, qstart = qualifier_at(s, r.start, prev_end, cfg.qualifier_lookback, ascii_text)
            if qualifier and not_a_hedge(s, qstart, text, r.unit, r.value, r.high is None):
                qualifier = ""
            rate = _rate(s, r.end) if r.kind != "fixed" else ""
            out.append(FoundFigure(text, r.value, r.start, r.end, qualifier, "", r.unit, r.high, rate))
            prev_end = r.end
            prev_role = ""
            continue
        singular = r.value == 1 and r.high is None
        after, model = r.end, ""
        if scan.skipped and s[after : after + 1] == " ":
            # "14 AK - 47 rifles", "two F-16 jets", "3 Glock 19 pistols": the noun lies after the name
            spaces = _SPACE.match(s, after)
            name_at = spaces.end() if spaces else after
            after = scan.skipped.get(name_at, after)
            model = _model_name(s[name_at:after])
        of_the = pt.OF_THE.match(s, after)
        part = r.kind != "article" and of_the is not None
        noun, nend, role = scan.noun_after(after, singular, r.unit == "vague" or r.scaled, of_the)
        noun_role = role  # "the five wounded": the role the noun phrase itself states
        negated = ""
        if noun == "times":
            qualifier = qualifier_before(s, r.start, prev_end, cfg.qualifier_lookback, ascii_text)
            out.append(FoundFigure(text, r.value, r.start, r.end, qualifier, "", "times", r.high))
            prev_end = r.end
            continue
        ages = pt.AGE_LIST_SKIP.match(s, nend)  # "Two men, 45 and 52, were killed": the ages sit in between
        qualifier, qstart = qualifier_at(s, r.start, prev_end, cfg.qualifier_lookback, ascii_text)
        if qualifier and not_a_hedge(s, qstart, text, r.unit, r.value, singular):
            qualifier, qstart = "", r.start
        if not role:
            at = ages.end() if ages else nend
            aboard = pt.ON_BOARD_SKIP.match(s, at) if "board" in s[at : at + 12] else None
            at = aboard.end() if aboard else at
            if not lead_guard or may_open_role(s, at):  # most counts: the word after opens no role verb
                role = scan.role_after(at)
            if role and before_words and pt.BARE_VERB_AFTER_COMMA.match(s, at):
                # "killed six people, injured almost 50": a verb before the count governs it; a bare participle
                # after a comma opens the next verb of the list (its own object follows), it does not state the
                # count's role. With an auxiliary ("six people, all injured", "..., who were hurt") it still does.
                governed = scan.role_before(max(prev_end, r.start - cfg.role_lookback), qstart)
                role = governed or role
        if not role and before_words:
            role = scan.role_before(max(prev_end, r.start - cfg.role_lookback), qstart)
        if not role and before_words and r.kind == "count" and not r.unit and "toll" in s[prev_end:qstart].lower():
            role = toll_named(s, max(prev_end, r.start - cfg.toll_lookback), qstart)
        if not role and prev_role and pt.INCLUDING.search(s[prev_end:qstart]):
            role = prev_role
        if part:
            named = pt.PART_IS.match(s, r.end)
            whom = lx.canon_noun(named.group("n")) if named else ""
            # "10 of the dead were children" counts children killed; otherwise a part of a group, never its total.
            part_of = f"of the {noun}" if noun else "of them"
            noun = whom if whom in lx.PERSON_CANON and whom != "people" else part_of
        if r.kind == "article":
            # "a man" when nothing else lies inside; "A" alone when an age sits in the phrase ("A 10-year-old boy").
            following = raws[k + 1].start if k + 1 < len(raws) else len(s)
            end = nend if nend - r.start < cfg.article_phrase_max and following >= nend else r.end
            out.append(FoundFigure(s[r.start : end], 1.0, r.start, end, "", " ".join(x for x in (noun, role) if x),
                                   scope=scope if role else ""))  # fmt: skip
            prev_end, prev_role = end, role
            continue
        if r.kind == "word_one" and not role and noun not in lx.PERSON_CANON:
            continue
        if role and role != noun_role and pt.PREDICATE_AUX.match(s, nend) \
                and pt.NONE_OF_BEFORE.search(s, max(prev_end, qstart - cfg.role_lookback), qstart):  # fmt: skip
            # "None of the 40 passengers were injured": 40 aboard, nobody injured (a scope in brackets, as an
            # episode's: facts joins it only with the same scope, never with a count of the injured); "None of the
            # five wounded were in critical condition": five wounded
            negated, role = f"(none {role})", ""
        elif role and out and out[-1].end == prev_end and out[-1].counts.startswith("of ") \
                and pt.PART_OF_GAP.fullmatch(s, prev_end, qstart) and pt.PREDICATE_AUX.match(s, nend):  # fmt: skip
            # "Two of the 40 passengers were injured": the part took the role, the group is how many were aboard (not
            # "Three of the 12 people shot died": a bare participle tells the group's role)
            out[-1] = replace(out[-1], counts=f"{noun} {role}" if noun else role)
            role = ""
        value, high = _toll_bounds(s, r.end, r.value, role, r.high) if role and not part else (r.value, r.high)
        if model and noun and not role and not part:
            # what an object count counts is told apart by its model: "seven AK-47 rifles" are not the "three other
            # rifles" seized with them; a casualty count is not ("two F-16 pilots killed" and "two pilots killed")
            noun = f"{model} {noun}"
        counts = f"{noun} {role}" if noun and role else noun or role
        out.append(FoundFigure(text, value, r.start, r.end, qualifier, counts, r.unit, high,
                               scope if role else negated or _rate(s, nend)))  # fmt: skip
        prev_end = r.end
        prev_role = role or prev_role
    return sorted(out, key=START_END) if scan.multiples else out
