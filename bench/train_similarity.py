"""Fit the lexical similarity's logistic weights on MSRP *train* and print them (copy into core/similarity.py).

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
    sentences = [s for _, a, b in rows for s in (a, b)]
    sim = LexicalSimilarity(sentences)
    return [sim.pair_features(2 * k, 2 * k + 1) for k in range(len(rows))]


def main() -> int:
    rows = read_msrp("train")
    if not rows:
        print("MSRP not found; nothing to fit")
        return 0
    xs = features_of(rows)
    ys = [y for y, _, _ in rows]
    w = fit(xs, ys)
    print(f"BIAS = {w[0]:.3f}")
    print("WEIGHTS = (" + ", ".join(f"{v:.3f}" for v in w[1:]) + ")")
    for name, v in zip(FEATURE_NAMES, w[1:], strict=True):
        print(f"  {name:15s} {v:+.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
