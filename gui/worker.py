"""Background comparison: runs the engine off the UI thread and reports back with Qt signals.

The engine (``reportdiff.core``) knows nothing of Qt; this module is where its progress becomes signals (the one
thing Meld got wrong was putting the signal inside its differ). Each request gets a generation number; a newer
request makes the older one stale: its progress callback raises to stop it early, and whatever it still emits is
dropped. Files are loaded one by one so that one unreadable file is reported while the others are compared.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

# Progress reports closer together than this are dropped: the UI needs a few updates a second, not thousands.
PROGRESS_INTERVAL_S = 0.05


@dataclass(frozen=True)
class FileError:
    """A file (or the set of files, ``path`` None) that could not be compared, with a one-line message."""

    path: str | None
    message: str


@dataclass(frozen=True)
class CompareResult:
    """What one finished comparison produced: the report (None if nothing could be compared), the files it
    covers (in article order), and the files that failed."""

    report: object | None
    paths: tuple[str, ...]
    errors: tuple[FileError, ...]
    plans: dict[Any, Any] | None = None  # each sentence's drawing plan (gui/highlight.py), worked out here


class _Cancelled(Exception):
    """Raised inside the engine's progress callback when a newer comparison has been asked for."""


class _Signals(QObject):
    progress = Signal(int, str, float)
    finished = Signal(int, object)
    failed = Signal(int, str, str)


class _CompareTask(QRunnable):
    def __init__(self, generation: int, paths: Sequence[str], signals: _Signals, owner: CompareWorker) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.generation = generation
        self.paths = list(paths)
        self.signals = signals
        self.owner = owner
        self._last_emit = 0.0

    def _check(self) -> None:
        if self.owner.generation != self.generation:
            raise _Cancelled

    def _progress(self, stage: str, fraction: float) -> None:
        self._check()
        now = time.monotonic()
        if now - self._last_emit >= PROGRESS_INTERVAL_S:
            self._last_emit = now
            self.signals.progress.emit(self.generation, stage, float(fraction))

    def run(self) -> None:  # runs in a pool thread
        try:
            result = self._compare()
        except _Cancelled:
            return
        except Exception as exc:  # an engine bug: reported as a dialog, never as a traceback on stderr
            self.signals.failed.emit(self.generation, f"{type(exc).__name__}: {exc}", traceback.format_exc())
            return
        self.signals.finished.emit(self.generation, result)

    def _compare(self) -> CompareResult:
        from reportdiff.core.compare import compare
        from reportdiff.core.errors import InputError
        from reportdiff.core.load import load_article

        loaded, good, errors = [], [], []
        n = len(self.paths)
        for k, path in enumerate(self.paths):
            self._check()
            self.signals.progress.emit(self.generation, "loading", k / max(n, 1) * 0.1)
            try:
                loaded.append(load_article(path))
                good.append(path)
            except InputError as exc:
                errors.append(FileError(exc.path or path, str(exc)))
        self._check()
        if len(loaded) < 2:
            return CompareResult(None, tuple(good), tuple(errors))
        try:
            report = compare(loaded, progress=self._progress)
        except InputError as exc:
            errors.append(FileError(exc.path, str(exc)))
            return CompareResult(None, tuple(good), tuple(errors))
        self._check()
        report.index  # noqa: B018 - its cached index and totals are built here, off the UI thread
        report.summary()
        # What each sentence looks like, worked out here too: on one paragraph of 20,000 sentences this pure-Python
        # part was most of the drawing's time on the UI thread (issue 12: drawn in under 2 s).
        self.signals.progress.emit(self.generation, "preparing the view", 0.99)
        from .highlight import plan_report

        plans = plan_report(report, check=self._check)
        return CompareResult(report, tuple(good), tuple(errors), plans)


class CompareWorker(QObject):
    """Starts comparisons in a thread pool; only the newest one's signals get through.

    ``started()`` when a comparison begins, ``progress(stage, fraction)`` while it runs, then exactly one of
    ``finished(CompareResult)`` or ``failed(message, details)`` (an unexpected engine error).
    """

    started = Signal()
    progress = Signal(str, float)
    finished = Signal(object)
    failed = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self._running: int | None = None
        self._pool = QThreadPool(self)
        # Two threads: a stale comparison may still be winding down while the new one starts.
        self._pool.setMaxThreadCount(2)
        self._signals = _Signals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)

    def start(self, paths: Sequence[str | Path]) -> int:
        """Compare ``paths`` in the background, making any running comparison stale; returns its generation."""
        self.generation += 1
        self._running = self.generation
        self._pool.start(_CompareTask(self.generation, [str(p) for p in paths], self._signals, self))
        self.started.emit()
        return self.generation

    def cancel(self) -> None:
        """Make the running comparison stale; it stops at its next progress report."""
        self.generation += 1
        self._running = None

    def is_busy(self) -> bool:
        """Whether a comparison is running whose result is still wanted."""
        return self._running is not None

    def wait(self, msecs: int = 3000) -> bool:
        """Block until every pool thread is done (at exit); True if they all finished in time."""
        return self._pool.waitForDone(msecs)

    @Slot(int, str, float)
    def _on_progress(self, generation: int, stage: str, fraction: float) -> None:
        if generation == self._running:
            self.progress.emit(stage, fraction)

    @Slot(int, object)
    def _on_finished(self, generation: int, result: CompareResult) -> None:
        if generation == self._running:
            self._running = None
            self.finished.emit(result)

    @Slot(int, str, str)
    def _on_failed(self, generation: int, message: str, details: str) -> None:
        if generation == self._running:
            self._running = None
            self.failed.emit(message, details)
