"""Fit the lexical similarity's two logistic models on MSRP *train* and print them (copy into core/similarity.py).

IDF comes from the train sentences themselves, as the engine computes it over the texts it compares.
Plain Newton-Raphson (IRLS) on a handful of features: no numpy needed.
"""

from __future__ import annotations

import math
import sys

from msrp import read_msrp

from reportdiff.core.similarity import FEATURE_NAMES, LexicalSimilarity

L2 = 1.0  # small ridge penalty: keeps weights finite when a feature nearly separates the classes


def solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting."""
    n = len(b)
    m = [[*row[:], b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(c + 1, n):
            f = m[r][c] / m[c][c]
            for k in range(c, n + 1):
                m[r][k] -= f * m[c][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / m[r][r]
    return x


def fit(xs: list[tuple[float, ...]], ys: list[int]) -> list[float]:
    d = len(xs[0]) + 1
    w = [0.0] * d
    for _ in range(25):
        grad = [0.0] * d
        hess = [[0.0] * d for _ in range(d)]
        for x, y in zip(xs, ys, strict=True):
            v = (1.0, *x)
            z = sum(wi * vi for wi, vi in zip(w, v, strict=True))
            p = 1 / (1 + math.exp(-z))
            for i in range(d):
                grad[i] += (p - y) * v[i]
                for j in range(d):
                    hess[i][j] += p * (1 - p) * v[i] * v[j]
        for i in range(1, d):
            grad[i] += L2 * w[i]
            hess[i][i] += L2
        step = solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return w


def features_of(rows: list[tuple[int, str, str]]) -> list[tuple[float, ...]]:
    """Features of each MSRP pair, IDF over the split's sentences."""
    sentences = [s for _, a, b in rows for s in (a, b)]
    sim = LexicalSimilarity(sentences)
    return [sim.pair_features(2 * k, 2 * k + 1) for k in range(len(rows))]


def alignment_examples(rows: list[tuple[int, str, str]]) -> tuple[list[tuple[float, ...]], list[int]]:
    """Candidate pairs of the two-article alignment (all first sentences vs all second ones), labelled 1 for a
    sentence's own partner (whatever its paraphrase label: both speak of one story) and 0 for the look-alikes."""
    n = len(rows)
    sim = LexicalSimilarity([a for _, a, _ in rows] + [b for _, _, b in rows])
    xs, ys = [], []
    for i, j in sim.candidates(range(n), range(n, 2 * n)):
        if sim.features[i].content & sim.features[j].content:
            xs.append(sim.pair_features(i, j))
            ys.append(1 if j == i + n else 0)
    return xs, ys


def show(name: str, w: list[float]) -> None:
    print(f"{name}_WEIGHTS = (" + ", ".join(f"{v:.3f}" for v in w[1:]) + ")")
    print(f"{name}_BIAS = {w[0]:.3f}")
    for feature, v in zip(FEATURE_NAMES, w[1:], strict=True):
        print(f"  {feature:17s} {v:+.3f}")


def main() -> int:
    rows = read_msrp("train")
    if not rows:
        print("MSRP not found; nothing to fit")
        return 0
    show("PARAPHRASE", fit(features_of(rows), [y for y, _, _ in rows]))
    xs, ys = alignment_examples(rows)
    print(f"alignment: {len(xs)} candidate pairs, {sum(ys)} own partners")
    show("SAME_STATEMENT", fit(xs, ys))
    return 0


if __name__ == "__main__":
    sys.exit(main())
