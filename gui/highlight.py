"""Character formats for a Report's sentences, the calm way; and the tooltip text of a sentence.

Default view (what every sentence looks like with nothing selected):
- text is plain; a bar in the column's margin says how many of the other sources report each sentence (a faint
  to full green), yellow (olive on a light page) for a sentence only this article has;
- with View > Heat Map (``heat=True``), a sentence fewer than half of the other sources report also gets a warm
  tint, up to the full "only here" tint (Juxta's heat map: the hotter, the less corroborated). Off by default: on
  a 5-article cluster most sentences are single-source, and tinting them tinted 87% of the text;
- a discrepancy sentence gets the discrepancy tint; boilerplate is greyed;
- word marks only where they inform (``presentation.emphasis.informative_spans``);
- figures bold, underlined in their fact's colour and line style; a figure in conflict is followed by a badge
  naming the other values and sources ("25 ≠ 31 Reuters"), and framed by the view.

The full word diff of the selected or hovered sentence and its counterparts is painted over the text by the view
(``word_spans``), so selecting never rewrites the document. ``runs`` gives a sentence's text as consecutive runs
with their final formats, so a view inserts each run once: no cursor selection and merge per highlight.
Every format carries ``FORMAT_ROLE`` ("tint", "heat", "mark", "figure", "badge") for bench/gui_calm.py and tests.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Collection
from dataclasses import dataclass

from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextFormat

from reportdiff.core import model as m
from reportdiff.presentation import emphasis
from reportdiff.presentation.colours import FIGURE_LINE, UNIQUE_INK, YELLOW
from reportdiff.presentation.facts_table import badge_and_status, is_conversion
from reportdiff.presentation.labels import fact_label, flag_text, note_text, sentence_label
from reportdiff.presentation.status import sentence_status

from .palette import Palette, blend, corroboration_colour

FORMAT_ROLE = int(QTextFormat.Property.UserProperty) + 1
HEAT_STEPS = 4  # corroboration tints are quantised: a reader tells about four strengths apart, not twenty
# A sentence at least half of the other sources report is plain text (its corroboration shows in the gutter):
# tinting every partly corroborated sentence put a tint on 100% of a 5-article cluster (bench/gui_calm.py).
HEAT_TINT_ABOVE = 0.5
BADGE_STATUSES = (m.CONFLICT,)
# Other sources' values a badge names before "+N more" (the tooltip has them all): with 20 articles one badge
# listed nine values over eight lines of a column.
BADGE_OTHERS_MAX = 2  # compatible-but-unequal figures: a dashed underline and the tooltip, calmer
_LINE_STYLE = {
    "solid": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "dashed": QTextCharFormat.UnderlineStyle.DashUnderline,
    "wavy": QTextCharFormat.UnderlineStyle.WaveUnderline,
    "dotted": QTextCharFormat.UnderlineStyle.DotLine,
}

Run = tuple[int, int, QTextCharFormat]  # start, end (offsets in the sentence text), format


# The underline of changed words, against their own tint: darker on a light page, lighter on a dark one. Darker
# everywhere left it at 1.5:1 against the dark tint (the Assad quotation's changed words hardly stood out in a dark
# window, review s28's screenshots), where the light page's reads 2.5:1; lighter by this much gives 2.3-2.4:1.
MARK_UNDERLINE_DARKER = 160
MARK_UNDERLINE_LIGHTER = 180


def mark_underline(tint: QColor, dark: bool) -> QColor:
    """The underline colour of changed words drawn on ``tint`` (a ``*_mark`` colour) in a light or dark window."""
    return tint.lighter(MARK_UNDERLINE_LIGHTER) if dark else tint.darker(MARK_UNDERLINE_DARKER)


@dataclass(frozen=True)
class SentencePlan:
    """What the default view draws for one sentence, without Qt (so the worker thread can work it out while the
    UI thread stays free): its legend kind, the share of the other shown articles reporting it, its text as runs
    (start, end, marked word, figure status or ""), the badges after its conflicting figures (offset, text,
    status) and those figures' article-text offsets."""

    kind: str
    share: float
    pieces: tuple[tuple[int, int, bool, str], ...]
    badges: tuple[tuple[int, str, str], ...]
    conflicts: tuple[tuple[int, int], ...]


