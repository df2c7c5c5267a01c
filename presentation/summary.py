"""A readable plain-text summary of a Report, for the terminal: what a person reads after ``reportdiff compare``.

The totals line (the one every surface states, ``presentation.totals``), per pair of articles the share of
sentences shared, its discrepancies and figure conflicts (``docmodel.pair_differences``), the discrepancies D1, D2,
... with their explanation, per article the sentences only it carries, the figures table
(``presentation.facts_table``: hedges kept, conflicts first), then every quotation by speaker
(``presentation.quotations``, as the window's Discrepancies & quotes tab lists them).
Articles are named by their letters ("[A] Reuters"), as the window, the PDF and the HTML name them
(``presentation.names.letter``). Derived from the Report only; never imports Qt.
"""

from __future__ import annotations

import itertools
import textwrap

from reportdiff.core import model as m

from .discrepancies import discrepancies
from .docmodel import pair_differences
from .facts_table import article_names, fact_rows
from .labels import NO_FIGURES, NO_SHARED_FIGURES, fact_label, percent, plural
from .names import letter, shown_path
from .quotations import NO_QUOTATIONS, quotations_heading, quote_rows
from .totals import totals

WIDTH = 100  # characters per line of the summary
MAX_UNIQUE_SHOWN = 12  # unique sentences listed per article before "... and N more"
LABEL_WIDTH = 16  # the figures table's fact column: at least this wide,
LABEL_WIDTH_MAX = 34  # and at most this (longer labels are cut with "…")
STATUS_WIDTH = 22  # the figures table's status column: "compatible, not equal" fits
TABLE_UP_TO = 5  # articles shown as table columns; beyond, a line per fact (20 columns do not fit 100 characters)


def _short(text: str, width: int = WIDTH - 8) -> str:
    return textwrap.shorten(" ".join(text.split()), width=width, placeholder=" …")


def _cell(text: str, width: int) -> str:
    """``text`` in a column ``width`` wide, cut with "…" when it does not fit."""
    text = " ".join(text.split())
    if len(text) >= width:
        text = text[: max(1, width - 2)].rstrip() + "…"
    return f"{text:<{width}}"


def _wrapped(text: str, width: int) -> list[str]:
    """``text`` in lines of a column ``width`` wide (one space kept before the next column), broken at spaces;
    a word longer than that is cut with "…"."""
    lines = textwrap.wrap(" ".join(text.split()), width - 1, break_long_words=False, break_on_hyphens=True) or [""]
    return [_cell(line, width).rstrip() for line in lines]


