"""Whole-process time of ``reportdiff compare`` (language model load included), side by side, medians.

Cases: the 5-article news cluster gva_595069 (issue 11's goal: under 0.4 s), the first 20 articles of the news
clusters in name order (goal: under 1 s), an 11-article ECB+ comparison (1ecbplus-a), the two seeds, and with
``--synthetic`` two of bench/scale.py's generated cases (20 articles x 5,000 words and a pair of 100k-word articles;
issue 12's goal: under 2 s CPU each). Each given executable runs the same case in turn, round after round, so the
shared machine's noise falls on all alike; one untimed warm-up run per executable first, with bytecode kept in a
temporary PYTHONPYCACHEPREFIX (as a user has it from the second run on, never written into a repository). Printed:
median wall time and median CPU time (user + system, from ``os.wait4``: every thread of the process, imports and
the model load included) per case and executable. Figures are printed, never asserted.

With ``--stages``, each case is also run in-process under each executable's own interpreter (the ``python`` beside
it), the engine imported and the language model loaded first, and the median CPU seconds of each pipeline stage
are printed (from the progress callback: "measuring similarity" to "aligning" is the similarity model and the
embeddings, "aligning" to "finding figures" the alignment), so the engine's own share shows apart from start-up.

    python bench/align_speed.py [--rounds 7] [--synthetic] [--stages] [--only NAME ...] [--reportdiff OTHER]
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


STAGES_SCRIPT = """
import json, sys, time
from reportdiff.core import semantic
from reportdiff.core.compare import compare_files
semantic.encoder()
files = sys.argv[1:]
marks = []
import pathlib, tempfile
with tempfile.TemporaryDirectory() as tmp:  # warm up lazy imports on other text (no cache may serve the case)
    warm = [pathlib.Path(tmp, f"w{k}.txt") for k in (1, 2)]
    for k, path in enumerate(warm):
        path.write_text(f"Storm hits coast\\n\\nA storm killed {k + 3} people on Monday, officials said.\\n")
    compare_files(warm)
start = time.process_time()
compare_files(files, lambda stage, fraction: marks.append((stage, time.process_time())))
marks.append(("end", time.process_time()))
spent, last, name = {}, start, "start"
for stage, t in marks:
    if stage != name:
        spent[name] = spent.get(name, 0.0) + t - last
        last, name = t, stage
print(json.dumps(spent))
"""


def stages(executable: Path, files: Sequence[Path], env: dict[str, str]) -> dict[str, float]:
    """CPU seconds per pipeline stage of one in-process compare under ``executable``'s interpreter."""
    python = executable.parent / "python"
    proc = subprocess.run([str(python), "-c", STAGES_SCRIPT, *map(str, files)], env=env, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"{python} exited {proc.returncode}: {proc.stderr.strip()[-300:]}")
    result: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def print_stages(
    name: str, executables: Sequence[Path], files: Sequence[Path], envs: dict[Path, dict[str, str]], rounds: int
) -> None:
    """Median CPU seconds per stage, one row per stage, one column per executable."""
    runs: dict[Path, list[dict[str, float]]] = {e: [] for e in executables}
    for _ in range(rounds):
        for e in executables:
            runs[e].append(stages(e, files, envs[e]))
    names = list(dict.fromkeys(k for e in executables for r in runs[e] for k in r))
    print(f"{name}: CPU s per stage, in-process, medians ({', '.join(str(k + 1) for k in range(len(executables)))})")
    for stage in [*names, "total"]:
        cells = []
        for e in executables:
            values = [sum(r.values()) if stage == "total" else r.get(stage, 0.0) for r in runs[e]]
            cells.append(f"{statistics.median(values):8.3f}")
        print(f"  {stage:24s}{''.join(cells)}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--synthetic", action="store_true", help="add the 20x5k and 100k-pair synthetic cases")
    parser.add_argument("--stages", action="store_true", help="also CPU per pipeline stage, in-process")
    parser.add_argument("--only", nargs="+", metavar="WORD", help="only cases whose name contains one of these")
    parser.add_argument("--reportdiff", action="append", default=[], help="another executable to time beside this")
    args = parser.parse_args(argv)
    executables = [HERE, *map(Path, args.reportdiff)]
    with tempfile.TemporaryDirectory(prefix="align-speed-") as tmp:
        env = dict(os.environ, PYTHONPYCACHEPREFIX=str(Path(tmp) / "pycache"))
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        # each executable with a user cache of its own, as one install has: two trees sharing one rewrite each
        # other's stored patterns and tokenizer tables when they differ (~50 ms a run each)
        envs = {e: dict(env, XDG_CACHE_HOME=str(Path(tmp) / f"cache-{k}")) for k, e in enumerate(executables)}
        found = cases(args.synthetic, Path(tmp))
        if args.only:
            found = {k: v for k, v in found.items() if any(w in k for w in args.only)}
        if not found:
            print(f"align_speed: no data under {EVAL}; skipped")
            return 0
        print(f"{args.rounds} rounds, medians; wall s / CPU s (user + system, whole process)")
        for name, files in found.items():
            for e in executables:
                run(e, files, envs[e])  # warm-up: bytecode and user caches written, files in the page cache
            times: dict[Path, list[tuple[float, float]]] = {e: [] for e in executables}
            for _ in range(args.rounds):
                for e in executables:
                    times[e].append(run(e, files, envs[e]))
            print(name)
            for e in executables:
                wall = statistics.median(t[0] for t in times[e])
                cpu = statistics.median(t[1] for t in times[e])
                print(f"  {wall:7.3f} s wall  {cpu:7.3f} s CPU   {e}")
            if args.stages:
                print_stages(name, executables, files, envs, args.rounds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