def plan_sentence(report: m.Report, ref: m.SentenceRef, shown: Collection[int] | None = None) -> SentencePlan:
    """The plan of one sentence (pure Python: no Qt object is made)."""
    kind = sentence_status(report, ref)
    c = emphasis.corroboration(report, ref, shown)
    share = c.others / c.of if c.of else 1.0
    sentence = report.sentence(ref)
    length = len(sentence.text)
    marks = emphasis.informative_spans(report, ref) if kind != m.BOILERPLATE else []
    index = report.index
    figures: list[tuple[int, int, str]] = []
    badges: list[tuple[int, str, str]] = []
    conflicts: list[tuple[int, int]] = []
    for fig in index.figures_of(ref):
        if is_conversion(report, fig):
            continue  # "700 meters (2,300 feet)": marked once, on the figure it converts
        fact = index.fact_of_figure(fig.index)
        a, b = fig.start - sentence.start, fig.end - sentence.start
        if 0 <= a < b <= length:
            figures.append((a, b, fact.status if fact else m.SINGLE_SOURCE))
        if fact is not None and fact.status == m.CONFLICT:
            conflicts.append((fig.start, fig.end))
        if fact is not None and fact.status in BADGE_STATUSES:
            text, says = badge_and_status(report, fig, most=BADGE_OTHERS_MAX)
            if text and 0 < b <= length:  # in the colour of what it says: a hedge that fits a conflict's values, ≈
                badges.append((b, f"\u2009{text}\u2009", says))
    cuts = {0, length}
    for a, b in marks:
        cuts.update((max(0, a), min(length, b)))
    for a, b, _ in figures:
        cuts.update((a, b))
    points = sorted(c for c in cuts if 0 <= c <= length)
    pieces: list[tuple[int, int, bool, str]] = []
    for a, b in itertools.pairwise(points):
        if a >= b:
            continue
        mark = any(ma <= a and b <= mb for ma, mb in marks)
        figure = next((st for fa, fb, st in figures if fa <= a and b <= fb), "")
        if pieces and pieces[-1][2:] == (mark, figure):
            pieces[-1] = (pieces[-1][0], b, mark, figure)
        else:
            pieces.append((a, b, mark, figure))
    return SentencePlan(kind, share, tuple(pieces), tuple(sorted(badges)), tuple(conflicts))


def plan_report(
    report: m.Report, shown: Collection[int] | None = None, check: Callable[[], None] | None = None
) -> dict[m.SentenceRef, SentencePlan]:
    """Every sentence's plan; ``check`` is called between articles (the worker's cancellation point)."""
    plans: dict[m.SentenceRef, SentencePlan] = {}
    for article in report.articles:
        if check is not None:
            check()
        for sentence in article.sentences:
            ref = m.SentenceRef(article.index, sentence.index)
            plans[ref] = plan_sentence(report, ref, shown)
    return plans


