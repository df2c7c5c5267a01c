"""sentence_features reads the same words, stems and kinds as ``tokenize`` (the Token-per-word reading it replaced)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportdiff.core import sentence_features as words
from reportdiff.core.load import load_article
from reportdiff.core.segment import segment
from reportdiff.core.sentence_features import SentenceFeatures, Token, sentence_features, tokenize

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def reference(text: str, ignore: tuple[int, int] | None = None) -> SentenceFeatures:
    """The replaced implementation, through Token objects; an attribution tail's words left out but its names
    (days excepted)."""
    tail = words.attribution_tail(text)

    def kept(t: Token) -> bool:
        raw = text[t.start : t.end]
        named = raw[0].isupper() and raw.lower() not in words._TAIL_DROPPED_NAMES
        return (ignore is None or not ignore[0] <= t.start < ignore[1]) and (tail is None or t.start < tail or named)

    tokens = [t for t in tokenize(text) if kept(t)]
    stems = [t.stem for t in tokens]
    content = frozenset(t.stem for t in tokens if not t.stop)
    return SentenceFeatures(
        content=content,
        numbers=frozenset(t.stem for t in tokens if t.number),
        entities=frozenset(t.stem for t in tokens if t.entity),
        stems=tuple(stems),
        length=len(content),
    )


@pytest.mark.parametrize(
    ("text", "ignore"),
    [
        ("BEIRUT (Reuters) - Russian warplanes struck Idlib, killing 25.", (0, 18)),  # dateline left out
        ("BEIRUT (Reuters) - Russian warplanes struck Idlib.", (0, 6)),  # the first word left out: Reuters a name
        ("The Idlib toll: Idlib, idlib and IDLIB.", (4, 9)),  # one spelling ignored, the others read
        ("Idlib was struck; The Observatory's count rose to twenty-five.", None),  # first word never a name
        ("It was what it was.", None),  # stopwords only
        ("", None),
        ("BEIRUT (Reuters) - Warplanes struck Idlib, the Observatory said on Tuesday.", (0, 18)),  # and a tail
        ("Warplanes struck Idlib, police said.", None),  # a tail alone
    ],
)
def test_hand_cases(text: str, ignore: tuple[int, int] | None) -> None:
    """A dateline, a capitalised first word, stopwords only, empty text."""
    assert sentence_features(text, ignore) == reference(text, ignore)


def test_every_seed_sentence() -> None:
    """Every sentence of the seeds, and each with its first 12 characters ignored."""
    for path in SEEDS:
        article = load_article(path)
        for span in segment(article.text, article.paragraphs):
            text = article.text[span.start : span.end]
            assert sentence_features(text) == reference(text)
            assert sentence_features(text, (0, 12)) == reference(text, (0, 12))


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from([*"aAbZ 19,.'’-éÉ", "The ", "one ", "Idlib ", "Mr "]), max_size=40).map("".join),
    st.one_of(st.none(), st.tuples(st.integers(0, 30), st.integers(0, 60))),
)
def test_random_text(text: str, ignore: tuple[int, int] | None) -> None:
    """Random text mixing names, numbers, number words, stopwords, apostrophes and accents."""
    assert sentence_features(text, ignore) == reference(text, ignore)


def test_ngrams_of_all_words_stopwords_included() -> None:
    """The n-gram sets (built on demand from the stems) hold every 1-, 2- and 3-gram, repeats once."""
    grams = sentence_features("Idlib was hit, Idlib was").ngrams
    assert grams[0] == {("idlib",), ("was",), ("hit",)}
    assert grams[1] == {("idlib", "was"), ("was", "hit"), ("hit", "idlib")}
    assert grams[2] == {("idlib", "was", "hit"), ("was", "hit", "idlib"), ("hit", "idlib", "was")}
    assert sentence_features("").ngrams == (frozenset(), frozenset(), frozenset())


def test_words_read_past_the_cache_bound(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the cache of spellings full, new words are read afresh, not kept, and read the same."""
    monkeypatch.setattr(words, "_words_read", {})
    monkeypatch.setattr(words, "WORD_CACHE_SIZE", 3)
    text = "Russian warplanes struck Idlib on Tuesday, killing twenty-five civilians."
    assert sentence_features(text) == reference(text)
    assert len(words._words_read) == 3
    assert sentence_features(text) == reference(text)  # three from the cache, the rest afresh
    assert len(words._words_read) == 3


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=127), max_size=60))
def test_ascii_words_are_the_words(text: str) -> None:
    """On ASCII text, the ASCII pattern sentence_features reads finds _TOKEN_RE's words: digits, underscores,
    apostrophes, decimal points and every other ASCII character."""
    assert words._ASCII_TOKEN_RE.findall(text) == words._TOKEN_RE.findall(text)
