"""The guards are tested on examples read from the guarded patterns' own text (regex_samples.py): a word added to
a pattern without its guard fails here, whatever hand-picked examples the other tests hold."""

from __future__ import annotations

import functools
import re

import pytest
from regex_samples import matching, samples  # tests/core/regex_samples.py
from test_figures_guards import SKIP_HINT_SPEC, check_guards  # tests/core/test_figures_guards.py

from reportdiff.core import quote_marks, quotes
from reportdiff.core.figures import guards as guards_module
from reportdiff.core.figures import hedges as hedges_module
from reportdiff.core.figures import needs
from reportdiff.core.figures import patterns as pt

GUARDED = [*pt.WORD_NEEDS, *pt.HINTS, *pt.WORD_OR_HINT]
NAMES = {id(v): k for k, v in vars(pt).items() if isinstance(v, re.Pattern)}
EVERY_PATTERN = sorted({id(v): v for v in vars(pt).values() if isinstance(v, re.Pattern)}.values(),
                       key=lambda p: NAMES[id(p)])  # fmt: skip


@functools.cache
def role_texts() -> list[str]:
    """Examples of the role verbs, which many figure patterns read around."""
    return [t for p in (pt.ROLE_BEFORE, pt.ROLE_AFTER) for t in matching(p)]


def words_of(text: str) -> frozenset[str] | None:
    return frozenset(guards_module._WORD.findall(text.lower())) if text.isascii() else None


def test_samples_cover_every_word_of_an_alternation() -> None:
    """Every word of an alternation, every class character and both sides of an optional part are examples, each
    matching the pattern, in lower, upper and title case."""
    pattern = re.compile(r"\b(?:zone|dist(?:rict)?|apt\.?)\s?[#№]?\d+", re.I)
    got = samples(pattern)
    assert all(pattern.fullmatch(g) for g in got), got
    for word in (r"zone", r"district", r"dist(?!rict)", r"apt\.", r"apt(?!\.)"):
        assert any(re.match(word, g, re.I) for g in got), (word, got)
    for mark in ("#", "№", " "):
        assert any(mark in g for g in got) and any(mark not in g for g in got), mark
    assert "ZONE #5" in got and "Zone #5" in got


