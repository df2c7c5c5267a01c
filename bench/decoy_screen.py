"""Screen extra feature columns memoised by ``bench/ecbplus.py --oof --columns FILE:FUNCTION --memo MEMO``: each
variant keeps some of the extra columns (the others set to 0, a constant no tree splits on), refits the out-of-fold
trees as ecbplus.py --oof does and prints its figures (P / R / content R, decoy P). Session 32 (issue 11).

    python bench/decoy_screen.py MEMO --strict 0.34 --keep - --keep nm_absent_min,nm_absent_max --thresholds 0.3
    python bench/decoy_screen.py MEMO --keep nm_count_min --monotone nm_count_min=-1

``--keep -``: none of the extra columns (the baseline from the same runs). ``--monotone NAME=-1``: the column may only
lower the score (as train_similarity.py's MONOTONE constrains the engine's clash features).
"""

from __future__ import annotations

import argparse
import dataclasses
import pickle
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import decoy_columns
import ecbplus
import numpy as np
import train_similarity

from reportdiff.core.align import AlignSettings
from reportdiff.core.similarity import FEATURE_NAMES


def keep_columns(
    runs: Sequence[Any], extra: Sequence[str], kept: Sequence[str], dropped: Sequence[str] = ()
) -> list[Any]:
    """``runs`` with the extra columns not in ``kept``, and the engine's columns ``dropped``, set to 0."""
    drop = [len(FEATURE_NAMES) + k for k, name in enumerate(extra) if name not in kept]
    drop += [FEATURE_NAMES.index(name) for name in dropped]
    changed = []
    for run in runs:
        blocks = []
        for b in run.blocks:
            features = b.features.copy()
            features[:, drop] = 0.0
            blocks.append(dataclasses.replace(b, features=features))
        changed.append(dataclasses.replace(run, blocks=blocks))
    return changed


class _Unpickler(pickle.Unpickler):
    """Reads a memo written by ``python ecbplus.py`` (its classes pickled as ``__main__``'s)."""

    def find_class(self, module: str, name: str) -> Any:
        return super().find_class("ecbplus" if module == "__main__" else module, name)


def load_memo(path: Path) -> list[Any]:
    """The runs of an ``ecbplus.py --oof --memo`` file."""
    with path.open("rb") as handle:
        return _Unpickler(handle).load()  # type: ignore[no-any-return]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("memo", type=Path)
    parser.add_argument(
        "--names",
        required=True,
        help="the memo's extra column names in order: NAME1,NAME2,... or a tuple of decoy_columns.py (SALIENCE)",
    )
    parser.add_argument(
        "--keep", action="append", default=[], help="NAME1,NAME2[/ENGINE1,ENGINE2] kept [engine columns set to 0]"
    )
    parser.add_argument("--drop", action="append", default=[], help="engine columns NAME1,NAME2 set to 0 (a variant)")
    parser.add_argument("--monotone", action="append", default=[], help="NAME=-1 or NAME=1 for an extra column")
    parser.add_argument("--strict", type=float, default=train_similarity.STRICT)
    parser.add_argument("--thresholds", type=lambda v: [float(x) for x in v.split(",")], default=[0.30])
    args = parser.parse_args(argv)
    listed = [n for n in args.names.split(",") if n]
    extra = list(getattr(decoy_columns, args.names)) if args.names.isupper() else listed
    runs = load_memo(args.memo)
    if args.strict:
        ecbplus.with_overlaps(runs)
    signs = {k.partition("=")[0]: int(k.partition("=")[2]) for k in args.monotone}
    base_fit = train_similarity.fit_trees

    def fit_trees(x: np.ndarray, y: np.ndarray, weight: np.ndarray | None = None) -> Any:
        from sklearn.ensemble import HistGradientBoostingClassifier

        monotone = [*(train_similarity.MONOTONE.get(n, 0) for n in FEATURE_NAMES), *(signs.get(n, 0) for n in extra)]
        return HistGradientBoostingClassifier(**train_similarity.TREES, monotonic_cst=monotone[: x.shape[1]]).fit(
            x, y, sample_weight=weight
        )

    train_similarity.fit_trees = fit_trees  # ecbplus.oof_scores imports it at call time
    start = time.perf_counter()
    try:
        variants = [(*keep.partition("/")[::2],) for keep in args.keep or ["-"]] + [("-", d) for d in args.drop]
        for variant, dropping in variants:
            kept = [n for n in variant.split(",") if n and n != "-"]
            dropped = [n for n in dropping.split(",") if n and n != "-"]
            now = keep_columns(runs, extra, kept, dropped)
            scores = ecbplus.oof_scores(now, strict=args.strict)
            for threshold in args.thresholds:
                align = dataclasses.replace(AlignSettings(), link_threshold=threshold)
                figures = ecbplus.oof_figures(now, scores, align)
                shown = ",".join(f"{n}{'(' + str(signs[n]) + ')' if n in signs else ''}" for n in kept) or "none"
                shown += f" without {','.join(dropped)}" if dropped else ""
                print(f"keep {shown} at {threshold}: {figures}; {time.perf_counter() - start:.0f} s", flush=True)
    finally:
        train_similarity.fit_trees = base_fit
    return 0


if __name__ == "__main__":
    sys.exit(main())
