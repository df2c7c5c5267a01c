"""The per-count guards of the figure passes hide no match: the first word a unit or a role verb after a count opens
with (patterns.UNIT_LEAD_WORDS, ROLE_AFTER_LEAD_WORDS) and the casualty text a window before a count must hold
(ROLE_BEFORE_NEEDS, found once per sentence). Tested on the patterns' own examples, random text and the corpus."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from regex_samples import matching  # tests/core/regex_samples.py
from test_figures_guards import PIECES, corpus_sentences  # tests/core/test_figures_guards.py

from reportdiff.core.figures import DEFAULT_FIGURE_SETTINGS, find_figures
from reportdiff.core.figures import guards as guards_module
from reportdiff.core.figures import lexicon as lx
from reportdiff.core.figures import patterns as pt
from reportdiff.core.figures import scan as scan_module


def check_leads(text: str) -> None:
    """At every position of an ASCII text where UNIT_AFTER or ROLE_AFTER matches, its lead-word guard lets it."""
    if not text.isascii():
        return
    for pos in range(len(text) + 1):
        if pt.UNIT_AFTER.match(text, pos):
            assert guards_module.may_open_unit(text, pos), ("unit", text, pos)
        if pt.ROLE_AFTER.match(text, pos):
            assert guards_module.may_open_role(text, pos), ("role", text, pos)


def scan_of(text: str) -> scan_module.Scan:
    words = frozenset(text.lower().translate(guards_module.SPLIT_WORDS).split()) if text.isascii() else None
    mask = scan_module.Mask(len(text))
    return scan_module.Scan(text, DEFAULT_FIGURE_SETTINGS, True, words, mask, mask)


def check_windows(text: str) -> None:
    """Every window [lo, end) of a text whose slice ROLE_BEFORE matches: the window guard lets it."""
    scan = scan_of(text)
    starts = [*[m.start() for m in re.finditer(r"(?=\S)", text)][:25], 0]
    for lo in starts:
        for end in range(lo, len(text) + 1):
            if pt.ROLE_BEFORE.search(text[lo:end]):
                assert scan.role_text_within(lo, end), (text, lo, end)


def test_lead_guards_on_every_example_of_their_patterns() -> None:
    """Every example of UNIT_AFTER and ROLE_AFTER (each unit, auxiliary and role form, in every case and context),
    after a count: the guard lets the match run wherever the pattern matches."""
    units = matching(pt.UNIT_AFTER)
    roles = matching(pt.ROLE_AFTER)
    assert len(units) > 100 and len(roles) > 100
    for example in units + roles:
        check_leads(example)
        check_leads(f"25{example}")
        check_leads(f"At least 25 people, {example} police said.")


def test_window_guard_on_every_example_of_the_pattern() -> None:
    """Every example of ROLE_BEFORE, alone and before a count: every window its slice matches in passes the guard."""
    for example in matching(pt.ROLE_BEFORE)[::3]:
        check_windows(f"{example} 25")


def test_unit_leads_are_read_from_the_unit_words() -> None:
    """Every currency word and measure opens with a unit lead word; a plain noun after a count does not."""
    for word in (*lx.CURRENCY_WORDS, *lx.MEASURES):
        assert guards_module.may_open_unit(f"25 {word.upper()}.", 2), word
    for text in ("25 people", "25 soldiers were", "25 schools"):
        assert not guards_module.may_open_unit(text, 2)
        assert pt.UNIT_AFTER.match(text, 2) is None
    assert guards_module.may_open_unit("25%", 2) and guards_module.may_open_unit("25-mile", 2)
    assert guards_module.may_open_role("25 people, reportedly killed", 9)
    assert not guards_module.may_open_role("25 people at the scene", 9)


LEADS = st.sampled_from([
    *sorted(pt.ROLE_AFTER_LEAD_WORDS), *sorted(pt.UNIT_LEAD_WORDS), "fatally", "Mortally", "quickly", "ly", "LY",
    "killedx", "die5", "shot_", "per cent", "percentage point", "km/h", "pound sterling", "%", "-", "--", ",", ", ",
    "people", "in critical condition", "taken into custody", "struck by gunfire", "who", "that were", "x", "25",
])  # fmt: skip
TEXT = st.lists(st.one_of(PIECES, LEADS, st.text(max_size=4)), max_size=16).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_lead_guards_in_random_text(text: str) -> None:
    """Random text of lead words, their near misses and glued marks: no unit or role verb hidden at any position."""
    check_leads(text)


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_window_guard_in_random_text(text: str) -> None:
    """Random text with casualty words cut anywhere: every window ROLE_BEFORE matches passes the guard."""
    check_windows(text)


def test_window_guard_skips_windows_without_casualty_text() -> None:
    """A casualty word outside the window (or cut by its ends) is not in it; wholly inside, it is."""
    text = "Police said the gunman killed 25 people and at least 30 others in the attack."
    scan = scan_of(text)
    k = text.index("killed")
    assert scan.role_text_within(0, k + 6) and scan.role_text_within(k, k + 6)
    assert not scan.role_text_within(k + 1, len(text)) and not scan.role_text_within(0, k + 3)


@pytest.mark.parametrize("flag", ["USE_GUARDS"])
def test_same_figures_with_and_without_the_count_guards(flag: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every seed and tuning-cluster sentence with a digit: the same figures with every guard on and off."""
    for sentence in corpus_sentences():
        if not any(c.isdigit() for c in sentence):
            continue
        guarded = find_figures(sentence)
        with monkeypatch.context() as patch:
            patch.setattr(guards_module, flag, False)
            assert find_figures(sentence) == guarded, sentence


