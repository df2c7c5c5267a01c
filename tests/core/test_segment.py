"""Sentence segmentation: offsets, abbreviations, quotes, paragraphs."""

from __future__ import annotations

from pathlib import Path

import pytest
import syntok.segmenter as syntok_segmenter
from hypothesis import example, given, settings
from hypothesis import strategies as st

from reportdiff.core import segment as segment_module
from reportdiff.core.load import load_article, split_paragraphs
from reportdiff.core.segment import Span, segment


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title syntok does not list, before the speaker's name (review s25, finding 3)
        (
            '"Two men showed up with guns," said Sgt. Dale Horner, a homicide investigator. The street was closed.',
            [
                '"Two men showed up with guns," said Sgt. Dale Horner, a homicide investigator.',
                "The street was closed.",
            ],
        ),
        (
            "Police Lt. Ana Ruiz of the gang unit and Gov. Ed Marsh spoke.",
            ["Police Lt. Ana Ruiz of the gang unit and Gov. Ed Marsh spoke."],
        ),
        (
            "“We have no idea,” the Rev. Paul Kern said. Const. Tim Rowe told reporters.",
            ["“We have no idea,” the Rev. Paul Kern said.", "Const. Tim Rowe told reporters."],
        ),
        # a title syntok lists, before a name whose first token is one of its sentence starters ("La", "De")
        (
            "The jury left. Mr. LaSalle, 38, was still in hospital.",
            ["The jury left.", "Mr. LaSalle, 38, was still in hospital."],
        ),
        # a suffix or a street still ends a sentence; a title before a word in lower case was never split
        ("He met John Dow Jr. The talks failed.", ["He met John Dow Jr.", "The talks failed."]),
        ("They live on Main St. The house burned.", ["They live on Main St.", "The house burned."]),
        # "Dr." for Drive before a sentence starter stays an end; a name particle after a title opens a name
        ("They live on Elm Dr. The house burned.", ["They live on Elm Dr.", "The house burned."]),
        ("Call Sgt. La Croix at the station.", ["Call Sgt. La Croix at the station."]),
    ],
)
def test_a_title_before_a_name_ends_no_sentence(text: str, expected: list[str]) -> None:
    """An abbreviated title (Sgt., Lt., Gov., Rev., Const., Mr.) stands before a name: never a sentence end."""
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


# -- Same sentences as before issue 12 (syntok on each paragraph, no cache) ----------------------------------------

REPO = Path(__file__).resolve().parents[2]
CLUSTERS = REPO.parent / "shared" / "eval" / "news-clusters"


def reference_segment(text: str, paragraphs: list[tuple[int, int]]) -> list[Span]:
    """segment.segment as it was: syntok over every paragraph, every time (and the titles' sentences joined)."""
    spans: list[Span] = []
    for number, (p_start, p_end) in enumerate(paragraphs):
        chunk = text[p_start:p_end]
        pieces: list[tuple[int, int]] = []
        for paragraph in syntok_segmenter.analyze(chunk):
            for sentence in paragraph:
                tokens = [t for t in sentence if t.value]
                if not tokens:
                    continue
                start = tokens[0].offset
                end = tokens[-1].offset + len(tokens[-1].value)
                pieces.extend(segment_module._cut_long(chunk, start, end))
        if not pieces and chunk.strip():
            pieces.append((0, len(chunk)))
        # titles before names and datelines joined again, glued sentences cut, as segment does after syntok
        spans.extend(
            Span(p_start + s, p_start + e, number) for s, e in segment_module.after_syntok(chunk, tuple(pieces))
        )
    return segment_module._fix_gaps(text, spans)


def article_files() -> list[Path]:
    files = sorted((REPO / "seeds").glob("*.txt"))
    if CLUSTERS.is_dir():
        files += sorted(CLUSTERS.glob("gva_*/article_*.txt"))
    return files


def test_same_sentences_as_before_on_seeds_and_clusters() -> None:
    """Every seed and cluster article (when the data is there), segmented twice (the second from the cache):
    the spans of the uncached syntok pass, span for span."""
    for path in article_files():
        article = load_article(path)
        expected = reference_segment(article.text, list(article.paragraphs))
        assert segment(article.text, article.paragraphs) == expected, path
        assert segment(article.text, article.paragraphs) == expected, path


TEXT = st.lists(
    st.one_of(st.sampled_from(["U.S.", "Gen.", "said.", "“We", "fight.”", "(AP)", "—", "25", "\n", "\n\n", "?"]),
              st.text(max_size=10)),
    max_size=50,
).map(" ".join)  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(TEXT)
def test_same_sentences_as_before_on_random_text(text: str) -> None:
    """Arbitrary text with abbreviations, quotes and breaks: the same spans as the uncached pass."""
    paragraphs = split_paragraphs(text)
    assert segment(text, paragraphs) == reference_segment(text, paragraphs)


