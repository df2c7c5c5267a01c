"""Whole-process time of ``reportdiff compare`` (language model load included), side by side, medians.

Cases: the 5-article news cluster gva_595069 (issue 11's goal: under 0.4 s), the first 20 articles of the news
clusters in name order (goal: under 1 s), an 11-article ECB+ comparison (1ecbplus-a), the two seeds, and with
``--synthetic`` two of bench/scale.py's generated cases (20 articles x 5,000 words and a pair of 100k-word articles;
issue 12's goal: under 2 s CPU each). Each given executable runs the same case in turn, round after round, so the
shared machine's noise falls on all alike; one untimed warm-up run per executable first, with bytecode kept in a
temporary PYTHONPYCACHEPREFIX (as a user has it from the second run on, never written into a repository). Printed:
median wall time and median CPU time (user + system, from ``os.wait4``: every thread of the process, imports and
the model load included) per case and executable. Figures are printed, never asserted.

    python bench/align_speed.py [--rounds 7] [--synthetic] [--only NAME ...] [--reportdiff OTHER/.venv/bin/reportdiff]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from msrp import EVAL

REPO = Path(__file__).resolve().parents[1]
HERE = Path(sys.executable).parent / "reportdiff"
CLUSTERS = EVAL / "news-clusters"


def twenty_articles() -> list[Path]:
    """The first twenty articles of the news clusters in name order (as bench/speed.py takes them)."""
    paths: list[Path] = []
    for cluster in sorted(p for p in CLUSTERS.iterdir() if p.is_dir()):
        paths.extend(sorted(cluster.glob("article_*.txt")))
    return paths[:20]


def cases(synthetic: bool, tmp: Path) -> dict[str, list[Path]]:
    """Name -> article files (cases whose data is absent are left out)."""
    found: dict[str, list[Path]] = {}
    cluster = CLUSTERS / "gva_595069"
    if cluster.is_dir():
        found["gva_595069 (5 articles)"] = sorted(cluster.glob("article_*.txt"))
        found["news clusters, first 20 articles"] = twenty_articles()
    gold = EVAL / "ecbplus" / "gold.json"
    if gold.exists():
        comps = {c["id"]: c for c in json.loads(gold.read_text(encoding="utf-8"))["comparisons"]}
        docs = comps["1ecbplus-a"]["docs"]
        found[f"ECB+ 1ecbplus-a ({len(docs)} articles)"] = [EVAL / "ecbplus" / "docs" / f"{d}.txt" for d in docs]
    found["seeds (2 articles)"] = sorted((REPO / "seeds").glob("*.txt"))
    if synthetic:
        import scale  # bench/scale.py's deterministic synthetic news text

        found["synthetic 20 x 5,000 words"] = scale.build_case("20x5k", tmp)
        found["synthetic pair of 100k words"] = scale.build_case("pair100k", tmp)
    return found


def run(executable: Path, files: Sequence[Path], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one ``reportdiff compare`` process; raises when it fails."""
    with tempfile.TemporaryDirectory() as folder:
        out = str(Path(folder) / "report.json")
        cmd = [str(executable), "compare", *map(str, files), "--json", out, "--quiet"]
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        error = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
        if proc.returncode != 0:
            raise RuntimeError(f"{executable} exited {proc.returncode}: {error.strip()[:300]}")
        return wall, usage.ru_utime + usage.ru_stime


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--synthetic", action="store_true", help="add the 20x5k and 100k-pair synthetic cases")
    parser.add_argument("--only", nargs="+", metavar="WORD", help="only cases whose name contains one of these")
    parser.add_argument("--reportdiff", action="append", default=[], help="another executable to time beside this")
    args = parser.parse_args(argv)
    executables = [HERE, *map(Path, args.reportdiff)]
    with tempfile.TemporaryDirectory(prefix="align-speed-") as tmp:
        env = dict(os.environ, PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        found = cases(args.synthetic, Path(tmp))
        if args.only:
            found = {k: v for k, v in found.items() if any(w in k for w in args.only)}
        if not found:
            print(f"align_speed: no data under {EVAL}; skipped")
            return 0
        print(f"{args.rounds} rounds, medians; wall s / CPU s (user + system, whole process)")
        for name, files in found.items():
            for e in executables:
                run(e, files, env)  # warm-up: bytecode written, files in the page cache
            times: dict[Path, list[tuple[float, float]]] = {e: [] for e in executables}
            for _ in range(args.rounds):
                for e in executables:
                    times[e].append(run(e, files, env))
            print(name)
            for e in executables:
                wall = statistics.median(t[0] for t in times[e])
                cpu = statistics.median(t[1] for t in times[e])
                print(f"  {wall:7.3f} s wall  {cpu:7.3f} s CPU   {e}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
