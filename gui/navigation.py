"""Going from one figure conflict, discrepancy or unique sentence to the next: the targets in reading order, and
where we are.

Qt-free. What counts as a discrepancy is the presentation layer's (``presentation.discrepancies``): F7 visits
exactly the discrepancies the top bar, the notes tab and the exports count. ``Navigator`` holds, per kind, the
targets in column order and the position of the last one visited; stepping past the end wraps around and says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportdiff.core import model as m
from reportdiff.presentation.discrepancies import discrepancies

CONFLICT = "conflict"
DISCREPANCY = "discrepancy"
UNIQUE = "unique"
KINDS = (CONFLICT, DISCREPANCY, UNIQUE)
NOUNS = {
    CONFLICT: ("figure conflict", "figure conflicts"),
    DISCREPANCY: ("discrepancy", "discrepancies"),
    UNIQUE: ("unique sentence", "unique sentences"),
}


@dataclass(frozen=True)
class Step:
    """Where one step landed: the target (a SentenceRef; a Fact for a conflict), its place (0-based) among
    ``total``, whether it wrapped around."""

    item: Any
    index: int
    total: int
    wrapped: bool


def nav_targets(report: m.Report, order: Sequence[int]) -> dict[str, list[Any]]:
    """Per kind, what F7/F8 and the conflicts button visit, sorted by column position then sentence: a
    discrepancy's sentence met first in the columns' order; a conflict's fact by its first figure."""
    pos = {art: i for i, art in enumerate(order)}

    def key(r: m.SentenceRef) -> tuple[int, int]:
        return (pos.get(r.article, len(pos)), r.sentence)

    disc = [item.first(order) for item in discrepancies(report)]
    unique = [ref for ref, s in report.iter_sentences() if s.status == m.UNIQUE]

    def fact_key(fact: m.Fact) -> tuple[int, int]:
        refs = [m.SentenceRef(report.figures[i].article, report.figures[i].sentence) for i in fact.figures]
        return min((key(r) for r in refs), default=(len(pos), 0))

    conflicts = sorted((f for f in report.facts if f.status == m.CONFLICT), key=fact_key)
    return {CONFLICT: conflicts, DISCREPANCY: sorted(disc, key=key), UNIQUE: sorted(unique, key=key)}


class Navigator:
    """The targets of one report and the current position in each list."""

    def __init__(self) -> None:
        self.items: dict[str, list[Any]] = {k: [] for k in KINDS}
        self.pos: dict[str, int] = {k: -1 for k in KINDS}

    def set_targets(self, targets: dict[str, list[Any]]) -> None:
        """New lists (a new report, a column moved); positions start over."""
        self.items = {k: list(targets.get(k, [])) for k in KINDS}
        self.reset()

    def reset(self) -> None:
        """Forget where we were: the next step goes to the first (or, backwards, the last) item."""
        self.pos = {k: -1 for k in KINDS}

    def count(self, kind: str) -> int:
        """How many targets of ``kind``."""
        return len(self.items.get(kind, []))

    def step(self, kind: str, step: int) -> Step | None:
        """Move +1 (next) or -1 (previous) in ``kind``'s list; None when it is empty."""
        items = self.items.get(kind, [])
        if not items:
            return None
        current = self.pos[kind]
        new = (current + step) % len(items) if current >= 0 else (0 if step > 0 else len(items) - 1)
        self.pos[kind] = new
        wrapped = current >= 0 and ((step > 0 and new < current) or (step < 0 and new > current))
        return Step(items[new], new, len(items), wrapped)
