"""The best cosines of an article pair found through a BLAS product and a few einsum cells
(embedding_maxima.einsum_maxima) are the whole einsum's row and column maxima bit for bit: real sentence vectors,
random ones, copies (ties), zero vectors, near-ties within the error bound; and the whole einsum runs where the
shortcut cannot help."""

from __future__ import annotations

import numpy as np
import pytest
from seedtexts import tripled_seed_sentences  # tests/core/seedtexts.py

from reportdiff.core import article_semantics, embedding_maxima, semantic
from reportdiff.core.embedding_maxima import einsum_maxima, norms_above
from reportdiff.core.similarity import LexicalSimilarity


def _reference(first: np.ndarray, second: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """What ArticleSemantics.best computed before: the whole einsum, maxima in float32, widened, floored at 0."""
    block = np.einsum("id,jd->ij", first, second)
    rows = np.maximum(block.max(axis=1).astype(np.float64), 0.0)
    columns = np.maximum(np.zeros(len(second)), block.max(axis=0).astype(np.float64))
    return rows, columns


def _check(first: np.ndarray, second: np.ndarray) -> None:
    expected = _reference(first, second)
    # norms computed inside, given by the caller (as the backend gives them), or a looser bound given
    norms = (norms_above(first), norms_above(second))
    for given in (None, norms, (norms[0] * 1.5, norms[1] * 1.25)):
        found = einsum_maxima(first, second, given)
        assert found is not None
        for got, want in zip(found, expected, strict=True):
            assert got.dtype == np.float64 and got.shape == want.shape
            assert got.tobytes() == want.tobytes()


def _unit(rng: np.random.Generator, n: int, d: int = 256) -> np.ndarray:
    x = rng.standard_normal((n, d)).astype(np.float32)
    return x / np.linalg.norm(x, axis=1, keepdims=True)


def test_an_einsum_cell_is_the_same_whatever_the_shape() -> None:
    """What the shortcut rests on: a cell of einsum("id,jd->ij") equals einsum("kd,kd->k") of its two vectors."""
    rng = np.random.default_rng(3)
    for n, m in [(1, 1), (7, 300), (263, 263), (500, 3)]:
        a, b = _unit(rng, n), _unit(rng, m)
        rows, columns = rng.integers(0, n, 200), rng.integers(0, m, 200)
        full = np.einsum("id,jd->ij", a, b)
        assert (full[rows, columns] == np.einsum("kd,kd->k", a[rows], b[columns])).all()


@pytest.mark.parametrize("seed", range(6))
def test_random_vectors_copies_and_zeros(seed: int) -> None:
    """Random unit and non-unit vectors, some rows copied across (exact ties), some near-copies (ties within the
    error bound), some zero vectors, sizes from one to a few hundred."""
    rng = np.random.default_rng(seed)
    n, m = int(rng.integers(1, 300)), int(rng.integers(1, 300))
    first, second = _unit(rng, n), _unit(rng, m) * rng.uniform(0.5, 1.5, (m, 1)).astype(np.float32)
    k = min(n, m) // 3
    second[:k] = first[:k]  # copies: each ties with itself
    if k > 2:
        noise = rng.standard_normal((k // 2, 256)).astype(np.float32) * 1e-7
        second[k : k + k // 2] = first[: k // 2] + noise  # near-copies: cosines within a few float32 steps
    if n > 4:
        first[-1] = 0.0  # a sentence without a vector
    _check(first, second)
    _check(second, first)


def test_real_sentence_vectors() -> None:
    """The seeds printed three times, with the language model: every article pair (copies tie exactly)."""
    model = semantic.encoder()
    assert model is not None
    texts, articles = tripled_seed_sentences()
    vectors = model.embed(texts)
    groups = [vectors[[k for k, a in enumerate(articles) if a == x]] for x in range(max(articles) + 1)]
    for x in range(len(groups)):
        for y in range(len(groups)):
            _check(groups[x], groups[y])


def test_the_whole_einsum_where_the_shortcut_cannot_help() -> None:
    """Vectors that are not finite, or cells to compute beyond SEMANTIC_EXACT_SHARE (all sentences alike): None, and
    the backend's best cosines then come from the whole einsum, the same values as the reference."""
    rng = np.random.default_rng(1)
    first, second = _unit(rng, 20), _unit(rng, 30)
    bad = first.copy()
    bad[3, 5] = np.nan
    assert einsum_maxima(bad, second) is None
    same = np.repeat(first[:1], 20, axis=0)
    assert einsum_maxima(same, np.repeat(first[:1], 30, axis=0)) is None
    vectors = np.concatenate([same, np.repeat(first[:1], 30, axis=0)])
    sim = LexicalSimilarity(["Warplanes struck Idlib."] * 50, embeddings=vectors, articles=[0] * 20 + [1] * 30)
    best_first, best_second, _, _ = sim.semantics.best(0, 1)
    rows, columns = _reference(same, np.repeat(first[:1], 30, axis=0))
    assert best_first.tobytes() == rows.tobytes() and best_second.tobytes() == columns.tobytes()


def test_backend_tables_equal_the_whole_einsum(monkeypatch: pytest.MonkeyPatch) -> None:
    """ArticleSemantics.best with the shortcut and with it turned off (every cell to compute is too many): the same
    best cosines, support and share, bit for bit, for every article pair of the tripled seeds."""
    model = semantic.encoder()
    assert model is not None
    texts, articles = tripled_seed_sentences()
    vectors = model.embed(texts)
    monkeypatch.setattr(article_semantics, "one_blas_thread", lambda: True)  # the shortcut whatever the test's BLAS
    pairs = [(x, y) for x in range(max(articles) + 1) for y in range(max(articles) + 1)]
    fast = LexicalSimilarity(texts, embeddings=vectors, articles=articles)
    found = [fast.semantics.best(x, y) for x, y in pairs]
    monkeypatch.setattr(embedding_maxima, "SEMANTIC_EXACT_SHARE", -1.0)
    slow = LexicalSimilarity(texts, embeddings=vectors, articles=articles)
    for (x, y), b in zip(pairs, found, strict=True):
        a = slow.semantics.best(x, y)
        assert a[0].tobytes() == b[0].tobytes() and a[1].tobytes() == b[1].tobytes()
        assert a[2:] == b[2:]


def test_the_shortcut_only_where_blas_has_one_thread(monkeypatch: pytest.MonkeyPatch) -> None:
    """OpenBLAS's own reading of the environment: its variable first, then GOTO's, then OpenMP's; else the cores."""
    for name in ("OPENBLAS_NUM_THREADS", "GOTO_NUM_THREADS", "OMP_NUM_THREADS"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OMP_NUM_THREADS", "1")
    assert embedding_maxima.one_blas_thread()
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "2")
    assert not embedding_maxima.one_blas_thread()
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "0")  # not a number of threads: the next variable decides
    assert embedding_maxima.one_blas_thread()


def _tables(sim: LexicalSimilarity, pairs: list[tuple[int, int]]) -> list[tuple]:
    return [sim.semantics.best(x, y) for x, y in pairs]


def _same_tables(got: list[tuple], expected: list[tuple]) -> None:
    for a, b in zip(got, expected, strict=True):
        assert a[0].tobytes() == b[0].tobytes() and a[1].tobytes() == b[1].tobytes()
        assert a[2:] == b[2:]


def test_all_pairs_at_once_equal_one_einsum_per_pair(monkeypatch: pytest.MonkeyPatch) -> None:
    """The tripled seeds with the language model: every article pair's table from the one product of all sentences
    (ArticleSemantics._all_pairs) equals the whole einsum of that pair, both ways round."""
    model = semantic.encoder()
    assert model is not None
    texts, articles = tripled_seed_sentences()
    vectors = model.embed(texts)
    pairs = [(x, y) for x in range(max(articles) + 1) for y in range(max(articles) + 1) if x != y]
    monkeypatch.setattr(article_semantics, "one_blas_thread", lambda: True)
    fast = LexicalSimilarity(texts, embeddings=vectors, articles=articles)
    got = _tables(fast, pairs)
    # all filled by the first call
    assert fast.semantics._all_pairs_tried and len(fast.semantics.found) == len(pairs) // 2
    monkeypatch.setattr(embedding_maxima, "SEMANTIC_EXACT_SHARE", -1.0)  # every table by the whole einsum
    monkeypatch.setattr(article_semantics, "ALL_PAIRS_CELLS", 0)
    _same_tables(got, _tables(LexicalSimilarity(texts, embeddings=vectors, articles=articles), pairs))


@pytest.mark.parametrize("seed", range(4))
def test_all_pairs_at_once_on_random_articles(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    """Random vectors in 3-7 articles numbered out of order, sentences of one article not next to each other, one
    article number without sentences: each sentence a near-copy of one of 16 themes (its best in another article
    is among a few cells equal to a few float32 steps, where BLAS and einsum rank them differently), exact copies
    across articles (ties) and a zero vector. The shortcut must have run (no fallback to the whole einsum)."""
    rng = np.random.default_rng(seed)
    count = int(rng.integers(3, 8))
    numbers = [k for k in range(count + 1) if k != 1]  # article 1 has no sentence
    articles = [int(a) for a in rng.choice(numbers, int(rng.integers(count * 20, 300)))]
    articles[: len(numbers)] = numbers  # every other number has at least one
    themes = _unit(rng, 16) * rng.uniform(0.5, 1.5, (16, 1)).astype(np.float32)
    vectors = themes[rng.integers(0, 16, len(articles))]
    vectors = vectors + rng.standard_normal(vectors.shape).astype(np.float32) * 3e-8
    vectors[1::23] = vectors[0]  # exact copies of one vector in many articles
    vectors[-1] = 0.0
    texts = ["Warplanes struck Idlib."] * len(articles)
    pairs = [(x, y) for x in numbers for y in numbers if x != y]
    monkeypatch.setattr(article_semantics, "one_blas_thread", lambda: True)
    ran = []
    real = article_semantics.segment_maxima
    monkeypatch.setattr(article_semantics, "segment_maxima", lambda *args: ran.append(real(*args)) or ran[-1])
    fast = LexicalSimilarity(texts, embeddings=vectors, articles=articles)
    got = _tables(fast, pairs)
    assert len(ran) == 1 and ran[0] is not None and len(fast.semantics.found) == len(pairs) // 2
    monkeypatch.setattr(embedding_maxima, "SEMANTIC_EXACT_SHARE", -1.0)
    monkeypatch.setattr(article_semantics, "ALL_PAIRS_CELLS", 0)
    _same_tables(got, _tables(LexicalSimilarity(texts, embeddings=vectors, articles=articles), pairs))


@pytest.mark.parametrize("pairs", [0, 1, 127, 128, 129, 300])
def test_pair_cosines_a_batch_at_a_time_equal_each_pairs_dot(pairs: int) -> None:
    """The block's semantic cosines, computed EXACT_CELLS_AT_ONCE pairs at a time, are each pair's own dot product
    (what pair_features takes) and the one batched matmul of all pairs, bit for bit, across the batch edges; the
    real sentence vectors with copies among them."""
    model = semantic.encoder()
    assert model is not None
    texts, _ = tripled_seed_sentences()
    vectors = model.embed(texts)
    rng = np.random.default_rng(pairs)
    first, second = rng.integers(0, len(texts), pairs), rng.integers(0, len(texts), pairs)
    got = embedding_maxima.pair_cosines(vectors, first, second)
    assert got.dtype == vectors.dtype
    whole = np.matmul(vectors[first][:, None, :], vectors[second][:, :, None])[:, 0, 0]
    assert got.tobytes() == whole.tobytes()
    assert got.tolist() == [float(vectors[a] @ vectors[b]) for a, b in zip(first, second, strict=True)]
