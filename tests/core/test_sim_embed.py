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
    monkeypatch.setattr(semantic, "EMBED_CHUNK_ROWS", 2)  # chunk boundaries inside the batch
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


def test_cached_vectors_do_not_hold_the_batch_array(encoder: semantic.Encoder, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cache keeps its own rows (views of one copy of at most CACHE_SENTENCES rows, never of the call's whole
    array), and distinct new texts come back as the embedded array itself, equal to embedding them one by one."""
    monkeypatch.setattr(semantic, "CACHE_SENTENCES", 8)
    fresh = semantic.Encoder(encoder.tokenizer, encoder.table)
    texts = [f"Sentence number {k} about the strike on the city." for k in range(20)]
    vectors = fresh.embed(texts)
    assert len(fresh._cache) == 8
    for text, row in fresh._cache.items():
        assert not np.shares_memory(row, vectors) and row.base is not None and row.base.shape == (8, vectors.shape[1])
        assert np.array_equal(row, vectors[texts.index(text)])
    alone = np.array([semantic.Encoder(encoder.tokenizer, encoder.table).embed([t])[0] for t in texts])
    assert np.array_equal(vectors, alone)


def reference_vectors(encoder: semantic.Encoder, texts: list[str]) -> np.ndarray:
    """The replaced implementation: each text's token vectors summed by np.add.reduceat, divided by the count,
    normalised."""
    out = np.zeros((len(texts), encoder.table.shape[1]), dtype=np.float32)
    for k, ids in enumerate(encoder.tokenizer.encode_ids(texts)):
        if ids:
            rows = np.clip(np.array(ids), 0, encoder.table.shape[0] - 1)
            vectors = np.asarray(encoder.table[rows], dtype=np.float32)
            out[k] = np.add.reduceat(vectors, [0], axis=0)[0] / len(ids)
    norms = np.linalg.norm(out, axis=1, keepdims=True)
    np.divide(out, norms, out=out, where=norms > 0)
    return out


@pytest.mark.parametrize(("chunk", "block"), [(128, 1024), (3, 0), (1, 1024), (128, 0)])
def test_vectors_equal_reduceat_sums_bit_for_bit(
    encoder: semantic.Encoder, chunk: int, block: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Texts of 0 to ~400 tokens (under 8, up to 128, past it: each branch of numpy's pairwise sum), grouped by
    token count and chunked: the very floats np.add.reduceat gives."""
    monkeypatch.setattr(semantic, "EMBED_CHUNK_ROWS", chunk)
    monkeypatch.setattr(semantic, "EMBED_BLOCK_TOKENS", block)  # 0: every slot gathered on its own
    words = "Warplanes struck the rebel-held city of Idlib on Tuesday , killing 25 people".split()
    texts = [" ".join(words[k % len(words)] for k in range(n)) for n in (0, 1, 2, 5, 7, 8, 9, 15, 16, 17, 60, 90,
                                                                          110, 130, 200, 260, 300)]  # fmt: skip
    texts += ["HP acquires EYP.", "AMD buys SeaMicro for $334M.", "x"]
    fresh = semantic.Encoder(encoder.tokenizer, encoder.table)
    got = fresh.embed(texts)
    assert max(len(ids) for ids in encoder.tokenizer.encode_ids(texts)) > 256
    assert got.view(np.uint32).tolist() == reference_vectors(encoder, texts).view(np.uint32).tolist()


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_token_sums_equal_reduceat_with_signed_zeros(seed: int) -> None:
    """_token_sums on random blocks of 1-300 terms, with -0.0, +0.0 and magnitudes far apart (so every rounding
    shows): bit for bit np.add.reduceat's sums."""
    rng = np.random.default_rng(seed)
    for size in (1, 2, 3, 7, 8, 9, 16, 23, 64, 127, 128, 129, 136, 200, 255, 256, 257, 300):
        values = rng.choice(np.array([-0.0, 0.0, 1e-8, -3.5, 1e7, 0.1], dtype=np.float32), size=(5, size, 4))
        values = values * rng.random((5, size, 4)).astype(np.float32) ** 3
        values[0] = -0.0
        expected = np.add.reduceat(values.reshape(-1, 4), np.arange(0, 5 * size, size), axis=0)
        got = semantic._token_sums(values)
        assert got.view(np.uint32).tolist() == expected.view(np.uint32).tolist(), size
