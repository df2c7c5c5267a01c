"""Scale: whole-process CPU, wall time and peak memory of ``reportdiff compare`` on long and many articles, the
growth exponent over article length, garbage-collection pauses, and ``reportdiff batch`` throughput.

Every case is a fresh process (``reportdiff compare FILES --json OUT --quiet``); its CPU time (user + system) and
peak resident memory come from ``os.wait4`` on that child, so they are the whole process's, imports included.
Each side runs as one install runs (bench/checkout.py ``as_installed``): bytecode kept between runs, a user cache of its
own; and once untimed on a small input first, so no timed run compiles ReportDiff's modules or its patterns.
The inputs are synthetic news text generated here, deterministically, from the words of the two seed articles:
stories whose articles share sentences (some reworded, some with a figure changed) beside sentences of their own,
in paragraphs under a headline. Cases (issue 12):

- 20 articles x 5,000 words (goal < 2 s CPU)
- a pair of 100k-word articles (goal < 2 s)
- two files at the 2 MB limit (goal < 10 s, < 1 GiB)
- two articles with 8,000 figures each (goal < 2 s)
- the growth exponent: the slope of log(CPU) over log(words) for pairs of 1k, 5k, 20k and 100k words
- the longest garbage-collection pause inside the 100k pair (goal: none over 100 ms), through ``gc.callbacks``
- ``reportdiff batch`` with 1, 2 and 4 workers over ../shared/eval/news-clusters repeated to 500 stories (linked,
  not copied, into a temporary folder; skipped when the data is absent)

Figures are printed, never asserted. Timings on a shared machine are noisy: ``--runs N`` takes the median, and a
fixed reference workload (REFERENCE_WORKLOAD) is timed before and after the table: how fast the machine was.

    python bench/scale.py [--runs N] [--only NAME ...] [--no-batch] [--profile NAME] [--before TREE] [--stages]

``--before TREE`` (another checkout, e.g. ``git archive COMMIT | tar -x -C TREE``) runs every case of the table in
that tree too, alternating with this one, and prints both side by side (bench/checkout.py). ``--stages`` prints
instead the CPU time of each compare() stage (segmenting, aligning, finding figures, comparing wording, ...) in a
fresh process per case, with ``--before`` side by side, and of loading the files before and writing the JSON after.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from checkout import as_installed, entry_command, environment
from msrp import EVAL

REPO = Path(__file__).resolve().parents[1]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))
CLUSTERS = EVAL / "news-clusters"
MAX_BYTES = 2_000_000  # core/load.py's limit: the 2 MB case stays just under it
BATCH_STORIES = 500
BATCH_WORKERS = (1, 2, 4)
GROWTH_WORDS = (1_000, 5_000, 20_000, 100_000)
CASE_TIMEOUT = 900.0  # seconds; a case slower than this is reported as such, not waited for
GC_PAUSE_GOAL = 0.1

# ---------------------------------------------------------------------------------------------------------------
# Synthetic news text


class Writer:
    """Deterministic news-like text from the seeds' vocabulary, with shared, reworded and own sentences."""

    def __init__(self, seed: int = 12) -> None:
        self.rng = random.Random(seed)
        words: list[str] = []
        for path in SEEDS:
            words.extend(w.lower() for w in re.findall(r"[A-Za-z]+", path.read_text(encoding="utf-8")))
        self.words = words  # with repeats: common words come up as often as in the seeds
        self.nouns = ["people", "children", "civilians", "fighters", "soldiers", "homes", "schools", "villages"]

    def sentence(self, figures: int = 0) -> str:
        rng = self.rng
        n = rng.randint(10, 28)
        toks = [rng.choice(self.words) for _ in range(n)]
        for _ in range(figures):
            pos = rng.randrange(len(toks))
            value = rng.choice((rng.randint(2, 60), rng.randint(100, 5000)))
            hedge = rng.choice(("", "at least ", "more than ", "about ", ""))
            toks[pos] = f"{hedge}{value} {rng.choice(self.nouns)}"
        toks[0] = toks[0].capitalize()
        return " ".join(toks) + rng.choice(".....?")

    def reword(self, sentence: str) -> str:
        """The same statement in another outlet: a few words swapped, dropped or replaced, a figure sometimes off."""
        rng = self.rng
        toks = sentence[:-1].split(" ")
        for _ in range(rng.randint(0, 3)):
            i = rng.randrange(len(toks))
            if toks[i].isdigit() and rng.random() < 0.3:
                toks[i] = str(int(toks[i]) + rng.randint(1, 9))
            elif rng.random() < 0.5 and len(toks) > 6:
                del toks[i]
            else:
                toks[i] = rng.choice(self.words)
        if rng.random() < 0.2 and len(toks) > 8:
            cut = rng.randrange(3, len(toks) - 3)
            toks = toks[cut:] + toks[:cut]
        toks[0] = toks[0].capitalize()
        return " ".join(toks) + sentence[-1]

    def story(self, articles: int, words: int, figures: int = 0, shared: float = 0.5) -> list[str]:
        """``articles`` texts of about ``words`` words each about one event; ``figures`` figures per article
        (spread over the sentences); ``shared`` the share of each article's sentences drawn from a common pool."""
        rng = self.rng
        n_sentences = max(3, round(words / 19))  # 10-28 words a sentence
        fig_rate = figures / n_sentences if figures else 0.0
        n_sentences = max(3, round(words / (19 + 2.4 * fig_rate)))  # a figure adds 2-4 words
        fig_rate = 1.2 * figures / n_sentences if figures else 0.0  # rewording drops about one figure in six
        pool = [self.sentence(self._figs(fig_rate)) for _ in range(max(3, n_sentences))]
        texts = []
        for k in range(articles):
            body = []
            for _ in range(n_sentences):
                if rng.random() < shared:
                    body.append(self.reword(rng.choice(pool)))
                else:
                    body.append(self.sentence(self._figs(fig_rate)))
            paragraphs, i = [], 0
            while i < len(body):
                size = rng.randint(1, 5)
                paragraphs.append(" ".join(body[i : i + size]))
                i += size
            headline = " ".join(rng.choice(self.words) for _ in range(8)).capitalize()
            texts.append(f"{headline} ({k + 1})\n\n" + "\n\n".join(paragraphs) + "\n")
        return texts

    def _figs(self, rate: float) -> int:
        whole = int(rate)
        return whole + (1 if self.rng.random() < rate - whole else 0)


