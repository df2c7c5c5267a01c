"""The tree model of the same-statement score (core/trees.py) and the features read against the other article:
numpy evaluation equal to scikit-learn's, block and pair paths equal, and the article features on small cases."""

from __future__ import annotations

import itertools
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from types import ModuleType

import numpy as np
import pytest

from reportdiff.core import semantic, similarity
from reportdiff.core.similarity import FEATURE_NAMES, MODEL_FILE, LexicalSimilarity
from reportdiff.core.trees import TreeEnsemble

TOLERANCE = 1e-12


@pytest.fixture(scope="module")
def train_similarity() -> ModuleType:
    """bench/train_similarity.py, the script that fits and exports the trees (needs scikit-learn)."""
    pytest.importorskip("sklearn")
    sys.path.insert(0, str(MODEL_FILE.parents[1] / "bench"))
    try:
        import train_similarity
    finally:
        sys.path.pop(0)
    return train_similarity


def test_a_hand_built_tree_sends_rows_left_at_or_below_the_threshold() -> None:
    """One split tree and one leaf-only tree: the margin is base + the leaf of each, <= going left."""
    data = {
        "features": ["b", "a"],
        "base": -1.0,
        "depth": 1,
        "trees": [
            {"feature": [1, -1, -1], "threshold": [0.5, 0, 0], "left": [1, -1, -1], "right": [2, -1, -1],
             "value": [0.0, 2.0, 3.0]},
            {"feature": [-1], "threshold": [0], "left": [-1], "right": [-1], "value": [0.25]},
        ],
    }  # fmt: skip
    trees = TreeEnsemble.from_json(data, ["a", "b"])
    rows = np.array([[0.5, 9.0], [0.50001, 9.0], [-3.0, 0.0]])
    assert trees.margin(rows).tolist() == [-1.0 + 2.0 + 0.25, -1.0 + 3.0 + 0.25, -1.0 + 2.0 + 0.25]
    assert trees.margin(np.zeros((0, 2))).shape == (0,)


def test_margins_equal_scikit_learns_on_random_data(train_similarity: ModuleType) -> None:
    """A gradient-boosted model fitted by scikit-learn and exported as bench/train_similarity.py does gives the
    same log-odds through numpy as scikit-learn's own decision_function."""
    rng = np.random.default_rng(7)
    x = rng.random((600, len(FEATURE_NAMES)))
    y = ((x[:, 0] + x[:, 3] * x[:, 5] + rng.normal(0, 0.2, 600)) > 0.8).astype(float)
    model = train_similarity.fit_trees(x, y)
    exported = json.loads(json.dumps(train_similarity.trees_json(model)))
    trees = TreeEnsemble.from_json(exported, FEATURE_NAMES)
    test = rng.random((300, len(FEATURE_NAMES)))
    assert np.allclose(trees.margin(test), model.decision_function(test), rtol=0, atol=1e-9)


def test_trees_fit_on_extra_columns_with_the_shipped_constraints(train_similarity: ModuleType) -> None:
    """bench/ecbplus.py --columns fits trees on FEATURE_NAMES plus extra columns: the extra ones are unconstrained,
    the named ones keep their monotone constraint (a score never rises with numbers_clash)."""
    rng = np.random.default_rng(3)
    x = rng.random((400, len(FEATURE_NAMES) + 2))
    y = ((x[:, -1] + x[:, 0] + rng.normal(0, 0.2, 400)) > 1.0).astype(float)
    model = train_similarity.fit_trees(x, y)
    constraints = list(model.monotonic_cst)
    assert len(constraints) == x.shape[1] and constraints[-2:] == [0, 0]
    assert constraints[FEATURE_NAMES.index("numbers_clash")] == -1


def test_the_shipped_score_is_a_tree_model_and_needs_no_scikit_learn() -> None:
    """The default same-statement model is the tree ensemble, and loading the engine imports no scikit-learn."""
    assert isinstance(similarity.MODELS["same_statement"], TreeEnsemble)
    code = "import sys, reportdiff.core.compare; print('sklearn' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


