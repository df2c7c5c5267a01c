"""The figures table as every surface shows it: one row per fact, one column per article, hedges kept.

``article_names`` gives each article a distinct short name for column headers (its source, else its file name,
told apart when two are equal). ``fact_rows`` lays the facts out in reading order for a fact-checker: conflicts
first, then compatible, agree and single-source facts; within a status, facts more sources state come first.
Values are the figures as the articles state them (``reportdiff.core.facts.stated``: "at least 25", not "25").
``figure_badge`` is the short text next to a conflicting figure ("25 ≠ 31 Reuters"). Pure Python: no Qt.
"""

from __future__ import annotations

import itertools
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass

from reportdiff.core.facts import CONVERTED, compatible, stated
from reportdiff.core.model import COMPATIBLE, CONFLICT, SINGLE_SOURCE, Fact, Figure, Report

from .labels import FACT_RANK, FACT_SYMBOLS, fact_label
from .names import letter, shown_path

SHORT_NAME_CHARS = 14  # a column header this long keeps 20 article columns readable in a sidebar
LEAD_LETTERS_LEAST = 2  # a shared start cut to fewer letters ("a…1") tells a reader no more than "…1"
NAME_BREAKS = frozenset(" -_·.")  # where a name's words end: "Outlet number 1", "reuters-syria-airstrikes"
VALUE_SEPARATOR = ", "  # between two figures one article gives for the same fact


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip(" -_·.") + "…"


def full_name(report: Report, index: int) -> str:
    """An article's name as a person tells it: the source, else the file name without extension."""
    article = report.articles[index]
    stem = os.path.splitext(os.path.basename(shown_path(article)))[0]
    return (article.source or "").strip() or stem or f"Article {index + 1}"


def article_names(report: Report, limit: int = SHORT_NAME_CHARS) -> tuple[str, ...]:
    """A distinct short name per article (at most ``limit`` characters): its source, else its file name. Names
    that are cut alike but differ whole keep what tells them apart: their common start gives way ("Outlet number
    1".."5" in 11 characters: "Outlet… 1".."Outlet… 5", where cutting the end gave five "Outlet numb…"). Names
    alike even so (the same outlet twice) get a number: "AP (1)", "AP (2)"."""
    return _short_names(report, limit)[0]


