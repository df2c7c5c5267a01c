"""Figure finding and reconciling stay bounded on text made of numbers (issue #12: two 2 MB files of "1. 1. ..."
made 1.3 million figures, 20 s and 1.6 GB). Small inputs that show the growth; no timings: what is counted is the
text the passes read and the figures kept.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportdiff.core.compare import compare
from reportdiff.core.figures import DEFAULT_FIGURE_SETTINGS, find_figures
from reportdiff.core.figures import guards as guards_module
from reportdiff.core.figures import passes as passes_module
from reportdiff.core.figures import patterns as pt
from reportdiff.core.load import LoadedArticle

LIMIT = DEFAULT_FIGURE_SETTINGS.sentence_figures


def _article(name: str, text: str) -> LoadedArticle:
    return LoadedArticle(path=f"{name}.txt", text=text, title="", source=name, encoding="utf-8",
                         paragraphs=((0, len(text)),))  # fmt: skip


# Each unit repeated into one long "sentence" (a list or a table run together); every one was read to its end.
RUNS = [
    "1. ",  # a numbered list with no items
    "5% ",  # percentages
    "rose 7%, ",  # changes
    "five ",  # number words
    "twenty-one ",  # compound number words
    "$5 million ",  # money
    "March 3, 2012 ",  # dates
    "10:30 a.m. ",  # times
    "5-3 ",  # scores or ranges
    "a man was killed, ",  # casualties with no number token at all
]


@pytest.mark.parametrize("unit", RUNS)
def test_a_run_of_numbers_keeps_a_bounded_number_of_figures(unit: str) -> None:
    """However long the run, at most ``sentence_figures`` figures come out of one sentence."""
    short = find_figures((unit * 20).strip())
    long = find_figures((unit * 400).strip())
    assert 0 < len(long) <= LIMIT
    assert len(long) >= min(len(short), LIMIT)  # the beginning is still read


@pytest.mark.parametrize("unit", RUNS[:-1])
def test_a_run_of_numbers_is_read_only_to_its_bound(unit: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The passes read the same text of a run of 400 numbers as of 100: the sentence up to its number after the
    bound, not to its end."""
    read: list[int] = []
    real = passes_module._figures_in

    def recording(sentence: str, *rest: object) -> list[passes_module.FoundFigure]:
        read.append(len(sentence))
        return real(sentence, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(passes_module, "_figures_in", recording)
    find_figures((unit * 100).strip())
    find_figures((unit * 400).strip())
    assert read[0] == read[1] < len(unit) * 100


def test_a_real_sentence_of_many_figures_is_read_whole() -> None:
    """A sports sentence of seven figures and twelve digit runs is below the bound: all of them are read; a smaller
    bound keeps some of the first ones."""
    sentence = ("The team rushed for 398 yards against Houston on October 1, 1961 and for 380 yards against Denver on "
                "October 23, 1966, winning 31-10 and 45 - 21 before 24,000 fans.")  # fmt: skip
    unbounded = dataclasses.replace(DEFAULT_FIGURE_SETTINGS, sentence_figures=10_000)
    assert find_figures(sentence) == find_figures(sentence, unbounded)
    assert len(find_figures(sentence)) == 7
    smaller = dataclasses.replace(DEFAULT_FIGURE_SETTINGS, sentence_figures=3)
    first = [f.value for f in find_figures(sentence, smaller)]
    assert 0 < len(first) <= 3 and first == [f.value for f in find_figures(sentence)][: len(first)]


def test_two_long_lists_of_numbers_make_a_bounded_report() -> None:
    """Two articles of 20 long "sentences" of percentages each: at most the bound of figures a sentence, and
    the facts come from those."""
    texts = [" ".join(f"{(7 * k + n) % 97 + 1}%" for k in range(600)) for n in (1, 2)]
    # segment.py cuts a "sentence" at 1500 characters: 600 percentages are two or three sentences
    report = compare([_article("A", texts[0]), _article("B", texts[1])])
    per_sentence: dict[tuple[int, int], int] = {}
    for f in report.figures:
        per_sentence[f.article, f.sentence] = per_sentence.get((f.article, f.sentence), 0) + 1
    assert per_sentence and max(per_sentence.values()) <= LIMIT
    assert len(report.figures) <= LIMIT * sum(len(a.sentences) for a in report.articles)


# Number words in their cases, pieces of words, digits glued to letters and marks, and characters re.I folds.
TOKEN_PIECES = st.sampled_from([
    "one", "One", "ONE", "seventeen", "seven", "sevens", "tens", "ten", "dozens", "Dozen", "someone", "onex", "one_",
    "_two", "2", "12", "1,200", "3.5", "a1b2c3", "x9", "9x", "twenty-one", "twenty1", "-", ",", ".", " ", "\n", "_",
    "hundreds", "millions", "ſeven", "é", "K",
])  # fmt: skip


@given(st.lists(st.one_of(TOKEN_PIECES, st.text(max_size=4)), max_size=60).map("".join))
def test_number_tokens_counted_from_words_are_the_scans(text: str) -> None:
    """The count of number tokens read off an ASCII sentence's words is the number of NUMBER_TOKEN matches, so a
    sentence the count keeps under the bound is never cut."""
    if text.isascii():
        split = text.translate(guards_module.SPLIT_WORDS).split()
        assert guards_module._number_tokens(text, split) == len(pt.NUMBER_TOKEN.findall(text)), text


@given(st.lists(st.one_of(TOKEN_PIECES, st.text(max_size=4)), max_size=60).map("".join), st.integers(0, 12))
def test_the_quick_bound_never_hides_more_tokens(text: str, limit: int) -> None:
    """_may_hold_more says no only where the sentence holds at most ``limit`` number tokens: what it skips counting
    is never past the bound."""
    if text.isascii():
        split = text.translate(guards_module.SPLIT_WORDS).split()
        tokens = len(pt.NUMBER_TOKEN.findall(text))
        assert guards_module.may_hold_more(text, split, limit) is (tokens > limit), text


def test_number_tokens_on_runs_and_words() -> None:
    """Runs of numbers, number words in any case and words holding them."""
    for text in [" ".join(u * 40 for u in RUNS), "One two THREE someone tens 7up a1b2 1,200.5 twenty-one"]:
        split = text.translate(guards_module.SPLIT_WORDS).split()
        assert guards_module._number_tokens(text, split) == len(pt.NUMBER_TOKEN.findall(text))
