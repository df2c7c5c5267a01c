"""How fast the window feels: process start to the seeds drawn, and the worst UI-thread stall while reports are
compared in the background and drawn (issue 8: 20 articles and a 1,500-sentence pair; issue 12: one paragraph of
20,000 sentences, a pair of 100k-word articles).

Run by hand: ``.venv/bin/python bench/gui_speed.py [--only twenty long pair100k paragraph start] [--draws N]``
(offscreen unless a display is set). Prints figures; asserts nothing. The 20 articles and the long pair come from
../shared/eval/news-clusters/gva_*/article_*.txt (skipped without them); the paragraph and the 100k-word pair are
generated. Each case is compared once in the background, then drawn N times (default 3: the worker's result,
then the same report again); medians are printed, and the worst. The heartbeat is a 5 ms QTimer on the UI thread:
the longest gap between its ticks is the longest time the window could not repaint or react; the most CPU time
the UI thread spent between two ticks is printed beside it, because on a shared machine a wall-clock gap also
counts time the OS gave to other processes.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from msrp import EVAL

CLUSTERS = EVAL / "news-clusters"
N_ARTICLES = 20
LONG_PAIR_SENTENCES = 1500  # issue 8: "a 1,500-sentence pair" (today up to 1.5 s on the UI thread)
PARAGRAPH_SENTENCES = 20_000  # issue 12: "one paragraph of 20k sentences" (goal: drawn in < 2 s)
HEARTBEAT_MS = 5
GOAL_START_S = 1.5  # issue 3: process start to seeds drawn
GOAL_GAP_MS = 100
GIVE_UP_MS = 300_000  # issue 3: the UI thread never blocked longer than this while comparing


def child_seeds() -> None:
    """In a fresh process: open the window on the seeds, print DRAWN once they are on screen."""
    from PySide6.QtCore import QTimer

    from reportdiff.gui.app import make_app
    from reportdiff.gui.main_window import MainWindow
    from reportdiff.gui.worker import prestart
    from reportdiff.resources import sample_paths

    app = make_app()
    prestart()  # as run_app does: the engine's process loads while the window is built
    window = MainWindow()
    window.resize(1400, 900)
    window.show()

    def drawn(_result: object) -> None:
        window.repaint()  # force the paint now, not at the next event-loop turn
        print("DRAWN", flush=True)
        QTimer.singleShot(0, app.quit)

    window.comparisonDone.connect(drawn)
    window.add_paths([str(p) for p in sample_paths()])
    app.exec()


def start_to_drawn(runs: int = 3) -> list[float]:
    """Wall time from spawning the interpreter to the child saying DRAWN, ``runs`` times."""
    times = []
    env = dict(os.environ)
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_CONFIG_HOME"] = str(Path("/tmp") / "reportdiff-bench-config")  # never the user's settings
    for _ in range(runs):
        t0 = time.perf_counter()
        proc = subprocess.Popen(
            [sys.executable, __file__, "--child-seeds"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env
        )
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith(b"DRAWN"):
                times.append(time.perf_counter() - t0)
                break
        proc.wait()
    return times


def heartbeat_while_comparing(paths: list[Path], draws: int = 1, aligned: bool = False) -> dict[str, Any]:
    """Worst UI-thread gap while the articles compare in the worker, then while the report is drawn ``draws``
    times (the first drawing is the worker's result; each further one draws the same report again, as the window
    does for a new palette or the heat map). ``aligned``: then switch to aligned rows and time that too.
    Per drawing: the worst wall-clock gap between heartbeats, the most CPU time the UI thread spent between two
    heartbeats (on this shared machine a wall gap also holds time the OS gave to other processes), and the time
    to drawn."""
    if not os.environ.get("DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QSettings, QTimer

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "/tmp/reportdiff-bench-config")
    from reportdiff.core import gctune
    from reportdiff.gui.app import make_app
    from reportdiff.gui.main_window import MainWindow

    gctune.tune()  # as the app's entry point does
    app = make_app()
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    app.processEvents()

    state: dict[str, Any] = {"last": 0.0, "cpu": 0.0, "phase": "compare", "t_start": 0.0, "t_result": 0.0}
    gaps: dict[str, list[tuple[float, float]]] = {"compare": []}

    def tick() -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        if state["last"] and state["phase"] in gaps:
            gaps[state["phase"]].append((now - state["last"], cpu - state["cpu"]))
        state["last"], state["cpu"] = now, cpu

    heart = QTimer()
    heart.setInterval(HEARTBEAT_MS)
    heart.timeout.connect(tick)

    set_report = window._set_report
    results: list[object] = []

    def timed_set_report(report: object, *args: object, **kwargs: object) -> None:
        if not state["t_result"]:
            state["t_result"] = time.perf_counter()
        set_report(report, *args, **kwargs)  # type: ignore[arg-type]

    window._set_report = timed_set_report  # type: ignore[method-assign]
    draw_times: list[float] = []

    def begin(phase: str) -> None:
        tick()
        state["phase"] = phase
        gaps[phase] = []
        state["t_phase"] = time.perf_counter()

    def drawn(result: object) -> None:
        tick()
        draw_times.append(time.perf_counter() - state["t_phase"])
        results.append(result)
        QTimer.singleShot(0, app.quit)

    def on_result(*_args: object) -> None:
        begin(f"draw{len(draw_times)}")

    window.worker.finished.connect(on_result)  # connected after the window's own slot: drawing starts in it
    window.comparisonDone.connect(drawn)
    window.comparisonFailed.connect(lambda message: (print(f"comparison failed: {message}"), app.quit()))
    give_up = QTimer()
    give_up.setSingleShot(True)
    give_up.timeout.connect(app.quit)  # a broken run prints zeros rather than hang
    give_up.start(GIVE_UP_MS)
    heart.start()
    state["t_start"] = time.perf_counter()
    state["last"], state["cpu"] = state["t_start"], time.thread_time()
    gaps["draw0"] = []
    state["phase"] = "compare"
    window.add_paths([str(p) for p in paths])
    app.exec()
    report, result = window.report, (results[0] if results else None)
    for k in range(1, draws):
        if report is None:
            break
        begin(f"draw{k}")
        window._set_report(report, order=window.order, done=result)  # type: ignore[arg-type]
        if not window.is_drawn():
            app.exec()
    aligned_s = aligned_gap = aligned_cpu = 0.0
    if aligned and report is not None:
        begin("aligned")
        t0 = time.perf_counter()
        window.set_view_mode("aligned", remember=False)
        while hasattr(window, "aligned_is_drawn") and not window.aligned_is_drawn():  # drawn at once before
            app.processEvents()
        tick()
        aligned_s = time.perf_counter() - t0
        aligned_gap = max((g for g, _ in gaps["aligned"]), default=0.0)
        aligned_cpu = max((c for _, c in gaps["aligned"]), default=0.0)
        window.set_view_mode("columns", remember=False)
    heart.stop()
    draw_gaps = [max(gaps.get(f"draw{k}", []), default=(0.0, 0.0)) for k in range(len(draw_times))]
    draw_cpu = [max((c for _, c in gaps.get(f"draw{k}", [])), default=0.0) for k in range(len(draw_times))]
    out = {
        "compare_s": state["t_result"] - state["t_start"] if state["t_result"] else 0.0,
        "worst_gap_ms": max(gaps["compare"], default=(0.0, 0.0))[0] * 1000,
        "worst_gap_cpu_ms": max((c for _, c in gaps["compare"]), default=0.0) * 1000,
        "ticks": len(gaps["compare"]),
        "draw_s": draw_times,
        "draw_gap_ms": [g[0] * 1000 for g in draw_gaps],
        "draw_gap_cpu_ms": [c * 1000 for c in draw_cpu],
        "aligned_s": aligned_s,
        "aligned_gap_ms": aligned_gap * 1000,
        "aligned_gap_cpu_ms": aligned_cpu * 1000,
        "articles": len(report.articles) if report else 0,
        "sentences": sum(len(a.sentences) for a in report.articles) if report else 0,
    }
    window.close()
    window.deleteLater()
    app.processEvents()
    return out


def one_paragraph(folder: Path) -> list[Path]:
    """Issue 12's "one paragraph of 20k sentences": short news-like sentences from the seeds' words, all in one
    paragraph under a headline, beside a second article of 2,000 sentences, half of them the first one's."""
    import random
    import re

    words: list[str] = []
    for path in sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt")):
        words.extend(w.lower() for w in re.findall(r"[A-Za-z]+", path.read_text(encoding="utf-8")))
    rng = random.Random(20)

    def sentence() -> str:
        toks = [rng.choice(words) for _ in range(rng.randint(4, 9))]
        if rng.random() < 0.1:
            toks[rng.randrange(len(toks))] = str(rng.randint(2, 900))
        return " ".join(toks).capitalize() + "."

    a = [sentence() for _ in range(PARAGRAPH_SENTENCES)]
    b = [s if rng.random() < 0.5 else sentence() for s in a[: PARAGRAPH_SENTENCES // 10]]
    out = []
    for name, title, body in (("paragraph_a.txt", "Long paragraph", a), ("paragraph_b.txt", "Short one", b)):
        path = folder / name
        path.write_text(f"{title}\n\n" + " ".join(body) + "\n", encoding="utf-8")
        out.append(path)
    return out


def pair_100k(folder: Path) -> list[Path]:
    """Issue 12's "pair of 100k-word articles", made as bench/scale.py makes it (same writer, same seed)."""
    from scale import Writer, write_story

    return write_story(folder / "pair100k", Writer(seed=100_000).story(2, 100_000))


def long_pair(folder: Path) -> list[Path]:
    """Two long articles made of the clusters' real articles: odd-numbered ones in A, even ones in B, repeated
    until each side has about LONG_PAIR_SENTENCES sentences. Shared events give links and discrepancies; the
    rest is unique to one side."""
    from reportdiff.core.segment import segment

    arts = sorted(CLUSTERS.glob("gva_*/article_*.txt"))
    sides: list[list[str]] = [[], []]
    for path in arts:
        number = int(path.stem.split("_")[1])
        sides[number % 2 == 0].append(path.read_text(encoding="utf-8").strip())
    out = []
    for k, texts in enumerate(sides):
        body: list[str] = []
        count = 0
        while count < LONG_PAIR_SENTENCES:
            for text in texts:
                body.append(text)
                count += len(segment(text, [(0, len(text))]))
                if count >= LONG_PAIR_SENTENCES:
                    break
        path = folder / f"long_{'ab'[k]}.txt"
        path.write_text("\n\n".join(body) + "\n", encoding="utf-8")
        out.append(path)
    return out


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0


def report_case(label: str, r: dict[str, Any]) -> None:
    """One case's line: compare (background), then drawing medians over the drawings, worst included."""
    gaps, cpus, times = r["draw_gap_ms"], r["draw_gap_cpu_ms"], r["draw_s"]
    print(
        f"{label} ({r['articles']} articles, {r['sentences']:,} sentences): compared in {r['compare_s']:.1f} s, "
        f"worst UI gap while comparing {r['worst_gap_ms']:.0f} ms (UI-thread CPU {r['worst_gap_cpu_ms']:.0f} ms); "
        f"drawing x{len(times)}: drawn in median "
        f"{_median(times):.2f} s, worst UI gap median {_median(gaps):.0f} ms (max {max(gaps, default=0):.0f}), "
        f"worst UI-thread CPU between two heartbeats median {_median(cpus):.0f} ms (goal < {GOAL_GAP_MS} ms)",
        flush=True,
    )
    if r["aligned_s"]:
        print(
            f"    switch to aligned rows: drawn in {r['aligned_s']:.2f} s, worst UI gap {r['aligned_gap_ms']:.0f} ms, "
            f"worst UI-thread CPU between two heartbeats {r['aligned_gap_cpu_ms']:.0f} ms",
            flush=True,
        )


CASES = {
    # name: (label, how the inputs are made, drawings, aligned switch)
    "twenty": ("20 articles", lambda tmp: sorted(CLUSTERS.glob("gva_*/article_*.txt"))[:N_ARTICLES], 3, True),
    "long": (f"long pair (~{LONG_PAIR_SENTENCES} sentences each)", long_pair, 3, True),
    "pair100k": ("a 100k-word pair", pair_100k, 3, True),
    "paragraph": (f"one paragraph of {PARAGRAPH_SENTENCES:,} sentences", one_paragraph, 3, False),
}


def main() -> int:
    if "--child-seeds" in sys.argv:
        child_seeds()
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", choices=[*CASES, "start"], help="cases to run (default: all)")
    parser.add_argument("--draws", type=int, default=0, help="drawings per case (default: 3)")
    args = parser.parse_args()
    only = set(args.only or [*CASES, "start"])
    if "start" in only:
        times = start_to_drawn()
        print(
            f"process start -> seeds drawn: {', '.join(f'{t:.2f}' for t in times)} s "
            f"(median {_median(times):.2f} s; goal < {GOAL_START_S} s)",
            flush=True,
        )
    import tempfile

    for name, (label, make, draws, aligned) in CASES.items():
        if name not in only:
            continue
        if not CLUSTERS.is_dir() and name in ("twenty", "long"):
            print(f"{label}: skipped ({CLUSTERS} is absent)")
            continue
        with tempfile.TemporaryDirectory() as tmp:
            paths = make(Path(tmp))
            r = heartbeat_while_comparing(paths, draws=args.draws or draws, aligned=aligned)
        report_case(label, r)
    return 0


if __name__ == "__main__":
    sys.exit(main())
