"""The export document: a Report laid out once as cover, columns, discrepancies, figure table and quotations.

Both exports draw this structure, so the HTML file (``presentation/htmlreport.py``) and the PDF (``gui/pdf.py``)
cannot diverge in what they say; they differ only in how they draw it. Its numbers come from
``presentation.totals``, its fact rows from ``presentation.facts_table``, its colours and words from
``presentation.colours`` and ``presentation.labels``: the window draws from the same. Pure Python: no Qt.
"""

from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass
from itertools import combinations

from reportdiff.core.model import (
    BOILERPLATE,
    COMPATIBLE,
    CONFLICT,
    Figure,
    Link,
    Report,
    Sentence,
    SentenceRef,
)

from .colours import ABSENT_TEXT, FACT_CHIP, FIGURE_INK, FIGURE_LINE, MUTED_TEXT, PALETTE, RULE, blend
from .discrepancies import discrepancies as discrepancy_items
from .emphasis import all_spans, informative_spans
from .facts_table import FactRow, article_names, badge_others, fact_row, fact_rows, is_conversion
from .labels import (
    CHANGED_WORDS_HELP,
    FACT_LABELS,
    FLAG_TEXT,
    SENTENCE_HELP,
    SENTENCE_LABELS,
    flag_text,
    flags_headline,
    percent,
    plural,
)
from .names import letter, one_outlet, shown_path
from .quotations import QuoteRow, quote_rows
from .spans import merged_spans
from .status import sentence_status
from .totals import Totals, totals

# Re-exported for the PDF and HTML writers: the colours and words of presentation.colours / presentation.labels.
STATUS_LABELS = SENTENCE_LABELS
LEGEND_TEXT = SENTENCE_HELP
# The heading of the compact list of figures only one article gives (the window folds them behind a toggle).
SINGLE_SOURCE_HEADING = "Figures only one article gives"
__all__ = [
    "ABSENT_TEXT",
    "CHANGED_WORDS_HELP",
    "FACT_CHIP",
    "FACT_LABELS",
    "FIGURE_INK",
    "FIGURE_LINE",
    "FLAG_TEXT",
    "LEGEND_TEXT",
    "MUTED_TEXT",
    "PALETTE",
    "RULE",
    "SINGLE_SOURCE_HEADING",
    "STATUS_LABELS",
    "ExportDocument",
    "FactRow",
    "blend",
    "build_document",
    "merged_spans",
    "percent",
]

# -- layout knobs ----------------------------------------------------------------------------------------------
# Beyond this many articles the columns are drawn in groups (A-D, E-H, ...): on a landscape A4 page five columns
# leave ~50 mm each, about six words a line, which no longer reads as text. Groups of at most four keep ~65 mm
# columns; counterpart sentences in other groups stay findable through the discrepancy markers (D1, D2, ...)
# and the shared/unique colours, which always describe the whole comparison, not only the visible group.
MAX_COLUMNS_PER_GROUP = 4
LANDSCAPE_FROM = 3  # three or more columns side by side need the wider page
# Pairs grow as n(n-1)/2: a list is clearest for up to 4 articles (6 rows); from 5 (10 rows, 45 for 10 articles,
# two and a half pages) the cover shows an n x n matrix of shares instead, which stays on one page.
PAIR_MATRIX_FROM = 5
# The lengths of the article names a wider table header may take, longest first: the PDF's figures table heads each
# of 5-8 articles' columns by the longest its cell holds on one line ("A Outlet number 1", where the 14 characters of
# the narrow names made "A Outlet… 1" in a cell with room for twice that).
HEADER_NAME_LENGTHS = (32, 24, 18)



@dataclass(frozen=True)
class Run:
    """A stretch of one sentence with one look: plain, a differing word, and/or a figure."""

    text: str
    changed: bool = False  # a word only this side of a link has
    figure: str | None = None  # None: not a figure; else the fact status ("" for a figure outside any fact)
    badge: str = ""  # after a conflicting (or compatible) figure: what the others say, "≠ 31 B"


@dataclass(frozen=True)
class SentenceView:
    """One sentence as drawn: its display status, its runs, and the discrepancy marker it carries, if any."""

    ref: SentenceRef
    status: str  # a key of PALETTE
    runs: tuple[Run, ...]
    paragraph: int  # counted from 1, as a reader counts
    marker: str = ""  # "D3" when the sentence belongs to discrepancy 3
    note: str = ""  # a hover text for the HTML: counterparts, similarity, flags

    @property
    def text(self) -> str:
        """The sentence's plain text."""
        return "".join(run.text for run in self.runs)

    @property
    def anchor(self) -> str:
        """A stable id for links inside the document."""
        return f"a{self.ref.article}s{self.ref.sentence}"


