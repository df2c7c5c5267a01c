"""The comparison's own process: the engine runs here, never in the window's process (``serve``), and its results
travel back in pieces small enough that rebuilding any one of them is a short call (``Splitter``, ``Assembler``).

Why a process: the engine's compiled calls (numpy, rapidfuzz, the word diffs, the language model) hold Python's
GIL for up to half a second, and a thread of the window's process froze the window that long while comparing
(issue 12: 337-504 ms on a 100k-word pair). In a process of its own the engine can hold whatever it likes, the
language model is loaded there (not in the window), Cancel can end it for real, and a crash or a MemoryError in
it is a message, never a dead window. ``gui/worker.py`` starts it and speaks to it; this module imports no Qt at
the top (the sentences' plans come from ``gui.highlight``, imported when a comparison runs).

Messages, each a tuple sent over a ``multiprocessing`` pipe. To the engine: ``("compare", generation, paths,
job)``, ``("cancel",)``, ``("quit",)``. Back: ``("progress", generation, stage, fraction)``, ``("part", generation,
key, bytes)``, ``("whole", generation, key, kind)``, ``("result", generation, bytes)``, ``("failed", generation,
message, details)``, ``("cancelled", generation)``. Any message arriving while a comparison runs makes it stale:
it stops at its next progress report.

Pieces: a pickle of the whole result of two 100k-word articles is 10 MB and took 0.7 s to unpickle, in one call
that held the GIL (the window froze as long). ``Splitter`` pickles every tuple, list or dict longer than
``PIECE_ITEMS`` as separate pieces of that many items (innermost first), the object itself as a reference to
them; ``Assembler`` rebuilds each as its pieces arrive. Objects shared between two pieces arrive as equal copies
(the Report's parts are frozen values, so nothing tells them apart), and the Report's cached index is left out:
the receiver builds it again.
"""

from __future__ import annotations

import copy
import importlib
import io
import pickle
import time
import traceback
from collections.abc import Callable, Sequence
from multiprocessing.connection import Connection
from typing import Any

# Items (sentences, links, figures, plan entries) per piece. Unpickling 200 of the largest (a 100k-word pair's
# links with their word diffs) takes about 3-6 ms: the window's thread waits at most that long for the GIL.
PIECE_ITEMS = 200
# Progress reports closer together than this are not sent: the window needs a few a second, not thousands.
PROGRESS_INTERVAL_S = 0.05
DEFAULT_JOB = "reportdiff.gui.engine_process:compare_paths"

Progress = Callable[[str, float], None]
Outcome = tuple[Any, tuple[str, ...], tuple[tuple[str | None, str], ...], Any]  # report, paths, errors, plans


class Cancelled(Exception):
    """A newer message arrived while a comparison ran: it is stale."""


class Splitter(pickle.Pickler):
    """Pickles an object with every long tuple, list or dict sent ahead as pieces (``send(message)``)."""

    def __init__(self, file: io.BytesIO, sink: _Sink) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self.sink = sink

    def persistent_id(self, obj: Any) -> int | None:
        kind = type(obj)
        if (kind is tuple or kind is list or kind is dict) and len(obj) > self.sink.items:
            return self.sink.store(obj)
        return None


class _Sink:
    def __init__(self, send: Callable[[tuple[Any, ...]], None], generation: int, items: int) -> None:
        self.send = send
        self.generation = generation
        self.items = items
        self.keys: dict[int, int] = {}
        self.next_key = 0
        self.kept: list[Any] = []  # alive until the end, so no id() is reused for another object

    def dumps(self, obj: Any) -> bytes:
        buffer = io.BytesIO()
        Splitter(buffer, self).dump(obj)
        return buffer.getvalue()

    def store(self, obj: Any) -> int:
        key = self.keys.get(id(obj))
        if key is not None:
            if key < 0:
                raise ValueError("a long tuple, list or dict inside itself cannot be sent in pieces")
            return key
        self.keys[id(obj)] = -1  # being sent
        key = self.next_key  # the objects inside its pieces take the keys after it, and arrive before them
        self.next_key += 1
        items = list(obj.items()) if type(obj) is dict else obj
        for start in range(0, len(items), self.items):
            self.send(("part", self.generation, key, self.dumps(list(items[start : start + self.items]))))
        self.send(("whole", self.generation, key, type(obj).__name__))
        self.keys[id(obj)] = key
        self.kept.append(obj)
        return key


def send_in_pieces(
    send: Callable[[tuple[Any, ...]], None], generation: int, obj: Any, items: int = PIECE_ITEMS
) -> None:
    """Send ``obj`` as pieces, then ``("result", generation, bytes)`` of the object with references to them."""
    sink = _Sink(send, generation, items)
    send(("result", generation, sink.dumps(obj)))


class _Unpickler(pickle.Unpickler):
    def __init__(self, data: bytes, done: dict[int, Any]) -> None:
        super().__init__(io.BytesIO(data))
        self.done = done

    def persistent_load(self, pid: Any) -> Any:
        return self.done[pid]


