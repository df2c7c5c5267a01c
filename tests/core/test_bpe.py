"""core/bpe.py: the Python BPE gives exactly the token ids of the ``tokenizers`` library on WordLlama's tokenizer
file, its cached tables are used only while current, and any other configuration keeps the library."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportdiff.core import bpe, semantic, usercache

REPO = Path(__file__).resolve().parents[2]
CLUSTERS = REPO.parent / "shared" / "eval" / "news-clusters"
CONFIG = semantic.package_folder() / semantic.TOKENIZER_FILE


def tuning_texts() -> list[str]:
    """Every line and every rough sentence of the seeds and of the tuning clusters (id < 600000) when present."""
    files = sorted((REPO / "seeds").glob("*.txt"))
    if CLUSTERS.is_dir():
        files += [p for p in sorted(CLUSTERS.glob("gva_*/article_*.txt")) if int(p.parent.name[4:]) < 600000]
    texts: list[str] = []
    for path in files:
        text = path.read_text(encoding="utf-8")
        texts += text.split("\n") + re.split(r"(?<=[.!?])\s+", text) + [text]
    return texts


def test_same_ids_as_tokenizers_on_seeds_and_clusters(fast: bpe.BpeTokenizer, library: bpe.LibraryTokenizer) -> None:
    """Lines, sentences and whole articles of the seeds and tuning clusters: the library's ids, text for text,
    the second time from the piece cache."""
    texts = tuning_texts()
    expected = library.encode_ids(texts)
    assert fast.encode_ids(texts) == expected
    assert fast.encode_ids(texts) == expected


EDGE_TEXTS = [
    "",  # nothing: no ids (no "▁" prepended to an empty text)
    " ",  # one space: "▁▁"
    "   three leading spaces",
    "trailing spaces   ",
    "a\tb\nc\r\nd",  # whitespace other than the space is not "▁": byte tokens
    "▁ already the word mark ▁▁ twice",
    "Emoji 🎉, CJK 中文, Cyrillic Москва, combining é, ZWJ 👩‍👩‍👧",
    "AMD buys SeaMicro for $334M; HP acquires EYP (Reuters) -- 12.5% at 3:40pm.",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",  # one pair many times: leftmost first
    "https://www.example.com/news/2024/03/12/strike-on-idlib?ref=rss&x=1",
    "<s> a special token's text", "ends with </s>", "<unk>",  # split off by the library before normalising
    "less-than <s and s> and </ s> are not special",
    "\x00\x1f\x7f control characters",
]


def test_edge_texts(fast: bpe.BpeTokenizer, library: bpe.LibraryTokenizer) -> None:
    """Empty text, spaces, other whitespace, the word mark itself, non-Latin scripts and emoji (byte fallback),
    long repeats, URLs, special tokens' texts and near misses: the library's ids."""
    assert fast.encode_ids(EDGE_TEXTS) == library.encode_ids(EDGE_TEXTS)
    assert fast.encode_ids([""]) == [[]]


def test_special_tokens_texts_go_to_the_library(library: bpe.LibraryTokenizer, tmp_path: Path) -> None:
    """A text holding "<s>" is tokenized by the fallback (the library), the others in Python."""
    tables = bpe.load_tables(CONFIG, tmp_path)
    assert tables is not None
    asked: list[str] = []

    def fallback(texts: list[str]) -> list[list[int]]:
        asked.extend(texts)
        return library.encode_ids(texts)

    tokenizer = bpe.BpeTokenizer(tables, fallback)
    texts = ["plain words", "with <s> inside", "more words"]
    assert tokenizer.encode_ids(texts) == library.encode_ids(texts)
    assert asked == ["with <s> inside"]


ALPHABET = st.sampled_from(
    [*"abcdefghijklmnopqrstuvwxyzABCDEZ0123456789 .,;:'\"!?()-–—$%&/\\<>s", " ", "  ", "\t", "\n", "▁", "é", "ß",
     "中", "文", "🎉", "\u200b", "\u0301", "ſ", "İ", "<s>", "</s>", "Idlib", "rebel", "the ", " the", "ing", "\x00"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(ALPHABET, max_size=40).map("".join), min_size=1, max_size=5))
def test_generated_text(fast: bpe.BpeTokenizer, library: bpe.LibraryTokenizer, texts: list[str]) -> None:
    """Random text over letters, digits, punctuation, spaces, other whitespace, the word mark, accents, CJK, emoji,
    zero-width and combining characters, special tokens' texts and the word path's separator: the library's ids."""
    assert fast.encode_ids(texts) == library.encode_ids(texts)