@dataclass(frozen=True)
class ArticleView:
    """One article: who wrote it, from which file, its sentence count and its paragraphs of sentences."""

    index: int
    letter: str
    source: str
    title: str
    file_name: str
    path: str
    sentence_count: int  # content sentences (boilerplate aside), as the window and the summary count them
    unique_count: int  # sentences no other article reports (boilerplate aside)
    paragraphs: tuple[tuple[SentenceView, ...], ...]


@dataclass(frozen=True)
class PairRow:
    """The summary of one pair of articles (from ``Report.pair_summary``)."""

    a: int
    b: int
    share_a: float
    share_b: float
    links: int
    discrepancies: int
    unique_a: int
    unique_b: int
    figure_conflicts: int = 0  # facts where the two articles' own figures disagree, linked or not

    @property
    def differences(self) -> str:
        """What the pair tells differently, in words: "0 discrepancies · 1 figure conflict"."""
        return pair_differences(self.discrepancies, self.figure_conflicts)


def pair_marker(row: PairRow) -> str:
    """A pair's mark in the export's matrix of pairs: "D2" (two discrepancies), "F1" (one figure conflict), both
    ("D2 F1") or "" when the two articles tell nothing differently."""
    return " ".join(f"{letter}{n}" for letter, n in (("D", row.discrepancies), ("F", row.figure_conflicts)) if n)


def pair_differences(discrepancies: int, figure_conflicts: int) -> str:
    """A pair's discrepancies and, when it has any, its figure conflicts, as every surface's per-pair line states
    them: "2 discrepancies", "0 discrepancies · 1 figure conflict" (a pair with no discrepancy link may still give
    five and two injured in sentences nobody linked: review-s27 finding 9)."""
    said = plural(discrepancies, "discrepancy")
    return f"{said} · {plural(figure_conflicts, 'figure conflict')}" if figure_conflicts else said


@dataclass(frozen=True)
class Discrepancy:
    """Linked sentences that tell one thing differently: every wording, where it stands, and why it differs."""

    number: int
    flags: tuple[str, ...]  # the links' flags (quote_mismatch, figure_conflict), without repeats
    notes: tuple[str, ...]  # the engine's explanations, e.g. both wordings of a quotation
    sides: tuple[SentenceView, ...]  # one per sentence, in article order

    @property
    def headline(self) -> str:
        """What differs, in a few words: "Quote wording differs", "Figures conflict", ..."""
        return flags_headline(self.flags)

    @property
    def label(self) -> str:
        """The marker shown next to the sentences in the columns: "D1", "D2", ..."""
        return f"D{self.number}"


@dataclass(frozen=True)
class ExportDocument:
    """Everything an export draws, in reading order."""

    title: str
    created: str
    articles: tuple[ArticleView, ...]
    pairs: tuple[PairRow, ...]
    groups: tuple[tuple[int, ...], ...]  # article indexes drawn side by side, one tuple per group of columns
    discrepancies: tuple[Discrepancy, ...]
    facts: tuple[FactRow, ...]
    warnings: tuple[str, ...]
    landscape: bool
    totals: Totals  # the numbers every surface states (presentation.totals)
    short_names: tuple[str, ...] = ()  # distinct short article names, for narrow table headers
    header_names: tuple[tuple[str, ...], ...] = ()  # the distinct names at each of HEADER_NAME_LENGTHS
    quotes: tuple[QuoteRow, ...] = ()  # every quotation, as the window's Discrepancies & quotes tab lists them

    @property
    def compared_facts(self) -> tuple[FactRow, ...]:
        """The facts two or more articles state (conflicts first): the figures table proper."""
        return tuple(row for row in self.facts if not row.folded)

    @property
    def single_source_facts(self) -> tuple[tuple[FactRow, int], ...]:
        """The facts one article alone gives, with that article's index: listed compactly after the table (the
        window folds them too), by article, in the table's order."""
        pairs = [(row, next((i for i, v in enumerate(row.values) if v), 0)) for row in self.facts if row.folded]
        return tuple(sorted(pairs, key=lambda pair: pair[1]))

    @property
    def file_names(self) -> tuple[str, ...]:
        """The file name of every article, for the footer."""
        return tuple(a.file_name for a in self.articles)

    @property
    def footer_files(self) -> str:
        """The footer's list of files: "A reuters.txt · B cnews.txt"."""
        return "Files: " + " · ".join(f"{a.letter} {a.file_name}" for a in self.articles)

    @property
    def pair_matrix(self) -> bool:
        """Whether the cover shows pairs as a matrix (many articles) rather than a list."""
        return len(self.articles) >= PAIR_MATRIX_FROM

    @property
    def matrix_caption(self) -> str:
        """What the matrix of pairs' cells mean, explaining only the markers it shows: "D2" when a pair has
        discrepancies, "F1" when one has figure conflicts (a legend of marks nobody sees misleads)."""
        said = ["Each cell: the share of the row article's sentences (boilerplate aside) that the column article also "
                "reports"]
        if any(row.discrepancies for row in self.pairs):
            said.append("D2: two discrepancies between the two articles")
        if any(row.figure_conflicts for row in self.pairs):
            said.append("F1: one figure conflict between them")
        return "; ".join(said) + "."

    def pair(self, a: int, b: int) -> PairRow | None:
        """The summary of the pair (a, b) in either order; None for a == b."""
        for row in self.pairs:
            if {row.a, row.b} == {a, b} and a != b:
                return row
        return None

    @staticmethod
    def share_of(row: PairRow, a: int) -> float:
        """Article ``a``'s share of sentences that the other article of ``row`` also reports."""
        return row.share_a if row.a == a else row.share_b

    def where(self, view: SentenceView) -> str:
        """Where a sentence stands, in words: "Cnews (A), paragraph 4"."""
        article = self.articles[view.ref.article]
        return f"{article.source} ({article.letter}), paragraph {view.paragraph}"