def write_story(folder: Path, texts: Sequence[str], limit: int | None = None) -> list[Path]:
    """Write one file per text; with ``limit``, cut each at a paragraph break below ``limit`` bytes."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for k, text in enumerate(texts):
        data = text.encode("utf-8")
        if limit is not None and len(data) >= limit:
            data = data[: data.rfind(b"\n\n", 0, limit - 1)] + b"\n"
        path = folder / f"article_{k + 1}.txt"
        path.write_bytes(data)
        paths.append(path)
    return paths


def count_words(paths: Sequence[Path]) -> int:
    return sum(len(p.read_text(encoding="utf-8").split()) for p in paths)


# ---------------------------------------------------------------------------------------------------------------
# Measuring a child process


@dataclass
class Run:
    wall: float
    cpu: float
    peak_mib: float
    ok: bool
    note: str = ""


def measure(cmd: Sequence[str], timeout: float = CASE_TIMEOUT, env: dict[str, str] | None = None) -> Run:
    """Wall time, CPU (user + system) and peak RSS of one child process, from ``os.wait4``."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=err, env=env)
        deadline = start + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                proc.returncode = -9
                cpu = usage.ru_utime + usage.ru_stime
                return Run(time.perf_counter() - start, cpu, usage.ru_maxrss / 1024,
                           False, f"timed out after {timeout:.0f} s wall ({cpu:.0f} s CPU)")  # fmt: skip
            time.sleep(0.02)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        message = err.read().decode("utf-8", "replace").strip().splitlines()
    ok = proc.returncode == 0
    note = "" if ok else f"exit {proc.returncode}: {message[-1][:200] if message else ''}"
    return Run(wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, ok, note)


def reportdiff_command() -> list[str]:
    """The installed console script next to this interpreter, else the same entry point through ``-c``."""
    script = Path(sys.executable).parent / "reportdiff"
    if script.exists():
        return [str(script)]
    code = "import sys; from reportdiff.gui import app; sys.exit(getattr(app, 'run', app.main)())"  # the tree's own
    return [sys.executable, "-c", code]