def test_tables_are_cached_and_used_only_while_current(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first load writes the cache; the next reads it without parsing the JSON; a changed file (new mtime),
    a corrupt cache and an unwritable cache folder all fall back to reading the JSON."""
    config = tmp_path / "tokenizer.json"
    config.write_bytes(CONFIG.read_bytes())
    cache = tmp_path / "cache"
    first = bpe.load_tables(config, cache)
    assert first is not None and (cache / bpe.CACHE_FILE).is_file()

    parsed: list[int] = []
    real_loads = json.loads

    def counting_loads(text: str) -> object:
        parsed.append(1)
        return real_loads(text)

    monkeypatch.setattr(bpe.json, "loads", counting_loads)
    assert bpe.load_tables(config, cache) == first
    assert parsed == []  # from the cache

    stat = config.stat()
    os.utime(config, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert bpe.load_tables(config, cache) == first
    assert parsed == [1]  # stale: read again (and cached again)
    assert bpe.load_tables(config, cache) == first
    assert parsed == [1]

    (cache / bpe.CACHE_FILE).write_bytes(b"\x00garbage")
    assert bpe.load_tables(config, cache) == first
    assert parsed == [1, 1]

    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    assert bpe.load_tables(config, blocked / "cache") == first  # cannot cache: still works


def test_cache_folder_follows_xdg(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """$XDG_CACHE_HOME when absolute, else ~/.cache; no folder without a home."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert usercache.cache_folder() == tmp_path / "reportdiff"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert usercache.cache_folder() == tmp_path / "home" / ".cache" / "reportdiff"
    monkeypatch.delenv("HOME")
    assert usercache.cache_folder() is None


def test_another_configuration_keeps_the_library(tmp_path: Path) -> None:
    """A tokenizer file with a pre-tokenizer (not reproduced here) is tokenized by the library."""
    config = json.loads(CONFIG.read_text(encoding="utf-8"))
    config["pre_tokenizer"] = {"type": "Whitespace"}
    other = tmp_path / "other.json"
    other.write_text(json.dumps(config), encoding="utf-8")
    tokenizer = bpe.load(other, tmp_path / "cache")
    assert isinstance(tokenizer, bpe.LibraryTokenizer) and tokenizer.config_file == other
    assert bpe.tables_from_config({**config, "pre_tokenizer": None}) is not None


def test_mapped_table_equals_safetensors() -> None:
    """The embedding table mapped from the file holds the values safetensors reads, and the encoder's vectors over
    it equal those over the table widened to float32 beforehand, bit for bit."""
    from safetensors.numpy import load_file

    path = semantic.package_folder() / semantic.WEIGHTS_FILE
    mapped = semantic.read_table(path)
    loaded = load_file(str(path))[semantic.TENSOR]
    assert mapped.dtype == loaded.dtype and np.array_equal(mapped, loaded)
    tokenizer = bpe.LibraryTokenizer(CONFIG)
    texts = tuning_texts()[:400] + EDGE_TEXTS
    widened = semantic.Encoder(tokenizer, np.ascontiguousarray(loaded, dtype=np.float32)).embed(texts)
    small = semantic.Encoder(tokenizer, mapped).embed(texts[:3])  # few tokens: rows widened as gathered
    whole = semantic.Encoder(tokenizer, mapped).embed(texts)  # many: the whole table widened once
    assert widened.tobytes() == np.concatenate([small, whole[3:]]).tobytes()
    assert widened.tobytes() == whole.tobytes()
