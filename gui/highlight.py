"""Character formats for a Report's sentences: a tint per status, stronger tints on the words a link's word diff
marks, figures underlined in their fact's colour; and the tooltip text of a sentence.

It turns a Report into formats and words; it decides nothing about the texts (the Report already says what is
linked, how, and which figures conflict).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import (
    QFont,
    QTextCharFormat,
    QTextCursor,
)

from reportdiff.core import model as m
from reportdiff.presentation.docmodel import merged_spans

from .palette import Palette


class Highlighter:
    """Character formats for a report's sentences, figures and word diffs, in one palette."""

    def __init__(self, report: m.Report, palette: Palette) -> None:
        self.report = report
        self.palette = palette
        self._links: dict[m.SentenceRef, list[m.Link]] = {}
        for link in report.links:
            self._links.setdefault(link.source, []).append(link)
            self._links.setdefault(link.target, []).append(link)
        self._figures: dict[m.SentenceRef, list[m.Figure]] = {}
        for fig in report.figures:
            self._figures.setdefault(m.SentenceRef(fig.article, fig.sentence), []).append(fig)
        self._fact_of: dict[int, m.Fact] = {i: fact for fact in report.facts for i in fact.figures}

    def links_of(self, ref: m.SentenceRef) -> list[m.Link]:
        """Links with ``ref`` at one end, most similar first."""
        return sorted(self._links.get(ref, ()), key=lambda k: -k.similarity)

    def figures_of(self, ref: m.SentenceRef) -> list[m.Figure]:
        """Figures inside the sentence ``ref``."""
        return self._figures.get(ref, [])

    def fact_of(self, figure: m.Figure) -> m.Fact | None:
        """The fact ``figure`` belongs to."""
        return self._fact_of.get(figure.index)

    def kind_of(self, ref: m.SentenceRef) -> str:
        """The legend entry a sentence is drawn as: agreement, paraphrase, discrepancy, unique or boilerplate."""
        sentence = self.report.sentence(ref)
        if sentence.status in (m.UNIQUE, m.BOILERPLATE, m.DISCREPANCY):
            return sentence.status
        kinds = {link.kind for link in self._links.get(ref, ())}
        if m.AGREEMENT in kinds:
            return m.AGREEMENT
        if m.DISCREPANCY in kinds:
            return m.DISCREPANCY
        return m.PARAPHRASE if kinds or sentence.status == m.SHARED else m.UNIQUE

    def apply(self, cursor: QTextCursor, ref: m.SentenceRef, to_doc: Callable[[int], int]) -> None:
        """Format the sentence ``ref``; ``to_doc`` maps an offset inside the sentence text to a document position."""
        pal = self.palette
        sentence = self.report.sentence(ref)
        kind = self.kind_of(ref)
        length = len(sentence.text)

        def merge(a: int, b: int, fmt: QTextCharFormat) -> None:
            a, b = max(0, min(a, length)), max(0, min(b, length))
            if a < b:
                cursor.setPosition(to_doc(a))
                cursor.setPosition(to_doc(b), QTextCursor.MoveMode.KeepAnchor)
                cursor.mergeCharFormat(fmt)

        base = QTextCharFormat()
        if kind == m.BOILERPLATE:
            base.setForeground(pal.muted)
        else:
            base.setBackground(getattr(pal, kind))
        merge(0, length, base)

        links = self.links_of(ref)
        if links and kind != m.BOILERPLATE:
            link = links[0]  # the closest counterpart's word diff: with two articles, the only one
            mark_colour = getattr(pal, f"{link.kind}_mark", pal.paraphrase_mark)
            mark = QTextCharFormat()
            mark.setBackground(mark_colour)
            side = "source" if link.source == ref else "target"
            for a, b in merged_spans(sentence.text, link.spans(side)):
                merge(a, b, mark)

        for fig in self.figures_of(ref):
            fact = self.fact_of(fig)
            status = fact.status if fact else m.SINGLE_SOURCE
            fmt = QTextCharFormat()
            fmt.setFontWeight(QFont.Weight.Bold)
            if status == m.CONFLICT:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                fmt.setUnderlineColor(pal.fig_conflict)
            elif status == m.AGREE:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(pal.fig_agree)
            else:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
                fmt.setUnderlineColor(pal.fig_single)
            merge(fig.start - sentence.start, fig.end - sentence.start, fmt)

    def tooltip(self, ref: m.SentenceRef) -> str:
        """Rich-text tooltip: what the sentence is, and for each counterpart its similarity, kind and notes."""
        report = self.report
        kind = self.kind_of(ref)
        lines = [f"<b>{_LABELS.get(kind, kind).capitalize()}</b>"]
        if kind == m.UNIQUE:
            lines.append("No other article reports this sentence.")
        for link in self.links_of(ref):
            other = report.articles[link.other(ref).article]
            flags = [_FLAG_TEXT.get(flag, flag) for flag in link.flags]
            flags = [f for f in flags if not any(note.startswith(f.split(":")[0]) for note in link.notes)]
            detail = "; ".join([*flags, *link.notes])
            lines.append(
                f"{html_escape(other.source)}: {link.similarity:.0%} similar, {_LABELS.get(link.kind, link.kind)}"
                + (f"<br><span style='color:#D55E00'>{html_escape(detail)}</span>" if detail else "")
            )
        for fig in self.figures_of(ref):
            fact = self.fact_of(fig)
            if fact is not None:
                note = f" — {html_escape(fact.note)}" if fact.note else ""
                lines.append(f"“{html_escape(fig.text)}”: {_LABELS.get(fact.status, fact.status)}{note}")
        return "<p style='white-space:pre-wrap'>" + "<br>".join(lines) + "</p>"


_LABELS = {
    m.AGREEMENT: "agreement",
    m.PARAPHRASE: "paraphrase",
    m.DISCREPANCY: "discrepancy",
    m.UNIQUE: "unique to this article",
    m.BOILERPLATE: "boilerplate",
    m.SHARED: "shared",
    m.AGREE: "figures agree",
    m.CONFLICT: "figures conflict",
    m.SINGLE_SOURCE: "one source only",
}
_FLAG_TEXT = {m.QUOTE_MISMATCH: "quote wording differs", m.FIGURE_CONFLICT: "figure conflicts"}


def html_escape(text: str) -> str:
    """``text`` safe inside Qt rich text (tooltips, the notes tab): &, < and > escaped."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
