"""The figure patterns' guards and regrouped noise scan change nothing: the same matches, the same figures."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportdiff.core.figures import find_figures, needs
from reportdiff.core.figures import guards as guards_module
from reportdiff.core.figures import hedges as hedges_module
from reportdiff.core.figures import lexicon as lx
from reportdiff.core.figures import nouns as nouns_module
from reportdiff.core.figures import passes as passes_module
from reportdiff.core.figures import patterns as pt
from reportdiff.core.figures import scan as scan_module
from reportdiff.core.load import load_article
from reportdiff.core.segment import segment

REPO = Path(__file__).resolve().parents[2]
CLUSTERS = REPO.parent / "shared" / "eval" / "news-clusters"
TUNING_MAX_ID = 600_000  # clusters at or above are held out: read only for reports


def corpus_sentences() -> list[str]:
    """Every sentence of the seeds and of the tuning clusters (when the data is there)."""
    files = sorted((REPO / "seeds").glob("*.txt"))
    if CLUSTERS.is_dir():
        files += [p for p in sorted(CLUSTERS.glob("*/article_*.txt"))
                  if int(re.sub(r"\D", "", p.parent.name) or 0) < TUNING_MAX_ID]  # fmt: skip
    out = []
    for path in files:
        article = load_article(path)
        out += [article.text[s.start : s.end] for s in segment(article.text, article.paragraphs)]
    return out


# Words and marks the guarded patterns look for, their near misses, and characters re.I folds onto ASCII letters.
PIECES = st.sampled_from([
    "one", "two", "twenty-five", "a", "an", "several", "a few", "hundred", "thousand", "dozen", "dozens", "hundreds",
    "tens of thousands", "scores", "year-old", "25-year-old", "aged", "ages", "age", "old", "olds", "the gunman,",
    "Smith,", "24,", ",", "fourth of July", "Jan.", "March", "midnight", "noon", "triple shooting", "half a dozen",
    "www.x.org", "http://a.b", "a@b.co", "1/2", "½", "24/7", "(713) 222-8477", "#5", "AK-47", "Glock 19", "No. 3",
    "Room 12", "Highway 59", "call 911", "KHOU 11 News", "people", "killed", "were", "ſeven", "ſix", "Kelvin K", "ı",
    "sıx", "é", "10", "3.5", "1,200", "-", "–", ".", "\n",
    # the date and time hints: months in their cases, a.m./p.m., colons, o'clock
    "Sept.", "Sep", "MAY", "may", "May", "june", "December", "a.m.", "P.M", "pm", "am", "AM", "10:30", "3:", ":",
    "o'clock", "O’CLOCK", "oclock", "2023",
    # decades, addresses, roads, ages after a comma
    "1990s", "1980’s", "1970'S", "1200 block", "Graceland Ave", "Main St.", "Street", "I-45", "U.S. 59", "Route 9",
    "SR", "Number", "Jones,", "45 and 52,", ", 7",
    # casualty words read before a count (ROLE_BEFORE), in their cases
    "killing", "KILLS", "death toll", "shooting of", "claimed the lives of", "wounding", "Injured", "hurt", "arrests",
    "detained", "displacing", "number of dead", "murder of", "casualty toll", "shot dead", "unkilled",
    # what narrows a toll (SCOPE)
    "since", "Since Nov. 27", "since 2011", "this year", "THIS WEEK", "so far this year", "last month", "lastly",
    # scores and ISO dates, with their dashes
    "3-1", "45 – 21", "45 - 21", "2026-03-12", "1999-12-31", "won 2-1",
    # calibres: their unit or the arm after them
    ".45-caliber", ".45 - caliber", "a. 357 revolver", ".38 Special", "22 cal.", "45 Calibre", "9 semi-automatic",
    "45 semiautomatic", "30 guns", "22 gun_", "12 RIFLE", "357 Magnum", "45 ACP", "45 auto", "45 automatically",
])  # fmt: skip
SENTENCE = st.lists(st.one_of(PIECES, st.text(max_size=5)), max_size=30).map(" ".join)


def guarded_patterns() -> list[re.Pattern[str]]:
    return [*pt.WORD_NEEDS, *pt.HINTS, *pt.WORD_OR_HINT]


def check_guards(sentence: str) -> None:
    words = frozenset(guards_module._WORD.findall(sentence.lower())) if sentence.isascii() else None
    for pattern in guarded_patterns():
        if pattern.search(sentence):
            assert guards_module.may_match(pattern, sentence, words), (pattern.pattern[:60], sentence)


def check_role_stems(sentence: str) -> None:
    """Wherever a role verb pattern matches in any stretch of an ASCII sentence, the sentence holds the text the
    pattern's guard needs."""
    if not sentence.isascii():
        return
    low = sentence.lower()
    for pattern, required in ((pt.ROLE_BEFORE, pt.ROLE_BEFORE_NEEDS), (pt.ROLE_AFTER, pt.ROLE_AFTER_NEEDS)):
        for start in range(len(sentence)):
            if pattern.search(sentence, start) or pattern.match(sentence, start) or pattern.search(sentence[start:]):
                assert needs.may_hold(required, low), sentence
                break


