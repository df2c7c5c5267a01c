"""Every tuning knob of figure finding, in one frozen dataclass with today's values and the reason for each.

``FigureSettings()`` is what ``find_figures`` uses unless given another; ``core/settings.py`` bundles it with the
other stages' settings. Pure standard library.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FigureSettings:
    """Knobs of ``find_figures``; character counts are measured in the sentence's own text."""

    # How far (characters) to look left of a number for the verb that says what it counts ("killing at least 25"):
    # a clause rarely puts more than a few words between the verb and its object, and further back lies another
    # clause.
    role_lookback: int = 60
    # Filler words allowed between a role verb and its number ("killing a total of 25" has four).
    role_gap_words: int = 4
    # How far (characters) to look left of a count without a role for "death toll ... to" / "at" / "of": the toll is
    # named, then its event or place, then the number ("the death toll from the quake has risen to 12", "the
    # military death toll after the shooting rampage in Chattanooga, Tennessee to 5": 70 characters; review s29).
    toll_lookback: int = 100
    # How many words after a number may belong to its noun phrase ("two capitol police officers").
    noun_words: int = 4
    # Vague plurals: "dozens" is at least two dozen and fewer than ten dozen; the same for hundreds, thousands, ...
    vague_low_factor: int = 2
    vague_high_factor: int = 10
    # "several"/"a few" + scale ("several hundred"): at most this many times the stated base.
    several_high_factor: int = 3
    # A 4-digit number in this span with no noun after it is a year ("since 2011"), not a count.
    year_min: int = 1800
    year_max: int = 2099
    # Characters before a bare 4-digit number searched for "in/since/during ..." that make it a year.
    year_cue_lookback: int = 12
    # The largest plausible age ("Smith, 40,"): beyond this ", 140," is something else.
    max_age: int = 120
    # Characters before a number in which a hedge may start ("no fewer than 25" is 14 characters).
    qualifier_lookback: int = 20
    # Characters before a number searched for "from"/"between", which decide whether "25 to 31" is a range.
    range_cue_lookback: int = 9
    # "two or three" is a range only when the two values are this close; "5 or 50" is a choice.
    or_range_max_gap: float = 2
    # Characters around the word "one" searched for "the one", "one of", "one day": not a count.
    one_left_context: int = 8
    one_right_context: int = 10
    # "a man ..." phrase kept as the figure's text only when shorter than this (else just "a").
    article_phrase_max: int = 40
    # A page's time stamp ("Posted: Jul 07, 2012 7:40 PM ET", "Last Updated: Monday, 28 November 2005, 02:24 GMT")
    # is a short line: on the ECB+ tuning pages the longest is 72 characters.
    stamp_max_chars: int = 100
    # Capital codes a stamp may hold besides its words: time zones ("ET", "AEST", "CEST"), agency tags ("TNN").
    stamp_code_letters: int = 4
    # Characters before a figure (and its hedge) searched for the verb of a change: "were down by " is 13 characters,
    # "plummeted by " 13; further back the verb has another object ("rose to 19 after 2 more").
    change_lookback: int = 20
    # Characters before "3-1" searched (within its clause) for a result word: "beat Brask United 3-1" puts a team's name
    # between them.
    score_lookback: int = 50
    # Figures read in one sentence: it is read up to its next number (a digit run or a number word) after this many,
    # and at most this many figures are kept. On the tuning data (ECB+ topics 1-35, news clusters below 600000) no
    # sentence holds more than 10 figures or 12 digit runs; a "sentence" of hundreds of numbers is a list or a table
    # run together (segment.py cuts those at 1500 characters). Reading every one made two 2 MB files of "1. 1. ..."
    # 1.3 million figures: 13 s finding them and 8 s and 0.7 GB reconciling them (issue #12).
    sentence_figures: int = 30
    # Figures read in one article (core/compare.py): past this many, its later sentences' figures are not read, and
    # the report says so in a warning. The most in one tuning article is 140; issue #12 asks two articles of 8,000
    # figures each to be reconciled whole (bench/scale.py's figures8k), so the bound sits well above that. Two 2 MB
    # files of percentages with a line break every 50 numbers (each sentence under sentence_figures) made 610,000
    # figures: 15.4 s and 1.41 GB, ~11 us a figure to find and as much to reconcile (figures helper, session 27);
    # 2 x 20,000 figures cost ~1 s.
    article_figures: int = 20_000


DEFAULT_FIGURE_SETTINGS = FigureSettings()