def compare_cmd(paths: Sequence[Path], out: Path) -> list[str]:
    return [*reportdiff_command(), "compare", *map(str, paths), "--json", str(out), "--quiet"]


def median_run(cmd: Sequence[str], runs: int, env: dict[str, str] | None = None) -> Run:
    results = [measure(cmd, env=env) for _ in range(runs)]
    if not all(r.ok for r in results):
        return next(r for r in results if not r.ok)
    return Run(
        statistics.median(r.wall for r in results),
        statistics.median(r.cpu for r in results),
        max(r.peak_mib for r in results),
        True,
    )


# The machine's speed at the time of a run, for reading figures taken on other days: this machine is shared, and the
# same tree's 20 x 5,000 words measured 2.39 s CPU one morning and 4.60 s another (session 28); a fixed workload timed
# beside the cases says how fast the machine was. Pure Python (the engine's loops) and a numpy product (its arrays).
# Session 28 read 0.72-1.16 s CPU for it within hours (and the same cc4c554 tree's 20 x 5,000 words 3.61 s at
# 10:29, 6.07 s at 12:50, both at load 0.1): the figures of a table scale with it, the goals do not.
REFERENCE_WORKLOAD = """
import numpy as np
total = 0
for k in range(3_000_000):
    total += k % 7
a = np.random.default_rng(0).random((600, 600))
for _ in range(20):
    a = a @ a
    a /= np.abs(a).max()
"""
REFERENCE_RUNS = 3


