"""Background comparison: the engine runs in a process of its own (``engine_process.py``) and reports back here,
where its messages become Qt signals.

The engine (``reportdiff.core``) knows nothing of Qt; this module is where its progress becomes signals (the one
thing Meld got wrong was putting the signal inside its differ). A thread of the window's process would share the
GIL with the window, and the engine's compiled calls hold it for up to half a second (issue 12); the process is
started ahead of the first comparison (the engine imported and the language model loaded there), and kept for
the next one. Each request gets a generation number; a newer request makes the older one stale: the engine
stops at its next progress report, and whatever it still sends is dropped. Cancel asks the same, and ends the
process for real if it has not stopped within ``CANCEL_GRACE_S`` (a fresh one is started for the next request).
A crash of the engine's process, a MemoryError in it, or an exception is a ``failed`` signal: an error dialog,
never a dead window. Results arrive in small pieces (``engine_process.Assembler``), rebuilt by a reader thread
here, which also builds the report's lookups the window uses, so the window's thread does none of it.
"""

from __future__ import annotations

import atexit
import contextlib
import multiprocessing
import multiprocessing.connection
import sys
import threading
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from . import engine_process

# Cancel (or closing the window) waits this long for the engine to stop by itself at a progress report; a longer
# compiled call is not waited for: the process is ended and a fresh one started.
CANCEL_GRACE_S = 1.0
# Closing: how long the engine's process may take to leave by itself before it is ended.
QUIT_WAIT_S = 2.0
# After SIGKILL the process is certain to end; this bounds only the wait for the system to reap it.
KILLED_REAP_S = 10.0
# The reader of an engine's messages, at the end of its pipe, waits this long for the process itself to end before
# it tells the worker (a crash then reads as one, with its exit code).
ENDED_WAIT_S = 2.0


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
    plans: dict[Any, Any] | None = None  # each sentence's drawing plan (gui/highlight.py), worked out by the engine


class _Signals(QObject):
    progress = Signal(int, str, float)
    finished = Signal(int, object)
    failed = Signal(int, str, str)
    ended = Signal(int)  # the engine is done with this generation (result, failure, or stopped as stale)


@contextlib.contextmanager
def _main_hidden() -> Iterator[None]:
    """While a process is spawned: the window's main script is not run again in it. multiprocessing's spawn
    re-imports the parent's ``__main__`` in the child (a script that opens the window without an
    ``if __name__ == "__main__"`` guard opened a second window there); the engine needs none of it."""
    main = sys.modules.get("__main__")
    saved = {key: main.__dict__[key] for key in ("__file__", "__spec__") if main and key in main.__dict__}
    try:
        for key in saved:
            if key == "__spec__":
                main.__spec__ = None  # type: ignore[union-attr]
            else:
                delattr(main, key)
        yield
    finally:
        for key, value in saved.items():
            setattr(main, key, value)