SENTENCES = [
    # article 0
    "Police arrested Vincent Jackson on suspicion of DUI early Sunday.",
    "Jackson was released on bail, police said.",
    "The Chargers said they were aware of the arrest.",
    # article 1: the same event
    "Chargers receiver Vincent Jackson was arrested for DUI on Sunday.",
    "He was freed on bail, a police spokesman said.",
    # article 2: another event of one kind
    "Chargers tackle Jamal Williams was arrested for DUI in San Diego.",
    "Williams will appear in court next month.",
]
ARTICLES = [0, 0, 0, 1, 1, 2, 2]


@pytest.fixture(scope="module")
def embedded() -> LexicalSimilarity:
    model = semantic.encoder()
    assert model is not None
    return LexicalSimilarity(SENTENCES, None, model.embed(SENTENCES), ARTICLES)


def test_names_the_other_report_never_mentions_count_as_absent(embedded: LexicalSimilarity) -> None:
    """anchor_absent: Williams appears nowhere in the first report (1), Jackson is in the second one (0)."""
    absent_min, absent_max = FEATURE_NAMES.index("anchor_absent_min"), FEATURE_NAMES.index("anchor_absent_max")
    same = embedded.pair_features(0, 3)
    other = embedded.pair_features(0, 5)
    assert same[absent_max] == 0.0
    assert other[absent_min] > 0.5
    assert other[absent_max] > same[absent_max]


def test_each_others_best_partner_is_mutual_and_relative_one(embedded: LexicalSimilarity) -> None:
    """semantic_mutual is 1 for a pair each of whose sentences has no better partner in the other article, and the
    relative cosines are the pair's cosine over each sentence's best (at most 1)."""
    rel_min, rel_max = FEATURE_NAMES.index("semantic_rel_min"), FEATURE_NAMES.index("semantic_rel_max")
    mutual = FEATURE_NAMES.index("semantic_mutual")
    rows = {(i, j): embedded.pair_features(i, j) for i in range(3) for j in range(3, 5)}
    cos = {key: row[FEATURE_NAMES.index("semantic")] for key, row in rows.items()}
    for (i, j), row in rows.items():
        best_i = max(cos[(i, k)] for k in range(3, 5))
        best_j = max(cos[(k, j)] for k in range(3))
        assert row[mutual] == float(cos[(i, j)] == best_i == best_j)
        assert 0.0 <= row[rel_min] <= row[rel_max] <= 1.0
        assert row[rel_min] == pytest.approx(min(cos[(i, j)] / best_i, cos[(i, j)] / best_j), abs=1e-6)
    assert rows[(0, 3)][mutual] == 1.0
    support = FEATURE_NAMES.index("semantic_support")
    assert rows[(0, 3)][support] == rows[(1, 4)][support] > 0  # one figure per article pair


def test_tree_scores_of_a_block_equal_the_pair_by_pair_scores(monkeypatch: pytest.MonkeyPatch) -> None:
    """With the language model (the tree model), score_pairs equals score(i, j) computed one pair at a time."""
    model = semantic.encoder()
    assert model is not None
    vectors = model.embed(SENTENCES)
    sim = LexicalSimilarity(SENTENCES, None, vectors, ARTICLES)
    pairs = [(i, j) for i, j in itertools.product(range(len(SENTENCES)), repeat=2) if ARTICLES[i] != ARTICLES[j]]
    lefts, rights = np.array([i for i, _ in pairs]), np.array([j for _, j in pairs])
    scores, bounds, _ = sim.score_pairs(lefts, rights)
    assert np.array_equal(scores, bounds)  # no word-order bound for trees
    monkeypatch.setattr(similarity, "BLOCK_SCORING", False)
    reference = LexicalSimilarity(SENTENCES, None, vectors, ARTICLES)
    for k, (i, j) in enumerate(pairs):
        assert scores[k] == pytest.approx(reference.score(i, j), abs=TOLERANCE)
        assert (scores[k] >= 0.3) == (reference.score(i, j, floor=0.3) >= 0.3)
    assert scores.max() > 0.5 and scores.min() < 0.5


