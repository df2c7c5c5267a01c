"""core/bpe.py's word path (``encode_flat``: a batch joined, split at spaces, each distinct word merged once): the
same ids as the text-by-text path and the ``tokenizers`` library, on real sentences and on texts it must hand over."""

from __future__ import annotations

import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportdiff.core import bpe, semantic

REPO = Path(__file__).resolve().parents[2]
CLUSTERS = REPO.parent / "shared" / "eval" / "news-clusters"
CONFIG = semantic.package_folder() / semantic.TOKENIZER_FILE


def fresh(library: bpe.LibraryTokenizer, tmp_path: Path) -> bpe.BpeTokenizer:
    """A tokenizer with nothing remembered yet."""
    tables = bpe.load_tables(CONFIG, tmp_path)
    assert tables is not None
    return bpe.BpeTokenizer(tables, library.encode_ids)


def sentences() -> list[str]:
    """Rough sentences of the seeds and of the tuning clusters (id < 600000) when present, single-spaced."""
    files = sorted((REPO / "seeds").glob("*.txt"))
    if CLUSTERS.is_dir():
        files += [p for p in sorted(CLUSTERS.glob("gva_*/article_*.txt")) if int(p.parent.name[4:]) < 600000]
    texts = []
    for path in files:
        for text in re.split(r"(?<=[.!?])\s+|\n", path.read_text(encoding="utf-8")):
            text = " ".join(text.split(" "))
            if text.strip(" ") == text and "  " not in text and text:
                texts.append(text)
    return texts


def test_word_path_equals_text_by_text_path_on_real_sentences(library: bpe.LibraryTokenizer, tmp_path: Path) -> None:
    """Every sentence of the seeds and tuning clusters in one batch, through the word path (taken: no fallback):
    the ids of the text-by-text path and of the library, cold and then from the remembered words."""
    texts = sentences()
    assert len(texts) > 30
    tokenizer = fresh(library, tmp_path)
    flat = tokenizer._words_flat(texts)
    assert flat is not None, "plain sentences take the word path"
    expected = tokenizer._encode_texts(texts)
    assert expected == library.encode_ids(texts)
    ids, lengths = flat
    assert lengths.tolist() == [len(e) for e in expected]
    assert ids.tolist() == [i for e in expected for i in e]
    again = tokenizer.encode_flat(texts[::-1])
    assert again[1].tolist() == [len(e) for e in expected[::-1]]
    assert again[0].tolist() == [i for e in expected[::-1] for i in e]


HANDED_OVER = [
    "",  # empty: no ids
    " leading space",
    "trailing space ",
    "double  space",
    "a word mark▁ then a space",  # the mark's run goes on into the next word: merges may cross the space
    "a \x00 separator inside",
    "with <s> inside",
    "ends with </s>",
]


@pytest.mark.parametrize("odd", HANDED_OVER)
def test_texts_the_word_path_cannot_take_keep_their_place(
    odd: str, library: bpe.LibraryTokenizer, tmp_path: Path
) -> None:
    """One odd text among plain ones: each text gets the library's ids in its own place, and the plain texts still
    go by words (their words are remembered)."""
    tokenizer = fresh(library, tmp_path)
    texts = ["Warplanes struck Idlib on Tuesday.", odd, "Rebels said 25 people died.", odd, "x"]
    ids, lengths = tokenizer.encode_flat(texts)
    expected = library.encode_ids(texts)
    assert lengths.tolist() == [len(e) for e in expected]
    assert ids.tolist() == [i for e in expected for i in e]
    assert tokenizer.encode_ids(texts) == expected
    assert {"Warplanes", "Idlib", "Rebels", "x"} <= set(tokenizer._words)
    assert ids.dtype == np.int32 and lengths.dtype == np.int64


def test_word_marks_inside_words(library: bpe.LibraryTokenizer, tmp_path: Path) -> None:
    """Words holding the word mark "▁" itself (where the text-by-text path cuts a word in two pieces): the
    library's ids."""
    texts = ["▁▁y z", "end▁of▁the▁line.", "x ▁▁▁y", "a▁b c▁"]  # a text-final mark: only last in the batch
    tokenizer = fresh(library, tmp_path)
    assert tokenizer._words_flat(texts) is not None
    assert tokenizer.encode_ids(texts) == library.encode_ids(texts)
    odd = ["x▁▁▁ ▁", "▁ already", "a▁ b", "▁"]  # a space after the mark: handed over, right ids
    assert tokenizer._words_flat(odd) is None
    assert tokenizer.encode_ids(texts + odd) == library.encode_ids(texts + odd)