def test_role_stems_on_the_corpus() -> None:
    """Every seed and tuning-cluster sentence: a casualty word read before or after a count holds its guard's text."""
    for sentence in corpus_sentences():
        for pattern, required in ((pt.ROLE_BEFORE, pt.ROLE_BEFORE_NEEDS), (pt.ROLE_AFTER, pt.ROLE_AFTER_NEEDS)):
            if sentence.isascii() and pattern.search(sentence):
                assert needs.may_hold(required, sentence.lower()), sentence


@settings(max_examples=400, deadline=None)
@given(SENTENCE)
def test_role_stems_in_random_text(sentence: str) -> None:
    """Random text with casualty words in every case, cut anywhere: a match means a stem is there."""
    check_role_stems(sentence)


def test_guards_by_identity_are_the_guard_tables() -> None:
    """The guards find_figures reads by pattern identity are exactly patterns.WORD_NEEDS and HINTS, and a pattern
    with no guard (or an equal pattern compiled apart) is never skipped."""
    expected = {id(p): (pt.WORD_NEEDS.get(p), pt.HINTS.get(p), pt.WORD_OR_HINT.get(p)) for p in guarded_patterns()}
    assert expected == guards_module.GUARDS
    assert guards_module.may_match(pt.DIGIT_NUM, "no digits", frozenset({"no", "digits"}))
    assert not guards_module.may_match(pt.WORD_NUM, "no digits", frozenset({"no", "digits"}))
    assert guards_module.may_match(re.compile(pt.WORD_NUM.pattern, pt.WORD_NUM.flags), "x", frozenset({"x"}))


def test_guards_never_hide_a_match_in_the_corpus() -> None:
    """Every seed and tuning-cluster sentence a guarded pattern matches passes that pattern's guard."""
    for sentence in corpus_sentences():
        check_guards(sentence)


@settings(max_examples=400, deadline=None)
@given(SENTENCE)
def test_guards_never_hide_a_match_in_random_text(sentence: str) -> None:
    """Random text built from the guarded words, their near misses and case-folding letters: no match hidden."""
    check_guards(sentence)


def test_guards_do_skip() -> None:
    """A sentence without any age word or number word is not scanned for ages or worded numbers."""
    sentence = "The council met on Tuesday in the old town hall."
    words = frozenset(guards_module._WORD.findall(sentence.lower()))
    assert not guards_module.may_match(pt.WORD_NUM, sentence, words)
    assert guards_module.may_match(pt.AGE, sentence, words)  # "old" is there
    assert not guards_module.may_match(pt.PERSON_AGE, sentence, words)