@pytest.mark.parametrize("pattern", GUARDED, ids=lambda p: NAMES[id(p)])
def test_guards_let_through_every_example_of_their_pattern(pattern: re.Pattern[str]) -> None:
    """Each guarded pattern's own examples (every alternative, in lower, upper and title case, in a few contexts),
    each of which it matches: its guard lets the scan run."""
    texts = matching(pattern)
    assert len(texts) >= len(samples(pattern)) // 2, "most examples should match their own pattern"
    for text in texts:
        assert guards_module.may_match(pattern, text, words_of(text)), (NAMES[id(pattern)], text)
    for text in texts[:: max(1, len(texts) // 200)]:  # and a spread of them against every other guard
        check_guards(text)


def test_a_pattern_word_left_out_of_its_guard_is_caught() -> None:
    """A label added to the noise scan ("bay 5") but not to SKIP_WORDS: its examples make the guard hide a match."""
    grown = re.compile(pt.SKIP_BODY.replace(r"\b(?:zone|", r"\b(?:bay|zone|"), re.I)
    assert grown.pattern != pt.SKIP_BODY
    hidden = [t for t in matching(grown) if t.isascii() and words_of(t) is not None
              and words_of(t).isdisjoint(pt.SKIP_WORDS) and not pt.SKIP_HINT.search(t)]  # type: ignore[union-attr]
    assert any("bay" in t.lower() for t in hidden)


@pytest.mark.parametrize("pattern", EVERY_PATTERN, ids=lambda p: NAMES[id(p)])
def test_derived_text_is_in_every_example_the_pattern_matches(pattern: re.Pattern[str]) -> None:
    """For every figure pattern, what needs.py derives it requires is in every ASCII example it matches (its own
    examples in context, and examples of the guarded patterns)."""
    required = needs.required_text(pattern)
    if required is None:
        return
    for text in matching(pattern) + role_texts():
        if text.isascii() and pattern.search(text):
            assert needs.may_hold(required, text.lower()), (NAMES[id(pattern)], text, sorted(required))


def test_role_guards_are_derived_from_the_role_patterns() -> None:
    """The role guards are what needs.py reads from ROLE_BEFORE and ROLE_AFTER, and hold each role word."""
    assert needs.required_text(pt.ROLE_BEFORE) == pt.ROLE_BEFORE_NEEDS
    assert needs.required_text(pt.ROLE_AFTER) == pt.ROLE_AFTER_NEEDS
    for word in ("killing", "wounded", "death toll", "arrested", "displacing"):
        assert needs.may_hold(pt.ROLE_BEFORE_NEEDS, word), word
    assert not needs.may_hold(pt.ROLE_BEFORE_NEEDS, "the council met on tuesday.")
    for word in ("were killed", "died", "in critical condition", "taken into custody", "unaccounted for"):
        assert needs.may_hold(pt.ROLE_AFTER_NEEDS, word), word
    assert not needs.may_hold(pt.ROLE_AFTER_NEEDS, "the council met on tuesday.")


def test_a_role_word_added_to_the_pattern_is_guarded_in() -> None:
    """A new casualty verb in ROLE_BEFORE ("slaying") is in what needs.py derives, with no list to update."""
    grown = re.compile(pt.ROLE_BEFORE.pattern.replace("(?P<k>", "(?P<k>slaying|"), pt.ROLE_BEFORE.flags)
    assert grown.search("the slaying 3")
    assert needs.may_hold(needs.required_text(grown), "the slaying 3")
    assert not needs.may_hold(pt.ROLE_BEFORE_NEEDS, "the slaying 3")


def test_required_text_reads_what_it_can_and_says_nothing_otherwise() -> None:
    """Literal runs, alternations and repeats give their text; a part that may be empty or any character gives
    none; an unknown tree gives None (then the pattern is always scanned)."""
    assert needs.required_text(re.compile(r"\bkill(?:ed|ing)\b")) == {"kill"}
    assert needs.required_text(re.compile(r"(?:shot|dead)\s+nowhere", re.I)) == {"nowhere"}
    assert needs.required_text(re.compile(r"(?:shot|dead)\s+(?:a|b)")) == {"shot", "dead"}
    assert needs.required_text(re.compile(r"(?:abc)?\d+")) is None
    assert needs.required_text(re.compile(r"x|\d")) is None
    assert needs.required_text(re.compile(r"ſix")) == {"ix"}  # a non-ASCII letter matches "s" under re.I: not kept
    assert needs.required_text(re.compile(r"(?:killing|kill)s")) == {"kill"}  # "killing" holds "kill": one test
    assert needs.may_hold(None, "anything")
    assert needs.required_text(re.compile(r"[$€£]\d")) == {"$"}  # ASCII text can hold only the dollar sign
    assert needs.required_text(re.compile(r"[€£]\d")) == frozenset()  # no ASCII text matches
    assert not needs.may_hold(frozenset(), "25 euros")
    assert needs.required_text(re.compile(r"[ſx]\d", re.I)) is None  # "ſ" folds onto "s": the class says nothing


@pytest.mark.parametrize("pattern", [pt.WORD_NUM, pt.VAGUE_NUM], ids=["WORD_NUM", "VAGUE_NUM"])
def test_first_letter_lookaheads_keep_every_example_of_the_body(pattern: re.Pattern[str]) -> None:
    """Every example of a worded-number body (each number word, in every case): the pattern with the first-letter
    lookahead finds the same spans as the body alone."""
    body = pt.WORD_NUM_BODY if pattern is pt.WORD_NUM else pt.VAGUE_NUM_BODY
    plain = re.compile(body, pattern.flags)
    for text in matching(plain):
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_regrouped_noise_scan_on_every_example_of_its_alternatives() -> None:
    """Every example of every noise alternative: SKIP (grouped by first character) finds the spans SKIP_BODY does."""
    plain = re.compile(pt.SKIP_BODY, re.I)
    for text in matching(plain):
        assert [m.span() for m in pt.SKIP.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_noise_hint_on_every_example_of_both_spellings() -> None:
    """Examples of SKIP_HINT and of its plain spelling: found by one exactly where found by the other."""
    for text in matching(SKIP_HINT_SPEC) + matching(pt.SKIP_HINT):
        assert (pt.SKIP_HINT.search(text) is not None) == (SKIP_HINT_SPEC.search(text) is not None), text


def test_hedge_lookup_on_every_hedge_of_the_pattern(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every hedge QUALIFIER_BEFORE reads, in every case and context, before a count: the lookup finds what the scan
    finds."""
    for text in matching(pt.QUALIFIER_BEFORE, [f"{s}25" for s in samples(pt.QUALIFIER_BEFORE)]):
        start = text.rindex("25")
        fast = hedges_module.qualifier_at(text, start, 0)
        with monkeypatch.context() as patch:
            patch.setattr(guards_module, "USE_GUARDS", False)
            assert hedges_module.qualifier_at(text, start, 0) == fast, text
        assert fast[0] or not text.isascii(), text


def test_every_quote_mark_is_read() -> None:
    """Every character the quotation scan looks for (quote_marks.MARK_RE, read from its families) opens and closes a
    quotation with the other mark of its family: no mark is scanned that never quotes."""
    texts = sorted({t for t in samples(quote_marks.MARK_RE) if len(t) == 1})
    assert texts == sorted(quote_marks.FAMILY)
    closing = {"“": "”", "”": "”", "«": "»", "»": "»", '"': '"', "‘": "’", "’": "’", "'": "'"}
    opening = {"”": "“", "»": "«", "’": "‘"}
    for mark in texts:
        sentence = f"He said {opening.get(mark, mark)}we will win today{closing[mark]} and left."
        assert [q.text for q in quotes.find_quotes(sentence)] == ["we will win today"], mark
