"""The discrepancies of a report as a reader counts them: D1, D2, ... each a group of linked sentences that tell
one thing differently (``ReportIndex.discrepancies``), with what differs and why.

The window's notes tab and "next discrepancy" (F7), the PDF, the HTML and the terminal summary list these items,
so their counts and their numbering agree. Pure Python: no Qt.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reportdiff.core.model import Link, Report, SentenceRef

from .labels import flag_text, flags_headline, note_text

# "figure conflicts: 11 vs 12 (11 bodies)" (core/linkflags.py's wording): one disagreement, whichever side it
# names first; two links of one discrepancy told it twice, "11 vs 12 (11 bodies)" and "12 vs 11 (12 bodies)".
_CONFLICT_NOTE = re.compile(r"figure conflicts: (?P<a>.+?) vs (?P<b>.+?)(?: \((?P<what>.*)\))?$")


def distinct_notes(notes: Iterable[str]) -> tuple[str, ...]:
    """The notes without repeats: a figure conflict named the other way round counts once (the first wording)."""
    seen: set[object] = set()
    out: list[str] = []
    for note in notes:
        match = _CONFLICT_NOTE.fullmatch(note)
        key: object = ("conflict", frozenset((match["a"], match["b"]))) if match else note
        if key not in seen:
            seen.add(key)
            out.append(note)
    return tuple(out)


_SPEAKER_LEAD = re.compile(r"\((?P<who>[^()]+)\):\s*(?P<said>.*)", re.S)


def _stem(word: str) -> str:
    return word.casefold().rstrip(":").removesuffix("s")


def told_once(note: str, flags: Sequence[str]) -> str:
    """``note`` without the words the discrepancy's headline says right above it: under "Quote wording differs",
    'quote wording differs (Assad): “a” vs “b”' reads 'Assad: “a” vs “b”'; under "Figures conflict", 'figure
    conflicts: 11 vs 12' reads '11 vs 12'. A note that starts otherwise is left as it is."""
    words = note.split(" ")
    for flag in flags:
        lead = flag_text(flag).split(" ")
        if len(words) > len(lead) and [_stem(w) for w in words[: len(lead)]] == [_stem(w) for w in lead]:
            rest = " ".join(words[len(lead) :]).strip()
            if words[len(lead) - 1].endswith(":"):
                return rest
            speaker = _SPEAKER_LEAD.fullmatch(rest)
            if speaker:
                return f"{speaker['who']}: {speaker['said']}"
            return rest.removeprefix(":").strip() or note
    return note


@dataclass(frozen=True)
class DiscrepancyItem:
    """One discrepancy: its sentences in reading order (article, then sentence), the links joining them, their
    flags and the engine's notes without repeats (``distinct_notes``), nor the words of its headline
    (``told_once``)."""

    number: int  # from 1
    refs: tuple[SentenceRef, ...]
    links: tuple[Link, ...]
    flags: tuple[str, ...]
    notes: tuple[str, ...]

    @property
    def label(self) -> str:
        """The marker next to its sentences: "D1", "D2", ..."""
        return f"D{self.number}"

    @property
    def headline(self) -> str:
        """What differs, in a few words: "Quote wording differs", "Figures conflict", ..."""
        return flags_headline(self.flags)

    @property
    def articles(self) -> tuple[int, ...]:
        """The articles taking part, in the order of ``refs`` (reading order)."""
        return tuple(dict.fromkeys(ref.article for ref in self.refs))

    def first(self, order: Sequence[int] | None = None) -> SentenceRef:
        """The sentence a reader meets first with the columns in ``order`` (article indexes, left to right)."""
        if order is None:
            return self.refs[0]
        pos = {article: i for i, article in enumerate(order)}
        return min(self.refs, key=lambda r: (pos.get(r.article, len(pos)), r.sentence))


def discrepancies(report: Report, order: Sequence[int] | None = None) -> tuple[DiscrepancyItem, ...]:
    """Every discrepancy of ``report``, numbered in reading order of the first article that carries each; with
    ``order`` (article indexes, left to right, as the window's columns stand) in that reading order, each item's
    sentences too: the numbers the PDF and the HTML give once the report is reordered so
    (``presentation.reorder``), so D3 in the window is D3 on paper."""
    groups = list(report.index.discrepancies)
    if order is not None:
        pos = {article: i for i, article in enumerate(order)}

        def key(ref: SentenceRef) -> tuple[int, int]:
            return (pos.get(ref.article, len(pos)), ref.sentence)

        groups = sorted(((tuple(sorted(refs, key=key)), links) for refs, links in groups), key=lambda g: key(g[0][0]))
    items = []
    for number, (refs, links) in enumerate(groups, start=1):
        flags = tuple(dict.fromkeys(flag for link in links for flag in link.flags))
        notes = distinct_notes(note for link in links for note in link.notes)
        items.append(DiscrepancyItem(number, refs, links, flags, tuple(told_once(note_text(n), flags) for n in notes)))
    return tuple(items)
