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
    """One article, paragraphs kept, every sentence formatted by status."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article: m.Article | None = None
        self._line_starts: list[int] = []
        self._line_texts: list[str] = []
        self._block_positions: list[int] = []

    def doc_position(self, offset: int) -> int:
        """Document position of a character offset into ``article.text``."""
        i = max(0, bisect.bisect_right(self._line_starts, offset) - 1)
        if not self._line_starts:
            return 0
        text = self._line_texts[i]
        k = max(0, min(offset - self._line_starts[i], len(text)))
        return self._block_positions[i] + utf16_len(text[:k])

    def offset_range(self, report: m.Report, ref: m.SentenceRef, start: int, end: int) -> tuple[int, int] | None:
        """Document range of article-text offsets (this view keeps the article's own layout)."""
        if self.range_of(ref) is None:
            return None
        return self.doc_position(start), self.doc_position(end)

    def show_article(self, report: m.Report, article_index: int, highlighter: Highlighter, point_size: float) -> None:
        """Lay out one article of ``report``: one block per non-empty line, formats by status."""
        article = report.articles[article_index]
        self.article = article
        self.palette_ = highlighter.palette
        doc = QTextDocument(self)
        doc.setDocumentMargin(DOCUMENT_MARGIN_PX)
        doc.setDefaultFont(body_font(point_size))
        cursor = QTextCursor(doc)
        block_fmt = body_block_format()
        char_fmt = QTextCharFormat()
        char_fmt.setForeground(highlighter.palette.text)
        self._line_starts, self._line_texts, self._block_positions = [], [], []
        offset = 0
        first = True
        for raw in article.text.split("\n"):
            stripped = raw.strip()
            if stripped:
                lead = len(raw) - len(raw.lstrip())
                if first:
                    cursor.setBlockFormat(block_fmt)
                    first = False
                else:
                    cursor.insertBlock(block_fmt)
                self._line_starts.append(offset + lead)
                self._line_texts.append(stripped)
                self._block_positions.append(cursor.position())
                cursor.insertText(stripped, char_fmt)
            offset += len(raw) + 1
        ranges = []
        for sentence in article.sentences:
            ref = m.SentenceRef(article.index, sentence.index)
            a, b = self.doc_position(sentence.start), self.doc_position(sentence.end)
            ranges.append((a, b, ref))
            highlighter.apply(cursor, ref, lambda k, s=sentence: self.doc_position(s.start + k))
        self.setDocument(doc)
        self.set_ranges(ranges)
        self.tooltip_provider = highlighter.tooltip


__all__ = ["ArticleView", "html_escape"]
