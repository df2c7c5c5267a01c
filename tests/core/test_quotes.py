"""Quotations: marks, speakers, and wording comparison."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportdiff.core.quotes import find_quotes, is_speech, same_speaker, wording_differs


@pytest.mark.parametrize(
    ("sentence", "quote", "speaker"),
    [
        # curly quotes, speaker after: "…,” Assad declared
        ("“We will crush them,” Assad declared through state media.", "We will crush them,", "Assad"),
        # straight quotes, speaker before with an appositive and a participle
        (
            'Assad, in remarks published by state media, said: "Terrorists only understand force."',
            "Terrorists only understand force.",
            "Assad",
        ),
        # "said Name" inversion, two-word name
        ("“I am shocked,” said Ahmad Tutenji, a merchant.", "I am shocked,", "Ahmad Tutenji"),
        # no speech verb: speaker unknown
        ("The banner read “No surrender today”.", "No surrender today", ""),
    ],
)
def test_find_quotes(sentence: str, quote: str, speaker: str) -> None:
    """The quoted words and the speaker are found."""
    found = find_quotes(sentence)
    assert [(q.text, q.speaker) for q in found] == [(quote, speaker)]
    assert sentence[found[0].start : found[0].end] == quote


def test_apostrophes_are_not_quotes() -> None:
    """Curly apostrophes (rebels’ gains, Aleppo’s district) open no quotation."""
    assert find_quotes("The rebels’ gains in Aleppo’s New Aleppo district grew.") == []


@pytest.mark.parametrize(
    ("a", "b", "differs"),
    [
        # the seeds: one quotation in two wordings
        (
            "Terrorists only understand the language of power, and we will use it to crush them.",
            "Terrorists only know the language of force and it is the language we will crush them with,",
            True,
        ),
        # punctuation and case only: same wording
        ("We will win.", "we will win", False),
        # one outlet quotes only part of the sentence
        ("we will rebuild every home in this town", "rebuild every home", False),
        # unrelated quotations are not one quotation worded two ways
        ("the bridge was closed by police at noon", "prices of bread doubled since March", False),
    ],
)
def test_wording_differs(a: str, b: str, differs: bool) -> None:
    """Only real rewordings of one quotation count as a mismatch."""
    assert wording_differs(a, b) is differs


def test_speech_and_speakers() -> None:
    """Scare quotes are not speech; speakers match on a shared name word."""
    assert not is_speech("difficult")
    assert is_speech("we will crush them")
    assert same_speaker("Assad", "Bashar al-Assad")
    assert same_speaker("", "Assad")
    assert not same_speaker("Assad", "Araqchi")


QUOTE_TEXT = st.lists(
    st.one_of(st.sampled_from(["“", "”", '"', "«", "»", "‘", "’", " ", "said", "Assad", ",", ".", "we will fight"]),
              st.text(max_size=6)),
    max_size=30,
).map("".join)  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(QUOTE_TEXT)
def test_quotes_lie_inside_their_sentence(sentence: str) -> None:
    """Every quotation found is a stretch of its sentence, between quote marks or a sentence end, and a sentence
    with no quote mark has none."""
    found = find_quotes(sentence)
    for q in found:
        assert sentence[q.start : q.end] == q.text and q.text.strip() == q.text and len(q.text) >= 2
    if not any(mark in sentence for mark in "“”\"«»‘’'"):
        assert found == []


@settings(max_examples=200, deadline=None)
@given(st.lists(QUOTE_TEXT, min_size=1, max_size=4))
def test_quotes_read_over_paragraphs_lie_inside_their_sentences(paragraphs: list[str]) -> None:
    """quotes_in_text's pieces are stretches of their own sentence, whatever the marks around them."""
    from reportdiff.core.load import split_paragraphs
    from reportdiff.core.quotes import quotes_in_text
    from reportdiff.core.segment import segment

    text = "\n\n".join(paragraphs)
    sentences = segment(text, split_paragraphs(text))
    for sentence, found in zip(sentences, quotes_in_text(text, sentences), strict=True):
        words = text[sentence.start : sentence.end]
        for q in found:
            assert words[q.start : q.end] == q.text and q.text.strip() == q.text and len(q.text) >= 2


class _EveryParagraphMarked:
    """quote_text.MARK_RE, but its search finds a mark in every paragraph: quotes_in_text reads each one in full."""

    def __init__(self, real: object) -> None:
        self.real = real

    def search(self, *args: object) -> bool:
        return True

    def __getattr__(self, name: str) -> object:
        return getattr(self.real, name)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(QUOTE_TEXT, st.sampled_from([
    "Marta Ilves said the weather had been calm.", "Police said the man fled.", "The road was closed.",
    "Witnesses said the shooter fled, Lt. Gerry Scherlinck said.",
])), min_size=1, max_size=5))  # fmt: skip
def test_a_paragraph_with_no_quote_mark_read_in_full_gives_the_same(paragraphs: list[str]) -> None:
    """A paragraph with no quote mark skips the reading for quotations: the quotations and speakers of every
    paragraph are the same as when each is read in full (a speaker named there still speaks in the next)."""
    from reportdiff.core import quote_text as quotes  # quotes_in_text and the MARK_RE it asks, split from quotes.py
    from reportdiff.core.load import split_paragraphs
    from reportdiff.core.segment import segment

    text = "\n\n".join(paragraphs)
    sentences = segment(text, split_paragraphs(text))
    quick = quotes.quotes_in_text(text, sentences)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(quotes, "MARK_RE", _EveryParagraphMarked(quotes.MARK_RE))
        assert quotes.quotes_in_text(text, sentences) == quick
