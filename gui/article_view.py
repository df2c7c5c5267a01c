"""One article's text laid out with its paragraphs, each sentence formatted by its status (``ArticleView``).

Nothing here computes a comparison; it only draws the Report it is given.
"""

from __future__ import annotations

import bisect

from PySide6.QtGui import (
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QWidget,
)

from reportdiff.core import model as m

from .highlight import Highlighter, html_escape  # html_escape: figures_panel imports it from here
from .sentence_view import DOCUMENT_MARGIN_PX, SentenceView, body_block_format, body_font, utf16_len


class ArticleView(SentenceView):
    """One article, paragraphs kept, every sentence drawn in its default-view formats (``Highlighter.runs``),
    conflicting figures followed by their badge."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article: m.Article | None = None
        self._line_starts: list[int] = []
        self._line_texts: list[str] = []
        self._block_positions: list[int] = []
        self._line_badges: list[list[tuple[int, int]]] = []  # per line: (offset in the line, UTF-16 length)

    def doc_position(self, offset: int) -> int:
        """Document position of a character offset into ``article.text`` (badges inserted before it counted)."""
        i = max(0, bisect.bisect_right(self._line_starts, offset) - 1)
        if not self._line_starts:
            return 0
        text = self._line_texts[i]
        k = max(0, min(offset - self._line_starts[i], len(text)))
        extra = sum(n for at, n in self._line_badges[i] if at < k)
        return self._block_positions[i] + utf16_len(text[:k]) + extra

    def offset_range(self, report: m.Report, ref: m.SentenceRef, start: int, end: int) -> tuple[int, int] | None:
        """Document range of article-text offsets (this view keeps the article's own layout)."""
        if self.range_of(ref) is None:
            return None
        return self.doc_position(start), self.doc_position(end)

    def show_article(self, report: m.Report, article_index: int, highlighter: Highlighter, point_size: float) -> None:
        """Lay out one article of ``report``: one block per non-empty line, each run of text inserted once with
        its final format (no selection and merge per highlight)."""
        article = report.articles[article_index]
        self.article = article
        self.palette_ = highlighter.palette
        runs: list[tuple[int, int, QTextCharFormat]] = []
        badges: dict[int, list[tuple[str, str]]] = {}
        conflicts: list[tuple[int, int, m.SentenceRef]] = []
        for sentence in article.sentences:
            ref = m.SentenceRef(article.index, sentence.index)
            runs.extend((sentence.start + a, sentence.start + b, fmt) for a, b, fmt in highlighter.runs(ref))
            for at, text, status in highlighter.badges(ref):
                badges.setdefault(sentence.start + at, []).append((text, status))
            conflicts.extend((a, b, ref) for a, b in highlighter.conflict_figures(ref))
        runs.sort(key=lambda r: r[0])

        doc = QTextDocument(self)
        doc.setDocumentMargin(DOCUMENT_MARGIN_PX)
        doc.setDefaultFont(body_font(point_size))
        cursor = QTextCursor(doc)
        block_fmt = body_block_format()
        plain = QTextCharFormat()
        plain.setForeground(highlighter.palette.text)
        self._line_starts, self._line_texts, self._block_positions, self._line_badges = [], [], [], []
        text = article.text
        offset = 0
        first = True
        ri = 0
        for raw in text.split("\n"):
            stripped = raw.strip()
            if stripped:
                lead = len(raw) - len(raw.lstrip())
                if first:
                    cursor.setBlockFormat(block_fmt)
                    first = False
                else:
                    cursor.insertBlock(block_fmt)
                start, end = offset + lead, offset + lead + len(stripped)
                self._line_starts.append(start)
                self._line_texts.append(stripped)
                self._block_positions.append(cursor.position())
                line_badges: list[tuple[int, int]] = []
                pos = start
                while pos < end:
                    while ri < len(runs) and runs[ri][1] <= pos:
                        ri += 1
                    if ri < len(runs) and runs[ri][0] <= pos:
                        stop, fmt = min(runs[ri][1], end), runs[ri][2]
                    else:
                        stop, fmt = min(runs[ri][0] if ri < len(runs) else end, end), plain
                    cursor.insertText(text[pos:stop], fmt)
                    pos = stop
                    for badge, status in badges.pop(pos, ()):
                        line_badges.append((pos - start, utf16_len(badge)))
                        cursor.insertText(badge, highlighter.badge_format(status))
                self._line_badges.append(line_badges)
            offset += len(raw) + 1
        ranges = []
        for sentence in article.sentences:
            ref = m.SentenceRef(article.index, sentence.index)
            ranges.append((self.doc_position(sentence.start), self.doc_position(sentence.end), ref))
        self.setDocument(doc)
        self.set_ranges(ranges)
        self.conflict_ranges = [(self.doc_position(a), self.doc_position(b), ref) for a, b, ref in conflicts]
        self.tooltip_provider = highlighter.tooltip
        self.set_chunks(highlighter.chunks(self.refs()))
        self.gutter = {ref: colour for ref, colour in highlighter.gutter(self.refs())}


__all__ = ["ArticleView", "html_escape"]
