"""File > Export PDF, HTML and JSON in a process of their own, so the window never waits for one.

Drawn on the window's thread, the PDF of 20 articles of 5,000 words held it for 17.6 s and the HTML for 8.9 s
(review s22, finding 2). A thread of the window's process does not help: Qt's layout of the whole document is one
call that keeps Python's GIL (a thread left stalls of 1.5 s, and the HTML writer's collections 0.6 s). So, like
the comparison (``engine_process.py``), the export runs in a process: ``ExportJob.start`` spawns it, sends it the
report in pieces (``engine_process.send_in_pieces``, from a thread of the window's process: each piece is a short
call) and the job; the process (``serve``) rebuilds the report, writes the file with the very writers of the
command line (``pdf.write_pdf``, ``presentation.htmlreport.render_html`` + ``core.atomic``,
``core.jsontext.write_report_json``), and reports progress, then how it ended. The window reads its messages on a
timer (they are a few small tuples).

Atomic as before: every writer goes through ``core.atomic.atomic_target`` (a temporary file beside the target,
renamed over it only once whole and checked). Cancel asks the process to stop at its next progress report (the
temporary file is removed, the target untouched); a process that has not stopped within ``CANCEL_GRACE_S`` (the
HTML writer has no progress reports) is ended, and any temporary file it left beside the target is removed.

Messages, each a tuple over a ``multiprocessing`` pipe. To the process: ``("job", kind, path, page_size)``, then
the report's pieces, then ``("cancel",)`` at any time. Back: ``("progress", stage, fraction)``, then one of
``("done", path)``, ``("failed", message, details)``, ``("cancelled",)``.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import multiprocessing.connection
import os
import signal
import threading
import traceback
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from . import engine_process

KINDS = ("pdf", "html", "json")
# Cancel waits this long for the export to stop at a progress report before its process is ended (the HTML
# writer reports none: it is ended; nothing has been written by then, or only a temporary file, removed).
CANCEL_GRACE_S = 1.0
# How often the window looks at the process's messages: progress a few times a second is enough to read.
POLL_MS = 50
# Progress reports closer together than this are not sent.
PROGRESS_INTERVAL_S = 0.1
# Pieces of the report sent to the export's process: small, so each pickling call is short (the window's thread
# waits at most that long for the GIL while they are sent).
PIECE_ITEMS = engine_process.PIECE_ITEMS


class Cancelled(Exception):
    """The window asked the export to stop."""


# -- the export's process ---------------------------------------------------------------------------------------


def serve(conn: Connection) -> None:
    """The export process: read the job and the report, write the file, say how it went, and end."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a background writer: never a window, never the display
    from reportdiff.core import gctune

    gctune.tune()
    try:
        # One job, then the process ends: no collections (the writers make no cyclic garbage worth a pass over
        # the report's millions of objects: with Python's thresholds the PDF of 20 long articles took 3x longer).
        with gctune.paused(freeze=False):
            job = conn.recv()
            assembler = engine_process.Assembler()
            report = None
            while report is None:
                message = conn.recv()
                if message[0] == "cancel":
                    conn.send(("cancelled",))
                    return
                report = assembler.add(message)
            _export(conn, report, job[1], job[2], job[3])
    except (EOFError, OSError):  # the window's end of the pipe closed: nobody waits for the file
        pass
    finally:
        with contextlib.suppress(OSError):
            conn.close()
    os._exit(0)  # at once: freeing the report's heap one object at a time only delays the end


def _export(conn: Connection, report: Any, kind: str, path: str, page_size: str) -> None:
    import time

    last = 0.0

    def check() -> None:
        if conn.poll() and conn.recv()[0] == "cancel":
            raise Cancelled

    def progress(stage: str, fraction: float) -> None:
        nonlocal last
        check()
        now = time.monotonic()
        if now - last >= PROGRESS_INTERVAL_S:
            last = now
            conn.send(("progress", stage, float(fraction)))

    from reportdiff.core.atomic import WriteError

    try:
        write(kind, report, path, page_size, progress)
    except Cancelled:
        conn.send(("cancelled",))
    except WriteError as exc:
        conn.send(("failed", str(exc), ""))
    except MemoryError:
        conn.send(("failed", f"cannot write {path}: not enough memory for this export", ""))
    except Exception as exc:  # a writer's bug: a dialog in the window, never a silent end
        conn.send(("failed", f"{type(exc).__name__}: {exc}", traceback.format_exc()))
    else:
        conn.send(("done", path))


def write(kind: str, report: Any, path: str, page_size: str, progress: Any) -> None:
    """Write ``report`` as ``kind`` (pdf, html, json) at ``path`` with the command line's own writers;
    ``progress(stage, fraction)`` may raise to stop."""
    if kind == "pdf":
        from .pdf import write_pdf

        write_pdf(report, path, page_size, progress=progress)
    elif kind == "html":
        from reportdiff.core.atomic import write_text_atomic
        from reportdiff.presentation.htmlreport import render_html

        progress("writing the page", 0.1)
        text = render_html(report)
        progress("saving", 0.9)
        write_text_atomic(path, text)
    elif kind == "json":
        from reportdiff.core.jsontext import write_report_json

        progress("writing the report", 0.1)
        write_report_json(path, report)
    else:
        raise ValueError(f"unknown export kind {kind!r}")


# -- the window's side -----------------------------------------------------------------------------------------


def leftovers(path: str | Path) -> set[Path]:
    """The temporary files ``core.atomic.atomic_target`` makes beside ``path`` (``.NAME.xxxx.part``)."""
    target = Path(path)
    with contextlib.suppress(OSError):
        real = Path(os.path.realpath(target))
        return set(real.parent.glob(f".{real.name}.*.part"))
    return set()