def summary_text(report: m.Report) -> str:
    """The whole summary as one string ending in a newline."""
    out: list[str] = []
    counts = totals(report)
    names = [f"[{letter(a.index)}] {a.source}" for a in report.articles]
    out.append("ReportDiff comparison")
    out.append("=" * WIDTH)
    for a, name in zip(report.articles, names, strict=True):
        out.append(f"{name}: {_short(a.title, 70)}")
        out.append(
            f"     {shown_path(a)} · {plural(counts.articles[a.index].sentences, 'sentence')}"
            + (f" · dateline {a.dateline}" if a.dateline else "")
        )
    out.append("")
    out.append(counts.headline())
    out.append("")
    for x, y in itertools.combinations(range(len(report.articles)), 2):
        s = report.pair_summary(x, y)
        out.append(
            f"{names[x]} vs {names[y]}: {percent(s['share_a'])} of [{letter(x)}] and {percent(s['share_b'])} of"
            f" [{letter(y)}] shared,"
            f" {pair_differences(s['discrepancies'], s['figure_conflicts'])}"
        )
    out.append("")
    items = discrepancies(report)
    out.append(f"Discrepancies ({len(items)})")
    out.append("-" * WIDTH)
    for item in items:
        out.append(f"{item.label} {item.headline}")
        for ref in item.refs:
            out.append(f"  [{letter(ref.article)}] {_short(report.sentence(ref).text)}")
        for note in item.notes:
            out.extend("   ! " + line for line in textwrap.wrap(note, WIDTH - 5))
        out.append("")
    for a, name in zip(report.articles, names, strict=True):
        unique = [sentence for sentence in a.sentences if sentence.status == m.UNIQUE]
        out.append(f"Only in {name} ({plural(len(unique), 'sentence')})")
        out.append("-" * WIDTH)
        for sentence in unique[:MAX_UNIQUE_SHOWN]:
            out.append(f"  • {_short(sentence.text)}")
        if len(unique) > MAX_UNIQUE_SHOWN:
            out.append(f"  … and {len(unique) - MAX_UNIQUE_SHOWN} more")
        out.append("")
    out.append(f"Figures ({counts.facts_line()})")
    out.append("-" * WIDTH)
    rows = fact_rows(report)
    compared = [row for row in rows if not row.folded]
    if not compared:  # as the PDF and the window say it, rather than a table's header over nothing
        out.append(f"  {NO_SHARED_FIGURES if rows else NO_FIGURES}")
    elif len(report.articles) <= TABLE_UP_TO:
        label_w = min(LABEL_WIDTH_MAX, max((len(row.label) + 2 for row in compared), default=LABEL_WIDTH))
        label_w = max(label_w, LABEL_WIDTH)
        col = max(12, (WIDTH - label_w - STATUS_WIDTH) // max(1, len(report.articles)))
        short = [f"{letter(i)} {name}" for i, name in enumerate(article_names(report, col - 3))]
        out.append(_cell("fact", label_w) + "".join(_cell(n, col) for n in short) + "status")
        for row in compared:
            # A value wider than its column goes on below, under itself ("about 10:30" / "p.m."), as the window
            # wraps it; cut, "about 10:3…" lost what a fact-checker reads the table for.
            cells = [_wrapped(row.label, label_w), *(_wrapped(v or "—", col) for v in row.values)]
            widths = [label_w] + [col] * len(row.values)
            for k in range(max(len(c) for c in cells)):
                line = "".join(f"{c[k] if k < len(c) else '':<{w}}" for c, w in zip(cells, widths, strict=True))
                out.append((line + fact_label(row.status)) if k == 0 else line.rstrip())
            if row.status in (m.CONFLICT, m.COMPATIBLE) and row.note:
                out.extend(textwrap.wrap(row.note, WIDTH, initial_indent=" " * label_w + "! ",
                                         subsequent_indent=" " * (label_w + 2)))
    else:  # too many articles for columns: one line per fact naming who says what
        for row in compared:
            said = ", ".join(f"[{letter(i)}] {v}" for i, v in enumerate(row.values) if v)
            out.extend(textwrap.wrap(f"{row.label} — {fact_label(row.status)}: {said}", WIDTH,
                                     subsequent_indent="     "))
            if row.status in (m.CONFLICT, m.COMPATIBLE) and row.note:
                out.append(f"   ! {row.note}")
    single = [row for row in rows if row.folded]
    if single:
        out.append("")
        out.append(f"Figures only one article gives ({len(single)})")
        out.append("-" * WIDTH)
        for row in single:
            i, value = next((i, v) for i, v in enumerate(row.values) if v)
            out.append(f"  [{letter(i)}] {row.label}: {value}")
    quotes = quote_rows(report)
    out.append("")
    out.append(quotations_heading(len(quotes)))
    out.append("-" * WIDTH)
    if not quotes:
        out.append(f"  {NO_QUOTATIONS}")
    for quote in quotes:  # whole: a quotation cut short is not what was said
        out.extend(textwrap.wrap(f"[{letter(quote.article)}] {quote.speaker}: “{quote.words}”", WIDTH,
                                 initial_indent="  ", subsequent_indent="      ", break_on_hyphens=False))
    return "\n".join(out) + "\n"