def test_articles_numbered_past_the_sentence_count_are_told_apart() -> None:
    """An article left without content sentences (only a stray mark) shifts the article numbers past the number
    of sentences: block features still read the right article pair, as the pair path does."""
    texts = ["25 people were killed in Idlib.", "Idlib: 25 people were killed."]
    model = semantic.encoder()
    assert model is not None
    sim = LexicalSimilarity(texts, None, model.embed(texts), articles=[1, 2])
    block = sim.pair_features_block(np.array([0]), np.array([1]))[0]
    assert np.allclose(block, np.array(sim.pair_features(0, 1)), rtol=0, atol=TOLERANCE)
    assert block[FEATURE_NAMES.index("semantic_mutual")] == 1.0


def test_one_row_walked_in_python_equals_the_numpy_block() -> None:
    """margin_one (the pair path's) gives the margins of margin (the block path's) for the shipped model."""
    trees = similarity.MODELS["same_statement"]
    assert isinstance(trees, TreeEnsemble)
    rows = np.random.default_rng(3).random((200, len(FEATURE_NAMES)))
    assert np.allclose([trees.margin_one(list(r)) for r in rows], trees.margin(rows), rtol=0, atol=1e-12)


def margin_fitted(trees: TreeEnsemble, rows: np.ndarray) -> np.ndarray:
    """``margin`` walking the fitted trees' child links, as before the trees were completed: the reference."""
    x = np.ascontiguousarray(rows, dtype=np.float64)
    n, count = len(x), len(trees.feature)
    if not n:
        return np.zeros(0)
    width = trees.feature.shape[1]
    feature, threshold = trees.feature.ravel(), trees.threshold.ravel()
    left, right = trees.left.ravel(), trees.right.ravel()
    offset = np.arange(count) * width  # each tree's first node in the flat arrays
    node = np.broadcast_to(offset, (n, count)).copy()  # flat node index of every (row, tree)
    row = (np.arange(n) * x.shape[1])[:, None]
    flat_x = x.ravel()
    for _ in range(trees.depth):
        go_left = flat_x.take(row + feature.take(node)) <= threshold.take(node)
        node = np.where(go_left, left.take(node), right.take(node)) + offset
    return trees.base + trees.value.ravel().take(node).sum(axis=1)


def test_complete_trees_give_the_fitted_trees_margins_bit_for_bit() -> None:
    """margin (the trees completed to full depth, children by arithmetic) equals margin_fitted (the fitted trees'
    child links) exactly, on random rows and rows sitting exactly on the model's thresholds (<= goes left)."""
    trees = similarity.MODELS["same_statement"]
    assert isinstance(trees, TreeEnsemble)
    rng = np.random.default_rng(11)
    rows = rng.random((500, len(FEATURE_NAMES)))
    inner = trees.threshold < np.inf
    for k in range(len(rows)):  # each row: a few features set to a threshold the model tests them at
        for t, node in zip(*np.nonzero(inner), strict=True):
            if rng.random() < 0.01:
                rows[k, trees.feature[t, node]] = trees.threshold[t, node]
    assert trees.margin(rows).tolist() == margin_fitted(trees, rows).tolist()
    _, completed, _ = trees._complete  # type: ignore[attr-defined]
    assert np.isinf(completed[:, : 2**trees.depth - 1]).any()  # leaves above the last level are part of the test


