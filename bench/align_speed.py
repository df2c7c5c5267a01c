"""Whole-process time of ``reportdiff compare`` (language model load included), side by side, medians.

Cases: the 5-article news cluster gva_595069 and a 20-article ECB+ comparison (1ecbplus-a). Each given executable
runs the same case in turn, round after round, so the shared machine's noise falls on all alike; medians printed.
Goals of issue 11: under 0.4 s and under 1 s.

    python bench/align_speed.py [--rounds 7] [--reportdiff OTHER/.venv/bin/reportdiff ...]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from msrp import EVAL

HERE = Path(sys.executable).parent / "reportdiff"


def cases() -> dict[str, list[Path]]:
    """Name -> article files (cases whose data is absent are left out)."""
    found: dict[str, list[Path]] = {}
    cluster = EVAL / "news-clusters" / "gva_595069"
    if cluster.is_dir():
        found["gva_595069 (5 articles)"] = sorted(cluster.glob("article_*.txt"))
    gold = EVAL / "ecbplus" / "gold.json"
    if gold.exists():
        comps = {c["id"]: c for c in json.loads(gold.read_text(encoding="utf-8"))["comparisons"]}
        docs = comps["1ecbplus-a"]["docs"]
        found[f"ECB+ 1ecbplus-a ({len(docs)} articles)"] = [EVAL / "ecbplus" / "docs" / f"{d}.txt" for d in docs]
    return found


def run(executable: Path, files: Sequence[Path]) -> float:
    with tempfile.TemporaryDirectory() as folder:
        out = str(Path(folder) / "report.json")
        start = time.perf_counter()
        subprocess.run([str(executable), "compare", *map(str, files), "--json", out, "--quiet"], check=True)
        return time.perf_counter() - start


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--reportdiff", action="append", default=[], help="another executable to time beside this")
    args = parser.parse_args(argv)
    executables = [HERE, *map(Path, args.reportdiff)]
    found = cases()
    if not found:
        print(f"align_speed: no data under {EVAL}; skipped")
        return 0
    for name, files in found.items():
        times: dict[Path, list[float]] = {e: [] for e in executables}
        for _ in range(args.rounds):
            for e in executables:
                times[e].append(run(e, files))
        print(name)
        for e in executables:
            print(f"  {statistics.median(times[e]):6.3f} s median of {args.rounds}  {e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