class Assembler:
    """Rebuilds what ``send_in_pieces`` sent, one message at a time (``add``); ``result`` once it is whole."""

    def __init__(self) -> None:
        self.parts: dict[int, list[Any]] = {}
        self.done: dict[int, Any] = {}

    def add(self, message: tuple[Any, ...]) -> Any:
        """Take one "part", "whole" or "result" message; the rebuilt object for "result", else None. Each piece
        is unpickled as it arrives: whatever it refers to arrived whole before it."""
        kind = message[0]
        if kind == "part":
            self.parts.setdefault(message[2], []).extend(_Unpickler(message[3], self.done).load())
            return None
        if kind == "whole":
            key, container = message[2], message[3]
            items = self.parts.pop(key, [])
            if container == "tuple":
                self.done[key] = tuple(items)
            elif container == "dict":
                self.done[key] = dict(items)
            else:
                self.done[key] = items
            return None
        if kind == "result":
            return _Unpickler(message[2], self.done).load()
        raise ValueError(f"not a piece: {kind!r}")


def compare_paths(paths: Sequence[str], progress: Progress, check: Callable[[], None]) -> Outcome:
    """Load each file (one unreadable file is reported while the others are compared), compare, and work out
    every sentence's drawing plan. Returns the report (None if fewer than two files loaded), the files compared,
    the files that failed with their messages, and the plans."""
    from reportdiff.core.compare import compare
    from reportdiff.core.errors import InputError
    from reportdiff.core.load import load_article

    loaded, good = [], []
    errors: list[tuple[str | None, str]] = []
    n = len(paths)
    for k, path in enumerate(paths):
        check()
        progress("loading", k / max(n, 1) * 0.1)
        try:
            loaded.append(load_article(path))
            good.append(path)
        except InputError as exc:
            errors.append((exc.path or path, str(exc)))
    check()
    if len(loaded) < 2:
        return None, tuple(good), tuple(errors), None
    try:
        report = compare(loaded, progress=progress)
    except InputError as exc:
        errors.append((exc.path, str(exc)))
        return None, tuple(good), tuple(errors), None
    check()
    progress("preparing the view", 0.99)
    from .highlight import plan_report

    plans = plan_report(report, check=check)
    return detached(report), tuple(good), tuple(errors), plans


def detached(report: Any) -> Any:
    """The report without its cached index (the receiver builds its own): sent along, the index's lookups would
    arrive as copies of the links and figures, and it refers back to the report."""
    bare = copy.copy(report)
    vars(bare).pop("index", None)
    return bare


def _job(spec: str) -> Callable[[Sequence[str], Progress, Callable[[], None]], Outcome]:
    module, _, name = spec.partition(":")
    return getattr(importlib.import_module(module), name)  # type: ignore[no-any-return]


def _run(conn: Connection, generation: int, paths: Sequence[str], job: str) -> None:
    last = 0.0

    def check() -> None:
        if conn.poll():  # a newer request (or Cancel): this comparison is stale
            raise Cancelled

    def progress(stage: str, fraction: float) -> None:
        nonlocal last
        check()
        now = time.monotonic()
        if now - last >= PROGRESS_INTERVAL_S or stage == "loading":
            last = now
            conn.send(("progress", generation, stage, float(fraction)))

    try:
        outcome = _job(job)(paths, progress, check)
        check()
        send_in_pieces(conn.send, generation, outcome)
    except Cancelled:
        conn.send(("cancelled", generation))
    except MemoryError:
        outcome = None  # let go of what was built before saying so
        conn.send(
            (
                "failed",
                generation,
                "MemoryError: these articles need more memory than this computer has free.",
                "Try fewer or shorter articles, or close other programs.",
            )
        )
    except Exception as exc:  # an engine bug: reported as a dialog by the window, never a traceback on stderr
        conn.send(("failed", generation, f"{type(exc).__name__}: {exc}", traceback.format_exc()))


def serve(conn: Connection) -> None:
    """The engine process's loop: load the engine and the language model at once, then run one comparison per
    "compare" message until "quit" or the window's end of the pipe closes."""
    from reportdiff.core import gctune, semantic
    from reportdiff.core.compare import compare  # noqa: F401 - imported now, not on the first comparison

    semantic.start_loading()
    from . import highlight  # noqa: F401 - the plans' module (and QtGui's import) before the first comparison

    gctune.tune()
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):  # the window's process is gone
            return
        if message[0] == "quit":
            return
        if message[0] == "compare":
            with gctune.paused(freeze=False):  # no collections during a comparison; its cycles right after
                _run(conn, *message[1:])
            gctune.collect_between_jobs()


__all__ = ["DEFAULT_JOB", "Assembler", "Cancelled", "compare_paths", "detached", "send_in_pieces", "serve"]