_ENDING: list[Any] = []  # export processes that said "done" and are leaving


class ExportJob(QObject):
    """One export at a time for a window: ``start(report, kind, path, page_size)``, ``cancel()``.

    Signals: ``progress(stage, fraction)`` while it runs, then exactly one of ``done(path)``,
    ``failed(message, details)`` or ``cancelled()``."""

    progress = Signal(str, float)
    done = Signal(str)
    failed = Signal(str, str)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = ""
        self.path = ""
        self._process: Any = None
        self._conn: Connection | None = None
        self._sender: threading.Thread | None = None
        self._send_lock = threading.Lock()
        self._before: set[Path] = set()  # temporary files beside the target before this export (not ours)
        self._cancelling = False
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._read)
        self._grace = QTimer(self)
        self._grace.setSingleShot(True)
        self._grace.timeout.connect(self._end_stuck)

    def is_running(self) -> bool:
        """Whether an export is under way."""
        return self._process is not None

    def start(self, report: Any, kind: str, path: str, page_size: str = "A4") -> None:
        """Export ``report`` to ``path`` in the background; the signals say how it goes."""
        if self.is_running():
            raise RuntimeError("an export is already running")
        if kind not in KINDS:
            raise ValueError(f"unknown export kind {kind!r}")
        from .worker import _main_hidden

        self.kind, self.path = kind, str(path)
        self._cancelling = False
        self._before = leftovers(path)
        context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt's threads
        conn, child = context.Pipe()
        process = context.Process(target=serve, args=(child,), name="reportdiff-export", daemon=True)
        with _main_hidden():
            process.start()
        child.close()
        self._process, self._conn = process, conn
        bare = engine_process.detached(report)
        self._sender = threading.Thread(
            target=self._send, args=(conn, ("job", kind, self.path, page_size), bare), name="reportdiff-export-send",
            daemon=True,
        )  # fmt: skip
        self._sender.start()
        self._poll.start()

    def _send(self, conn: Connection, job: tuple[Any, ...], report: Any) -> None:
        def send(message: tuple[Any, ...]) -> None:
            with self._send_lock:
                conn.send(message)

        with contextlib.suppress(OSError, ValueError, EOFError):  # the process ended (cancelled, or it crashed)
            send(job)
            engine_process.send_in_pieces(send, 0, report, PIECE_ITEMS)

    def cancel(self) -> None:
        """Stop the export: the target stays as it was. ``cancelled`` follows (at once when the process is ended)."""
        if not self.is_running() or self._cancelling:
            return
        self._cancelling = True
        sender = self._sender
        if sender is not None and sender.is_alive():  # the report is still on its way: nothing is written yet
            self._finish("cancelled")
            return
        try:
            with self._send_lock:
                assert self._conn is not None
                self._conn.send(("cancel",))
        except (OSError, ValueError, AssertionError):
            self._finish("cancelled")
            return
        self._grace.start(int(CANCEL_GRACE_S * 1000))

    def stop_now(self) -> None:
        """The window closes: end the export's process at once (its temporary file removed, the target as it
        was); ``cancelled`` follows."""
        if self.is_running():
            self._cancelling = True
            self._finish("cancelled")

    def _end_stuck(self) -> None:
        if self.is_running():
            self._finish("cancelled")

    def _read(self) -> None:
        conn, process = self._conn, self._process
        if conn is None or process is None:
            return
        try:
            while conn.poll():
                message = conn.recv()
                kind = message[0]
                if kind == "progress":
                    if not self._cancelling:
                        self.progress.emit(message[1], message[2])
                elif kind == "done":
                    self._finish("done", message[1])
                    return
                elif kind == "failed":
                    self._finish("failed", message[1], message[2])
                    return
                elif kind == "cancelled":
                    self._finish("cancelled")
                    return
        except (EOFError, OSError):
            pass
        if not process.is_alive():
            code = process.exitcode
            if self._cancelling:
                self._finish("cancelled")
            else:
                why = f"signal {-code}" if code is not None and code < 0 else f"exit status {code}"
                if code == -signal.SIGKILL:
                    why += ", as when the memory runs out"
                self._finish("failed", f"cannot write {self.path}: the export stopped unexpectedly ({why})", "")

    def _finish(self, how: str, *args: str) -> None:
        """End the process (if it has not ended), clean up after it, and say how the export ended."""
        self._poll.stop()
        self._grace.stop()
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if process is not None:
            if how != "done":
                process.kill()  # ended for certain before its temporary file is looked for
                process.join(10)  # after SIGKILL, only the system's reaping
            else:
                _ENDING.append(process)  # leaving by itself; reaped later, never waited for here
            _ENDING[:] = [p for p in _ENDING if p.is_alive()]  # is_alive() reaps the ones that have ended
        sender = self._sender
        if sender is not None:
            sender.join(2.0)  # its process ended, its next send fails at once
        self._sender = None
        if conn is not None:
            with contextlib.suppress(OSError):
                conn.close()
        if how != "done":
            for stray in leftovers(self.path) - self._before:  # a temporary file of an ended writer
                with contextlib.suppress(OSError):
                    stray.unlink()
        if how == "done":
            self.done.emit(args[0])
        elif how == "failed":
            self.failed.emit(args[0], args[1])
        else:
            self.cancelled.emit()


__all__ = ["CANCEL_GRACE_S", "KINDS", "ExportJob", "leftovers", "serve", "write"]