def digit_spans_agree(text: str) -> None:
    plain = re.compile(pt.DIGIT_NUM_BODY, pt.DIGIT_NUM.flags)
    assert [m.span() for m in pt.DIGIT_NUM.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_counts_in_digits_read_first_character_first_on_every_example() -> None:
    """Every example of every form of a count in digits (DIGIT_NUM_BODY: each scale word, unit, sign), in every case
    and context: DIGIT_NUM, which reads the first digit as a class, finds the same spans."""
    plain = re.compile(pt.DIGIT_NUM_BODY, pt.DIGIT_NUM.flags)
    texts = matching(plain)
    assert len(texts) > 50
    for text in texts:
        digit_spans_agree(text)
        digit_spans_agree(f"x{text}")
        digit_spans_agree(f"A-{text}")


NUMBERS = st.lists(st.one_of(
    st.sampled_from(["25", "1,200", "1,20", "3.5", ".5", "5.", "0.25", "1,000,000", "12,345.67", "٣", "٣٤", "²", "$",
                     "€", "US$", "£3", "$2.1bn", "10kg", "25lbs", "5k", "3m", "-", "–", "/", ":", ",", ".", "a-",
                     "AK-47", "x2", "_3", "ſ", "K", "million", "Million", "-billion", "year", "-year", " ", "k", "bn"]),
    st.text(alphabet="0123456789.,-$k ", max_size=6),
), max_size=14).map("".join)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(NUMBERS)
def test_counts_in_digits_read_first_character_first_in_random_text(text: str) -> None:
    """Random runs of digits, separators, signs, scale words, units and glued letters (and Unicode digits and
    case-folding letters): DIGIT_NUM finds the spans of its plain spelling."""
    digit_spans_agree(text)


def test_counts_in_digits_read_first_character_first_on_the_corpus() -> None:
    """Every seed and tuning-cluster sentence: DIGIT_NUM finds the spans of its plain spelling."""
    for sentence in corpus_sentences():
        digit_spans_agree(sentence)


def article_spans_agree(text: str) -> None:
    for pattern, body in ((pt.ARTICLE, pt.ARTICLE_BODY), (pt.ARTICLE_OR_ONE, pt.ARTICLE_OR_ONE_BODY)):
        plain = re.compile(body, re.I)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], text


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "A", "an", "AN", "aN", "ana", "ba", "_a", "1a", "á", "ª", "ſ", "K", " ", "\t",
                                 "\n", "\xa0", "\u2003", ".", "-", "n", "N", "x", "one", "ONE", "oNe", "on", "ones",
                                 "o", "O", "e", "E", "ó"]), max_size=12).map("".join))
def test_article_spelled_from_its_first_letter_finds_what_its_body_finds(text: str) -> None:
    """Random runs of "a", "an", "one", their cases, glued letters, digits, look-alike letters and odd spaces:
    ARTICLE and ARTICLE_OR_ONE find the spans of their plain spellings under re.I."""
    article_spans_agree(text)


def test_article_spelled_from_its_first_letter_on_the_corpus() -> None:
    """Every seed and tuning-cluster sentence, and every character around "a", "an" and "one": ARTICLE and
    ARTICLE_OR_ONE find the spans of their plain spellings."""
    for sentence in corpus_sentences():
        article_spans_agree(sentence)
    for code in range(0x3000):
        c = chr(code)
        article_spans_agree(f"{c}a x {c}n {c}an {c} one{c}o{c}ne {c}")