def _short_names(report: Report, limit: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``article_names``, and the same names without the numbers that tell alike ones apart ("AP", "AP" where
    ``article_names`` has "AP (1)", "AP (2)")."""
    whole = [full_name(report, i) for i in range(len(report.articles))]
    names = [_cut(name, limit) for name in whole]
    leads = [""] * len(names)
    for group in _alike(names):
        lead = _common_lead([whole[i] for i in group])
        for i in group:
            leads[i] = lead
            names[i] = _shorten(whole[i], lead, limit)
    plain = tuple(names)
    for group in _alike(names):
        for n, i in enumerate(group, start=1):
            suffix = f" ({n})"
            names[i] = _shorten(whole[i], leads[i], limit - len(suffix)) + suffix
    return tuple(names), plain


def _alike(names: Sequence[str]) -> list[list[int]]:
    """The indexes of names equal but for case, in groups of two or more."""
    seen: dict[str, list[int]] = {}
    for i, name in enumerate(names):
        seen.setdefault(name.casefold(), []).append(i)
    return [same for same in seen.values() if len(same) > 1]


def _common_lead(names: Sequence[str]) -> str:
    """The words every one of ``names`` starts with (to a word break), shorter than each: "Outlet number " of
    "Outlet number 1" and "Outlet number 12"; "" when they start apart or are all the same."""
    first = min(names, key=len)
    if all(name.casefold() == first.casefold() for name in names):
        return ""
    end = 0
    for k, char in enumerate(first):
        if any(name[k].casefold() != char.casefold() for name in names):
            break
        if char in NAME_BREAKS and k + 1 < len(first):
            end = k + 1
    return first[:end]


def _shorten(name: str, lead: str, limit: int) -> str:
    """``name`` in ``limit`` characters, keeping what follows its ``lead`` (the start it shares with the names
    it is told apart from) whole as long as it fits: the lead's first words, "…", then the rest; else the lead's
    last parts that fit ("…part-1") or its first letters ("arti…1"); the lead gives way wholly ("…1") before the
    rest is cut."""
    if len(name) <= limit or not lead:
        return _cut(name, limit)
    rest = name[len(lead) :]
    glue = "… " if lead[-1] == " " else "…"
    words = lead.split()
    for keep in range(len(words) - 1, 0, -1):
        start = " ".join(words[:keep]).rstrip(" -_·.")
        if len(start) + len(glue) + len(rest) <= limit:
            return start + glue + rest
    # No first word fits (or the start is one run of parts, "houston-chronicle-…-part-"): the lead's last parts
    # that fit stay, next to the rest ("…part-1", where "…1" said less).
    tail = ""
    for part in reversed(re.findall(r"[^ \-_·.]*[ \-_·.]", lead)):
        if 1 + len(part) + len(tail) + len(rest) > limit:
            break
        tail = part + tail
    if tail:
        return "…" + tail + rest
    # Nor a whole part, and the rest is no word ("1", "12"): the lead's first letters stay before it
    # ("article_1".."article_5" in 6 characters: "arti…1", where "…1" read as a cut-off stub in a 1920 px window's
    # sidebar, review s28), at least LEAD_LETTERS_LEAST of them. A rest that is a word says enough ("…chronicle").
    room = limit - 1 - len(rest)
    letters = lead.rstrip(" -_·.")[:room].rstrip(" -_·.")
    if len(letters) >= LEAD_LETTERS_LEAST and not any(c.isalpha() for c in rest):
        return letters + "…" + rest
    return "…" + _cut(rest, limit - 1)


@dataclass(frozen=True)
class FactRow:
    """One row of the figures table: the fact, what each article states ("" when it says nothing), the figures
    behind each cell, and the fact's status in words."""

    fact: Fact
    values: tuple[str, ...]  # per article, hedges included: "at least 25", "25, 26"
    figures: tuple[tuple[Figure, ...], ...]  # per article

    @property
    def label(self) -> str:
        """What is counted ("people killed since Nov. 27")."""
        return self.fact.label

    @property
    def status(self) -> str:
        """agree, compatible, conflict or single_source."""
        return self.fact.status

    @property
    def status_label(self) -> str:
        """The status in words ("compatible, not equal")."""
        return fact_label(self.fact.status)

    @property
    def note(self) -> str:
        """The engine's explanation ("25 vs 31 killed"), or ""."""
        return self.fact.note

    @property
    def rank(self) -> int:
        """Sort key of the status: conflicts 0, compatible 1, agree 2, single source 3."""
        return FACT_RANK.get(self.fact.status, len(FACT_RANK))

    @property
    def sources(self) -> int:
        """How many articles state this fact."""
        return sum(1 for v in self.values if v)

    @property
    def folded(self) -> bool:
        """Whether the table hides this row by default (a figure only one article gives)."""
        return self.fact.status == SINGLE_SOURCE


def fact_row(report: Report, fact: Fact) -> FactRow:
    """One fact laid out per article."""
    per_article: list[list[Figure]] = [[] for _ in report.articles]
    for i in fact.figures:
        if 0 <= i < len(report.figures):
            fig = report.figures[i]
            if 0 <= fig.article < len(per_article):
                per_article[fig.article].append(fig)
    values = []
    for figs in per_article:
        # one wording per value as the article states it: "five" and "Five" (a sentence's start) are one, the
        # first spelling kept (gva_595069's cell read "five, Five"); a measure's conversion in brackets after the
        # figure it converts, as the article prints it: "700 meters (2,300 feet)", not "700 meters, 2,300 feet"
        said: dict[str, str] = {}
        last: Figure | None = None
        for fig in sorted(figs, key=lambda f: (f.sentence, f.start)):
            text = stated(fig)
            if last is not None and _converts(fig, last):
                key = stated(last).casefold()
                said[key] = f"{said[key]} ({text})" if f"({text})" not in said[key] else said[key]
            else:
                said.setdefault(text.casefold(), text)
            last = fig
        values.append(VALUE_SEPARATOR.join(said.values()))
    return FactRow(fact, tuple(values), tuple(tuple(figs) for figs in per_article))


def _conversions(figs: Sequence[Figure]) -> list[Figure]:
    """The figures of one article's cell that restate the figure before them in brackets (``_converts``)."""
    ordered = sorted(figs, key=lambda f: (f.sentence, f.start))
    return [f for before, f in itertools.pairwise(ordered) if _converts(f, before)]


def is_conversion(report: Report, figure: Figure) -> bool:
    """Whether ``figure`` restates the figure before it in its sentence, of its fact, in brackets in another unit
    ("700 meters (2,300 feet)"): part of its fact (its row shows "700 meters (2,300 feet)"), yet marked once, on the
    figure it converts, in the window, the PDF and the HTML (before, a conflict's outline framed both)."""
    if figure.scope != CONVERTED:  # nearly every figure
        return False
    fact = report.index.fact_of_figure(figure.index)
    if fact is None:
        return False
    cell = [report.figures[i] for i in fact.figures if report.figures[i].article == figure.article]
    return figure in _conversions(cell)


def _converts(fig: Figure, before: Figure) -> bool:
    """Whether ``fig`` restates ``before``, the figure before it in its sentence (and its fact), in brackets in
    another unit or currency (``reportdiff.core.facts.CONVERTED``: "700 meters (2,300 feet)", "$5 million (3.1 million
    pounds)"; the engine joins a conversion to the fact of the figure it converts)."""
    return fig.scope == CONVERTED and fig.sentence == before.sentence


def fact_rows(report: Report) -> tuple[FactRow, ...]:
    """Every fact, conflicts first, then compatible, agree and single source; within a status the facts more
    articles state first, then in the engine's order."""
    return sort_rows([fact_row(report, fact) for fact in report.facts])


def sort_rows(rows: Sequence[FactRow]) -> tuple[FactRow, ...]:
    """``fact_rows``' order for rows made one by one (the window makes a long report's rows a slice at a time)."""
    order = sorted(range(len(rows)), key=lambda i: (rows[i].rank, -rows[i].sources, i))
    return tuple(rows[i] for i in order)


def badge_others(report: Report, figure: Figure, row: FactRow | None = None) -> tuple[str, tuple[tuple[int, str], ...]]:
    """What a badge beside ``figure`` names: its symbol and, per other article, the values it gives for the fact
    that differ from this figure *by value* (never "17 ≠ 17" nor "Seventeen ≠ 17"): the values incompatible with
    it after "≠"; for a figure that clashes with none of them (a conflict between the others, or a compatible
    fact), the unequal values it allows after "≈". Each value once per article, as the article states it first.
    ``("", ())`` when there is nothing to name. ``row``: the fact's row, when the caller has it."""
    fact = report.index.fact_of_figure(figure.index)
    if fact is None or fact.status not in (CONFLICT, COMPATIBLE):
        return "", ()
    row = row if row is not None else fact_row(report, fact)
    if 0 <= figure.article < len(row.figures) and figure in _conversions(row.figures[figure.article]):
        return "", ()  # "700 meters (2,300 feet)": the badge stands by the figure it converts, once
    clashing: list[tuple[int, str]] = []
    unequal: list[tuple[int, str]] = []
    for i, figs in enumerate(row.figures):
        if i == figure.article:
            continue
        against: dict[tuple[float, float | None, str], str] = {}
        besides: dict[tuple[float, float | None, str], str] = {}
        restated = _conversions(figs)
        for other in figs:
            if other in restated:
                continue  # another article's conversion restates its figure, named already
            if other.value == figure.value and other.high == figure.high and other.unit == figure.unit:
                continue  # the same number, hedged or worded otherwise: "Seventeen" and "at least 17" are 17
            key = (other.value, other.high, other.qualifier)
            # A compatible fact's values all fit together (the engine judged so); in a conflict, by value.
            target = besides if fact.status == COMPATIBLE or compatible(figure, other) else against
            target.setdefault(key, stated(other))
        if against:
            clashing.append((i, VALUE_SEPARATOR.join(against.values())))
        if besides:
            unequal.append((i, VALUE_SEPARATOR.join(besides.values())))
    if clashing:
        return FACT_SYMBOLS[CONFLICT], tuple(clashing)
    if unequal:
        return FACT_SYMBOLS[COMPATIBLE], tuple(unequal)
    return "", ()


def figure_badge(report: Report, figure: Figure, most: int | None = None) -> str:
    """The short note next to a figure whose fact is a conflict or compatible-but-unequal: what the other
    articles say and who says it ("25 ≠ 31 Reuters", "at least 25 ≈ 31 Reuters, 30 AP"); "" otherwise.
    Only values that differ from this figure's are named (``badge_others``).
    ``most``: name at most that many of the other values, then how many more ("… +6 more")."""
    return badge_and_status(report, figure, most)[0]


def badge_and_status(report: Report, figure: Figure, most: int | None = None) -> tuple[str, str]:
    """``figure_badge``'s text and what it says: CONFLICT for a badge naming clashing values ("≠"), COMPATIBLE
    for one naming unequal values the figure allows ("≈"; a hedge inside a conflict fact), "" for no badge."""
    symbol, others = badge_others(report, figure)
    if not others:
        return "", ""
    names, plain = _short_names(report, SHORT_NAME_CHARS)
    # An article whose name another one shares (the same outlet twice, "article_2.txt" from two folders) is told
    # apart by its letter, as in its column's title, the PDF's badges and the terminal: "two G article_2", where the
    # numbers of ``article_names`` ("article_2 (3)", the third of that name) stood nowhere else in the window.
    who = [f"{letter(i)} {plain[i]}" if names[i] != plain[i] else names[i] for i in range(len(names))]
    said = [f"{value} {who[i]}" for i, value in others]
    more = f" +{len(said) - most} more" if most is not None and len(said) > most else ""
    text = f"{stated(figure)} {symbol} " + ", ".join(said[:most] if more else said) + more
    return text, CONFLICT if symbol == FACT_SYMBOLS[CONFLICT] else COMPATIBLE
