"""The running totals of a batch and the summary table printed at its end (stories, articles, links,
discrepancies, figure conflicts, failures with their reasons). Plain text for a terminal; no Qt here."""

from __future__ import annotations

from dataclasses import dataclass, field

from .run import Outcome

# Failures listed by name in the table; the rest are counted (every one is in the output with its reason).
MAX_FAILURES_LISTED = 30
MAX_REASON_CHARS = 160


@dataclass
class Tally:
    """Totals over the outcomes seen so far."""

    stories: int = 0
    compared: int = 0
    articles: int = 0  # article files found in the stories
    articles_compared: int = 0
    links: int = 0
    discrepancies: int = 0
    conflicts: int = 0
    warnings: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)

    def add(self, outcome: Outcome) -> None:
        self.stories += 1
        self.articles += outcome.articles
        if outcome.ok:
            self.compared += 1
            self.articles_compared += outcome.compared
            self.links += outcome.links
            self.discrepancies += outcome.discrepancies
            self.conflicts += outcome.conflicts
            self.warnings += outcome.warnings
        else:
            self.failures.append((outcome.story, outcome.error))


def _rows(rows: list[tuple[str, str]]) -> list[str]:
    width = max(len(a) for a, _ in rows)
    return [f"  {a.ljust(width)}  {b}" for a, b in rows]


def summary_table(tally: Tally, total: int, seconds: float, where: str, output: str) -> str:
    """The end-of-batch table, as lines of text ending in a newline."""
    rate = tally.stories / seconds if seconds > 0 else 0.0
    lines = [f"reportdiff batch: {tally.stories} of {total} stories in {seconds:.1f} s ({rate:.1f} stories/s, "
             f"{where}); reports in {output}"]  # fmt: skip
    lines += _rows([
        ("stories compared", f"{tally.compared:,}"),
        ("stories failed", f"{len(tally.failures):,}"),
        ("articles compared", f"{tally.articles_compared:,} of {tally.articles:,} found"),
        ("linked sentence pairs", f"{tally.links:,}"),
        ("discrepancies", f"{tally.discrepancies:,}"),
        ("figure conflicts", f"{tally.conflicts:,}"),
        ("warnings", f"{tally.warnings:,}"),
    ])  # fmt: skip
    if tally.failures:
        lines.append("failures:")
        shown = sorted(tally.failures)[:MAX_FAILURES_LISTED]
        lines += _rows([(name, _cut(reason)) for name, reason in shown])
        if len(tally.failures) > len(shown):
            lines.append(f"  ... and {len(tally.failures) - len(shown)} more (each is in the output with its reason)")
    return "\n".join(lines) + "\n"


def _cut(reason: str) -> str:
    reason = " ".join(reason.split())
    return reason if len(reason) <= MAX_REASON_CHARS else reason[: MAX_REASON_CHARS - 1] + "…"
