"""Sentence embeddings: each distinct text embedded once, chunked and cached, with exactly the vectors of embedding
every text on its own."""

from __future__ import annotations

import numpy as np
import pytest

from reportdiff.core import semantic


@pytest.fixture(scope="module")
def encoder() -> semantic.Encoder:
    model = semantic.encoder()
    assert model is not None
    return model


def test_repeated_cached_and_chunked_texts_give_each_text_its_own_vector(
    encoder: semantic.Encoder, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Repeats, an empty text, texts longer than a chunk, and a second call served from the cache: every row equals
    that text embedded alone in a fresh encoder."""
    monkeypatch.setattr(semantic, "EMBED_CHUNK_TOKENS", 16)  # chunk boundaries inside the batch
    long = " ".join(["Warplanes struck the rebel-held city of Idlib on Tuesday"] * 6)
    texts = ["HP acquires EYP.", "", long, "HP acquires EYP.", "AMD buys SeaMicro for $334M.", long, "x"]
    fresh = semantic.Encoder(encoder.tokenizer, encoder.table)
    first = fresh.embed(texts)
    again = fresh.embed(texts[::-1])[::-1]
    alone = np.array([semantic.Encoder(encoder.tokenizer, encoder.table).embed([t])[0] for t in texts])
    assert np.array_equal(first, alone)
    assert np.array_equal(again, alone)
    assert not first[1].any()  # no tokens: a zero vector
    assert np.allclose(np.linalg.norm(first[[0, 2, 4, 6]], axis=1), 1.0, atol=1e-6)


def test_the_cache_is_bounded(encoder: semantic.Encoder, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache never holds more than CACHE_SENTENCES vectors, and vectors stay right when it is emptied."""
    monkeypatch.setattr(semantic, "CACHE_SENTENCES", 5)
    fresh = semantic.Encoder(encoder.tokenizer, encoder.table)
    texts = [f"Report number {k} of the strike." for k in range(12)]
    vectors = np.concatenate([fresh.embed(texts[k : k + 3]) for k in range(0, 12, 3)])
    assert len(fresh._cache) <= 5
    assert np.array_equal(vectors, semantic.Encoder(encoder.tokenizer, encoder.table).embed(texts))


def test_cached_vectors_do_not_hold_the_batch_array(encoder: semantic.Encoder) -> None:
    """The cache keeps its own rows (not views of the call's whole array), and distinct new texts come back as the
    embedded array itself, equal to embedding them one by one."""
    fresh = semantic.Encoder(encoder.tokenizer, encoder.table)
    texts = [f"Sentence number {k} about the strike on the city." for k in range(20)]
    vectors = fresh.embed(texts)
    assert all(v.base is None for v in fresh._cache.values())
    alone = np.array([semantic.Encoder(encoder.tokenizer, encoder.table).embed([t])[0] for t in texts])
    assert np.array_equal(vectors, alone)
