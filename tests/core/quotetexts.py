"""Quotations of a text as the pipeline reads them, for the quotation tests: segmented, then attributed."""

from __future__ import annotations

from reportdiff.core.load import split_paragraphs
from reportdiff.core.quotes import quotes_in_text
from reportdiff.core.segment import segment


def speakers_of(text: str) -> list[str]:
    """The speaker of each quotation of a text, segmented as the pipeline does."""
    sentences = segment(text, split_paragraphs(text))
    return [q.speaker for found in quotes_in_text(text, sentences) for q in found]
