"""The state the passes share while reading one sentence: ``Scan`` (the sentence, the characters claimed so far as
a ``Mask``, the figures settled (``Raw``) and the count candidates, and the answers remembered for the sentence:
its noun phrases, guard hints, where role words lie). No pass of its own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from . import guards
from . import needs as needs_module
from . import patterns as pt
from .guards import may_open_role
from .knobs import FigureSettings
from .nouns import counted_noun
from .verbs import clause_start, role_verb_after, role_verb_before


@dataclass(slots=True)
class Raw:
    """A figure while the passes read it: a count candidate or a settled figure (``kind`` says which reading it had)."""

    start: int
    end: int
    value: float
    unit: str = ""
    high: float | None = None
    kind: str = "count"  # count | article | word_one | fixed (dates, times, ages, addresses: no context read)
    scaled: bool = False
    zone: str = ""  # a time's: "GMT" for universal time ("0440 GMT"), else "" (the place's own clock)


class Mask:
    """Characters already claimed by a figure or a skipped span: O(span) checks, however many spans there are."""

    def __init__(self, size: int) -> None:
        self.bits = bytearray(size + 1)

    def append(self, span: tuple[int, int]) -> None:
        self.bits[span[0] : span[1]] = b"\x01" * (span[1] - span[0])

    def hit(self, start: int, end: int) -> bool:
        return 1 in self.bits[start:end]


Nouns = dict[tuple[int, bool, bool], tuple[str, int, str]]


@dataclass
class Scan:
    """The state the passes share while reading one sentence."""

    sentence: str
    settings: FigureSettings
    has_digit: bool
    words: frozenset[str] | None  # its words in lower case when it is ASCII text (for the guards), else None
    blocked: Mask  # characters claimed by a figure or skipped as noise
    taken: Mask  # characters claimed by a count candidate
    raws: list[Raw] = field(default_factory=list)  # figures settled, fixed kinds and counts alike
    cands: list[Raw] = field(default_factory=list)  # count candidates before units, ranges and years
    multiples: list[tuple[int, int, float, str]] = field(default_factory=list)  # "a triple shooting"
    role_words: bool | None = None  # whether ROLE_BEFORE may match (patterns.ROLE_BEFORE_NEEDS), once asked
    role_after_words: bool | None = None  # whether ROLE_AFTER may match (patterns.ROLE_AFTER_NEEDS), once asked
    lowered: str | None = None  # the sentence in lower case, once asked
    role_after_calls: int = 0
    role_spots: tuple[list[int], list[int]] | None = None  # where ROLE_BEFORE's needed strings lie, once asked
    hints: dict[int, bool] | None = None  # whether each guard hint (by identity) was found, once asked
    # Where each span skip_noise left out starts -> its end (model names, codes, stations): a count right before one
    # takes its noun after it ("14 AK - 47 rifles" counts rifles).
    skipped: dict[int, int] = field(default_factory=dict)
    nouns: Nouns = field(default_factory=dict)  # noun_after's answers, by (offset, singular, of_ok)

    def noun_after(
        self, pos: int, singular: bool, of_ok: bool = False, of_the: re.Match[str] | bool | None = True
    ) -> tuple[str, int, str]:
        """``counted_noun`` of the sentence (``of_the`` as there), remembered: years, articles, roles and events ask it
        of the same counts (on bench/scale.py's figures8k events asked it again of nearly every count: ~9% of the
        time finding figures)."""
        key = (pos, singular, of_ok)
        found = self.nouns.get(key)
        if found is None:
            found = self.nouns[key] = counted_noun(
                self.sentence, pos, singular, of_ok, self.settings.noun_words, of_the
            )
        return found

    def find(self, pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
        """Matches of a pattern in the sentence, unless its guard (patterns.WORD_NEEDS, HINTS) says there is none:
        ``may_match``, inlined (asked ~20 times a sentence), with each hint searched once a sentence (the month hint
        guards three date patterns)."""
        if guards.USE_GUARDS:
            # through the module: Python 3.11 compiles a method call on a name bound by ``from ... import`` as a
            # module function's call, binding the method at every call (~1% of finding figures on figures8k)
            guard = guards.GUARDS.get(id(pattern))
            if guard is not None:
                need, hint, either = guard
                words = self.words
                if words is not None and (
                    (need is not None and words.isdisjoint(need))
                    or (either is not None and words.isdisjoint(either[0]) and not self.hinted(either[1]))
                ):
                    return ()
                if hint is not None and not self.hinted(hint):
                    return ()
        return pattern.finditer(self.sentence)

    def hinted(self, hint: re.Pattern[str]) -> bool:
        """Whether the sentence holds a match of a guard's hint, searched once a sentence."""
        if self.hints is None:
            self.hints = {}
        found = self.hints.get(id(hint))
        if found is None:
            found = self.hints[id(hint)] = hint.search(self.sentence) is not None
        return found

    def digits(self, pattern: re.Pattern[str]) -> Iterable[re.Match[str]]:
        """Matches of a pattern that needs a digit; most sentences have none, and each scan costs (~0.1 ms)."""
        return self.find(pattern) if self.has_digit else ()

    def role_before(self, lo: int, end: int) -> str:
        """``role_verb_before`` of the clause of sentence[lo:end] that ends at ``end``; "" at once when the sentence
        holds no casualty word."""
        if not self.may_role_before() or not self.role_text_within(lo, end):
            return ""
        start = clause_start(self.sentence, lo, end)
        return role_verb_before(self.sentence[start:end], self.settings.role_gap_words)

    def role_after(self, pos: int) -> str:
        """``role_verb_after`` at ``pos``; "" at once when the sentence holds no word a role verb after a count needs
        (asked from the guards.ROLE_AFTER_GUARD_FROM-th count on: the test costs as much as a few matches)."""
        if guards.USE_GUARDS and self.words is not None and not may_open_role(self.sentence, pos):
            return ""
        self.role_after_calls += 1
        if self.role_after_calls >= guards.ROLE_AFTER_GUARD_FROM and not self.may_role_after():
            return ""
        return role_verb_after(self.sentence, pos)

    def may_role_before(self) -> bool:
        if self.role_words is None:
            self.role_words = self.may_hold(pt.ROLE_BEFORE_NEEDS)
        return self.role_words

    def role_text_within(self, lo: int, end: int) -> bool:
        """Whether sentence[lo:end] may hold a match of ROLE_BEFORE: in ASCII text, whether one of the strings every
        match holds (patterns.ROLE_BEFORE_NEEDS) lies wholly inside it. The sentence is searched for them once; then
        each count's window is one binary search instead of a clause scan and a ROLE_BEFORE scan (~10 us)."""
        if not guards.USE_GUARDS or self.words is None or pt.ROLE_BEFORE_NEEDS is None:
            return True
        if self.role_spots is None:
            if self.lowered is None:
                self.lowered = self.sentence.lower()
            self.role_spots = _spots(self.lowered, pt.ROLE_BEFORE_NEEDS)
        starts, ends = self.role_spots
        k = bisect.bisect_left(starts, lo)
        return k < len(starts) and ends[k] <= end

    def may_role_after(self) -> bool:
        if self.role_after_words is None:
            self.role_after_words = self.may_hold(pt.ROLE_AFTER_NEEDS)
        return self.role_after_words

    def may_hold(self, needs: frozenset[str] | None) -> bool:
        """Whether a pattern needing ``needs`` (patterns.py, derived by needs.py) may match this sentence."""
        if not guards.USE_GUARDS or self.words is None:
            return True
        if self.lowered is None:
            self.lowered = self.sentence.lower()
        return needs_module.may_hold(needs, self.lowered)

    def free(self, start: int, end: int) -> bool:
        return not self.blocked.hit(start, end)

    def claim(self, r: Raw) -> None:
        self.raws.append(r)
        self.blocked.append((r.start, r.end))


def _spots(lowered: str, needs: frozenset[str]) -> tuple[list[int], list[int]]:
    """Every place one of ``needs`` occurs in ``lowered``: their starts in order and, for each, the smallest end of an
    occurrence starting there or later (so "one lies wholly inside [lo, end)" is ``ends[k] <= end`` for the first
    start ``k`` at or after lo)."""
    spots = []
    for need in needs:
        at = lowered.find(need)
        while at >= 0:
            spots.append((at, at + len(need)))
            at = lowered.find(need, at + 1)
    spots.sort()
    starts = [a for a, _b in spots]
    ends = [b for _a, b in spots]
    for k in range(len(ends) - 2, -1, -1):
        ends[k] = min(ends[k], ends[k + 1])
    return starts, ends
