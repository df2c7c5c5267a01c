"""Block scoring (numpy over a whole candidate search) gives the same features, scores, links and reports as the
pair-by-pair reference path, on hand-made edge cases, the seeds and the tuning news clusters."""

from __future__ import annotations

import itertools
import random
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from seedtexts import tripled_seed_sentences  # tests/core/seedtexts.py

from reportdiff.core import align, candidate_search, semantic, similarity, topk
from reportdiff.core import model as m
from reportdiff.core.compare import compare_files
from reportdiff.core.setrows import SetRows, overlap
from reportdiff.core.similarity import FEATURE_NAMES, LexicalSimilarity

REPO = Path(__file__).resolve().parents[2]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
CLUSTERS = REPO.parent / "shared" / "eval" / "news-clusters"
# Sums run in another order in numpy than in Python's set iteration (itself in a different order in every process:
# string hashes are randomised), so values may differ in their last bits; nothing coarser is allowed.
TOLERANCE = 1e-12

# Sentences chosen for edge cases: no numbers on one side, clashing numbers, names only one side has, a sentence of
# stopwords only, an empty one, one sharing nothing, repeated words (the LCS), a dateline-like prefix.
EDGE = [
    "At least 25 people were killed in Idlib on Tuesday, the Syrian Observatory said.",
    "The Syrian Observatory said 31 people were killed in Idlib on Tuesday.",
    "Warplanes struck Idlib; Idlib's hospitals said warplanes struck Idlib twice.",
    "It was what it was.",
    "",
    "Talks resumed in Geneva.",
    "Twenty-five people were killed, Reuters reported, as warplanes hit the rebel-held city.",
    "BEIRUT (Reuters) - Russian warplanes struck Idlib, killing 25 people.",
    "Russian and Syrian warplanes struck Idlib, killing 25 people, a monitor said.",
]


def _all_pairs(n: int) -> tuple[np.ndarray, np.ndarray]:
    pairs = list(itertools.product(range(n), repeat=2))
    return np.array([i for i, _ in pairs]), np.array([j for _, j in pairs])


@pytest.mark.parametrize("with_embeddings", [False, True])
def test_block_features_equal_pair_features_on_edge_cases(with_embeddings: bool) -> None:
    """Every feature of every ordered pair of the edge sentences (with and without the language model)."""
    embeddings = None
    if with_embeddings:
        model = semantic.encoder()
        assert model is not None
        embeddings = model.embed(EDGE)
    sim = LexicalSimilarity(EDGE, [None] * 7 + [(0, 18), None], embeddings, articles=[0, 1, 1, 2, 2, 3, 3, 4, 5])
    lefts, rights = _all_pairs(len(EDGE))
    nonempty = [k for k, (i, j) in enumerate(zip(lefts, rights, strict=True)) if EDGE[i] and EDGE[j]]
    block = sim.pair_features_block(lefts[nonempty], rights[nonempty])
    scalar = np.array([sim.pair_features(int(lefts[k]), int(rights[k])) for k in nonempty])
    assert block.shape == (len(nonempty), len(FEATURE_NAMES))
    for column, name in enumerate(FEATURE_NAMES):
        assert np.allclose(block[:, column], scalar[:, column], rtol=0, atol=TOLERANCE), name
    assert block[:, FEATURE_NAMES.index("numbers_clash")].any()  # the cases do reach the clash features
    assert block[:, FEATURE_NAMES.index("entity_clash")].any()