def machine_speed() -> float:
    """Median CPU seconds of REFERENCE_WORKLOAD in a fresh process (one BLAS thread, as the entry points set it)."""
    env = {**os.environ, "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}
    runs = [measure([sys.executable, "-c", REFERENCE_WORKLOAD], env=env) for _ in range(REFERENCE_RUNS)]
    return statistics.median(r.cpu for r in runs)


# The longest collection, timed by gc.callbacks around the real entry point (its own GC settings apply). The
# CPU time of the collecting thread, not the wall clock: on a shared machine the wall clock also counts the time
# the process waited for a core, which is not the collector's.
GC_PROBE = """
import gc, json, sys, time
pauses, start = [], [0.0]
def cb(phase, info):
    if phase == "start":
        start[0] = time.thread_time()
    else:
        pauses.append((time.thread_time() - start[0], info["generation"]))
gc.callbacks.append(cb)
if %(untuned)r:  # the entry point's tuning and pause skipped: Python's defaults, for comparison
    import contextlib
    import reportdiff.core.gctune as gctune
    gctune._tuned = True
    gctune.paused = lambda freeze=True: contextlib.nullcontext()
from reportdiff.gui.app import main
rc = main(sys.argv[2:])
worst = max(pauses, default=(0.0, -1))
json.dump({"count": len(pauses), "max": worst[0], "gen": worst[1],
           "over": sum(1 for p, _ in pauses if p > %(goal)r), "total": sum(p for p, _ in pauses)},
          open(sys.argv[1], "w"))
sys.exit(rc)
"""


def gc_pauses(paths: Sequence[Path], tmp: Path, tuned: bool) -> tuple[dict[str, float], Run]:
    """Collections in one ``compare`` process (count, total, longest, over the goal), and the process's Run."""
    out = tmp / "gc.json"
    cmd = [sys.executable, "-c", GC_PROBE % {"goal": GC_PAUSE_GOAL, "untuned": not tuned}, str(out), "compare",
           *map(str, paths), "--json", str(tmp / "gc-report.json"), "--quiet"]  # fmt: skip
    run = measure(cmd)
    return (json.loads(out.read_text()) if run.ok else {}), run


# CPU per stage of one comparison, in a fresh process set up as the entry point sets one up (one BLAS thread, GC
# tuned after the imports, no collections during the comparison in trees that pause them): the stages are the names
# compare() hands its progress callback, each timed from its call to the next (process CPU time). "segmenting"
# includes the furniture marks; loading is not a stage here.
STAGE_PROBE = """
import contextlib, json, sys, time
from reportdiff.core import gctune
gctune.limit_native_threads()
from reportdiff.core.compare import compare
from reportdiff.core.load import load_article
gctune.tune()
begin = time.process_time()
loaded = [load_article(p) for p in sys.argv[2:]]
loading = time.process_time() - begin
marks = []
def progress(stage, fraction):
    marks.append((stage, time.process_time()))
start = time.process_time()
with getattr(gctune, "paused", contextlib.nullcontext)():
    report = compare(loaded, progress)
    stages = {"loading files (before compare)": loading}
    for (stage, t0), (_, t1) in zip(marks, marks[1:]):
        stages[stage] = stages.get(stage, 0.0) + t1 - t0
    stages["compare"] = time.process_time() - start
    from reportdiff.core.jsontext import write_report_json
    begin = time.process_time()
    write_report_json(sys.argv[1] + ".report.json", report)
    stages["writing the JSON (after compare)"] = time.process_time() - begin
json.dump(stages, open(sys.argv[1], "w"))
"""


def warm_up(tmp: Path, before: Path | None) -> None:
    """One untimed compare of two seed-sized articles per side: bytecode written, shared libraries in the cache."""
    paths = write_story(tmp / "warm", Writer(seed=1).story(2, 300))
    cmd = [*entry_command(), "compare", *map(str, paths), "--json", str(tmp / "warm.json"), "--quiet"]
    for env in ([environment(before)] if before else []) + [None]:
        run = measure(cmd, env=env)
        if not run.ok:
            print(f"warm-up failed: {run.note}")


def stage_times(paths: Sequence[Path], tmp: Path, env: dict[str, str] | None) -> dict[str, float]:
    out = tmp / "stages.json"
    cmd = [*entry_command()[:1], "-c", STAGE_PROBE, str(out), *map(str, paths)]
    run = measure(cmd, env=env)
    if not run.ok:
        print(f"  stage probe failed: {run.note}")
        return {}
    return json.loads(out.read_text())


def stages_side_by_side(before: Path | None, cases: Sequence[str], tmp: Path, runs: int) -> None:
    """CPU per compare() stage, in-process, for ``before`` (if given) and this checkout, medians of ``runs``."""
    sides = {"before": environment(before), "after": None} if before else {"after": None}
    for case in cases:
        paths = build_case(case, tmp)
        results: dict[str, list[dict[str, float]]] = {side: [] for side in sides}
        for _ in range(runs):
            for side, env in sides.items():
                results[side].append(stage_times(paths, tmp, env))
        names = list(dict.fromkeys(k for rs in results.values() for r in rs for k in r))
        print(f"\n{case}: CPU s per stage (in-process, median of {runs})")
        print("| stage | " + " | ".join(sides) + " |\n| --- |" + " ---: |" * len(sides))
        for name in names:
            cells = []
            for side in sides:
                values = [r[name] for r in results[side] if name in r]
                cells.append(f"{statistics.median(values):.3f}" if values else "-")
            print(f"| {name} | " + " | ".join(cells) + " |", flush=True)


# ---------------------------------------------------------------------------------------------------------------
# Cases

CASES = {
    # name: (label, articles, words each, figures each, byte limit, goal CPU s, goal MiB)
    "20x5k": ("20 articles x 5,000 words", 20, 5_000, 0, None, 2.0, None),
    "pair100k": ("a pair of 100k-word articles", 2, 100_000, 0, None, 2.0, None),
    "2mb": ("two files at the 2 MB limit", 2, 420_000, 0, MAX_BYTES, 10.0, 1024.0),
    "figures8k": ("two articles with 8,000 figures each", 2, 40_000, 8_000, None, 2.0, None),
}


def build_case(name: str, tmp: Path) -> list[Path]:
    _, n, words, figures, limit, _, _ = CASES[name]
    texts = Writer(seed=len(name) * 7919 + n).story(n, words, figures)
    return write_story(tmp / name, texts, limit)


def growth(tmp: Path, runs: int) -> tuple[list[tuple[int, Run]], float | None]:
    """CPU per pair length and the fitted exponent (least squares on log-log)."""
    points = []
    for words in GROWTH_WORDS:
        paths = write_story(tmp / f"growth{words}", Writer(seed=words).story(2, words))
        run = median_run(compare_cmd(paths, tmp / "out.json"), runs)
        print(f"  {count_words(paths) // 2:>8,} words each: {run.cpu:7.2f} s CPU  {run.wall:7.2f} s wall  "
              f"{run.peak_mib:7.0f} MiB{'' if run.ok else '  ' + run.note}", flush=True)  # fmt: skip
        points.append((words, run))
    good = [(w, r.cpu) for w, r in points if r.ok and r.cpu > 0]
    if len(good) < 2:
        return points, None
    xs = [math.log(w) for w, _ in good]
    ys = [math.log(c) for _, c in good]
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)
    # Also the slope over the two longest pairs: start-up time flattens the short end.
    (w1, c1), (w2, c2) = good[-2], good[-1]
    print(f"  exponent over {len(good)} lengths: {slope:.2f}; over the two longest: "
          f"{math.log(c2 / c1) / math.log(w2 / w1):.2f}")  # fmt: skip
    return points, slope