def count_syntok_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The chunks handed to syntok from now on (the list fills as the test segments)."""
    calls: list[str] = []
    analyze = syntok_segmenter.analyze

    def counting(chunk: str):  # type: ignore[no-untyped-def]
        calls.append(chunk)
        return analyze(chunk)

    monkeypatch.setattr(syntok_segmenter, "analyze", counting)
    return calls


def test_a_paragraph_seen_before_is_not_segmented_again(monkeypatch: pytest.MonkeyPatch) -> None:
    """A paragraph repeated (a wire copy, a re-comparison) reaches syntok once; its offsets follow its position."""
    calls = count_syntok_calls(monkeypatch)
    para = "Rebels seized Idlib on Tuesday, the U.S. said. The army withdrew (officials said)."
    segment_module._paragraph_sentences.cache_clear()
    segment(para, split_paragraphs(para))
    once = len(calls)
    assert once >= 1
    calls.clear()
    segment_module._paragraph_sentences.cache_clear()
    text = f"{para}\n\nA new paragraph.\n\n{para}"
    spans = segment(text, split_paragraphs(text))
    assert len(calls) == once  # the repeat comes from the cache; "A new paragraph." needs no syntok
    assert [text[s.start : s.end] for s in spans] == [
        "Rebels seized Idlib on Tuesday, the U.S. said.", "The army withdrew (officials said).", "A new paragraph.",
        "Rebels seized Idlib on Tuesday, the U.S. said.", "The army withdrew (officials said).",
    ]  # fmt: skip
    assert [s.paragraph for s in spans] == [0, 0, 1, 2, 2]


# -- Condensed paragraphs: syntok given the text around terminals and brackets only gives the same sentences --------

LONG_WORDS = st.sampled_from("the army said rebels seized city on tuesday and officials were killed in attack".split())
LONG_MARKS = st.sampled_from([
    "The", "However", "It", "A", "I", "II", "IV", "Smith", "Jan", "Dr", "Mr", "No", "St", "Mo", "Sept", "Idlib", ".",
    "?", "!", ";", "...", "?!", "。", "！", "(AP)", "(", ")", "[", "]", "“", "”", "’", '"', "'", "—", "-", ",", ":",
    "Dr.", "Gen.", "U.S.", "No.", "no.", "Jan.", "Sept.", "e.g.", "etc.", "a.", "A.", "I.", "II.", "iv.", "3.5", "1.",
    "25.", "2015.", "killed.", "killed.”", 'said."', "end.)", "(see", "below)", "(It", "was.)", "…", "‼", "\u200b",
    "12", "345", "3a", "Abc1", "\x1d", "\t", "\n", "\xa0", "\u2003",
])  # fmt: skip
# Mostly plain words, so that most paragraphs are long enough to be condensed, with every kind of place syntok
# decides at between them.
LONG_TEXT = st.lists(st.one_of(LONG_WORDS, LONG_WORDS, LONG_WORDS, LONG_WORDS, LONG_WORDS, LONG_MARKS),
                     min_size=10, max_size=150).map(" ".join)  # fmt: skip


def syntok_pieces(chunk: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of syntok's sentences over the whole paragraph, long ones cut, as before condensing."""
    pieces: list[tuple[int, int]] = []
    for paragraph in syntok_segmenter.analyze(chunk):
        for sentence in paragraph:
            tokens = [t for t in sentence if t.value]
            if tokens:
                end = tokens[-1].offset + len(tokens[-1].value)
                pieces.extend(segment_module._cut_long(chunk, tokens[0].offset, end))
    if not pieces and chunk.strip():
        pieces.append((0, len(chunk)))
    return tuple(pieces)


@settings(max_examples=600, deadline=None)
@given(LONG_TEXT)
def test_condensed_paragraph_gives_syntoks_sentences(chunk: str) -> None:
    """Long paragraphs of words with terminals, abbreviations, initials, brackets, quotes and odd spaces: the
    sentences of the condensed paragraph are syntok's on the whole of it."""
    assert segment_module._split(chunk) == syntok_pieces(chunk)


def test_condensing_cuts_plain_runs() -> None:
    """A paragraph of long sentences reaches syntok at a fraction of its length, and with the same sentences;
    text holding syntok's paragraph breaks or characters it does not read as spaces is left whole."""
    words = "rebels seized the northern city after days of fighting with government forces and allied militias"
    chunk = " ".join(f"{words.capitalize()} {k} said." for k in range(30))
    condensed, starts, _ = segment_module._condensed(chunk)
    assert len(condensed) * 3 < len(chunk)
    assert starts
    assert segment_module._split(chunk) == syntok_pieces(chunk)
    for odd in ("\n\n", "\n \n", "\x1d"):
        assert segment_module._condensed(chunk.replace(" 5 ", f" 5{odd}"))[1] == []


