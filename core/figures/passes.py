"""Figures of one sentence: ``find_figures`` runs ``PASSES`` in order over a shared ``Scan``, then the passes over
the figures found (signs, changes, conversions, tallies, modifiers, parts, events, datelines, stamps).

The parts, one job each: ``guards`` (cheap tests that skip patterns), ``number_values`` (a number's value),
``nouns`` and ``verbs`` (what a count counts, its role), ``hedges``, ``scan`` (the state the passes share),
``fixed_kinds``, ``counts``, ``units``, ``settle`` (the passes, in that order), ``roles`` (the last pass),
``found`` (``FoundFigure``), then ``signs``, ``changes``, ``conversions``, ``tallies``, ``modifiers``, ``parts``,
``events``, ``stamps``.
Words come from ``lexicon.py``, patterns from ``patterns.py``, knobs from ``knobs.py``. Reads one sentence at a
time, never other sentences or articles.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from collections.abc import Callable

from . import guards
from . import lexicon as lx
from . import patterns as pt
from .changes import CHANGE_WORDS, changes
from .conversions import conversions
from .counts import articles, digit_counts, fractions, multiples, vague_counts, word_counts
from .events import events
from .fixed_kinds import (
    addresses,
    ages,
    calibers,
    dates,
    decades,
    magnitudes,
    numeric_dates,
    ordinals,
    point_fractions,
    scores,
    skip_noise,
    times,
)
from .found import FoundFigure
from .guards import SPLIT_WORDS, may_hold_more, may_match, no_person
from .knobs import DEFAULT_FIGURE_SETTINGS, FigureSettings
from .modifiers import modifiers
from .parts import parts
from .rests import rests
from .roles import roles
from .scan import Mask, Scan
from .settle import compounds, ranges, years
from .signs import signs
from .stamps import datelines, stamps
from .tallies import tallies
from .units import units

# The passes, in order. Each reads the sentence and the spans already claimed, and claims spans of its own: noise
# first, then fixed kinds (dates, times, ages, addresses) that must claim their digits before counts can, then
# counts, their units, ranges, years, "a man", and last the roles.
PASSES: tuple[Callable[[Scan], None], ...] = (
    ordinals, magnitudes, numeric_dates, skip_noise, decades, point_fractions, fractions, dates, times, scores,
    calibers, ages, addresses, multiples, digit_counts, word_counts, vague_counts, units, compounds, ranges, years,
    articles,
)  # fmt: skip
# The passes that can find or skip anything in ASCII text with no digit and none of the words a figure pattern
# needs (patterns.ANY_FIGURE_WORD): every other pass's scans are guarded off there, so it would do nothing.
_PLAIN_PASSES: tuple[Callable[[Scan], None], ...] = (skip_noise, articles)
_ASCII_DIGIT = re.compile(r"[0-9]")
# The characters a case-insensitive pattern matches as an ASCII letter whose str.lower() is not that letter: the long
# s ("ſ" matches "s"), the dotless and the dotted capital i ("ı", "İ" match "i"). The passes look the words their
# patterns matched up in tables by lower() ("at leaſt" matched the hedge "at least", then was not found in the
# table: a KeyError that stopped the whole comparison). Each is read as its letter, one character for one, so every
# offset holds; a figure's text is then taken from the sentence as written.
_REGEX_FOLDS = str.maketrans({"ſ": "s", "ı": "i", "İ": "I"})
# What a sentence with no digit and no article may hold a figure in, cheapest scan first.
_WORDED_FIGURES = (pt.TIME_WORD, pt.VAGUE_NUM, pt.WORD_NUM, pt.ORDINAL_COUNT, pt.POINT_FRACTION)


def find_figures(sentence: str, settings: FigureSettings = DEFAULT_FIGURE_SETTINGS) -> list[FoundFigure]:
    """Every figure in ``sentence``, in reading order, with offsets into it: at most ``settings.sentence_figures``,
    read up to the number after that many (a list or a table run together is not read to its end: issue #12)."""
    limit = settings.sentence_figures
    split = sentence.translate(SPLIT_WORDS).split() if sentence.isascii() else None  # its words, in lower case
    # Shorter than 2 * limit, it cannot hold more numbers: each but the last has a character after it. ASCII text
    # holds more only when its number tokens counted from its words do (~1 us, where the scan cost ~9-25 us a
    # sentence: most of a sentence with no figure's time).
    if len(sentence) > 2 * limit and (split is None or may_hold_more(sentence, split, limit)):
        beyond = next(itertools.islice(pt.NUMBER_TOKEN.finditer(sentence), limit, None), None)
        if beyond is not None:
            sentence = sentence[: beyond.start()]
            split = None if split is None else sentence.translate(SPLIT_WORDS).split()
    written = sentence
    if split is None:
        sentence = sentence.translate(_REGEX_FOLDS)
    found = _figures_in(sentence, settings, split)
    if sentence is not written and sentence != written:
        found = [dataclasses.replace(f, text=written[f.start : f.end]) for f in found]
    return found if len(found) <= limit else found[:limit]


def _figures_in(sentence: str, settings: FigureSettings, split: list[str] | None = None) -> list[FoundFigure]:
    """``find_figures`` of a sentence short enough to be read whole; ``split``: its words in lower case when it is
    ASCII text, None otherwise."""
    ascii_text = split is not None
    # ASCII text: a digit is [0-9], found by one scan in C; other text keeps str.isdigit's wider sense ("²").
    # (a vulgar fraction, "½", counts as a digit: review-s23 F33)
    has_digit = _ASCII_DIGIT.search(sentence) is not None if ascii_text else any(
        c.isdigit() or c in lx.UNICODE_FRACTIONS for c in sentence
    )
    # ASCII text with no digit and none of ANY_FIGURE_WORD: only the plain passes can find anything
    plain = guards.USE_GUARDS and not has_digit and split is not None and pt.ANY_FIGURE_WORD.isdisjoint(split)
    # Cheapest first (an article is in most sentences; the worded-number scan is the costliest). ANY_FIGURE_WORD holds
    # every word the worded figures need: a plain sentence holds none of them. A plain sentence with no article is
    # done before its words are made a set (half the sentences of the 100k-word pair: ~4 us each).
    if plain and (not pt.ARTICLE.search(sentence) or no_person(sentence, has_digit, split or ())):
        return []
    words = frozenset(split) if split is not None else None
    if not has_digit and not plain and not pt.ARTICLE.search(sentence) and not any(
        may_match(p, sentence, words) and p.search(sentence) for p in _WORDED_FIGURES
    ):
        return []
    scan = Scan(sentence, settings, has_digit, words, Mask(len(sentence)), Mask(len(sentence)))
    for step in _PLAIN_PASSES if plain else PASSES:
        step(scan)
    found = roles(scan)
    if found and ("-" in sentence or "minus" in sentence or not ascii_text):
        found = signs(sentence, found, words is None or "minus" in words)
    if found and (words is None or not words.isdisjoint(CHANGE_WORDS)):
        found = changes(sentence, found, settings, words, scan.nouns)
    if len(found) > 1 and ("(" in sentence or "[" in sentence):
        found = conversions(sentence, found)
    if len(found) > 1 and " for " in sentence:
        found = tallies(sentence, found)
    if found:
        found = modifiers(sentence, found)
    if len(found) > 1 and (" of them" in sentence or " of which" in sentence):
        found = parts(sentence, found)
    if len(found) > 1 and "others" in sentence.lower():
        found = rests(sentence, found)
    if found:
        found = events(sentence, found, settings, scan.nouns)
    if found and (sentence[:1].isdigit() or sentence[:1].isupper()):
        found = datelines(sentence, found)
    return stamps(sentence, found, settings) if len(sentence) <= settings.stamp_max_chars and found else found
