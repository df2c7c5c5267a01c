"""Whole-process speed of ``reportdiff compare``, as a user sees it, next to CollateX and a naive baseline.

Each case runs ``reportdiff compare FILES --json OUT --quiet`` as a fresh process and prints the best and median
wall time of several runs (one untimed warm-up first, so Python's bytecode cache exists, as it does for a user
from the second run on; the bytecode goes to a temporary PYTHONPYCACHEPREFIX, never into the repository). One
more figure shows a run without any bytecode of ReportDiff's own modules (PYTHONDONTWRITEBYTECODE, as in this
sandbox's shell). Cases: the five articles of news cluster gva_595069 (goal < 0.4 s), twenty articles from
several clusters (goal < 1 s), the two seeds. Then import time of ``reportdiff.core.compare``, whether the
headless JSON path imports PySide6 (it must not), CollateX 2.3 on the same five articles (goal: ReportDiff at
least 50x faster) and a naive all-pairs word-overlap script on the twenty articles, also as a whole process.

Figures are printed, never asserted. Skips (exit 0) when ../shared/eval is absent.

    python bench/speed.py [--runs N] [--no-collatex] [--profile]
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

from msrp import EVAL

REPO = Path(__file__).resolve().parents[1]
CLUSTERS = EVAL / "news-clusters"
FIVE = "gva_595069"
TWENTY = 20
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
# Issue 11's goals, the language model load counted (the older 0.25 s / 1.5 s predate the model).
GOALS = {"five": 0.4, "twenty": 1.0}
COLLATEX_FACTOR = 50.0


def twenty_articles() -> list[Path]:
    """The first twenty articles of the clusters in name order (gva_319426 ... gva_558796: seven clusters)."""
    paths: list[Path] = []
    for cluster in sorted(p for p in CLUSTERS.iterdir() if p.is_dir()):
        paths.extend(sorted(cluster.glob("article_*.txt")))
    return paths[:TWENTY]


def reportdiff_command() -> list[str]:
    """The installed console script next to this interpreter, else the same entry point through ``-c``."""
    script = Path(sys.executable).parent / "reportdiff"
    if script.exists():
        return [str(script)]
    code = "import sys; from reportdiff.gui import app; sys.exit(getattr(app, 'run', app.main)())"  # the tree's own
    return [sys.executable, "-c", code]


def timed(cmd: Sequence[str], env: dict[str, str]) -> float:
    """Wall time of one process; raises when it fails (a failing run has no meaningful time)."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"{' '.join(cmd[:3])} ... exited {proc.returncode}: {proc.stderr.strip()[:300]}")
    return elapsed


def runs_of(cmd: Sequence[str], env: dict[str, str], runs: int, warm_up: bool = True) -> list[float]:
    """Wall times of ``runs`` runs, after one untimed warm-up run."""
    if warm_up:
        timed(cmd, env)
    return [timed(cmd, env) for _ in range(runs)]


def fmt(times: Sequence[float]) -> str:
    return f"best {min(times):6.3f} s   median {statistics.median(times):6.3f} s"


def goal_note(seconds: float, goal: float | None) -> str:
    if goal is None:
        return ""
    return f"   goal < {goal} s: {'met' if seconds < goal else 'MISSED'} (median)"


def naive_overlap(paths: Sequence[str]) -> int:
    """The naive baseline: split sentences with a regex, then score every sentence pair of every article pair by
    word-set overlap (sets rebuilt for every comparison, as a straightforward script does). Returns the number of
    pairs with overlap >= 0.5 so the work cannot be skipped."""
    articles = []
    for p in paths:
        text = Path(p).read_text(encoding="utf-8", errors="replace")
        articles.append([s for s in re.split(r"(?<=[.!?])\s+", text) if s.strip()])
    found = 0
    for x in range(len(articles)):
        for y in range(x + 1, len(articles)):
            for a in articles[x]:
                for b in articles[y]:
                    wa = set(re.findall(r"\w+", a.lower()))
                    wb = set(re.findall(r"\w+", b.lower()))
                    if wa and wb and len(wa & wb) / min(len(wa), len(wb)) >= 0.5:
                        found += 1
    return found