def test_chunks_are_syntoks_chunks() -> None:
    """re's `[^\\s\\u200b]+` splits text where syntok's tokenizer (the regex module) does, for every character but
    the four re alone calls spaces (\\x1c-\\x1f), which keep a paragraph from being condensed."""
    from syntok.tokenizer import Tokenizer

    differ = []
    for code in range(0x110000):
        if 0xD800 <= code <= 0xDFFF:
            continue
        c = chr(code)
        if bool(segment_module._CHUNK.fullmatch(c)) != bool(Tokenizer._spaces.fullmatch(c)):
            differ.append(code)
    assert differ == [0x1C, 0x1D, 0x1E, 0x1F]
    assert all(segment_module._NOT_CONDENSABLE.search(chr(code)) for code in differ)


def test_condensed_synthetic_long_articles() -> None:
    """Long generated articles (ordinary sentences, figures, abbreviations, quotes, brackets): the same spans as the
    uncached, uncondensed pass."""
    import random

    rng = random.Random(12)
    vocab = (
        "the army said rebels seized city on tuesday and officials were killed in attack at least 25 people "
        "Gen. Smith U.S. forces (AP) “we will fight,” he said 3.5 million dollars Jan. 5 No. 2"
    ).split(" ")
    paragraphs = []
    for _ in range(300):
        sentences_ = []
        for _ in range(rng.randint(1, 6)):
            words = [rng.choice(vocab) for _ in range(rng.randint(5, 40))]
            sentences_.append(" ".join(words).capitalize() + rng.choice([".", ".", "?", "!", ".”", ";"]))
        paragraphs.append(" ".join(sentences_))
    text = "\n\n".join(paragraphs)
    split = split_paragraphs(text)
    segment_module._paragraph_sentences.cache_clear()
    assert segment(text, split) == reference_segment(text, split)


# -- Sure ends: pieces between places where syntok surely ends a sentence need no syntok when nothing inside them
# -- can end one; the sentences are still syntok's on the whole paragraph ------------------------------------------

SURE_CORES = st.sampled_from([
    "the", "army", "said", "killed", "The", "Idlib", "Smith", "However", "USA", "NATO", "II", "IV", "XX", "Jan",
    "Jän", "Mär", "Sept", "May", "may", "Dr", "St", "Co", "de", "etc", "no", "No", "NO", "A1", "B2", "iPhone",
    "McDonald", "Ⅻ", "A", "I", "x", "25", "2015", "1,000", "10,000", "3.5", "5", "e.g", "U.S", "ÉTÉ", "Ça",
])  # fmt: skip
SURE_ENDINGS = st.sampled_from([
    "", "", "", "", ".", ".", "?", "!", ";", ".”", '."', ".'", "?’", "...", "…", ".)", ".\u200b", "。", ",", "-", "'s",
    ".Yz",
])  # fmt: skip
SURE_CHUNKS = st.builds(
    lambda pre, core, post: pre + core + post,
    st.sampled_from(["", "", "", "", '"', "'", "“", "‘", "(", "["]),
    SURE_CORES,
    SURE_ENDINGS,
)
SURE_GAPS = st.sampled_from([" ", " ", " ", " ", "  ", "\n", "\t", "\xa0", "\u2003", "\u200b"])
SURE_TEXT = st.lists(st.tuples(SURE_GAPS, SURE_CHUNKS), min_size=1, max_size=120).map(
    lambda parts: "".join(gap + chunk for gap, chunk in parts).strip(" ")
)


@settings(max_examples=1500, deadline=None)
@given(SURE_TEXT)
def test_sure_ends_give_syntoks_sentences(chunk: str) -> None:
    """Paragraphs of words ending in every terminal, quote, bracket, abbreviation, numeral, month, initial and odd
    space: the sentences found with sure ends are syntok's on the whole paragraph."""
    assert segment_module._split(chunk) == syntok_pieces(chunk)


@settings(max_examples=300, deadline=None)
@given(SURE_TEXT, st.integers(min_value=1, max_value=8))
def test_a_word_out_of_the_look_back_is_left_to_syntok(chunk: str, reach: int) -> None:
    """With the look back for the word before a terminal cut to a few characters, longer words are left to syntok,
    and the sentences are still syntok's on the whole paragraph."""
    before = segment_module.SURE_WORD_CHARS
    segment_module.SURE_WORD_CHARS = reach
    try:
        assert segment_module._split(chunk) == syntok_pieces(chunk)
    finally:
        segment_module.SURE_WORD_CHARS = before