class EngineHost:
    """One engine process and the thread reading its messages. Pass ``listener`` the worker's signals."""

    def __init__(self) -> None:
        context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt's threads
        self.conn, child = context.Pipe()
        self.process = context.Process(
            target=engine_process.serve, args=(child,), name="reportdiff-engine", daemon=True
        )
        with _main_hidden():
            self.process.start()
        child.close()
        self.signals: _Signals | None = None
        self._send_lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, name="reportdiff-engine-reader", daemon=True)
        self._reader.start()
        _HOSTS.add(self)

    def alive(self) -> bool:
        """Whether the engine process still runs."""
        return self.process.is_alive()

    def ended(self) -> bool:
        """Whether the engine process has ended; reaps it then (its exit code is read after this)."""
        if not multiprocessing.connection.wait([self.process.sentinel], 0):
            return False
        self.process.join(KILLED_REAP_S)  # its end is signalled: the reaping is immediate
        return not self.process.is_alive()

    def send(self, message: tuple[Any, ...]) -> bool:
        """Send a message to the engine; False if its process is gone."""
        try:
            with self._send_lock:
                self.conn.send(message)
        except (OSError, ValueError):
            return False
        return True

    def stop(self, wait_s: float = QUIT_WAIT_S) -> None:
        """Ask the engine to leave; end its process if it has not within ``wait_s`` (0: end it now)."""
        if wait_s > 0 and self.send(("quit",)):
            self.process.join(wait_s)
        if self.process.is_alive():
            self.process.kill()
            self.process.join(KILLED_REAP_S)
        with contextlib.suppress(OSError):
            self.conn.close()
        _HOSTS.discard(self)

    def _read(self) -> None:
        conn = self.conn
        assembler: tuple[int, engine_process.Assembler] | None = None
        while True:
            try:
                message = conn.recv()  # waits with the GIL released; the message itself is small
            except (EOFError, OSError):
                break
            signals = self.signals
            kind, generation = message[0], message[1]
            if signals is None:
                continue
            if kind == "progress":
                signals.progress.emit(generation, message[2], message[3])
            elif kind in ("part", "whole", "result"):
                if assembler is None or assembler[0] != generation:
                    assembler = (generation, engine_process.Assembler())
                try:
                    whole = assembler[1].add(message)
                except Exception as exc:  # a piece that does not fit: say so rather than hang
                    assembler = None
                    signals.ended.emit(generation)
                    signals.failed.emit(generation, f"The comparison's result could not be read ({exc}).", "")
                    continue
                if kind == "result":
                    assembler = None
                    result = _result(whole)
                    # "ended" first: the window may close in its handler of the result, and finds the engine idle.
                    signals.ended.emit(generation)
                    signals.finished.emit(generation, result)
            elif kind == "failed":
                signals.ended.emit(generation)
                signals.failed.emit(generation, message[2], message[3])
            elif kind == "cancelled":
                signals.ended.emit(generation)
        # The process is gone (ended by Cancel or at quit, or it crashed: the worker tells these apart). Wait for
        # its end without reaping it: only the window's thread reaps (a second thread's waitpid made the other's
        # fail, and multiprocessing then reported a dead process as alive).
        multiprocessing.connection.wait([self.process.sentinel], ENDED_WAIT_S)
        signals = self.signals
        if signals is not None:
            signals.ended.emit(-1)


def _result(outcome: tuple[Any, ...]) -> CompareResult:
    """The engine's outcome as a CompareResult, with the report's lookups built here, off the window's thread."""
    report, paths, errors, plans = outcome
    if report is not None:
        index = report.index
        for ref in list(plans or ())[:1]:
            index.links_of(ref)
            index.figures_of(ref)
            index.discrepancy_of(ref)
        index.fact_of_figure(0)
        index.group_of()  # the aligned rows' groups, for every article shown
    return CompareResult(report, tuple(paths), tuple(FileError(p, msg) for p, msg in errors), plans)


_HOSTS: set[EngineHost] = set()
_IDLE: list[EngineHost] = []  # started and not in use: the next worker takes one (a test suite's windows share it)


def prestart() -> None:
    """Start an engine process now (the engine imported and the language model loaded in it) for the first
    comparison; returns at once."""
    if not any(host.alive() for host in _HOSTS):  # a comparison asked for already started one
        _IDLE.append(EngineHost())


def shutdown_all() -> None:
    """End every engine process (at quit; registered with atexit too)."""
    _IDLE.clear()
    for host in list(_HOSTS):
        host.signals = None
        host.stop(wait_s=0.5)


atexit.register(shutdown_all)


def _take_host() -> EngineHost:
    while _IDLE:
        host = _IDLE.pop()
        if host.alive():
            return host
        host.stop(0)
    return EngineHost()