def test_block_scores_equal_pair_scores_with_and_without_floor(monkeypatch: pytest.MonkeyPatch) -> None:
    """score(i, j, floor) and containment(i, j) answered from a block equal the pair-by-pair answers."""
    sim = LexicalSimilarity(EDGE, articles=[0, 1, 1, 2, 2, 3, 3, 4, 5])
    lefts, rights = _all_pairs(len(EDGE))
    scores, bounds, contained = sim.score_pairs(lefts, rights)
    monkeypatch.setattr(similarity, "BLOCK_SCORING", False)
    reference = LexicalSimilarity(EDGE, articles=[0, 1, 1, 2, 2, 3, 3, 4, 5])
    for k, (i, j) in enumerate(zip(lefts.tolist(), rights.tolist(), strict=True)):
        if not (EDGE[i] and EDGE[j]):
            continue
        assert scores[k] == pytest.approx(reference.score(i, j), abs=TOLERANCE)
        assert contained[k] == pytest.approx(reference.containment(i, j), abs=TOLERANCE)
        for floor in (0.3, 0.5, 0.9):
            # the floored score is the full one or 0.0 exactly as the reference decides
            floored = 0.0 if bounds[k] < floor else scores[k]
            assert floored == pytest.approx(reference.score(i, j, floor=floor), abs=TOLERANCE)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.frozensets(st.integers(0, 40), max_size=12), min_size=1, max_size=12),
    st.lists(st.tuples(st.integers(0, 11), st.integers(0, 11)), max_size=40),
)
def test_overlap_counts_equal_set_intersections(rows: list[frozenset[int]], pairs: list[tuple[int, int]]) -> None:
    """SetRows.overlap counts and sums what Python's set intersection and difference give."""
    pairs = [(i % len(rows), j % len(rows)) for i, j in pairs]
    weights = [[0.5 + k for k in sorted(r)] for r in rows]
    sets = SetRows.build([sorted(r) for r in rows], 41, weights)
    left = np.array([i for i, _ in pairs], dtype=np.int64)
    right = np.array([j for _, j in pairs], dtype=np.int64)
    found = overlap(sets, left, sets, right)
    assert found.count().tolist() == [len(rows[i] & rows[j]) for i, j in pairs]
    assert found.sum_left(sets.values, shared=False).tolist() == pytest.approx(
        [sum(0.5 + k for k in rows[i] - rows[j]) for i, j in pairs]
    )
    assert found.sum_product(sets.values, sets.values).tolist() == pytest.approx(
        [sum((0.5 + k) ** 2 for k in rows[i] & rows[j]) for i, j in pairs]
    )


def _cases() -> list[tuple[str, list[Path]]]:
    cases = [("seeds", SEEDS)]
    if CLUSTERS.is_dir():
        for cluster in sorted(p for p in CLUSTERS.iterdir() if p.is_dir() and p.name.startswith("gva_")):
            if int(cluster.name.split("_")[1]) < 600_000:  # tuning clusters only
                cases.append((cluster.name, sorted(cluster.glob("article_*.txt"))))
    return cases


def _raw_matches(monkeypatch: pytest.MonkeyPatch, files: list[Path]) -> tuple[m.Report, list[align.Match]]:
    from reportdiff.core import compare

    found: list[align.Match] = []

    def recording(*args: object, **kwargs: object) -> list[align.Match]:
        matches = align.align_pair(*args, **kwargs)  # type: ignore[arg-type]
        found.extend(matches)
        return matches

    monkeypatch.setattr(compare, "align_pair", recording)
    report = compare_files(files)
    monkeypatch.setattr(compare, "align_pair", align.align_pair)
    return report, found


@pytest.mark.parametrize(("name", "files"), _cases(), ids=[name for name, _ in _cases()])
def test_reports_equal_to_the_pair_by_pair_path(name: str, files: list[Path], monkeypatch: pytest.MonkeyPatch) -> None:
    """Seeds and every tuning news cluster (skipped without ../shared/eval): the same links, kinds, flags and
    stored scores as with every pair scored one at a time; raw scores equal to the last bits of a float."""
    block_report, block_matches = _raw_matches(monkeypatch, files)
    monkeypatch.setattr(similarity, "BLOCK_SCORING", False)
    pair_report, pair_matches = _raw_matches(monkeypatch, files)
    assert [(x.left, x.right) for x in block_matches] == [(x.left, x.right) for x in pair_matches]
    assert len(block_matches) > 3
    for x, y in zip(block_matches, pair_matches, strict=True):
        assert x.score == pytest.approx(y.score, abs=TOLERANCE)
    assert block_report.links == pair_report.links
    assert block_report == pair_report