def test_remembered_words_are_bounded(
    library: bpe.LibraryTokenizer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past PIECE_CACHE_SIZE words the memory starts again, and the ids stay right."""
    monkeypatch.setattr(bpe, "PIECE_CACHE_SIZE", 10)
    tokenizer = fresh(library, tmp_path)
    batches = [[f"word{k}{j} and more text number {k}" for j in range(4)] for k in range(6)]
    for texts in batches:
        assert tokenizer.encode_ids(texts) == library.encode_ids(texts)
        assert len(tokenizer._words) <= 10 + 10  # the bound, plus one batch's 9 words and the separator
    assert tokenizer.encode_ids(batches[0]) == library.encode_ids(batches[0])
    assert tokenizer.encode_flat([])[0].size == 0 and tokenizer.encode_ids([]) == []


def test_a_word_that_cannot_be_merged_leaves_the_memory_as_it_was(
    library: bpe.LibraryTokenizer, tmp_path: Path
) -> None:
    """A batch holding a lone surrogate (the word path gives up on it): the new words it numbered are forgotten
    again, numbering goes on where it stood, and every later batch, old words and new, gets the library's ids."""
    tokenizer = fresh(library, tmp_path)
    first = ["Warplanes struck Idlib on Tuesday.", "Rebels said 25 died."]
    assert tokenizer._words_flat(first) is not None
    known = dict(tokenizer._words)
    assert tokenizer._words_flat(["Fresh words here", "and caf\udce9 too"]) is None
    assert dict(tokenizer._words) == known
    later = ["Fresh words here and Idlib again.", "Rebels struck on Tuesday."]
    flat = tokenizer._words_flat(later)
    assert flat is not None
    assert flat[0].tolist() == [i for e in library.encode_ids(later) for i in e]
    assert sorted(tokenizer._words.values()) == list(range(len(tokenizer._words)))  # each word its own number
    assert tokenizer.encode_ids(first) == library.encode_ids(first)


MARKS_AND_SPACES = st.sampled_from(["▁", "▁▁", " ", "a", "x", "the", ".", "\x00", "<s>", "é"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(MARKS_AND_SPACES, max_size=12).map("".join), min_size=1, max_size=6))
def test_marks_and_spaces_anywhere(fast: bpe.BpeTokenizer, library: bpe.LibraryTokenizer, texts: list[str]) -> None:
    """Texts of word marks, spaces, short words, the separator and a special token's text in every order, one
    remembering tokenizer throughout: the library's ids."""
    assert fast.encode_ids(texts) == library.encode_ids(texts)


def test_long_pieces_are_merged_alone_to_the_same_ids(library: bpe.LibraryTokenizer, tmp_path: Path) -> None:
    """Words over LONG_PIECE characters (a URL, an encoded blob, a run of one letter, non-ASCII bytes) among short
    ones give the library's ids and the batch-together path's ids, and take the pair-by-pair loop."""
    rng = np.random.default_rng(7)
    alphabet = list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/=-_.:%éü€中")
    longs = ["".join(rng.choice(alphabet, size=n)) for n in (bpe.LONG_PIECE + 1, 200, 1500)]
    longs += ["https://example.com/" + "a" * 300 + "/index.html", "z" * (bpe.LONG_PIECE + 1)]
    texts = [f"The link {word} was posted, officials said." for word in longs] + ["Short words only here."]
    tokenizer = fresh(library, tmp_path)
    alone: list[str] = []
    original = tokenizer._merge_alone
    tokenizer._merge_alone = lambda piece: alone.append(piece) or original(piece)  # type: ignore[method-assign]
    ids, lengths = tokenizer.encode_flat(texts)
    got = [part.tolist() for part in np.split(ids, np.cumsum(lengths)[:-1])]
    assert got == library.encode_ids(texts)
    assert sorted(alone) == sorted(bpe._SPACE + word for word in longs)  # the long pieces, and only they, alone
    pieces = [bpe._SPACE + word for word in longs]
    together_ids, together_counts = tokenizer._merge_together(pieces)
    split_ids, split_counts = tokenizer._merge_pieces(pieces)
    assert together_ids.tolist() == split_ids.tolist() and together_counts.tolist() == split_counts.tolist()


def test_a_lone_surrogate_reaches_the_library_as_a_replacement_character(
    library: bpe.LibraryTokenizer, tmp_path: Path
) -> None:
    """A text holding a lone surrogate (which the library refuses) gets the ids of the same text with U+FFFD in
    its place, alone and in a batch beside ordinary texts, and its embedding is that text's."""
    odd, read = "Rescuers said \udc80 today.", "Rescuers said \ufffd today."
    tokenizer = fresh(library, tmp_path)
    assert library.encode_ids([odd]) == library.encode_ids([read])
    batch = ["Warplanes struck Idlib.", odd, "Rebels said 25 died."]
    assert tokenizer.encode_ids(batch) == library.encode_ids(["Warplanes struck Idlib.", read, "Rebels said 25 died."])
    encoder = semantic.encoder()
    if encoder is None:
        pytest.skip(f"language model not loaded: {semantic.load_error()}")
    assert np.array_equal(encoder.embed([odd, "Idlib"])[0], encoder.embed([read])[0])