def _random_ensemble(rng: np.random.Generator, depth: int, columns: int, trees: int = 30) -> TreeEnsemble:
    """Random fitted trees of at most ``depth`` levels (some leaves higher up), thresholds from a small pool so
    that trees share them, in the JSON form bench/train_similarity.py writes."""
    pool = [*np.round(rng.random(12), 2).tolist(), 0.0, 0.5, 1.0]

    def tree() -> dict[str, list]:
        nodes: dict[str, list] = {"feature": [], "threshold": [], "left": [], "right": [], "value": []}

        def grow(level: int) -> int:
            k = len(nodes["feature"])
            for key in nodes:
                nodes[key].append(0)
            if level == depth or (level and rng.random() < 0.25):
                nodes["feature"][k], nodes["left"][k], nodes["right"][k] = -1, -1, -1
                nodes["value"][k] = float(rng.normal())
                return k
            nodes["feature"][k] = int(rng.integers(0, columns))
            nodes["threshold"][k] = float(rng.choice(pool))
            nodes["left"][k] = grow(level + 1)
            nodes["right"][k] = grow(level + 1)
            return k

        grow(0)
        return nodes

    names = [f"c{k}" for k in range(columns)]
    data = {"features": names, "base": float(rng.normal()), "depth": depth, "trees": [tree() for _ in range(trees)]}
    return TreeEnsemble.from_json(data, names)


def _rows_on_thresholds(rng: np.random.Generator, trees: TreeEnsemble, n: int, columns: int) -> np.ndarray:
    """Random rows, many values set exactly to a threshold the trees test (<= goes left), some NaN and infinite."""
    rows = rng.random((n, columns))
    inner = np.isfinite(trees.threshold)
    for k in range(n):
        for t, node in zip(*np.nonzero(inner), strict=True):
            if rng.random() < 0.05:
                rows[k, trees.feature[t, node]] = trees.threshold[t, node]
    rows[rng.random(rows.shape) < 0.01] = np.nan
    rows[rng.random(rows.shape) < 0.01] = np.inf
    rows[rng.random(rows.shape) < 0.01] = -np.inf
    return rows


@pytest.mark.parametrize("depth", [1, 2, 3, 4, 5, 6])
def test_quick_margins_equal_the_walk_on_random_trees(depth: int) -> None:
    """margin (leaves found by masks: QuickScorer) equals margin_walk (the level walk) and the fitted trees' walk,
    bit for bit, for random ensembles of one to six levels (one to eight bytes a mask) with early leaves, on rows
    sitting on the thresholds, NaN and infinities included."""
    rng = np.random.default_rng(depth)
    trees = _random_ensemble(rng, depth, columns=5)
    assert trees._quick is not None  # type: ignore[attr-defined]
    rows = _rows_on_thresholds(rng, trees, 400, 5)
    quick = trees.margin(rows)
    assert quick.tobytes() == trees.margin_walk(rows).tobytes()
    finite = np.isfinite(rows).all(axis=1)  # the fitted walk (the test's reference) only on finite rows: the
    assert quick[finite].tolist() == margin_fitted(trees, rows[finite]).tolist()  # completed chains differ on NaN


