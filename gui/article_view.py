"""One article's text laid out with its paragraphs, each sentence formatted by its status (``ArticleView``).

Nothing here computes a comparison; it only draws the Report it is given.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator

from PySide6.QtGui import (
    QColor,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QWidget,
)

from reportdiff.core import model as m

from .highlight import Highlighter, html_escape  # html_escape: figures_panel imports it from here
from .sentence_view import DOCUMENT_MARGIN_PX, RIGHT_MARGIN_PX, SentenceView, body_block_format, body_font, utf16_len

# Drawing a long article without freezing the window (issue 8 and 12: no UI-thread stall over 100 ms).
# Qt lays out an edited block whole, on every edit block: one paragraph of 20,000 sentences (865,000 characters)
# was re-laid out on each slice, quadratically. A line longer than this is set as several blocks, cut at sentence
# starts (inside a sentence only if one sentence is longer): it reads as one paragraph with an early line break
# every few thousand characters.
LONG_LINE_CHARS = 4000
# Qt's layout of a slice's text happens after the slice, at the end of its edit block, and cost more than the
# inserting itself (190 ms on a 100k-word pair): each slice counts it in, at this first guess per UTF-16 unit,
# then at the rate measured on the slices before it.
LAYOUT_S_PER_CHAR = 4e-6
LAYOUT_RATE_MIN_CHARS = 400  # a slice shorter than this says too little about the rate to update it
SENTENCES_PER_STEP = 2000  # the sentence ranges of a long article are noted this many per step (~5 ms)
# Runs of text worked out between two steps (a step is where a slice may end): one per run was 52,000 steps for
# one paragraph of 20,000 sentences, each a generator resume and a clock read.
RUNS_PER_STEP = 16


class ArticleView(SentenceView):
    """One article, paragraphs kept, every sentence drawn in its default-view formats (``Highlighter.runs``),
    conflicting figures followed by their badge."""

    LAYOUT_S_PER_UNIT = LAYOUT_S_PER_CHAR
    LAYOUT_RATE_MIN_UNITS = LAYOUT_RATE_MIN_CHARS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.article: m.Article | None = None
        # One entry per text block: where its text starts in ``article.text``, the text, its document position,
        # and the badges (and in-sentence block breaks) inserted into it: (offset in the block, UTF-16 length).
        self._line_starts: list[int] = []
        self._line_texts: list[str] = []
        self._block_positions: list[int] = []
        self._line_badges: list[list[tuple[int, int]]] = []
        self._spanning: set[m.SentenceRef] = set()  # sentences over two blocks: mapped by ``doc_position``
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
        """Document range of article-text offsets inside the sentence ``ref`` (its range, plus the badges before
        them; a sentence over two blocks through the block table)."""
        if self.range_of(ref) is None:
            return None
        if ref in self._spanning:
            sentence = report.sentence(ref)
            a = max(sentence.start, min(start, sentence.end))
            return self.doc_position(a), self.doc_position(max(a, min(end, sentence.end)))
        return super().offset_range(report, ref, start, end)

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
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)
        doc.setDocumentMargin(DOCUMENT_MARGIN_PX)
        frame = doc.rootFrame().frameFormat()
        frame.setRightMargin(RIGHT_MARGIN_PX)
        doc.rootFrame().setFrameFormat(frame)
        doc.setDefaultFont(body_font(point_size))
        previous, self._own_doc = self._own_doc, doc
        self.setDocument(doc)
        if previous is not None:
            previous.deleteLater()  # QTextEdit does not delete a document it was given (Qt's default one it does)
        self.set_ranges([])
        self.gutter = {}
        self.sentence_badges = {}
        self.set_chunks([])
        self._build_cursor = QTextCursor(doc)  # every slice is one edit block of it, the first one too
        self._steps = self._build(report, article_index, highlighter, self._build_cursor)

    def _build(
        self, report: m.Report, article_index: int, highlighter: Highlighter, cursor: QTextCursor
    ) -> Iterator[None]:
        """Each run of text is inserted once with its final format (no selection and merge per highlight), into
        the document the view shows, so its layout is done a slice at a time too; each sentence's document range
        is noted as its text goes in. Sentences answer hover and clicks once the whole article is in. Yields
        between runs: one paragraph of 20,000 sentences is sliced."""
        article = report.articles[article_index]
        sentences = article.sentences
        text = article.text
        runs: list[tuple[int, int, QTextCharFormat]] = []
        badges: dict[int, list[tuple[str, str, m.SentenceRef, int]]] = {}
        conflicts: list[tuple[int, int, m.SentenceRef]] = []
        gutter: dict[m.SentenceRef, QColor] = {}
        chunks: list[tuple[m.SentenceRef, str]] = []
        next_sentence = 0

        def formats_until(offset: int) -> None:
            """Compute the runs of every sentence starting before ``offset`` (lazily, line by line)."""
            nonlocal next_sentence
            while next_sentence < len(sentences) and sentences[next_sentence].start < offset:
                sentence = sentences[next_sentence]
                ref = m.SentenceRef(article.index, sentence.index)
                s_runs, s_badges, s_conflicts, colour, chunk = highlighter.drawing(ref)
                base = sentence.start
                runs.extend((base + a, base + b, fmt) for a, b, fmt in s_runs)
                for at, badge, status in s_badges:
                    badges.setdefault(base + at, []).append((badge, status, ref, at))
                conflicts.extend((a, b, ref) for a, b in s_conflicts)
                if colour is not None:
                    gutter[ref] = colour
                if chunk is not None:
                    chunks.append((ref, chunk))
                next_sentence += 1

        # Where each sentence starts and ends in the document, noted as the text goes in (the sentences are in
        # text order, so two pointers walk them).
        count = len(sentences)
        # Lengths in UTF-16 units: a text without characters beyond the BMP (most) measures its slices with len.
        ulen: Callable[[str], int] = len if utf16_len(text) == len(text) else utf16_len
        starts = [0] * count
        ends = [-1] * count
        next_start = next_end = 0

        def note_until(chunk_start: int, chunk_end: int, position: int) -> None:
            """Note the sentence starts before ``chunk_end`` and the ends up to it, the text ``chunk_start..chunk_end``
            having just gone in before document ``position`` (a sentence starting where the chunk ends starts in the
            next one: after a block break, if one comes between)."""
            nonlocal next_start, next_end
            while next_start < count and sentences[next_start].start < chunk_end:
                off = sentences[next_start].start
                starts[next_start] = position - ulen(text[max(off, chunk_start) : chunk_end])
                next_start += 1
            while next_end < count and sentences[next_end].end <= chunk_end:
                off = sentences[next_end].end
                ends[next_end] = position - ulen(text[max(off, chunk_start) : chunk_end])
                next_end += 1

        block_fmt = body_block_format()
        joined_fmt = body_block_format(bottom_margin=0)  # a long line's blocks before its last: no paragraph gap
        plain = highlighter.plain_format()
        self._inserted = 0
        self._line_starts, self._line_texts, self._block_positions, self._line_badges = [], [], [], []
        self._spanning = set()
        sentence_starts = [s.start for s in sentences]
        offset = 0
        first = True
        ri = 0
        for raw in text.split("\n"):
            stripped = raw.strip()
            if not stripped:
                offset += len(raw) + 1
                continue
            lead = len(raw) - len(raw.lstrip())
            line_start, line_end = offset + lead, offset + lead + len(stripped)
            piece_start = line_start
            while piece_start < line_end:
                piece_end = line_end
                if line_end - piece_start > LONG_LINE_CHARS:
                    piece_end = self._cut(text, sentence_starts, piece_start, line_end)
                last_piece = piece_end >= line_end
                fmt_ = block_fmt if last_piece else joined_fmt
                if first:
                    cursor.setBlockFormat(fmt_)
                    first = False
                else:
                    cursor.insertBlock(fmt_)
                    self._inserted += 1
                self._line_starts.append(piece_start)
                self._line_texts.append(text[piece_start:piece_end])
                self._block_positions.append(cursor.position())
                line_badges: list[tuple[int, int]] = []
                self._line_badges.append(line_badges)
                pos = piece_start
                doc_pos = cursor.position()  # where the text up to ``pos`` ends in the document, once inserted
                note_until(pos, pos, doc_pos)  # sentences starting in skipped space start here
                # Consecutive runs in one format go in as one piece of text (a paragraph of plain sentences and
                # the spaces between them is one insertText): ``pending`` is the text from ``pending_start``.
                pending: QTextCharFormat | None = None
                pending_start = pos
                steps = 0
                while pos < piece_end:
                    if next_sentence < count and sentences[next_sentence].start <= pos:
                        formats_until(pos + 1)
                    while ri < len(runs) and runs[ri][1] <= pos:
                        ri += 1
                    if ri < len(runs) and runs[ri][0] <= pos:
                        stop, fmt = min(runs[ri][1], piece_end), runs[ri][2]
                    else:
                        formats_until(piece_end)
                        stop, fmt = min(runs[ri][0] if ri < len(runs) else piece_end, piece_end), plain
                    if fmt is not pending:
                        if pending is not None:
                            cursor.insertText(text[pending_start:pos], pending)
                        pending, pending_start = fmt, pos
                    n = ulen(text[pos:stop])
                    doc_pos += n
                    self._inserted += n
                    note_until(pos, stop, doc_pos)
                    pos = stop
                    found = badges.pop(pos, ())
                    steps += 1
                    if found or steps % RUNS_PER_STEP == 0 or pos >= piece_end:
                        if pending is not None:
                            cursor.insertText(text[pending_start:pos], pending)
                        pending, pending_start = None, pos
                        for badge, status, ref, at in found:
                            n = utf16_len(badge)
                            line_badges.append((pos - piece_start, n))
                            self.sentence_badges.setdefault(ref, []).append((at, n))
                            cursor.insertText(badge, highlighter.badge_format(status))
                            doc_pos += n
                            self._inserted += n
                        yield
                piece_start = piece_end
            offset += len(raw) + 1
        formats_until(len(text) + 1)
        note_until(len(text), len(text) + 1, cursor.position())
        yield
        # Ranges, then the sentences a block break cuts (a line break of the text, or one of a long line's): their
        # offsets map through the block table, the exact way. In steps: 20,000 sentences are many objects.
        ranges: list[tuple[int, int, m.SentenceRef]] = []
        cut = self._line_starts[1:]
        for i, sentence in enumerate(sentences):
            ref = m.SentenceRef(article.index, sentence.index)
            ranges.append((starts[i], max(starts[i], ends[i]), ref))
            k = bisect.bisect_right(cut, sentence.start)
            if k < len(cut) and cut[k] < sentence.end:
                self._spanning.add(ref)
            if i % SENTENCES_PER_STEP == SENTENCES_PER_STEP - 1:
                yield
        self.set_ranges(ranges)
        yield
        conflict_ranges = []
        for a, b, ref in conflicts:
            rng = self.offset_range(report, ref, a, b)
            if rng is not None:
                conflict_ranges.append((rng[0], rng[1], ref))
        self.conflict_ranges = conflict_ranges
        self.tooltip_provider = highlighter.tooltip
        self.gutter = gutter
        self.set_chunks(chunks)

    @staticmethod
    def _cut(text: str, sentence_starts: list[int], start: int, end: int) -> int:
        """Where a long line's block starting at ``start`` ends: the first sentence start at least
        LONG_LINE_CHARS on; failing one before twice that, after a space; else a hard cut."""
        want = start + LONG_LINE_CHARS
        k = bisect.bisect_left(sentence_starts, want)
        if k < len(sentence_starts) and sentence_starts[k] < min(end, want + LONG_LINE_CHARS):
            return sentence_starts[k]
        space = text.find(" ", want, min(end, want + LONG_LINE_CHARS))
        return min(space + 1 if space >= 0 else want, end)


__all__ = ["ArticleView", "html_escape"]
