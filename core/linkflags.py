"""Link kinds and flags: for each aligned sentence pair, its figure conflicts, its quote mismatches and its kind.

``figure_conflicts(figures, facts, linked_pairs)`` finds the links whose two sentences hold incompatible figures of
one conflicting fact; ``describe_link(...)`` gives a link its flags, notes and kind (agreement / paraphrase /
discrepancy). Decides from figures, facts, quotes and the word diff only; never finds figures or quotes itself
and never imports Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from . import model as m
from .facts import DEFAULT_FACT_SETTINGS, FactSettings, compatible
from .quotes import DEFAULT_QUOTE_SETTINGS, QuoteSettings, is_speech, same_speaker, wording_differs
from .worddiff import equal_share

Place = tuple[int, int]  # (article, sentence)


@dataclass(frozen=True)
class LinkSettings:
    """Knobs of link kinds, today's values as defaults."""

    # A linked pair whose words are at least this much the same (over the longer sentence) is an `agreement`;
    # below, the same statement is reworded: a `paraphrase`.
    agreement_share: float = 0.75


DEFAULT_LINK_SETTINGS = LinkSettings()


def figure_conflicts(
    figures: Sequence[m.Figure],
    facts: Sequence[m.Fact],
    linked_pairs: Iterable[tuple[Place, Place]],
    settings: FactSettings = DEFAULT_FACT_SETTINGS,
) -> dict[tuple[Place, Place], list[str]]:
    """Notes per linked pair (its two places in order) whose two sentences hold incompatible figures of one
    conflicting fact."""
    in_conflict: dict[Place, list[tuple[m.Figure, m.Fact]]] = {}
    for fact in facts:
        if fact.status == m.CONFLICT:
            for i in fact.figures:
                f = figures[i]
                in_conflict.setdefault((f.article, f.sentence), []).append((f, fact))
    conflicts: dict[tuple[Place, Place], list[str]] = {}
    for key in linked_pairs:
        here, there = key
        if here not in in_conflict or there not in in_conflict:
            continue
        for f, fact in in_conflict[here]:
            for g, other in in_conflict.get(there, ()):
                if fact is other and not compatible(f, g, settings):
                    conflicts.setdefault(key, []).append(f"figure conflicts: {f.text} vs {g.text} ({fact.label})")
    return conflicts


def quote_mismatches(
    here: Sequence[m.Quote], there: Sequence[m.Quote], settings: QuoteSettings = DEFAULT_QUOTE_SETTINGS
) -> list[str]:
    """Notes for quotations of one speaker worded differently in two linked sentences."""
    notes = []
    for qa in here:
        for qb in there:
            if (
                is_speech(qa.text, settings) and is_speech(qb.text, settings)
                and same_speaker(qa.speaker, qb.speaker) and wording_differs(qa.text, qb.text, settings)
            ):  # fmt: skip
                who = qa.speaker or qb.speaker
                notes.append(f"quote wording differs{' (' + who + ')' if who else ''}: “{qa.text}” vs “{qb.text}”")
    return notes


def describe_link(
    diff: Sequence[tuple[int, str]],
    conflict_notes: Sequence[str],
    quote_notes: Sequence[str],
    settings: LinkSettings = DEFAULT_LINK_SETTINGS,
    share: float | None = None,
) -> tuple[str, tuple[str, ...], tuple[str, ...]]:
    """(kind, flags, notes) of one link from its figure-conflict and quote-mismatch notes and its word diff;
    ``share``: the diff's ``equal_share`` when the caller has it already (worddiff.WordDiffer counts it)."""
    if not conflict_notes and not quote_notes and share is not None:  # most links: a kind from the share alone
        return (m.AGREEMENT if share >= settings.agreement_share else m.PARAPHRASE), (), ()
    flags: list[str] = []
    if conflict_notes:
        flags.append(m.FIGURE_CONFLICT)
    if quote_notes:
        flags.append(m.QUOTE_MISMATCH)
    if flags:
        kind = m.DISCREPANCY
    elif (equal_share(list(diff)) if share is None else share) >= settings.agreement_share:
        kind = m.AGREEMENT
    else:
        kind = m.PARAPHRASE
    return kind, tuple(flags), (*conflict_notes, *quote_notes)