def import_time(env: dict[str, str], runs: int) -> tuple[float, float, float]:
    """(cumulative import time of reportdiff.core.compare by -X importtime, best of runs; wall time of a process
    that only imports it; wall time of an empty interpreter), seconds."""
    cumulative = []
    for _ in range(runs):
        proc = subprocess.run(
            [sys.executable, "-X", "importtime", "-c", "import reportdiff.core.compare"],
            env=env, capture_output=True, text=True, check=True,
        )  # fmt: skip
        for line in proc.stderr.splitlines():
            parts = line.split("|")
            if len(parts) == 3 and parts[2].strip() == "reportdiff.core.compare":
                cumulative.append(int(parts[1]) / 1e6)
    wall = runs_of([sys.executable, "-c", "import reportdiff.core.compare"], env, runs)
    empty = runs_of([sys.executable, "-c", "pass"], env, runs)
    return min(cumulative), min(wall), min(empty)


PYSIDE_CHECK = """
import sys
from reportdiff.gui.app import main
rc = main(["compare", *sys.argv[1:-1], "--json", sys.argv[-1], "--quiet"])
qt = sorted({m.split(".")[0] for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6")})
print("QT:" + ",".join(qt))
sys.exit(rc)
"""


def pyside_imported(paths: Sequence[str], out: str, env: dict[str, str]) -> list[str]:
    """Qt packages present in sys.modules after the headless JSON path ran through the real entry point."""
    proc = subprocess.run(
        [sys.executable, "-c", PYSIDE_CHECK, *paths, out], env=env, capture_output=True, text=True, check=True
    )
    line = next(x for x in proc.stdout.splitlines() if x.startswith("QT:"))
    return [m for m in line[3:].split(",") if m]


def collatex_time(paths: Sequence[Path]) -> tuple[float, float, str] | None:
    """(import seconds, collate seconds, settings) for CollateX on the plain texts as witnesses; None if absent."""
    start = time.perf_counter()
    try:
        from collatex import Collation, collate
    except ImportError:
        return None
    imported = time.perf_counter() - start
    settings = dict(output="table", segmentation=True, near_match=False, astar=False, detect_transpositions=False)
    start = time.perf_counter()
    collation = Collation()
    for k, p in enumerate(paths):
        collation.add_plain_witness(f"W{k + 1}", p.read_text(encoding="utf-8"))
    collate(collation, **settings)
    elapsed = time.perf_counter() - start
    text = ", ".join(f"{k}={v!r}" for k, v in settings.items())
    return imported, elapsed, text


def profile(paths: Sequence[Path]) -> None:
    """cProfile of one compare_files call in this process, as a fresh process makes it (imports of the pipeline
    done, caches cold): the functions with the most own time, then the most cumulative time."""
    import cProfile
    import pstats

    from reportdiff.core.compare import compare_files

    prof = cProfile.Profile()
    prof.enable()
    compare_files(paths)
    prof.disable()
    print(f"\ncProfile of compare_files on {len(paths)} articles, top by own time:")
    pstats.Stats(prof).sort_stats("tottime").print_stats(15)
    print("... and by cumulative time:")
    pstats.Stats(prof).sort_stats("cumulative").print_stats(20)


