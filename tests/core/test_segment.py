"""Sentence segmentation: offsets, abbreviations, quotes, paragraphs."""

from __future__ import annotations

import pytest

from reportdiff.core.load import split_paragraphs
from reportdiff.core.segment import segment


def sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in segment(text, split_paragraphs(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # abbreviations do not end sentences
        (
            "The U.S. and Gen. Smith met on Jan. 5 in Washington. Talks failed.",
            ["The U.S. and Gen. Smith met on Jan. 5 in Washington.", "Talks failed."],
        ),
        # a quotation closing after the full stop belongs to its sentence
        (
            'He said, "We will fight." The army withdrew.',
            ['He said, "We will fight."', "The army withdrew."],
        ),
        # an em-dash aside stays inside its sentence
        (
            "Hayat Tahrir al-Sham—an Islamist group—seized Idlib. Fighting continued.",
            ["Hayat Tahrir al-Sham—an Islamist group—seized Idlib.", "Fighting continued."],
        ),
        # a sentence never crosses a paragraph break
        ("First paragraph without a stop\nSecond line.", ["First paragraph without a stop", "Second line."]),
    ],
)
def test_sentences(text: str, expected: list[str]) -> None:
    """Sentences split where a reader would split them."""
    assert sentences(text) == expected


def test_offsets_index_the_text() -> None:
    """Every span's offsets cut its sentence out of the original text, in order, with paragraph numbers."""
    text = "Alpha one. Beta two.\n\nGamma three."
    spans = segment(text, split_paragraphs(text))
    assert [(text[s.start : s.end], s.paragraph) for s in spans] == [
        ("Alpha one.", 0),
        ("Beta two.", 0),
        ("Gamma three.", 1),
    ]