def test_quick_margins_equal_the_walk_on_the_shipped_model() -> None:
    """The shipped model: candidate rows of the seeds with the language model (every cross-article sentence pair),
    and random rows on its thresholds: margin == margin_walk bit for bit; deeper than six levels: the walk."""
    trees = similarity.MODELS["same_statement"]
    assert isinstance(trees, TreeEnsemble)
    model = semantic.encoder()
    assert model is not None
    texts = [line for path in sorted((MODEL_FILE.parents[1] / "seeds").glob("*.txt"))
             for line in path.read_text(encoding="utf-8").split(". ") if line.strip()]  # fmt: skip
    articles = [k * 2 // len(texts) for k in range(len(texts))]
    sim = LexicalSimilarity(texts, None, model.embed(texts), articles=articles)
    pairs = [(i, j) for i, j in itertools.product(range(len(texts)), repeat=2) if articles[i] < articles[j]]
    rows = sim.pair_features_block(np.array([i for i, _ in pairs]), np.array([j for _, j in pairs]))
    rows = np.concatenate([rows, _rows_on_thresholds(np.random.default_rng(5), trees, 300, len(FEATURE_NAMES))])
    assert trees.margin(rows).tobytes() == trees.margin_walk(rows).tobytes()
    deep = _random_ensemble(np.random.default_rng(1), 7, columns=3, trees=3)
    assert deep._quick is None  # type: ignore[attr-defined]
    assert deep.margin(np.zeros((2, 3))).tolist() == deep.margin_walk(np.zeros((2, 3))).tolist()


def test_margins_keep_their_bits_as_working_arrays_are_reused() -> None:
    """margin's per-thread working arrays, reused between calls: blocks of growing and shrinking sizes from
    ensembles of other mask widths (one byte to eight bytes a tree) in turn, and four threads at once, each give
    margin_walk's bits."""
    rng = np.random.default_rng(21)
    ensembles = [_random_ensemble(rng, depth, columns=5, trees=trees) for depth, trees in ((3, 30), (2, 9), (6, 12))]
    blocks = [_rows_on_thresholds(rng, ensembles[0], n, 5) for n in (700, 3, 1, 1500, 40, 0)]
    expected = [[t.margin_walk(rows).tobytes() for rows in blocks] for t in ensembles]
    for _ in range(2):
        for e, trees in enumerate(ensembles):
            assert [trees.margin(rows).tobytes() for rows in blocks] == expected[e]

    def run(e: int) -> bool:
        return all([ensembles[e].margin(rows).tobytes() for rows in blocks] == expected[e] for _ in range(10))

    with ThreadPoolExecutor(4) as pool:
        assert all(pool.map(run, [0, 1, 2, 0, 1, 2, 0, 0]))


@pytest.mark.parametrize(
    ("thresholds", "parted"),
    [
        ([0.25], True),  # one threshold: any grid parts it
        ([0.0, 0.5, 1.0, np.inf], True),  # the completed trees' +inf chains among the thresholds
        ([0.1, 0.1 + 1e-9, 0.7], False),  # two thresholds closer than the finest grid's bucket: the search stays
        ([-3.0, -1e-300, 1e-300, 2.5e3], False),  # two around zero, closer still
        ([-3.0, -0.5, 0.0, 1.0, 25.0], True),  # negative, zero and far apart: a finer grid
        ([np.inf], False),  # no finite threshold: the search
        (sorted(np.random.default_rng(3).random(35).tolist()), True),  # as many as the shipped model's longest column
    ],
)
def test_buckets_count_the_thresholds_below_each_value_as_the_search_does(
    thresholds: list[float], parted: bool
) -> None:
    """_Buckets.below_each equals np.searchsorted(thresholds, values) on random values, on every threshold and its
    two floating-point neighbours, on -0.0, +-inf, huge values and the bucket edges; a block holding NaN is left to
    the search, and so are thresholds no grid parts."""
    from reportdiff.core.trees import _Buckets

    kept = np.array(thresholds)
    table = _Buckets.build(kept)
    assert (table is not None) is parted
    if table is None:
        return
    finite = kept[np.isfinite(kept)]
    edges = finite[0] + np.arange(table.top + 1) / table.scale  # where the buckets change, about
    values = np.concatenate([
        np.random.default_rng(7).uniform(finite[0] - 1, finite[-1] + 1, 2000), kept, np.nextafter(kept, -np.inf),
        np.nextafter(kept, np.inf), edges, np.nextafter(edges, -np.inf), np.nextafter(edges, np.inf),
        [-0.0, 0.0, np.inf, -np.inf, 1.7e308, -1.7e308],
    ])  # fmt: skip
    got = table.below_each(values, np.empty(len(values), dtype=np.intp))
    assert got is not None and got.tolist() == np.searchsorted(kept, values, side="left").tolist()
    assert table.below_each(np.array([0.5, np.nan]), np.empty(2, dtype=np.intp)) is None
