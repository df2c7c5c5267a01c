"""Long drawing work on the UI thread, a slice at a time (``Slices``): the window keeps repainting meanwhile.

A job is a generator that does a small piece of work between two ``yield``s. ``Slices`` runs the jobs in the order
they were started, for about ``budget_s`` per event-loop turn, then hands the turn back to Qt and carries on at
the next one. Work that must share the turn's time (laying out a column's text in an edit block) asks
``left()``. A job started again under the same name replaces the old one; ``cancel`` drops jobs, so a new report
or a closing window never finishes an old drawing. The timer is bound to this object: once the window is gone no
slice runs. It knows nothing of reports.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from PySide6.QtCore import QObject, QTimer


class Slices(QObject):
    """Named generator jobs run a slice of about ``budget_s`` seconds per event-loop turn."""

    def __init__(self, parent: QObject | None = None, budget_s: float = 0.03) -> None:
        super().__init__(parent)
        self.budget_s = budget_s
        self._jobs: dict[str, Iterator[None]] = {}
        self._queued = False
        self._in_turn = False
        self._deadline = 0.0
        # The next slice is a zero-interval timer of this object, not a posted call (``QTimer.singleShot(0, ...)``
        # posts one): Qt's event loop runs posted events ahead of timers, so slices chained by posted calls ran
        # 3-4 in a row (80-110 ms of UI-thread CPU on 20 articles) before any other timer of the window fired.
        # As a timer, a slice waits behind timers already due. Bound to self: no slice once the window is gone.
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._turn)

    def start(self, name: str, steps: Iterator[None], first: bool = False) -> None:
        """Run ``steps`` under ``name`` (replacing a job of that name), after the jobs already started, or before
        them (``first``), from the next event-loop turn on (or ``run_now``)."""
        self._jobs.pop(name, None)
        if first:
            self._jobs = {name: steps, **self._jobs}
        else:
            self._jobs[name] = steps
        self._queue()

    def run_now(self) -> None:
        """Run a slice now rather than at the next turn (unless one is running: it carries on then)."""
        if not self._in_turn and self._jobs:
            self._turn()

    def cancel(self, name: str | None = None) -> None:
        """Drop the job ``name`` (every job when None); a slice of it already running ends at its next step."""
        if name is None:
            self._jobs.clear()
        else:
            self._jobs.pop(name, None)

    def running(self, name: str) -> bool:
        """Whether the job ``name`` has work left."""
        return name in self._jobs

    def left(self) -> float:
        """Seconds left in the current slice (the whole budget outside one)."""
        if not self._in_turn:
            return self.budget_s
        return max(self._deadline - time.perf_counter(), 0.0)

    def _queue(self) -> None:
        if not self._queued and self._jobs:
            self._queued = True
            self._timer.start()

    def _turn(self) -> None:
        self._queued = False
        if self._in_turn:  # a step ran the event loop (a handler of what it announced did): carry on later
            self._queue()
            return
        self._in_turn = True
        self._deadline = time.perf_counter() + self.budget_s
        try:
            for name in list(self._jobs):
                steps = self._jobs.get(name)
                if steps is None:
                    continue
                finished = True
                for _ in steps:
                    if self._jobs.get(name) is not steps:  # replaced or cancelled by its own step
                        finished = False
                        break
                    if time.perf_counter() >= self._deadline:
                        finished = False
                        break
                if finished and self._jobs.get(name) is steps:
                    del self._jobs[name]
                if time.perf_counter() >= self._deadline:
                    break
        finally:
            self._in_turn = False
        self._queue()