def batch_throughput(tmp: Path) -> None:
    if not CLUSTERS.is_dir():
        print(f"batch: evaluation data not found at {CLUSTERS}; skipped")
        return
    clusters = sorted(p for p in CLUSTERS.iterdir() if p.is_dir())
    stories = tmp / "stories"
    articles = 0
    for k in range(BATCH_STORIES):
        cluster = clusters[k % len(clusters)]
        folder = stories / f"{cluster.name}-{k:03d}"
        folder.mkdir(parents=True)
        for article in sorted(cluster.glob("article_*.txt")):
            (folder / article.name).symlink_to(article)
            articles += 1
    print(f"\nbatch throughput: {BATCH_STORIES} stories ({articles} articles; the {len(clusters)} news clusters "
          f"repeated), whole process, {os.cpu_count()} CPUs on this machine")  # fmt: skip
    # CPU and memory are the parent's: the pool's workers are the fork server's children, not its.
    print(f"  {'workers':>7}  {'wall s':>8}  {'CPU s':>8}  {'peak MiB':>8}  {'stories/s':>9}  {'stories/day':>11}")
    for workers in BATCH_WORKERS:
        out = tmp / f"batch{workers}.jsonl"
        run = measure([*reportdiff_command(), "batch", str(stories), "--out", str(out), "--workers", str(workers),
                       "--quiet"])  # fmt: skip
        if not run.ok:
            print(f"  {workers:>7}  {run.note}")
            continue
        lines = sum(1 for _ in out.open(encoding="utf-8"))
        rate = BATCH_STORIES / run.wall
        print(f"  {workers:>7}  {run.wall:8.1f}  {run.cpu:8.1f}  {run.peak_mib:8.0f}  {rate:9.1f}  "
              f"{rate * 86400:11,.0f}   ({lines} lines)")  # fmt: skip


def profile_case(name: str, tmp: Path) -> None:
    """cProfile of compare_files on one case, in this process: the functions with the most own time."""
    import cProfile
    import pstats

    from reportdiff.core.compare import compare_files

    paths = build_case(name, tmp)
    prof = cProfile.Profile()
    prof.enable()
    compare_files(paths)
    prof.disable()
    print(f"\ncProfile of compare_files on {name}, top by own time:")
    pstats.Stats(prof).sort_stats("tottime").print_stats(25)
    pstats.Stats(prof).sort_stats("cumulative").print_stats(30)


def side_by_side(before: Path, cases: Sequence[str], tmp: Path, runs: int) -> None:
    """The table for ``before`` and this checkout, runs alternating (median of ``runs`` each)."""
    env = environment(before)
    print(f"before = {before}, after = this checkout; runs alternate, median of {runs}")
    print("| input | words | before CPU s / wall s / MiB | after CPU s / wall s / MiB | goal |")
    print("| --- | ---: | ---: | ---: | --- |")
    for case in cases:
        label, _, _, _, _, goal_cpu, goal_mib = CASES[case]
        paths = build_case(case, tmp)
        cmd = [*entry_command(), "compare", *map(str, paths), "--json", str(tmp / "out.json"), "--quiet"]
        results: dict[str, list[Run]] = {"before": [], "after": []}
        for _ in range(runs):
            results["before"].append(measure(cmd, env=env))
            results["after"].append(measure(cmd))
        cells = []
        for side in ("before", "after"):
            rs = results[side]
            bad = next((r for r in rs if not r.ok), None)
            cpu, wall = statistics.median(r.cpu for r in rs), statistics.median(r.wall for r in rs)
            cells.append(bad.note if bad else f"{cpu:.2f} / {wall:.2f} / {max(r.peak_mib for r in rs):.0f}")
        goal = f"< {goal_cpu:g} s" + (f", < {goal_mib / 1024:g} GiB" if goal_mib else "")
        print(f"| {label} | {count_words(paths):,} | {cells[0]} | {cells[1]} | {goal} |", flush=True)