def figures_both_ways(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    guarded = find_figures(sentence)
    with monkeypatch.context() as patch:
        patch.setattr(guards_module, "USE_GUARDS", False)
        assert find_figures(sentence) == guarded, sentence


def test_same_figures_with_and_without_guards_on_the_corpus(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every seed and tuning-cluster sentence: the same figures whether the guards skip scans or not."""
    for sentence in corpus_sentences():
        figures_both_ways(sentence, monkeypatch)


@settings(max_examples=300, deadline=None)
@given(SENTENCE)
def test_same_figures_with_and_without_guards_on_random_text(sentence: str) -> None:
    """Random text: the same figures whether the guards skip scans or not."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        figures_both_ways(sentence, monkeypatch)


NOISE = st.lists(st.sampled_from([
    "(713)", "713-222-TIPS", "(8477)", "555-1234", "1-800-222-8477", "KHOU", "11", "News", "call", "text", "TIP411",
    "to", "274637", "21st", "AK-47", "COVID-19", "L2", "24/7", "9/11", "7/4/2016", "1.2.3", "#5", "1990's",
    "10:35PMEDT", "Photo", "3", "of", "12", "photos", "Zone", "Apt.", "No.", "number", "911", "Fox", "CBS", "WRCB-TV",
    "Glock", "19", "Sig", "Sauer", "iPhone", "ſms", "the", ",", ".", "(", ")", "#", "-", "1", "800", "ab12cd", "_3",
    "é5", "٣", "hotline", "at", "888", " ", "", "AK", "MiG", "B", "A", "MAY", "AT", "guns", "s",
]), max_size=14).map("".join)  # fmt: skip


@settings(max_examples=600, deadline=None)
@given(st.one_of(NOISE, NOISE.map(lambda s: s.replace("", " ").strip())))
def test_regrouped_noise_scan_finds_the_same_spans(text: str) -> None:
    """SKIP (alternatives grouped by first character) finds exactly the spans of SKIP_BODY as one alternation."""
    plain = re.compile(pt.SKIP_BODY, re.I)
    assert [m.span() for m in pt.SKIP.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=600, deadline=None)
@given(st.one_of(NOISE, NOISE.map(lambda s: s.replace("", " ").strip()), SENTENCE))
def test_noise_guard_never_hides_a_match(text: str) -> None:
    """Noise of every kind, spaced and glued, and random sentences: where SKIP matches, its guard lets it scan."""
    check_guards(text)
    check_guards(f"at least 25 people {text} 3")


def test_noise_guard_skips_counts_in_words_and_bare_numbers() -> None:
    """A sentence of bare numbers and plain words is not scanned for noise; a label, a call or a glued digit is."""
    def may(sentence: str) -> bool:
        words = frozenset(guards_module._WORD.findall(sentence.lower())) if sentence.isascii() else None
        return guards_module.may_match(pt.SKIP, sentence, words)

    assert not may("At least 25 people were killed and 1,200 injured in 3 towns, officials said.")
    assert not may("Assad's forces lost 25 tanks in 2015.")
    assert pt.SKIP.search("a S&W 9 pistol") and may("a S&W 9 pistol")
    assert pt.SKIP.search("a Smith & Wesson 9") and may("a Smith & Wesson 9")
    for noisy in ("Call 555-1234 now.", "Zone 5 was hit.", "the 21st victim", "an AK-47 rifle", "Photo 3 of 12",
                  "at 10:35PMEDT", "Fox 5 said 3", "call 911", "#5 in 2 races", "é 5"):  # fmt: skip
        assert may(noisy), noisy


def test_regrouped_noise_scan_on_the_corpus() -> None:
    """Every seed and tuning-cluster sentence: SKIP and SKIP_BODY find the same spans."""
    plain = re.compile(pt.SKIP_BODY, re.I)
    for sentence in corpus_sentences():
        assert [m.span() for m in pt.SKIP.finditer(sentence)] == [m.span() for m in plain.finditer(sentence)]


WORDED = st.lists(st.one_of(PIECES, st.sampled_from([
    "one", "ONE", "Seven", "ſeven", "ſix", "ſcores", "K", "Kelvin", "eleven", "twenty-one", "a hundred", "an", "a few",
    "several dozen", "two and a half", "tens of thousands", "hundreds of millions", "Millions", "ｏne", "zero",
]), st.text(max_size=4)), max_size=25).map(" ".join)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(WORDED)
def test_number_word_scans_with_their_first_letters_find_the_same_spans(text: str) -> None:
    """WORD_NUM and VAGUE_NUM (a lookahead for their words' first letters in front, folded by re.I as the words
    are, "ſ" and the Kelvin sign included) find what their bodies alone find."""
    for pattern, body in ((pt.WORD_NUM, pt.WORD_NUM_BODY), (pt.VAGUE_NUM, pt.VAGUE_NUM_BODY)):
        plain = re.compile(body, pattern.flags)
        assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_number_word_scans_on_the_corpus() -> None:
    """Every seed and tuning-cluster sentence: WORD_NUM and VAGUE_NUM find the spans of their bodies."""
    scans = [(p, re.compile(body, p.flags)) for p, body in ((pt.WORD_NUM, pt.WORD_NUM_BODY),
                                                           (pt.VAGUE_NUM, pt.VAGUE_NUM_BODY))]  # fmt: skip
    assert pt.WORD_NUM.pattern.startswith("(?=[") and pt.WORD_NUM.pattern.endswith(pt.WORD_NUM_BODY)
    for sentence in corpus_sentences():
        for pattern, plain in scans:
            assert [m.span() for m in pattern.finditer(sentence)] == [m.span() for m in plain.finditer(sentence)]


def test_digit_scan_from_its_first_character_finds_the_same_spans() -> None:
    """DIGIT_NUM (its first character read as a class, look-behinds one further back) finds what its plain spelling
    finds, with or without a lookahead for a digit or a point in front: corpus and odd text."""
    assert pt.DIGIT_NUM.pattern.startswith(r"[\d.](?:")
    plain = re.compile(pt.DIGIT_NUM_BODY, re.I)
    ahead = re.compile(rf"(?=[\d.])(?:{pt.DIGIT_NUM_BODY})", re.I)
    odd = ["$2.1bn and €10M", ".5 of 3,500.25", "10kg 25lbs 5k", "AK-47 1990s", "٣٤ people", "3-year 12.5.", "x.5"]
    for sentence in [*corpus_sentences(), *odd]:
        spans = [m.span() for m in pt.DIGIT_NUM.finditer(sentence)]
        assert spans == [m.span() for m in plain.finditer(sentence)] == [m.span() for m in ahead.finditer(sentence)]


def test_plain_sentence_takes_the_short_way_to_the_same_figure(monkeypatch: pytest.MonkeyPatch) -> None:
    """An ASCII sentence with no digit and no figure word runs only the noise and article passes and still finds
    "A man ... killed", as every pass does; a sentence with a digit runs them all."""
    ran: list[str] = []

    def recording(step):  # type: ignore[no-untyped-def]
        def run(scan: scan_module.Scan) -> None:
            ran.append(step.__name__)
            step(scan)

        return run

    monkeypatch.setattr(passes_module, "PASSES", tuple(map(recording, passes_module.PASSES)))
    monkeypatch.setattr(passes_module, "_PLAIN_PASSES", tuple(map(recording, passes_module._PLAIN_PASSES)))
    sentence = "A man was killed in the attack on Tuesday, officials said."
    short = find_figures(sentence)
    assert [(f.text, f.counts) for f in short] == [("A man", "men killed")]
    assert ran == ["skip_noise", "articles"]
    with monkeypatch.context() as patch:
        patch.setattr(guards_module, "USE_GUARDS", False)
        assert find_figures(sentence) == short
    ran.clear()
    find_figures("A man was killed on Route 9.")
    assert len(ran) == len(passes_module.PASSES)
    ran.clear()
    assert find_figures("A car was parked in a street of the town.") == []
    assert ran == []  # an article but no person noun: no pass runs


# Person nouns in their spellings and cases, glued to digits, "_", apostrophes, dots and dashes, and near misses.
PERSON_PIECES = st.sampled_from([
    "a", "an", "A", "one", "One", "man", "Man.", "MAN", "men", "man's", "men’s", "gunman", "Policemen.", "wife",
    "ex-wife", "police-officer", "officer-", "youths'", "baby", "babies", "deputy", "teen", "teens", "kid", "kids",
    "person", "persons", "people", "townspeople", "man5", "5man", "man_", "_man", "a_man", "U.S.", "Mr.", "car",
    "killed", "was", "were", "shot", "injured", "died", "dead", "17-year-old", "3 year old", "é", "ſ", ",", ".", "-",
])  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(st.lists(PERSON_PIECES, max_size=10).map(" ".join))
def test_person_noun_guard_hides_no_article_count(sentence: str) -> None:
    """The test for a person noun among the words keeps every "a man killed" count the article pass reads."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        figures_both_ways(sentence, monkeypatch)


@given(st.text(alphabet="abcdefghilmnoprstuwy'’.-", min_size=1, max_size=12))
def test_person_words_hold_every_person_noun(word: str) -> None:
    """A word canon_noun reads as a person noun holds a run of letters that is one of lexicon.PERSON_WORDS."""
    if lx.canon_noun(word) in lx.PERSON_CANON:
        assert not lx.PERSON_WORDS.isdisjoint(re.findall("[a-z]+", word.lower())), word


def consecutive_words(sentence: str, pos: int, count: int) -> list[tuple[int, int]]:
    """WORD_TOKEN matched again and again from ``pos``, as _noun_after read words before: each word's span."""
    spans = []
    for _ in range(count):
        m = pt.WORD_TOKEN.match(sentence, pos)
        if not m:
            break
        spans.append(m.span(1))
        pos = m.end()
    return spans


def check_word_tokens(sentence: str) -> None:
    for count in (1, 2, 4, 6):
        pattern = nouns_module._word_tokens(count)
        for pos in range(len(sentence) + 1):
            m = pattern.match(sentence, pos)
            assert m is not None
            got = [m.span(k) for k in range(1, count + 1) if m.group(k) is not None]
            assert got == consecutive_words(sentence, pos, count), (sentence, pos, count)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(PIECES, st.sampled_from(["25-year-old", "3 year old", "U.S.", "St.", "ex-wife", "it’s",
                                                   "  ", "\t", "dead."])), max_size=12).map(" ".join))  # fmt: skip
