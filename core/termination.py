"""SIGTERM unwinds a command like Ctrl-C does, so that every ``finally`` runs on the way out.

By default SIGTERM (``timeout``, a service stop, a logout, ``kill``) ends a Python process at once: a temporary
file beside its target stays behind half-written, and a process pool's workers outlive their parent. Inside
``termination_unwinds()`` it raises :class:`Terminated` where the program stood instead, as Ctrl-C raises
KeyboardInterrupt, so ``core/atomic.py`` removes what it was writing and a batch stops its workers. Used by the
``compare`` and ``batch`` commands. No Qt.
"""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from types import FrameType

# The exit status of a command that SIGTERM stopped, as a shell reports a process the signal ended.
EXIT_TERMINATED = 128 + signal.SIGTERM
# The exit status of a command that Ctrl-C stopped.
EXIT_INTERRUPTED = 128 + signal.SIGINT


class Terminated(BaseException):
    """SIGTERM arrived: raised where the command stood (a BaseException, like KeyboardInterrupt, so that no
    ``except Exception`` takes it for a failure of the work at hand)."""


def _terminate(signum: int, frame: FrameType | None) -> None:
    raise Terminated


@contextlib.contextmanager
def termination_unwinds() -> Iterator[None]:
    """SIGTERM raises :class:`Terminated` while the block runs; the handler before it is put back after. Outside
    the main thread (a caller's thread) the signal is left as it is: only the main thread may set a handler."""
    try:
        previous = signal.signal(signal.SIGTERM, _terminate)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
