"""The export document: a Report laid out once as cover, columns, discrepancies and figure table.

Both exports draw this structure, so the HTML file (``core/htmlreport.py``) and the PDF (``gui/pdf.py``) cannot
diverge in what they say; they differ only in how they draw it. Pure Python: no Qt, nothing of ``reportdiff.gui``.

The export colours live here too (``PALETTE``), in one place: an Okabe-Ito based, colour-blind-safe palette whose
light tints keep black text readable on paper and on screen.
"""

from __future__ import annotations

import datetime as _dt
import os
from dataclasses import dataclass
from itertools import combinations

from reportdiff.core.model import (
    AGREE,
    AGREEMENT,
    BOILERPLATE,
    CONFLICT,
    DISCREPANCY,
    FIGURE_CONFLICT,
    PARAPHRASE,
    QUOTE_MISMATCH,
    SHARED,
    SINGLE_SOURCE,
    UNIQUE,
    Figure,
    Link,
    Report,
    Sentence,
    SentenceRef,
)

# -- colours (the one place for export colours) ----------------------------------------------------------------
# The screen's light-mode palette (gui/palette.py), recomputed here because core never imports the GUI: the same
# Okabe-Ito hues blended over white paper by the same amounts, so a printed page matches the window. `fill` is the
# sentence background (a pale tint keeps black text above 12:1 contrast), `strong` the deeper tint behind the words
# that differ inside a linked sentence, `ink` the hue itself for swatch borders and markers.
OKABE_ITO = {
    "orange": "#E69F00", "sky_blue": "#56B4E9", "bluish_green": "#009E73", "yellow": "#F0E442",
    "blue": "#0072B2", "vermillion": "#D55E00", "reddish_purple": "#CC79A7",
}
TINT = 0.15  # sentence tints (gui/palette.py TINT_LIGHT)
MARK = 0.32  # differing words (gui/palette.py MARK_LIGHT)


