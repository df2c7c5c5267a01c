"""Jobs the GUI tests ask the engine's process to run instead of a plain comparison (``window.worker.job =
"engine_jobs:NAME"``): the engine runs in a process of its own, so a test cannot monkeypatch it from here.
Each takes what ``engine_process.compare_paths`` takes; no Qt."""

from __future__ import annotations

import os
import signal
import time
from collections.abc import Callable, Sequence

from reportdiff.gui.engine_process import Outcome, Progress, compare_paths


def boom(paths: Sequence[str], progress: Progress, check: Callable[[], None]) -> Outcome:
    """An engine bug: an exception out of the comparison."""
    raise RuntimeError("engine exploded")


def out_of_memory(paths: Sequence[str], progress: Progress, check: Callable[[], None]) -> Outcome:
    """The comparison runs out of memory."""
    raise MemoryError


def killed(paths: Sequence[str], progress: Progress, check: Callable[[], None]) -> Outcome:
    """The engine's process is killed mid-comparison (as the kernel's out-of-memory killer would)."""
    progress("aligning", 0.5)
    os.kill(os.getpid(), signal.SIGKILL)
    raise AssertionError("not reached")


def exits(paths: Sequence[str], progress: Progress, check: Callable[[], None]) -> Outcome:
    """The engine's process leaves by itself mid-comparison with exit status 3 (a library calling exit)."""
    progress("aligning", 0.5)
    os._exit(3)


def slow(paths: Sequence[str], progress: Progress, check: Callable[[], None]) -> Outcome:
    """Five seconds of progress reports before the real comparison."""
    for i in range(100):
        time.sleep(0.05)
        progress("aligning", i / 100)
    return compare_paths(paths, progress, check)


def stuck(paths: Sequence[str], progress: Progress, check: Callable[[], None]) -> Outcome:
    """A long compiled call: no progress report (no chance to stop) for a minute."""
    progress("aligning", 0.1)
    time.sleep(60)
    return compare_paths(paths, progress, check)


def at_most_two(paths: Sequence[str], progress: Progress, check: Callable[[], None]) -> Outcome:
    """A comparison whose engine accepts at most two articles."""
    import reportdiff.core.compare as compare_module

    real = compare_module.MAX_ARTICLES
    compare_module.MAX_ARTICLES = 2
    try:
        return compare_paths(paths, progress, check)
    finally:
        compare_module.MAX_ARTICLES = real  # the process serves the next test too