def column_groups(count: int) -> tuple[tuple[int, ...], ...]:
    """Split ``count`` articles into balanced groups of at most MAX_COLUMNS_PER_GROUP (10 -> 4, 3, 3)."""
    if count <= 0:
        return ()
    groups = -(-count // MAX_COLUMNS_PER_GROUP)
    base, extra = divmod(count, groups)
    out: list[tuple[int, ...]] = []
    start = 0
    for g in range(groups):
        size = base + (1 if g < extra else 0)
        out.append(tuple(range(start, start + size)))
        start += size
    return tuple(out)


def build_document(report: Report, created: _dt.datetime | None = None) -> ExportDocument:
    """Lay out ``report`` once for every export; ``created`` defaults to now (local time)."""
    created = created or _dt.datetime.now().astimezone()
    index = report.index
    fact_status_of = {i: fact.status for fact in report.facts for i in fact.figures}
    items = discrepancy_items(report)
    marker_of = {ref: item.label for item in items for ref in item.refs}
    counts = totals(report)

    display_names = _display_names([shown_path(a) for a in report.articles])
    badges = _badges(report)

    def view_of(ref: SentenceRef, spans: list[tuple[int, int]]) -> SentenceView:
        return _sentence_view(
            ref,
            report.sentence(ref),
            sentence_status(report, ref),
            spans,
            list(index.links_of(ref)),
            [fig for fig in index.figures_of(ref) if not is_conversion(report, fig)],
            fact_status_of,
            marker_of.get(ref, ""),
            badges,
        )

    articles: list[ArticleView] = []
    for article in report.articles:
        paragraphs: dict[int, list[SentenceView]] = {}
        for sentence in article.sentences:
            ref = SentenceRef(article.index, sentence.index)
            # The columns are calm, as the window's default view: only the changed words that inform.
            paragraphs.setdefault(sentence.paragraph, []).append(view_of(ref, informative_spans(report, ref)))
        articles.append(
            ArticleView(
                index=article.index,
                letter=letter(article.index),
                source=article.source or os.path.splitext(os.path.basename(shown_path(article)))[0],
                title=article.title,
                file_name=display_names[article.index],
                path=shown_path(article),
                sentence_count=counts.articles[article.index].sentences,
                unique_count=counts.articles[article.index].unique,
                paragraphs=tuple(tuple(p) for _, p in sorted(paragraphs.items())),
            )
        )

    # Each wording of a discrepancy with every word that differs, as the window shows a selected sentence.
    discrepancies = tuple(
        Discrepancy(
            number=item.number,
            flags=item.flags,
            notes=item.notes,
            sides=tuple(view_of(ref, all_spans(report, ref)) for ref in item.refs),
        )
        for item in items
    )
    pairs = tuple(_pair_row(report, a, b) for a, b in combinations(range(len(report.articles)), 2))
    count = len(report.articles)
    names = [a.source for a in articles]
    if count > 2:
        title = f"Comparison of {count} reports"
    elif outlet := one_outlet(names):  # a story and its update
        title = f"Comparison of two {outlet} reports"
    else:
        title = "Comparison of " + " and ".join(names)
    return ExportDocument(
        title=title,
        created=created.strftime("%d %B %Y, %H:%M").lstrip("0"),
        articles=tuple(articles),
        pairs=pairs,
        groups=column_groups(count),
        discrepancies=discrepancies,
        facts=fact_rows(report),
        warnings=tuple(report.warnings),
        landscape=min(count, MAX_COLUMNS_PER_GROUP) >= LANDSCAPE_FROM,
        totals=counts,
        short_names=article_names(report),
        header_names=tuple(article_names(report, length) for length in HEADER_NAME_LENGTHS),
        quotes=quote_rows(report),
    )


def _display_names(paths: list[str]) -> list[str]:
    """File names as a reader tells them apart: the base name, with its folder when two base names are equal."""
    bases = [os.path.basename(p) or p for p in paths]
    out = []
    for path, base in zip(paths, bases, strict=True):
        if bases.count(base) > 1:
            folder = os.path.basename(os.path.dirname(path))
            out.append(f"{folder}/{base}" if folder else base)
        else:
            out.append(base)
    return out


# -- helpers ---------------------------------------------------------------------------------------------------


def _badges(report: Report) -> dict[int, str]:
    """For each figure of a conflicting or compatible fact, what the other articles state, by letter: the
    conflicts a reader must not miss on paper ("≠ 31 B", "≈ at least 40 C"); only values that differ from the
    figure's own (``facts_table.badge_others``, the window's badges' words)."""
    out: dict[int, str] = {}
    for fact in report.facts:
        if fact.status not in (CONFLICT, COMPATIBLE):
            continue
        row = fact_row(report, fact)
        for figs in row.figures:
            for fig in figs:
                symbol, others = badge_others(report, fig, row)
                if others:
                    out[fig.index] = f"{symbol} " + ", ".join(f"{value} {letter(i)}" for i, value in others)
    return out


def _sentence_view(
    ref: SentenceRef,
    sentence: Sentence,
    status: str,
    spans: list[tuple[int, int]],
    links: list[Link],
    figures: list[Figure],
    fact_status_of: dict[int, str],
    marker: str,
    badges: dict[int, str],
) -> SentenceView:
    """One sentence as runs: ``spans`` (offsets in the sentence) are its marked changed words; ``badges`` the
    note that follows a figure, by figure index."""
    text = sentence.text
    size = len(text)
    changed = [False] * size
    for start, end in spans if status != BOILERPLATE else ():
        for i in range(max(0, start), min(size, end)):
            changed[i] = True
    figure: list[str | None] = [None] * size
    badge_at: dict[int, str] = {}  # end offset of a figure -> its badge
    for fig in figures:
        fact_status = fact_status_of.get(fig.index, "")
        start, end = fig.start - sentence.start, fig.end - sentence.start
        if not (0 <= start < end <= size) or text[start:end] != fig.text:
            found = text.find(fig.text)  # offsets out of step with the text: fall back to the words themselves
            if found < 0 or not fig.text:
                continue
            start, end = found, found + len(fig.text)
        for i in range(start, end):
            figure[i] = fact_status
        if badges.get(fig.index):
            badge_at[end] = badges[fig.index]
    runs: list[Run] = []
    start = 0
    for i in range(1, size + 1):
        if i == size or changed[i] != changed[start] or figure[i] != figure[start] or i in badge_at:
            runs.append(Run(text[start:i], changed[start], figure[start], badge_at.get(i, "")))
            start = i
    if not runs:
        runs.append(Run(text))
    note_parts = []
    for link in links:
        other = link.other(ref)
        flags = ", ".join(flag_text(f) for f in link.flags)
        note_parts.append(
            f"{letter(other.article)} {other.sentence + 1}: {link.kind} {link.similarity:.2f}"
            + (f" ({flags})" if flags else "")
        )
    return SentenceView(
        ref=ref,
        status=status,
        runs=tuple(runs),
        paragraph=sentence.paragraph + 1,
        marker=marker,
        note="; ".join(note_parts) or STATUS_LABELS.get(status, ""),
    )


def _pair_row(report: Report, a: int, b: int) -> PairRow:
    summary = report.pair_summary(a, b)
    return PairRow(
        a=a,
        b=b,
        share_a=summary["share_a"],
        share_b=summary["share_b"],
        links=summary["links"],
        discrepancies=summary["discrepancies"],
        unique_a=summary["unique_a"],
        unique_b=summary["unique_b"],
        figure_conflicts=summary["figure_conflicts"],
    )
