"""Going from one discrepancy (or unique sentence) to the next: the targets in reading order, and where we are.

Qt-free. ``Navigator`` holds, per kind, the sentences F7/F8 visit in column order and the position of the last
one visited; stepping past the end wraps around and says so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportdiff.core import model as m

DISCREPANCY = "discrepancy"
UNIQUE = "unique"
KINDS = (DISCREPANCY, UNIQUE)
NOUNS = {DISCREPANCY: ("discrepancy", "discrepancies"), UNIQUE: ("unique sentence", "unique sentences")}


@dataclass(frozen=True)
class Step:
    """Where one step landed: the sentence, its place (0-based) among ``total``, whether it wrapped around."""

    ref: m.SentenceRef
    index: int
    total: int
    wrapped: bool


def nav_targets(report: m.Report, order: Sequence[int]) -> dict[str, list[m.SentenceRef]]:
    """Per kind, the sentences to visit, sorted by column position then sentence: for a discrepancy, the end of
    its link in the leftmost column."""
    pos = {art: i for i, art in enumerate(order)}

    def key(r: m.SentenceRef) -> tuple[int, int]:
        return (pos.get(r.article, len(pos)), r.sentence)

    disc = [min((link.source, link.target), key=key) for link in report.links if link.kind == m.DISCREPANCY]
    unique = [ref for ref, s in report.iter_sentences() if s.status == m.UNIQUE]
    return {DISCREPANCY: sorted(dict.fromkeys(disc), key=key), UNIQUE: sorted(unique, key=key)}


class Navigator:
    """The F7/F8 targets of one report and the current position in each list."""

    def __init__(self) -> None:
        self.items: dict[str, list[m.SentenceRef]] = {k: [] for k in KINDS}
        self.pos: dict[str, int] = {k: -1 for k in KINDS}

    def set_targets(self, targets: dict[str, list[m.SentenceRef]]) -> None:
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