def test_words_read_at_once_are_the_words_read_one_by_one(sentence: str) -> None:
    """_word_tokens(n) gives, from any position, the spans of up to n words read one WORD_TOKEN match at a time."""
    check_word_tokens(sentence)


def test_words_read_at_once_on_the_seeds() -> None:
    """Every seed sentence, from every position: the same words read at once as one by one."""
    for path in sorted((REPO / "seeds").glob("*.txt")):
        article = load_article(path)
        for s in segment(article.text, article.paragraphs)[:40]:
            check_word_tokens(article.text[s.start : s.end])


def check_hedges(sentence: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """_qualifier_at with its guard gives what the scan alone gives, at every position and floor."""
    for start in range(len(sentence) + 1):
        for floor in (0, max(0, start - 7)):
            guarded = hedges_module.qualifier_at(sentence, start, floor)
            with monkeypatch.context() as patch:
                patch.setattr(guards_module, "USE_GUARDS", False)
                assert hedges_module.qualifier_at(sentence, start, floor) == guarded, (sentence, start, floor)


HEDGED = st.lists(st.one_of(PIECES, st.sampled_from([
    "at least", "AT LEAST", "at  least", "about", "approx.", "up to", "as many as", "no fewer than", "just shy of",
    "over", "under", "only", "some", "Some", "abouts", "least", "\n", "\t", "\xa0", "25", "three",
])), max_size=10).map(" ".join)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(HEDGED)
def test_hedge_guard_hides_nothing(sentence: str) -> None:
    """Random text with every hedge, in every case and spacing: the same hedge found with the guard as without."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        check_hedges(sentence, monkeypatch)


def test_hedge_guard_on_the_seeds(monkeypatch: pytest.MonkeyPatch) -> None:
    """Seed sentences, at every position: the same hedge with the guard as without."""
    for path in sorted((REPO / "seeds").glob("*.txt"))[:3]:
        article = load_article(path)
        for s in segment(article.text, article.paragraphs)[:30]:
            check_hedges(article.text[s.start : s.end], monkeypatch)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(alphabet=st.characters(max_codepoint=127)), SENTENCE.filter(str.isascii)))
def test_ascii_words_by_translation_are_the_regex_words(sentence: str) -> None:
    """In ASCII text, the words find_figures reads for its guards (non-word characters made spaces and capitals small
    letters, then split) are the lower-case words of \\w+: every ASCII character, odd controls included."""
    translated = frozenset(sentence.translate(guards_module.SPLIT_WORDS).split())
    assert translated == frozenset(guards_module._WORD.findall(sentence.lower()))


def test_ascii_words_on_the_corpus() -> None:
    """Every ASCII seed and tuning-cluster sentence, and all 128 ASCII characters: the same words both ways."""
    texts = [s for s in corpus_sentences() if s.isascii()] + ["".join(map(chr, range(128)))]
    for text in texts:
        split = frozenset(text.translate(guards_module.SPLIT_WORDS).split())
        assert split == frozenset(guards_module._WORD.findall(text.lower()))


# The noise hint as first written: one alternative per kind of glued noise. patterns.SKIP_HINT is written to start
# every match at a digit, "#", "K" or "W"; it must be found in exactly the texts where this is.
SKIP_HINT_SPEC = re.compile(
    r"\d[-.][\dA-Za-z]|\d[/:'A-Za-z]|[A-Za-z]-?\d|#\d|1[-.\s]\(?8|\d\s*(?:[oO][fF]|/)\s*\d|[KW][A-Z]{2}|[A-Z]\s\d"
    r"|[A-Z]\s[-–]\s\d"  # a model name with a spaced dash ("AK - 47", d509479)
)
HINT_PIECES = st.lists(st.sampled_from([
    "1", "8", "0", "5", "-", ".", "/", ":", "'", "#", " ", "  ", "\t", "(", "of", "OF", "oF", "a", "Z", "K", "W", "KW",
    "WX", "KHOU", "x", "é", "٣", "1-(8", "1 8", "3 of 12", "5/", "_", "AK", "A", "B ", " - ", " – ",
]), max_size=12).map("".join)  # fmt: skip


@settings(max_examples=1500, deadline=None)
@given(st.one_of(HINT_PIECES, NOISE, SENTENCE))
def test_noise_hint_found_where_its_plain_spelling_is(text: str) -> None:
    """SKIP_HINT (every match starting at a digit, "#", K or W) is found in exactly the texts its plain alternation
    is: glued digits, letters and marks, noise and random sentences."""
    assert (pt.SKIP_HINT.search(text) is not None) == (SKIP_HINT_SPEC.search(text) is not None), text


def test_noise_hint_on_the_corpus() -> None:
    """Every seed and tuning-cluster sentence: the noise hint is found where its plain spelling is."""
    for sentence in corpus_sentences():
        assert (pt.SKIP_HINT.search(sentence) is not None) == (SKIP_HINT_SPEC.search(sentence) is not None)


@pytest.mark.parametrize(
    "sentence",
    ["All 64 people on board flight 212 died when it crashed near Dunmore.", "The jet left from runway 27 at noon.",
     "Passengers on bus 42 were unhurt.", "The ship was moored at pier 9 when 3 crew fell ill."],
)  # fmt: skip
def test_a_vehicle_or_place_number_is_no_count(sentence: str) -> None:
    """"flight 212" names a flight: it was read as a toll, a false "64 vs 212 people killed" (review-s23 F10)."""
    values = [f.value for f in find_figures(sentence)]
    assert not {212.0, 27.0, 42.0, 9.0} & set(values), values
