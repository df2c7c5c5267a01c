"""Split an article's paragraphs into sentences with character offsets into the article text.

syntok does the splitting (abbreviations such as U.S., Gen., Jan.; quotes that close after the full stop;
em-dashes): STYLE.md records that it splits the seeds correctly and fast, where pysbd is accurate but slow.
Each paragraph is segmented on its own, so no sentence ever crosses a paragraph break. No Qt here.

Speed (bench/scale.py): syntok's tokenizer and state machine, pure Python, cost ~20-40 us a token and are all of
this stage's time; nothing here adds to it. Paragraphs already seen are not segmented again (a cache keyed by the
paragraph's text): a window that adds a third article to two re-segments only the new one, and wire copies
repeated across outlets are segmented once.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass

import syntok.segmenter as syntok_segmenter

# A sentence longer than this is cut at the nearest space: lists and tables pasted as one "sentence" would
# otherwise swamp the similarity of everything they touch.
MAX_SENTENCE_CHARS = 1500
# Paragraphs whose sentences are remembered: a few articles' worth for the window's re-comparisons, a few MB at
# most (each entry holds its paragraph's text and a tuple of offsets).
PARAGRAPH_CACHE_SIZE = 4096


@dataclass(frozen=True)
class Span:
    """A sentence: offsets into the article text and the paragraph it belongs to."""

    start: int
    end: int
    paragraph: int


def segment(text: str, paragraphs: Sequence[tuple[int, int]]) -> list[Span]:
    """Sentences of ``text`` in reading order, paragraph by paragraph."""
    spans: list[Span] = []
    for number, (p_start, p_end) in enumerate(paragraphs):
        pieces = _paragraph_sentences(text[p_start:p_end])
        spans.extend(Span(p_start + s, p_start + e, number) for s, e in pieces)
    return _fix_gaps(text, spans)


@functools.lru_cache(maxsize=PARAGRAPH_CACHE_SIZE)
def _paragraph_sentences(chunk: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each sentence of one paragraph, relative to it; the whole paragraph when syntok finds no
    sentence in text that is not blank."""
    pieces: list[tuple[int, int]] = []
    for paragraph in syntok_segmenter.analyze(chunk):
        for sentence in paragraph:
            tokens = [t for t in sentence if t.value]
            if not tokens:
                continue
            start = tokens[0].offset
            end = tokens[-1].offset + len(tokens[-1].value)
            pieces.extend(_cut_long(chunk, start, end))
    if not pieces and chunk.strip():
        pieces.append((0, len(chunk)))
    return tuple(pieces)


def _cut_long(chunk: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        cut = chunk.rfind(" ", start, start + MAX_SENTENCE_CHARS)
        if cut <= start:
            cut = start + MAX_SENTENCE_CHARS
        pieces.append((start, cut))
        start = cut
        while start < end and chunk[start].isspace():
            start += 1
    if end > start:
        pieces.append((start, end))
    return pieces


def _fix_gaps(text: str, spans: list[Span]) -> list[Span]:
    """syntok drops nothing but stray characters between tokens (a lone closing quote, say) can fall between
    two sentences; attach any non-space leftover inside a paragraph to the sentence before it."""
    fixed: list[Span] = []
    for i, span in enumerate(spans):
        end = span.end
        nxt = spans[i + 1] if i + 1 < len(spans) else None
        if nxt is not None and nxt.paragraph == span.paragraph:
            gap = text[end : nxt.start]
            if gap.strip():
                end = end + len(gap.rstrip())
        fixed.append(Span(span.start, end, span.paragraph))
    return fixed