# Products per run of the sparse search: all in one run; runs of a few rows; (nearly) one row a run.
@pytest.mark.parametrize("run_work", [1 << 20, 40, 1])
@pytest.mark.parametrize("per_sentence", [1, 4])
# products summed by the shipped rule, a sort, a dense array, dense tiles of one row (a sort where it cannot tile)
@pytest.mark.parametrize("dense_sum", [1.0, 0.0, 1e9, "tiles"])
def test_dense_and_sparse_candidate_searches_agree_with_ties(
    per_sentence: int, run_work: int, dense_sum: float | str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The dense candidate search (small article pairs) keeps exactly the partners of the sparse one, ties included,
    however the sparse one cuts its products into runs of left sentences and sums them: three copies of each seed,
    so every sentence has several equally good partners."""
    monkeypatch.setattr(candidate_search, "CANDIDATE_RUN_WORK", run_work)
    tiles = dense_sum == "tiles"
    monkeypatch.setattr(candidate_search, "DENSE_SUM_CELLS_PER_PRODUCT", 0.0 if tiles else dense_sum)
    monkeypatch.setattr(candidate_search, "DENSE_SUM_CELLS", 1 << 18 if dense_sum == 1.0 else 0)
    monkeypatch.setattr(candidate_search, "TILED_SUM_CELLS_PER_PRODUCT", 1e9 if tiles else 0.0)
    texts, articles = tripled_seed_sentences()
    sim = LexicalSimilarity(texts, articles=articles)
    members = [[g for g, a in enumerate(articles) if a == k] for k in range(len(SEEDS) * 3)]
    for x, y in itertools.combinations(range(len(members)), 2):
        dense = list(sim.candidates(members[x], members[y], per_sentence))
        monkeypatch.setattr(candidate_search, "DENSE_CANDIDATE_CELLS", 0)
        sparse = list(sim.candidates(members[x], members[y], per_sentence))
        monkeypatch.setattr(candidate_search, "DENSE_CANDIDATE_CELLS", 1 << 20)
        assert dense == sparse and dense


def top_per_group_sorted(group: np.ndarray, value: np.ndarray, k: int) -> np.ndarray:
    """``top_per_group`` by the stable sort it replaced: the reference."""
    order = np.lexsort((-value, group))
    sorted_groups = group[order]
    rank = np.arange(len(order)) - np.searchsorted(sorted_groups, sorted_groups, side="left")
    mask = np.zeros(len(order), dtype=bool)
    mask[order[rank < k]] = True
    return mask


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 6), st.sampled_from([0.0, 0.25, 0.5, 0.5, 1.0, 3.0])), max_size=60),
    st.integers(1, 5),
)
def test_top_per_group_keeps_what_a_stable_sort_keeps(rows: list[tuple[int, float]], k: int) -> None:
    """The k best of each group, ties to the lower position, found in rounds as by the stable sort it replaced
    (few values, so ties everywhere; groups with fewer than k entries), groups in any order and one after another
    (maxima by segment)."""
    for ordered in (rows, sorted(rows, key=lambda r: r[0])):  # sorted by group only: ties keep their order
        group = np.array([g for g, _ in ordered], dtype=np.int64)
        value = np.array([v for _, v in ordered], dtype=np.float64)
        assert topk.top_per_group(group, value, k).tolist() == top_per_group_sorted(group, value, k).tolist()


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 9), st.sampled_from([0.25, 0.5, 0.5, 1.0, 3.0, -np.inf])), max_size=400),
    st.integers(1, 5),
)
def test_top_per_group_with_a_floor_keeps_what_a_stable_sort_keeps(rows: list[tuple[int, float]], k: int) -> None:
    """Groups in any order, with the floor from the maxima of 2k slices always taken (and never): the k best of
    each group, ties to the lower position, as the stable sort keeps them; many entries per group, few values (ties
    at and around the floor), groups in fewer than k slices, -inf entries never kept."""
    group = np.array([g for g, _ in rows], dtype=np.int64)
    value = np.array([v for _, v in rows], dtype=np.float64)
    finite = value > -np.inf
    expected = np.zeros(len(rows), dtype=bool)
    expected[np.flatnonzero(finite)[top_per_group_sorted(group[finite], value[finite], k)]] = True
    shipped = topk.TOP_PREFILTER_PER_GROUP
    try:
        for prefilter in (0, 1e18):
            topk.TOP_PREFILTER_PER_GROUP = prefilter
            assert topk.top_per_group(group, value, k).tolist() == expected.tolist()
    finally:
        topk.TOP_PREFILTER_PER_GROUP = shipped


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 30), st.floats(0.01, 20.0)), max_size=80))
def test_sum_by_key_dense_and_sorted_alike(items: list[tuple[int, float]]) -> None:
    """The dense bincount and the sorted way of summing products per key give the same keys and the same sums,
    bit for bit (each key's products added in the same order)."""
    key = np.array([k for k, _ in items], dtype=np.int64)
    products = np.array([v for _, v in items], dtype=np.float64)
    shipped = candidate_search.DENSE_SUM_CELLS_PER_PRODUCT, candidate_search.DENSE_SUM_CELLS
    candidate_search.DENSE_SUM_CELLS = 0
    try:
        candidate_search.DENSE_SUM_CELLS_PER_PRODUCT = 1e9
        dense = candidate_search.sum_by_key(key, products, 31)
        candidate_search.DENSE_SUM_CELLS_PER_PRODUCT = 0.0
        ordered = candidate_search.sum_by_key(key, products, 31)
    finally:
        candidate_search.DENSE_SUM_CELLS_PER_PRODUCT, candidate_search.DENSE_SUM_CELLS = shipped
    assert dense[0].tolist() == ordered[0].tolist() == sorted(set(key.tolist()))
    assert dense[1].tolist() == ordered[1].tolist()


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1, 9),
    st.integers(1, 9),
    st.lists(st.sampled_from([0.0, 0.0, 0.25, 0.5, 0.5, 1.0, 3.0]), min_size=81, max_size=81),
    st.integers(1, 5),
    st.randoms(use_true_random=False),
)
def test_top_per_row_and_column_keeps_what_a_stable_sort_keeps(
    height: int, width: int, values: list[float], k: int, shuffle: random.Random
) -> None:
    """The dense candidate top-k (k-th largest by partition, ties counted off by position) keeps, of the positive
    cells, each row's and each column's k best by the stable sort of the whole row/column, zeros included: few values
    (ties everywhere), rows and columns with fewer than k cells or fewer than k entries, cells in any order."""
    dense = np.array(values[: height * width]).reshape(height, width)
    rows, columns = np.nonzero(dense)
    order = list(range(len(rows)))
    shuffle.shuffle(order)
    rows, columns = rows[order], columns[order]
    value = dense[rows, columns]
    everything = np.arange(height * width)
    by_row = top_per_group_sorted(everything // width, dense.ravel(), k).reshape(height, width)
    by_column = top_per_group_sorted(everything // height, dense.T.ravel(), k).reshape(width, height).T
    expected = (by_row | by_column)[rows, columns]
    got = topk.top_per_row_and_column(rows, columns, value, height, width, k)
    assert got.tolist() == expected.tolist()
    # a value <= 0 ties with the empty cells: the whole-matrix masks give the same mask as the stable sort
    if len(value):
        value = value.copy()
        value[0] = 0.0
        dense[rows[0], columns[0]] = 0.0
        by_row = top_per_group_sorted(everything // width, dense.ravel(), k).reshape(height, width)
        by_column = top_per_group_sorted(everything // height, dense.T.ravel(), k).reshape(width, height).T
        got = topk.top_per_row_and_column(rows, columns, value, height, width, k)
        assert got.tolist() == (by_row | by_column)[rows, columns].tolist()


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.tuples(st.integers(0, 6), st.integers(0, 4), st.floats(0.01, 20.0)), max_size=80),
    st.integers(0, 12),
)
def test_sum_by_key_in_tiles_of_rows_alike(items: list[tuple[int, int, float]], tile_cells: int) -> None:
    """Products keyed row x 5 + column, rows in order (columns in any order within a row: the runs of a candidate
    search), summed by dense tiles of whole rows give the keys and sums, bit for bit, of the sort and of one dense
    array: tiles of one row up to the whole matrix (a tile of fewer cells than a row still holds one row)."""
    items = sorted(items, key=lambda item: item[0])  # rows in order, columns as they come
    key = np.array([row * 5 + column for row, column, _ in items], dtype=np.int64)
    products = np.array([v for _, _, v in items], dtype=np.float64)
    knobs = ("DENSE_SUM_CELLS", "DENSE_SUM_CELLS_PER_PRODUCT", "TILED_SUM_CELLS_PER_PRODUCT")
    shipped = [getattr(candidate_search, name) for name in knobs]
    try:
        candidate_search.DENSE_SUM_CELLS, candidate_search.DENSE_SUM_CELLS_PER_PRODUCT = tile_cells, 0.0
        candidate_search.TILED_SUM_CELLS_PER_PRODUCT = 1e9
        tiled = candidate_search.sum_by_key(key, products, 35, 5)
        candidate_search.TILED_SUM_CELLS_PER_PRODUCT = 0.0
        ordered = candidate_search.sum_by_key(key, products, 35, 5)
        candidate_search.DENSE_SUM_CELLS = 35
        dense = candidate_search.sum_by_key(key, products, 35, 5)
    finally:
        for name, value in zip(knobs, shipped, strict=True):
            setattr(candidate_search, name, value)
    assert tiled[0].tolist() == ordered[0].tolist() == dense[0].tolist() == sorted(set(key.tolist()))
    assert tiled[1].tobytes() == ordered[1].tobytes() == dense[1].tobytes()


@settings(max_examples=300, deadline=None)
@given(
    st.integers(1, 9),
    st.integers(1, 9),
    st.lists(st.sampled_from([0.0, 0.0, 0.25, 0.5, 0.5, 1.0, 3.0, 5e-324]), min_size=81, max_size=81),
    st.integers(1, 5),
)
def test_top_cells_keep_what_a_stable_sort_keeps(height: int, width: int, values: list[float], k: int) -> None:
    """The dense candidate matrix's top-k cells (k-th largest by partition, every cell at or above it, ties counted
    off by position where more than k reach it) are, of its positive cells, each row's and each column's k best by
    the stable sort of the whole row/column, zeros included; no zero cell is kept: few values (ties everywhere),
    the smallest positive float, rows and columns with fewer than k positive cells."""
    dense = np.array(values[: height * width]).reshape(height, width)
    everything = np.arange(height * width)
    by_row = top_per_group_sorted(everything // width, dense.ravel(), k).reshape(height, width)
    by_column = top_per_group_sorted(everything // height, dense.T.ravel(), k).reshape(width, height).T
    expected = (by_row | by_column) & (dense > 0)
    assert topk.top_cells(dense, k).tolist() == expected.tolist()


def test_postings_of_whole_articles_are_kept_and_equal_fresh_ones() -> None:
    """The candidate search's postings of a whole article are made once (the same object when asked again) and
    equal the ones made from scratch; any other list of sentences (reversed, partial, repeated) is made afresh in
    its own order: rows, words and weights sentence after sentence, sorted by word, and each word's distinct place."""
    texts, articles = tripled_seed_sentences()
    sim = LexicalSimilarity(texts, articles=articles)

    def reference(sentences: np.ndarray) -> tuple[list[list[float]], ...]:
        row, term, value = sim.index.rows(sentences)
        order = np.argsort(term, kind="stable")
        words = sorted(set(term.tolist()))
        place = [words.index(t) for t in term.tolist()]
        fields = (row, term, value, row[order], term[order], value[order], np.array(words), np.array(place))
        return tuple(np.asarray(f).tolist() for f in fields)

    for article in range(3):
        members = np.array([g for g, a in enumerate(articles) if a == article])
        kept = sim.index.postings(members)
        assert sim.index.postings(members.copy()) is kept
        assert tuple(np.asarray(f).tolist() for f in kept) == reference(members)
        for other in (members[::-1].copy(), members[1:], np.concatenate([members, members[:2]])):
            got = sim.index.postings(other)
            assert got is not kept
            assert tuple(np.asarray(f).tolist() for f in got) == reference(other)
