"""Quotations: quoted speech, its speaker where the text names one, and how two renderings of a quote relate.

Quote marks recognised, by family: curly double quotes, guillemets, straight double quotes (paired by count),
curly and straight single quotes (told from apostrophes by the letters around them: "rebels’ gains", "it's",
"'90s" open nothing). ``find_quotes(sentence)`` reads one sentence, which may cut a quotation of several
sentences; ``quotes_in_text(text, sentences)`` reads each paragraph whole and gives each sentence its pieces, with
the speaker named anywhere in the paragraph before them. ``relation(a, b)`` tells one quotation worded two ways
from two quotations, and an editor's marked omission or insertion from a changed word. No Qt here.

The parts, one job each, in the order they build on one another:

    quote_lexicon    speech verbs, names, titles, role and function words; the shared compiled patterns (RX)
    quote_marks      quotation marks -> the quotations a text holds
    quote_terms      a term or a title in quote marks, not speech
    quote_outside    the text outside the quotations, as speakers are read in it
    quote_speaker    the speaker a sentence names
    quote_people     the people a sentence speaks of (subject, topic, the one person named, sex)
    quote_referents  who spoke last, and whom "he" or "she" stands for, across an article
    quote_text       quotations of a sentence or an article, with their speakers
    quote_relation   how two renderings of a quotation, and two speakers, relate

This module is what the rest of the engine imports.
"""

from __future__ import annotations

from .quote_lexicon import RX as _RX
from .quote_lexicon import words
from .quote_relation import (
    DEFAULT_QUOTE_SETTINGS,
    REWORDED,
    SAME,
    TRIMMED,
    QuoteSettings,
    full_name,
    is_speech,
    name_within,
    name_words,
    relation,
    same_speaker,
    wording_differs,
    words_within,
)
from .quote_text import FoundQuote, Sentence, find_quotes, quotes_in_text

__all__ = [
    "DEFAULT_QUOTE_SETTINGS",
    "REWORDED",
    "SAME",
    "TRIMMED",
    "FoundQuote",
    "QuoteSettings",
    "Sentence",
    "find_quotes",
    "full_name",
    "is_speech",
    "name_within",
    "name_words",
    "quotes_in_text",
    "relation",
    "same_speaker",
    "wording_differs",
    "words",
    "words_within",
]

_RX.save()  # stores the patterns the parts compiled afresh, if any
