"""Quotations of a text as the pipeline reads them, for the quotation tests: segmented, then attributed."""

from __future__ import annotations

from reportdiff.core.load import split_paragraphs
from reportdiff.core.quotes import quotes_in_text
from reportdiff.core.segment import segment


def speakers_of(text: str) -> list[str]:
    """The speaker of each quotation of a text, segmented as the pipeline does."""
    sentences = segment(text, split_paragraphs(text))
    return [q.speaker for found in quotes_in_text(text, sentences) for q in found]


# One person named three ways across two articles ("Yanis Varoufakis", "Professor Varoufakis", "Varoufakis"): the
# quotation list names him one way on every surface (presentation/quotations.py speaker_names).
ATHENS = {
    "athens-daily.txt": (
        "Riots in Athens leave a city of burnt cars\n\n"
        "A professor of economics at the University of Athens, Yanis Varoufakis, did not go to work on Monday.\n\n"
        '"What I saw was a city of burnt cars and empty streets," Yanis Varoufakis said.\n\n'
        'But Professor Varoufakis says there is "a very deep sense of injustice" across the country.\n\n'
        '"People here work two and three jobs in order to make ends meet," he said.\n'
    ),
    "athens-wire.txt": (
        "Athens counts the cost of a night of riots\n\n"
        "Shops and banks in the centre of Athens were burnt on Sunday night.\n\n"
        '"What I saw was a city of burnt cars and of empty streets," Varoufakis said.\n\n'
        '"People in this country work two or three jobs to make ends meet," Varoufakis added.\n'
    ),
}