def main(argv: Sequence[str] | None = None) -> int:
    """Run every case and print the figures; exit 0 whatever they are."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="timed runs per case (default 5)")
    parser.add_argument("--no-collatex", action="store_true", help="skip CollateX (it takes 10-20 s)")
    parser.add_argument("--profile", action="store_true", help="also print a cProfile of the two news cases")
    parser.add_argument("--naive-overlap", nargs="+", metavar="FILE", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.naive_overlap:  # the baseline, run as its own process by the parent
        print(naive_overlap(args.naive_overlap))
        return 0
    if not CLUSTERS.is_dir():
        print(f"speed: evaluation data not found at {EVAL}; skipped")
        return 0

    five = sorted((CLUSTERS / FIVE).glob("article_*.txt"))
    twenty = twenty_articles()
    cmd = reportdiff_command()
    cache = tempfile.mkdtemp(prefix="reportdiff-bench-pyc-")
    out_dir = tempfile.mkdtemp(prefix="reportdiff-bench-out-")
    out = str(Path(out_dir) / "report.json")
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPYCACHEPREFIX"] = cache  # bytecode cached as for a user, outside the repository
    cold_env = {k: v for k, v in os.environ.items() if k != "PYTHONPYCACHEPREFIX"}
    cold_env["PYTHONDONTWRITEBYTECODE"] = "1"
    try:
        print(
            f"Python {sys.version.split()[0]} on {os.cpu_count()} CPUs; {args.runs} runs per case after a warm-up;"
            f" load average before: {os.getloadavg()[0]:.2f} (other work on the machine slows every figure)"
        )
        print(f"command: {Path(cmd[0]).name} compare FILES --json OUT --quiet (fresh process each run)\n")
        cases = [
            (f"{FIVE} (5 articles)", five, GOALS["five"]),
            (f"{TWENTY} articles, {len({p.parent for p in twenty})} clusters", twenty, GOALS["twenty"]),
            ("seeds (2 articles)", SEEDS, None),
        ]
        medians: dict[str, float] = {}
        for name, paths, goal in cases:
            files = [str(p) for p in paths]
            times = runs_of([*cmd, "compare", *files, "--json", out, "--quiet"], env, args.runs)
            medians[name] = statistics.median(times)
            words = sum(len(Path(p).read_text(encoding="utf-8").split()) for p in files)
            print(f"{name:32s} {words:6d} words  {fmt(times)}{goal_note(statistics.median(times), goal)}")
            cold = runs_of([*cmd, "compare", *files, "--json", out, "--quiet"], cold_env, 3, warm_up=False)
            print(f"{'':32s} {'':6s}        no bytecode of core/ (PYTHONDONTWRITEBYTECODE): median "
                  f"{statistics.median(cold):6.3f} s")  # fmt: skip

        cumulative, wall, empty = import_time(env, args.runs)
        print(f"\nimport reportdiff.core.compare: {cumulative * 1000:.0f} ms (-X importtime, cumulative, best);"
              f" process importing it {wall:.3f} s vs empty interpreter {empty:.3f} s")  # fmt: skip
        qt = pyside_imported([str(p) for p in five], out, env)
        print(f"headless JSON path (reportdiff compare --json) imports PySide6: {'yes ' + str(qt) if qt else 'no'}")

        naive = runs_of(
            [sys.executable, str(Path(__file__).resolve()), "--naive-overlap", *map(str, twenty)], env, args.runs
        )
        twenty_name = cases[1][0]
        print(f"\nnaive all-pairs word overlap, {TWENTY} articles (whole process): {fmt(naive)};"
              f" ReportDiff is {statistics.median(naive) / medians[twenty_name]:.1f}x faster (medians)")  # fmt: skip

        if args.no_collatex:
            print("\nCollateX: skipped (--no-collatex)")
        else:
            result = collatex_time(five)
            if result is None:
                print("\nCollateX: not installed (pip install -e '.[bench]'); skipped")
            else:
                imported, seconds, settings = result
                five_name = cases[0][0]
                ratio = seconds / medians[five_name]
                print(f"\nCollateX 2.3, {FIVE} as 5 plain-text witnesses, collate({settings}):")
                verdict = "met" if ratio >= COLLATEX_FACTOR else "MISSED"
                print(f"  {seconds:.2f} s (import {imported:.2f} s not counted); ReportDiff whole process median "
                      f"{medians[five_name]:.3f} s -> {ratio:.0f}x faster   "
                      f"goal >= {COLLATEX_FACTOR:.0f}x: {verdict}")  # fmt: skip
        print(f"\nload average after: {os.getloadavg()[0]:.2f}")
        if args.profile:
            profile(five)
            profile(twenty)
    finally:
        shutil.rmtree(cache, ignore_errors=True)
        shutil.rmtree(out_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