def test_a_long_word_before_a_full_stop() -> None:
    """A word longer than the look back, then a full stop and a capital: syntok's two sentences."""
    word = "x" * (segment_module.SURE_WORD_CHARS + 10)
    text = f"The code was {word}. Then it changed."
    assert segment_module._split(text) == syntok_pieces(text)
    assert sentences(text) == [f"The code was {word}.", "Then it changed."]


def test_sure_ends_and_syntok_agree_on_articles(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every seed and cluster article and generated long articles: the same spans with sure ends as with every
    paragraph given to syntok."""
    texts = [load_article(path).text for path in article_files()]
    import random

    rng = random.Random(5)
    vocab = ("the army said rebels seized city on Tuesday and officials were killed in attack at least 25 people "
             "Gen. Smith U.S. forces (AP) “we will fight,” he said 3.5 million dollars Jan. 5 No. 2 NATO II. 2015. "
             "1,000. Dr. McDonald. iPhone.").split(" ")  # fmt: skip
    for _ in range(3):
        paragraphs = []
        for _ in range(200):
            words = [rng.choice(vocab) for _ in range(rng.randint(5, 200))]
            paragraphs.append(" ".join(w.capitalize() if rng.random() < 0.1 else w for w in words) + ".")
        texts.append("\n\n".join(paragraphs))
    for text in texts:
        split = split_paragraphs(text)
        segment_module._paragraph_sentences.cache_clear()
        fast = segment(text, split)
        monkeypatch.setattr(segment_module, "USE_SURE_ENDS", False)
        segment_module._paragraph_sentences.cache_clear()
        assert fast == segment(text, split)
        monkeypatch.setattr(segment_module, "USE_SURE_ENDS", True)
    segment_module._paragraph_sentences.cache_clear()


def test_plain_sentences_never_reach_syntok(monkeypatch: pytest.MonkeyPatch) -> None:
    """A paragraph of ordinary sentences (words, commas, closing quotes, numbers) is split without syntok; one with
    an abbreviation, an initial or a bracket still goes to it, for that piece only."""
    calls = count_syntok_calls(monkeypatch)
    segment_module._paragraph_sentences.cache_clear()
    plain = ('Rebels seized the city on Tuesday. "We will fight," the army said. The toll rose to 1,000. '
             'Officials said it was over?” Talks failed in 2015. NATO met')  # fmt: skip
    assert sentences(plain) == [
        "Rebels seized the city on Tuesday.", '"We will fight," the army said.', "The toll rose to 1,000.",
        "Officials said it was over?”", "Talks failed in 2015.", "NATO met",
    ]  # fmt: skip
    assert calls == []
    mixed = "Rebels seized the city. Gen. Smith said so. The army left (AP). Talks failed."
    assert sentences(mixed) == ["Rebels seized the city.", "Gen. Smith said so.", "The army left (AP).",
                                "Talks failed."]  # fmt: skip
    assert calls == [" Gen. Smith said so.", " The army left (AP). Talks failed."]


# Text for the scans below: few characters, so blank lines, separators and a terminal before a quote come up often.
_SCAN_TEXT = st.text(alphabet=st.sampled_from("a5 .!;\"'’\n\r\t\x0b\x1c\x1f\u2028\u00a0"), max_size=30)
_ENDINGS = st.sampled_from(["", "a.", "5!", "a.'", "a?”", "..", " .", "a.’ ", 'b;"', ".'", "a. '"])


@settings(max_examples=600, deadline=None)
@given(_SCAN_TEXT)
@example("a\n \nb")
@example("a\n\t\r\nb")
@example("x\x1ey")
def test_the_two_scans_are_the_alternation(text: str) -> None:
    """``_not_condensable`` (two scans) says what ``_NOT_CONDENSABLE.search`` (one alternation) says."""
    assert segment_module._not_condensable(text) == bool(segment_module._NOT_CONDENSABLE.search(text))


@settings(max_examples=600, deadline=None)
@given(_SCAN_TEXT, _ENDINGS, st.data())
def test_the_last_terminal_is_found_in_the_last_characters(text: str, ending: str, data: st.DataObject) -> None:
    """Searching only a piece's last characters finds the last terminal the search of the whole piece finds."""
    text += ending
    last = data.draw(st.integers(0, len(text)) | st.just(len(text)))
    start = data.draw(st.integers(0, last))
    whole = segment_module._LAST_TERMINAL.search(text, start, last)
    assert segment_module._last_terminal(text, start, last) == (whole.start() if whole else last)