class Highlighter:
    """Formats, badges and tooltips for a report's sentences, in one palette, for the articles ``shown``."""

    def __init__(
        self,
        report: m.Report,
        palette: Palette,
        shown: Collection[int] | None = None,
        heat: bool = False,
        plans: dict[m.SentenceRef, SentencePlan] | None = None,
    ) -> None:
        """``plans``: the sentences' plans worked out already (by the worker thread, for every article shown);
        missing ones are worked out when first asked for."""
        self.report = report
        self.palette = palette
        self.heat = heat
        self.shown = tuple(range(len(report.articles))) if shown is None else tuple(shown)
        self._plans: dict[m.SentenceRef, SentencePlan] = dict(plans) if plans else {}
        self._gutter_colours: dict[tuple[str, float], QColor] = {}
        self._formats: dict[tuple[object, ...], QTextCharFormat] = {}
        self._kinds: dict[m.SentenceRef, str] = {}  # asked for runs, the gutter and the scroll-bar markers alike
        self.text_colour = QColor(palette.text)

    # -- what a sentence is ---------------------------------------------------------------------------------

    def links_of(self, ref: m.SentenceRef) -> list[m.Link]:
        """Links with ``ref`` at one end, most similar first."""
        return list(self.report.index.links_of(ref))

    def figures_of(self, ref: m.SentenceRef) -> list[m.Figure]:
        """Figures inside the sentence ``ref``."""
        return list(self.report.index.figures_of(ref))

    def fact_of(self, figure: m.Figure) -> m.Fact | None:
        """The fact ``figure`` belongs to."""
        return self.report.index.fact_of_figure(figure.index)

    def kind_of(self, ref: m.SentenceRef) -> str:
        """The legend entry a sentence is drawn as: agreement, paraphrase, discrepancy, unique or boilerplate."""
        plan = self._plans.get(ref)
        if plan is not None:
            return plan.kind
        kind = self._kinds.get(ref)
        if kind is None:
            kind = self._kinds[ref] = sentence_status(self.report, ref)
        return kind

    def plan(self, ref: m.SentenceRef) -> SentencePlan:
        """The sentence's plan (runs, badges, conflicts, kind, corroboration share), worked out once."""
        plan = self._plans.get(ref)
        if plan is None:
            plan = self._plans[ref] = plan_sentence(self.report, ref, self.shown)
        return plan

    def corroboration(self, ref: m.SentenceRef) -> emphasis.Corroboration:
        """How many of the other shown articles report ``ref``."""
        return emphasis.corroboration(self.report, ref, self.shown)

    # -- formats --------------------------------------------------------------------------------------------

    def _format(self, key: tuple[str, int, bool, str]) -> QTextCharFormat:
        fmt = self._formats.get(key)
        if fmt is None:
            fmt = self._formats[key] = self._make(*key)
        return fmt

    def _make(self, base: str, heat: int, mark: bool, figure: str) -> QTextCharFormat:
        pal = self.palette
        fmt = QTextCharFormat()
        fmt.setForeground(pal.muted if base == m.BOILERPLATE else pal.text)
        role = ""
        if base == m.DISCREPANCY:
            fmt.setBackground(pal.discrepancy)
            role = "tint"
        elif base == "heat" and heat > 0:
            fmt.setBackground(blend(pal.unique, pal.page, heat / HEAT_STEPS))
            role = "heat"
        if mark:
            mark_colour = pal.discrepancy_mark if base == m.DISCREPANCY else pal.agreement_mark
            fmt.setBackground(mark_colour)
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            fmt.setUnderlineColor(mark_underline(QColor(mark_colour), pal.dark))
            role = "mark"
        if figure:
            status = figure if figure in FIGURE_LINE else ""
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setUnderlineStyle(_LINE_STYLE[FIGURE_LINE[status]])
            fmt.setUnderlineColor(pal.fact_colour(status or m.SINGLE_SOURCE))
            role = "figure"
        fmt.setProperty(FORMAT_ROLE, role)
        return fmt

    def badge_format(self, status: str) -> QTextCharFormat:
        """The chip after a conflicting figure: small bold text in the status colour on a light tint of it."""
        key = ("badge", status)
        fmt = self._formats.get(key)
        if fmt is None:
            pal = self.palette
            colour = pal.fact_colour(status)
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setFontFamilies(["DejaVu Sans", "sans-serif"])
            fmt.setForeground(colour if not pal.dark else colour.lighter(130))
            fmt.setBackground(blend(colour, pal.page, 0.22 if not pal.dark else 0.35))
            fmt.setVerticalAlignment(QTextCharFormat.VerticalAlignment.AlignMiddle)
            fmt.setProperty(FORMAT_ROLE, "badge")
            self._formats[key] = fmt
        return fmt

    def _base(self, ref: m.SentenceRef) -> tuple[str, int]:
        kind = self.kind_of(ref)
        if kind in (m.BOILERPLATE, m.DISCREPANCY):
            return kind, 0
        if not self.heat:
            return "heat", 0
        heat = 1.0 - self.plan(ref).share if kind != m.UNIQUE else 1.0
        return "heat", round(heat * HEAT_STEPS) if heat > HEAT_TINT_ABOVE else 0

    def gutter(self, refs: Collection[m.SentenceRef]) -> list[tuple[m.SentenceRef, QColor]]:
        """The bar beside each sentence in the column's margin: how many of the other sources report it, from a
        faint to a full bluish green; the unique and discrepancy colours for those; nothing for boilerplate."""
        out = []
        for ref in refs:
            plan = self.plan(ref)
            if plan.kind == m.BOILERPLATE:
                continue
            key = (plan.kind, plan.share if plan.kind not in (m.DISCREPANCY, m.UNIQUE) else 0.0)
            colour = self._gutter_colours.get(key)
            if colour is None:
                colour = self._gutter_colours[key] = self._gutter_colour(*key)
            out.append((ref, colour))
        return out

    def _gutter_colour(self, kind: str, share: float) -> QColor:
        pal = self.palette
        if kind == m.DISCREPANCY:
            return QColor(pal.fig_conflict)
        if kind == m.UNIQUE:
            return QColor(YELLOW if pal.dark else UNIQUE_INK)
        return corroboration_colour(pal, share)

    def runs(self, ref: m.SentenceRef) -> list[Run]:
        """The sentence's text as consecutive runs covering it, each with its final format (default view)."""
        plan = self.plan(ref)
        base, heat = self._base(ref)
        return [(a, b, self._format((base, heat, mark, figure))) for a, b, mark, figure in plan.pieces]

    def plain_format(self) -> QTextCharFormat:
        """The format of text outside any sentence run: the one a plain sentence's runs have, so a view inserts a
        paragraph of plain sentences and the spaces between them as one piece of text."""
        return self._format(("heat", 0, False, ""))

    def drawing(
        self, ref: m.SentenceRef
    ) -> tuple[list[Run], tuple[tuple[int, str, str], ...], tuple[tuple[int, int], ...], QColor | None, str | None]:
        """What a view draws for one sentence, from one look-up of its plan: ``runs``, ``badges``, the figures in
        conflict, the gutter colour (None for boilerplate) and the scroll-bar marker kind (None: no marker)."""
        plan = self.plan(ref)
        kind = plan.kind
        if kind in (m.BOILERPLATE, m.DISCREPANCY):
            base, heat = kind, 0
        elif not self.heat:
            base, heat = "heat", 0
        else:
            hot = 1.0 - plan.share if kind != m.UNIQUE else 1.0
            base, heat = "heat", round(hot * HEAT_STEPS) if hot > HEAT_TINT_ABOVE else 0
        runs = [(a, b, self._format((base, heat, mark, figure))) for a, b, mark, figure in plan.pieces]
        colour = None
        if kind != m.BOILERPLATE:
            key = (kind, plan.share if kind not in (m.DISCREPANCY, m.UNIQUE) else 0.0)
            colour = self._gutter_colours.get(key)
            if colour is None:
                colour = self._gutter_colours[key] = self._gutter_colour(*key)
        chunk = kind if kind in (m.DISCREPANCY, m.UNIQUE) else None
        return runs, plan.badges, plan.conflicts, colour, chunk

    def badges(self, ref: m.SentenceRef) -> list[tuple[int, str, str]]:
        """Badges after the sentence's figures in conflict: (offset in the sentence, text, fact status)."""
        return list(self.plan(ref).badges)

    def conflict_figures(self, ref: m.SentenceRef) -> list[tuple[int, int]]:
        """Article-text offsets of the sentence's figures in conflict (the view frames them)."""
        return list(self.plan(ref).conflicts)

    def word_spans(self, ref: m.SentenceRef, other: m.SentenceRef | None = None) -> list[tuple[int, int]]:
        """Every differing word of ``ref`` (against its link to ``other``, default its closest counterpart):
        the full word diff shown for a selected or hovered sentence; offsets within the sentence text."""
        link = None
        if other is not None:
            link = next((k for k in self.links_of(ref) if k.other(ref) == other), None)
        return emphasis.all_spans(self.report, ref, link)

    def chunks(self, refs: Collection[m.SentenceRef]) -> list[tuple[m.SentenceRef, str]]:
        """The scroll-bar markers of these sentences: discrepancies and sentences only this article has."""
        out = []
        for ref in refs:
            kind = self.kind_of(ref)
            if kind in (m.DISCREPANCY, m.UNIQUE):
                out.append((ref, kind))
        return out

    # -- words ----------------------------------------------------------------------------------------------

    def describe_corroboration(self, ref: m.SentenceRef) -> str:
        """"Reported by 2 of the 4 other articles: Reuters, AP" / "Only this article reports it"."""
        c = self.corroboration(ref)
        if c.of == 0:
            return ""
        if c.others == 0:
            return "Only this article reports it"
        names = ", ".join(self.report.articles[i].source or f"Article {i + 1}" for i in c.articles)
        if c.of == 1:
            return f"Also reported by {names}"
        return f"Reported by {c.others} of the {c.of} other articles: {names}"

    def tooltip(self, ref: m.SentenceRef) -> str:
        """Rich-text tooltip: what the sentence is, who else reports it, and per counterpart its similarity, kind
        and notes."""
        report = self.report
        kind = self.kind_of(ref)
        lines = [f"<b>{html_escape(sentence_label(kind).capitalize())}</b>"]
        if kind != m.BOILERPLATE:
            said = self.describe_corroboration(ref)
            if said:
                lines.append(html_escape(said) + ".")
        for link in self.links_of(ref):
            other = report.articles[link.other(ref).article]
            flags = [flag_text(flag) for flag in link.flags]
            flags = [f for f in flags if not any(note.startswith(f.split(":")[0]) for note in link.notes)]
            detail = "; ".join([*flags, *map(note_text, link.notes)])
            colour = self.palette.fig_conflict.name()
            lines.append(
                f"{html_escape(other.source)}: {link.similarity:.0%} similar, {sentence_label(link.kind)}"
                + (f"<br><span style='color:{colour}'>{html_escape(detail)}</span>" if detail else "")
            )
        for fig in self.figures_of(ref):
            fact = self.fact_of(fig)
            if fact is not None:
                note = f" — {html_escape(fact.note)}" if fact.note else ""
                lines.append(f"“{html_escape(fig.text)}”: figures {fact_label(fact.status)}{note}")
        return "<p style='white-space:pre-wrap'>" + "<br>".join(lines) + "</p>"


def html_escape(text: str) -> str:
    """``text`` safe inside Qt rich text (tooltips, the notes tab): &, < and > escaped."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
