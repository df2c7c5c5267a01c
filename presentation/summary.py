"""A readable plain-text summary of a Report, for the terminal: what a person reads after ``reportdiff compare``.

Per pair of articles the share of sentences shared and the discrepancies with their explanation; per article
the sentences only it carries; then the figures table. Derived from the Report only; never imports Qt.
"""

from __future__ import annotations

import itertools
import textwrap

from reportdiff.core import model as m
from reportdiff.core.facts import stated

WIDTH = 100  # characters per line of the summary
MAX_UNIQUE_SHOWN = 12  # unique sentences listed per article before "... and N more"


def _short(text: str, width: int = WIDTH - 8) -> str:
    return textwrap.shorten(" ".join(text.split()), width=width, placeholder=" …")


def fact_values(report: m.Report, fact: m.Fact) -> dict[int, list[str]]:
    """The figures' texts of one fact, per article index."""
    values: dict[int, list[str]] = {}
    for i in fact.figures:
        f = report.figures[i]
        values.setdefault(f.article, []).append(stated(f))
    return values


def summary_text(report: m.Report) -> str:
    """The whole summary as one string ending in a newline."""
    out: list[str] = []
    names = [f"[{a.index + 1}] {a.source}" for a in report.articles]
    out.append("ReportDiff comparison")
    out.append("=" * WIDTH)
    for a, name in zip(report.articles, names, strict=True):
        content = a.content_count
        out.append(f"{name}: {_short(a.title, 70)}")
        out.append(f"     {a.path} · {content} sentences" + (f" · dateline {a.dateline}" if a.dateline else ""))
    out.append("")
    for x, y in itertools.combinations(range(len(report.articles)), 2):
        s = report.pair_summary(x, y)
        out.append(
            f"{names[x]} vs {names[y]}: {s['share_a']:.0%} of [{x + 1}] and {s['share_b']:.0%} of [{y + 1}] shared,"
            f" {s['discrepancies']} discrepanc{'y' if s['discrepancies'] == 1 else 'ies'}"
        )
    out.append("")
    discrepancies = [link for link in report.links if link.kind == m.DISCREPANCY]
    out.append(f"Discrepancies ({len(discrepancies)})")
    out.append("-" * WIDTH)
    for link in discrepancies:
        a, b = report.sentence(link.source), report.sentence(link.target)
        out.append(f"[{link.source.article + 1}] {_short(a.text)}")
        out.append(f"[{link.target.article + 1}] {_short(b.text)}")
        for note in link.notes:
            out.extend("   ! " + line for line in textwrap.wrap(note, WIDTH - 5))
        out.append("")
    for a, name in zip(report.articles, names, strict=True):
        unique = [s for s in a.sentences if s.status == m.UNIQUE]
        out.append(f"Only in {name} ({len(unique)} sentences)")
        out.append("-" * WIDTH)
        for s in unique[:MAX_UNIQUE_SHOWN]:
            out.append(f"  • {_short(s.text)}")
        if len(unique) > MAX_UNIQUE_SHOWN:
            out.append(f"  … and {len(unique) - MAX_UNIQUE_SHOWN} more")
        out.append("")
    out.append(f"Figures ({len(report.facts)} facts)")
    out.append("-" * WIDTH)
    label_width = 24
    col = max(14, (WIDTH - label_width - 16) // max(1, len(report.articles)))
    out.append(f"{'fact':<{label_width}}" + "".join(f"{n[: col - 1]:<{col}}" for n in names) + "status")
    for fact in report.facts:
        values = fact_values(report, fact)
        row = f"{_short(fact.label, label_width - 1):<{label_width}}"
        for k in range(len(report.articles)):
            cell = ", ".join(values.get(k, ["—"]))
            row += f"{_short(cell, col - 1) if len(cell) >= col else cell:<{col}}"
        row += fact.status.replace("_", " ")
        out.append(row)
        if fact.status == m.CONFLICT and fact.note:
            out.append(f"{'':<{label_width}}! {fact.note}")
    return "\n".join(out) + "\n"