def blend(colour: str, amount: float, base: str = "#FFFFFF") -> str:
    """``colour`` laid over ``base`` at ``amount`` (0 = base, 1 = colour), as ``#RRGGBB``."""
    c = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    b = [int(base[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(y + (x - y) * amount):02X}" for x, y in zip(c, b, strict=True))


PALETTE: dict[str, dict[str, str]] = {
    AGREEMENT: {
        "fill": blend(OKABE_ITO["bluish_green"], TINT),
        "strong": blend(OKABE_ITO["bluish_green"], MARK),
        "ink": OKABE_ITO["bluish_green"],
    },
    PARAPHRASE: {
        "fill": blend(OKABE_ITO["sky_blue"], TINT),
        "strong": blend(OKABE_ITO["sky_blue"], MARK),
        "ink": OKABE_ITO["sky_blue"],
    },
    DISCREPANCY: {
        "fill": blend(OKABE_ITO["vermillion"], TINT + 0.04),
        "strong": blend(OKABE_ITO["vermillion"], MARK),
        "ink": OKABE_ITO["vermillion"],
    },
    UNIQUE: {
        "fill": blend(OKABE_ITO["yellow"], TINT + 0.10),
        "strong": blend(OKABE_ITO["yellow"], MARK + 0.10),
        "ink": "#A89A00",  # the yellow itself vanishes on white paper; a darker olive of it for borders
    },
    BOILERPLATE: {"fill": "#FFFFFF", "strong": "#FFFFFF", "ink": "#8C8C8C"},  # greyed text, no tint
}
# Figures are bold and underlined in their fact's status colour, with a style per status so colour is never the
# only cue (as on screen): agree solid, conflict wavy, single source dotted.
FIGURE_INK: dict[str, str] = {
    AGREE: OKABE_ITO["bluish_green"],
    CONFLICT: OKABE_ITO["vermillion"],
    SINGLE_SOURCE: OKABE_ITO["blue"],
    "": OKABE_ITO["blue"],  # a figure outside any fact is drawn as single source, as the screen does
}
FIGURE_LINE: dict[str, str] = {AGREE: "solid", CONFLICT: "wavy", SINGLE_SOURCE: "dotted", "": "dotted"}
FACT_CHIP: dict[str, str] = {
    AGREE: PALETTE[AGREEMENT]["fill"],
    CONFLICT: PALETTE[DISCREPANCY]["fill"],
    SINGLE_SOURCE: blend(OKABE_ITO["blue"], TINT),
    "": "#EEEEEE",
}
MUTED_TEXT = "#8C8C8C"  # boilerplate sentences and secondary text
RULE = "#C8C8C8"  # table rules

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

STATUS_LABELS: dict[str, str] = {
    AGREEMENT: "agreement",
    PARAPHRASE: "paraphrase",
    DISCREPANCY: "discrepancy",
    UNIQUE: "unique",
    BOILERPLATE: "boilerplate",
}
LEGEND_TEXT: dict[str, str] = {  # the screen's legend wording (gui/widgets.py LEGEND)
    AGREEMENT: "Same statement, nearly the same words",
    PARAPHRASE: "Same statement, reworded",
    DISCREPANCY: "Same statement, a figure or quotation differs",
    UNIQUE: "Only this article reports it",
    BOILERPLATE: "Headline repeats, bylines, comment policies (greyed)",
}
FACT_LABELS: dict[str, str] = {AGREE: "agree", CONFLICT: "conflict", SINGLE_SOURCE: "single source"}
FLAG_TEXT: dict[str, str] = {QUOTE_MISMATCH: "quote wording differs", FIGURE_CONFLICT: "figures conflict"}

_KIND_RANK = {AGREEMENT: 0, PARAPHRASE: 1, DISCREPANCY: 2}


@dataclass(frozen=True)
class Run:
    """A stretch of one sentence with one look: plain, a differing word, and/or a figure."""

    text: str
    changed: bool = False  # a word only this side of a link has
    figure: str | None = None  # None: not a figure; else the fact status ("" for a figure outside any fact)


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
        said = [FLAG_TEXT.get(flag, flag.replace("_", " ")) for flag in self.flags]
        text = "; ".join(said) if said else "the accounts differ"
        return text[:1].upper() + text[1:]

    @property
    def label(self) -> str:
        """The marker shown next to the sentences in the columns: "D1", "D2", ..."""
        return f"D{self.number}"


@dataclass(frozen=True)
class FactRow:
    """One row of the figure table: a fact, its value in each article ("" when absent), its status."""

    label: str
    status: str
    values: tuple[str, ...]
    note: str = ""


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


def letter(index: int) -> str:
    """The short name of article ``index``: A, B, ..., Z, then A2, B2, ..."""
    rounds, pos = divmod(index, 26)
    return chr(ord("A") + pos) + (str(rounds + 1) if rounds else "")


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
    links_by_ref: dict[SentenceRef, list[Link]] = {}
    for link in report.links:
        links_by_ref.setdefault(link.source, []).append(link)
        links_by_ref.setdefault(link.target, []).append(link)
    figures_by_ref: dict[SentenceRef, list[Figure]] = {}
    for fig in report.figures:
        figures_by_ref.setdefault(SentenceRef(fig.article, fig.sentence), []).append(fig)
    fact_status_of = {index: fact.status for fact in report.facts for index in fact.figures}
    groups_of_discrepancy = _discrepancy_groups(report)
    marker_of: dict[SentenceRef, str] = {}
    for number, (refs, _links) in enumerate(groups_of_discrepancy, start=1):
        for ref in refs:
            marker_of[ref] = f"D{number}"

    display_names = _display_names([a.path for a in report.articles])
    views: dict[SentenceRef, SentenceView] = {}
    articles: list[ArticleView] = []
    for article in report.articles:
        paragraphs: dict[int, list[SentenceView]] = {}
        for sentence in article.sentences:
            ref = SentenceRef(article.index, sentence.index)
            view = _sentence_view(
                ref,
                sentence,
                links_by_ref.get(ref, []),
                figures_by_ref.get(ref, []),
                fact_status_of,
                marker_of.get(ref, ""),
            )
            views[ref] = view
            paragraphs.setdefault(sentence.paragraph, []).append(view)
        articles.append(
            ArticleView(
                index=article.index,
                letter=letter(article.index),
                source=article.source or os.path.splitext(os.path.basename(article.path))[0],
                title=article.title,
                file_name=display_names[article.index],
                path=article.path,
                sentence_count=article.content_count,
                unique_count=sum(1 for p in paragraphs.values() for v in p if v.status == UNIQUE),
                paragraphs=tuple(tuple(p) for _, p in sorted(paragraphs.items())),
            )
        )

    discrepancies = tuple(
        Discrepancy(
            number=number,
            flags=tuple(dict.fromkeys(flag for link in links for flag in link.flags)),
            notes=tuple(dict.fromkeys(note for link in links for note in link.notes)),
            sides=tuple(views[ref] for ref in sorted(refs) if ref in views),
        )
        for number, (refs, links) in enumerate(groups_of_discrepancy, start=1)
    )
    pairs = tuple(_pair_row(report, a, b) for a, b in combinations(range(len(report.articles)), 2))
    count = len(report.articles)
    names = [a.source for a in articles]
    title = "Comparison of " + (" and ".join(names) if count <= 2 else f"{count} reports")
    return ExportDocument(
        title=title,
        created=created.strftime("%d %B %Y, %H:%M").lstrip("0"),
        articles=tuple(articles),
        pairs=pairs,
        groups=column_groups(count),
        discrepancies=discrepancies,
        facts=_fact_rows(report),
        warnings=tuple(report.warnings),
        landscape=min(count, MAX_COLUMNS_PER_GROUP) >= LANDSCAPE_FROM,
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


def percent(share: float) -> str:
    """A share as a whole percentage: 0.625 -> "63 %"."""
    return f"{round(share * 100)} %"


# -- helpers ---------------------------------------------------------------------------------------------------


def merged_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Word-diff spans trimmed of surrounding spaces and joined when only spaces or punctuation separate them, so
    "intensified bombing raids" reads as one marked phrase; the screen (gui/article_view.py) uses it too."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        chunk = text[a:b]
        a += len(chunk) - len(chunk.lstrip())
        b -= len(chunk) - len(chunk.rstrip())
        if a >= b:
            continue
        if out and a >= out[-1][0] and not text[out[-1][1] : a].strip(" ,;:"):
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def _display_status(sentence: Sentence, links: list[Link]) -> str:
    """The legend entry a sentence is drawn as, decided as the screen decides it (gui/article_view.py kind_of)."""
    if sentence.status in (UNIQUE, BOILERPLATE, DISCREPANCY):
        return sentence.status
    kinds = {link.kind for link in links}
    if AGREEMENT in kinds:
        return AGREEMENT
    if DISCREPANCY in kinds:
        return DISCREPANCY
    return PARAPHRASE if kinds or sentence.status == SHARED else UNIQUE


def _sentence_view(
    ref: SentenceRef,
    sentence: Sentence,
    links: list[Link],
    figures: list[Figure],
    fact_status_of: dict[int, str],
    marker: str,
) -> SentenceView:
    text = sentence.text
    size = len(text)
    status = _display_status(sentence, links)
    changed = [False] * size
    # The closest counterpart's word diff, as on screen: a union over several links would mark nearly every word
    # of a sentence that three looser paraphrases touch.
    closest = max(links, key=lambda k: k.similarity, default=None)
    spans = list(closest.spans("source" if closest.source == ref else "target")) if closest else []
    for start, end in merged_spans(text, spans) if status != BOILERPLATE else ():
        for i in range(max(0, start), min(size, end)):
            changed[i] = True
    figure: list[str | None] = [None] * size
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
    runs: list[Run] = []
    start = 0
    for i in range(1, size + 1):
        if i == size or changed[i] != changed[start] or figure[i] != figure[start]:
            runs.append(Run(text[start:i], changed[start], figure[start]))
            start = i
    if not runs:
        runs.append(Run(text))
    note_parts = []
    for link in links:
        other = link.other(ref)
        flags = ", ".join(FLAG_TEXT.get(f, f) for f in link.flags)
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


def _discrepancy_groups(report: Report) -> list[tuple[set[SentenceRef], list[Link]]]:
    """Discrepancy links joined into groups (the same quote across three articles is one discrepancy)."""
    trouble = [k for k in report.links if k.kind == DISCREPANCY or k.flags]
    parent: dict[SentenceRef, SentenceRef] = {}

    def find(x: SentenceRef) -> SentenceRef:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for link in trouble:
        parent[find(link.source)] = find(link.target)
    groups: dict[SentenceRef, tuple[set[SentenceRef], list[Link]]] = {}
    for link in trouble:
        refs, links = groups.setdefault(find(link.source), (set(), []))
        refs.update((link.source, link.target))
        links.append(link)
    # In reading order of the first article that carries each discrepancy.
    return sorted(groups.values(), key=lambda group: min(group[0]))


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
    )


def _fact_rows(report: Report) -> tuple[FactRow, ...]:
    figures = {f.index: f for f in report.figures}
    rows: list[FactRow] = []
    for fact in report.facts:
        values: list[list[str]] = [[] for _ in report.articles]
        for index in fact.figures:
            fig = figures.get(index)
            if fig is None or not 0 <= fig.article < len(values):
                continue
            if fig.text not in values[fig.article]:
                values[fig.article].append(fig.text)
        rows.append(FactRow(fact.label, fact.status, tuple("; ".join(v) for v in values), fact.note))
    return tuple(rows)