class CompareWorker(QObject):
    """Runs comparisons in the engine process; only the newest one's signals get through.

    ``started()`` when a comparison begins, ``progress(stage, fraction)`` while it runs, then exactly one of
    ``finished(CompareResult)`` or ``failed(message, details)`` (an engine error, or its process ending).
    """

    started = Signal()
    progress = Signal(str, float)
    finished = Signal(object)
    failed = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.generation = 0
        self.job = engine_process.DEFAULT_JOB  # "module:function" the engine runs (tests give their own)
        self._running: int | None = None
        self._host: EngineHost | None = None
        self._host_busy: int | None = None  # the last generation sent to the engine, until it is done with it
        self._signals = _Signals(self)
        self._signals.progress.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self._signals.ended.connect(self._on_ended)
        self._grace = QTimer(self)
        self._grace.setSingleShot(True)
        self._grace.timeout.connect(self._end_stuck)

    def start(self, paths: Sequence[str | Path]) -> int:
        """Compare ``paths`` in the background, making any running comparison stale; returns its generation."""
        self.generation += 1
        self._running = self.generation
        self._grace.stop()
        message = ("compare", self.generation, [str(p) for p in paths], self.job)
        try:
            host = self._ensure_host()
            if not host.send(message):
                self._drop_host(host)
                host = self._ensure_host()
                host.send(message)
        except (OSError, RuntimeError) as exc:  # no process could be started (limits, a broken install)
            self.started.emit()
            self._signals.failed.emit(self.generation, f"The comparison could not start: {exc}", "")
            return self.generation
        self._host_busy = self.generation
        self.started.emit()
        return self.generation

    def cancel(self) -> None:
        """Make the running comparison stale; the engine stops at its next progress report, or its process is
        ended after CANCEL_GRACE_S."""
        self.generation += 1
        self._running = None
        if self._host is not None and self._host_busy is not None:
            self._host.send(("cancel",))
            self._grace.start(int(CANCEL_GRACE_S * 1000))

    def is_busy(self) -> bool:
        """Whether a comparison is running whose result is still wanted."""
        return self._running is not None

    def wait(self, msecs: int = 3000) -> bool:
        """Wait (at exit) until the engine is done with what it was asked; True if it finished in time. The
        engine is kept for the next comparison (``close`` lets it go)."""
        host = self._host
        if host is None or self._host_busy is None:
            return True
        deadline = time.monotonic() + msecs / 1000
        while self._host_busy is not None and host.alive() and time.monotonic() < deadline:
            QCoreApplication.processEvents()
            time.sleep(0.005)
        if self._host_busy is not None and host.alive():
            self._drop_host(host)
            return False
        return True

    def close(self) -> None:
        """The window goes: stop the running comparison; an idle engine is kept for the next window."""
        self.cancel()
        host, self._host = self._host, None
        self._grace.stop()
        if host is None:
            return
        host.signals = None
        if self._host_busy is None and host.alive():
            _IDLE.append(host)
        else:
            host.stop(0)
        self._host_busy = None

    def engine_pid(self) -> int | None:
        """The engine process's id (None before the first comparison)."""
        return self._host.process.pid if self._host is not None else None

    def _ensure_host(self) -> EngineHost:
        if self._host is None or not self._host.alive():
            if self._host is not None:
                self._drop_host(self._host)
            self._host = _take_host()
            self._host.signals = self._signals
        return self._host

    def _drop_host(self, host: EngineHost) -> None:
        host.signals = None
        host.stop(0)
        if self._host is host:
            self._host = None
        self._host_busy = None

    def _end_stuck(self) -> None:
        """Cancel's grace is over and the engine is still on the stale comparison: end its process, start a
        fresh one for the next comparison."""
        if self._host is not None and self._host_busy is not None and self._running is None:
            self._drop_host(self._host)
            _IDLE.append(EngineHost())

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

    @Slot(int)
    def _on_ended(self, generation: int) -> None:
        if generation == -1:  # the engine's process is gone
            host = self._host
            if host is None or not host.ended():
                return  # a process this worker no longer uses, or one still running
            code = host.process.exitcode
            self._drop_host(host)
            if self._running is not None:
                self._running = None
                self.failed.emit(
                    "The comparison stopped: its process ended unexpectedly"
                    + (f" (signal {-code})" if code is not None and code < 0 else f" (exit status {code})")
                    + ". This happens when the articles need more memory than is free.",
                    "",
                )
            return
        if generation == self._host_busy:
            self._host_busy = None
            self._grace.stop()


__all__ = [
    "CompareResult",
    "CompareWorker",
    "EngineHost",
    "FileError",
    "prestart",
    "shutdown_all",
]
