"""One article's text laid out with its paragraphs, each sentence formatted by its status (``ArticleView``).

Nothing here computes a comparison; it only draws the Report it is given.
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Iterator

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
        self._steps: Iterator[None] | None = None
        self._build_cursor: QTextCursor | None = None
        self._own_doc: QTextDocument | None = None

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
        """Lay out one article of ``report`` at once (``begin`` and ``fill`` do it a slice at a time)."""
        self.begin(report, article_index, highlighter, point_size)
        while not self.fill(1.0):
            pass

    def begin(self, report: m.Report, article_index: int, highlighter: Highlighter, point_size: float) -> None:
        """Start laying out an article; ``fill`` does the work in slices. Until it is done the view shows the
        previous (or an empty) document."""
        self.article = report.articles[article_index]
        self.palette_ = highlighter.palette
        self._steps = self._build(report, article_index, highlighter, point_size)

    def is_filled(self) -> bool:
        """Whether the article is laid out."""
        return self._steps is None

    def fill(self, budget_s: float) -> bool:
        """Lay out more of the article for about ``budget_s`` seconds; True once it is all laid out."""
        if self._steps is None:
            return True
        deadline = time.perf_counter() + budget_s
        cursor = self._build_cursor
        if cursor is not None:
            cursor.beginEditBlock()  # one re-layout per slice, of the text the slice added
        try:
            for _ in self._steps:
                if time.perf_counter() > deadline:
                    return False
        finally:
            if cursor is not None:
                cursor.endEditBlock()
        self._steps = None
        self._build_cursor = None
        return True

    def _build(
        self, report: m.Report, article_index: int, highlighter: Highlighter, point_size: float
    ) -> Iterator[None]:
        """Each run of text is inserted once with its final format (no selection and merge per highlight), into
        the document the view shows, so its layout is done a slice at a time too; sentences answer hover and
        clicks once the whole article is in. Yields between runs: one paragraph of 20,000 sentences is sliced."""
        article = report.articles[article_index]
        sentences = article.sentences
        runs: list[tuple[int, int, QTextCharFormat]] = []
        badges: dict[int, list[tuple[str, str]]] = {}
        conflicts: list[tuple[int, int, m.SentenceRef]] = []
        next_sentence = 0

        def formats_until(offset: int) -> None:
            """Compute the runs of every sentence starting before ``offset`` (lazily, line by line)."""
            nonlocal next_sentence
            while next_sentence < len(sentences) and sentences[next_sentence].start < offset:
                sentence = sentences[next_sentence]
                ref = m.SentenceRef(article.index, sentence.index)
                runs.extend((sentence.start + a, sentence.start + b, fmt) for a, b, fmt in highlighter.runs(ref))
                for at, text, status in highlighter.badges(ref):
                    badges.setdefault(sentence.start + at, []).append((text, status))
                conflicts.extend((a, b, ref) for a, b in highlighter.conflict_figures(ref))
                next_sentence += 1

        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)
        doc.setDocumentMargin(DOCUMENT_MARGIN_PX)
        doc.setDefaultFont(body_font(point_size))
        cursor = QTextCursor(doc)
        block_fmt = body_block_format()
        plain = QTextCharFormat()
        plain.setForeground(highlighter.palette.text)
        previous, self._own_doc = self._own_doc, doc
        self.setDocument(doc)
        if previous is not None:
            previous.deleteLater()  # QTextEdit does not delete a document it was given (Qt's default one it does)
        self.set_ranges([])
        self.gutter = {}
        self.set_chunks([])
        self._build_cursor = cursor
        line_starts: list[int] = []
        line_texts: list[str] = []
        block_positions: list[int] = []
        line_badges_all: list[list[tuple[int, int]]] = []
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
                line_starts.append(start)
                line_texts.append(stripped)
                block_positions.append(cursor.position())
                line_badges: list[tuple[int, int]] = []
                pos = start
                while pos < end:
                    formats_until(pos + 1)
                    while ri < len(runs) and runs[ri][1] <= pos:
                        ri += 1
                    if ri < len(runs) and runs[ri][0] <= pos:
                        stop, fmt = min(runs[ri][1], end), runs[ri][2]
                    else:
                        formats_until(end)
                        stop, fmt = min(runs[ri][0] if ri < len(runs) else end, end), plain
                    cursor.insertText(text[pos:stop], fmt)
                    pos = stop
                    for badge, status in badges.pop(pos, ()):
                        line_badges.append((pos - start, utf16_len(badge)))
                        cursor.insertText(badge, highlighter.badge_format(status))
                    yield
                line_badges_all.append(line_badges)
            offset += len(raw) + 1
        formats_until(len(text) + 1)
        self._line_starts, self._line_texts = line_starts, line_texts
        self._block_positions, self._line_badges = block_positions, line_badges_all
        ranges = []
        for sentence in sentences:
            ref = m.SentenceRef(article.index, sentence.index)
            ranges.append((self.doc_position(sentence.start), self.doc_position(sentence.end), ref))
        yield
        gutter = dict(highlighter.gutter([ref for _, _, ref in ranges]))
        chunks = highlighter.chunks([ref for _, _, ref in ranges])
        yield
        self.set_ranges(ranges)
        self.conflict_ranges = [(self.doc_position(a), self.doc_position(b), ref) for a, b, ref in conflicts]
        self.tooltip_provider = highlighter.tooltip
        self.gutter = gutter
        self.set_chunks(chunks)


__all__ = ["ArticleView", "html_escape"]