def main(argv: Sequence[str] | None = None) -> int:
    """Run the cases and print the table; exit 0 whatever the figures are."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=1, help="runs per case, median reported (default 1)")
    parser.add_argument("--only", nargs="+", choices=[*CASES, "growth", "gc", "batch"], help="run only these")
    parser.add_argument("--no-batch", action="store_true", help="skip the batch throughput")
    parser.add_argument("--profile", choices=list(CASES), help="print a cProfile of one case instead")
    parser.add_argument("--before", type=Path, help="another checkout to time side by side (the table only)")
    parser.add_argument("--stages", action="store_true",
                        help="CPU per compare() stage of the --only cases instead (with --before: side by side)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="rd-scale-") as name:
        tmp = Path(name)
        as_installed(tmp)
        warm_up(tmp, args.before)
        if args.profile:
            profile_case(args.profile, tmp)
            return 0
        selected = set(args.only or [*CASES, "growth", "gc", "batch"])
        if args.stages:
            stages_side_by_side(args.before, [c for c in CASES if c in selected], tmp, args.runs)
            return 0
        if args.no_batch:
            selected.discard("batch")
        print(f"reportdiff compare, whole process, median of {args.runs}; {os.cpu_count()} CPUs, "
              f"load average {os.getloadavg()[0]:.1f}; reference workload {machine_speed():.2f} s CPU "
              "(the machine's speed now: REFERENCE_WORKLOAD)")  # fmt: skip
        if args.before:
            side_by_side(args.before, [c for c in CASES if c in selected], tmp, args.runs)
            selected -= set(CASES)
        else:
            print("| input | words | CPU s | wall s | peak MiB | goal |\n| --- | ---: | ---: | ---: | ---: | --- |")
        for case, (label, _, _, _, _, goal_cpu, goal_mib) in CASES.items():
            if case not in selected:
                continue
            paths = build_case(case, tmp)
            run = median_run(compare_cmd(paths, tmp / "out.json"), args.runs)
            goal = f"< {goal_cpu:g} s" + (f", < {goal_mib / 1024:g} GiB" if goal_mib else "")
            met = run.ok and run.cpu < goal_cpu and (goal_mib is None or run.peak_mib < goal_mib)
            cells = f"{run.cpu:.2f} | {run.wall:.2f} | {run.peak_mib:.0f}" if run.ok else f"{run.note} | | "
            print(f"| {label} | {count_words(paths):,} | {cells} | {goal}: {'met' if met else 'missed'} |",
                  flush=True)  # fmt: skip
        print(f"reference workload after the table: {machine_speed():.2f} s CPU")
        if "growth" in selected:
            print("\ngrowth, pairs of articles (CPU, whole process):")
            growth(tmp, args.runs)
        if "gc" in selected:
            print("\ngarbage collection, one compare process each (gc.callbacks, CPU time of each collection), "
                  "Python's defaults vs core/gctune:")  # fmt: skip
            for case in ("20x5k", "pair100k"):
                paths = build_case(case, tmp)
                for tuned in (False, True):
                    g, run = gc_pauses(paths, tmp, tuned)
                    if not run.ok:
                        print(f"  {case:9} {'tuned' if tuned else 'default':8} {run.note}")
                        continue
                    print(f"  {case:9} {'tuned' if tuned else 'default':8} {g['count']:6} collections, "
                          f"{g['total']:.2f} s in all, longest {g['max'] * 1000:4.0f} ms (gen {g['gen']}), "
                          f"{g['over']} over {GC_PAUSE_GOAL * 1000:.0f} ms; process {run.cpu:.2f} s CPU, "
                          f"{run.peak_mib:.0f} MiB")  # fmt: skip
        if "batch" in selected:
            batch_throughput(tmp)
    return 0


if __name__ == "__main__":
    sys.exit(main())
