"""How a headless command's process ends: everything the interpreter's own exit does that anyone can see, without
tearing down every object one by one.

When ``main()`` returns, CPython waits for the non-daemon threads, runs the ``atexit`` functions, flushes the standard
streams, and then finalises: it clears every module and frees every object still alive. The last step does nothing
a user can see (a finished comparison's files are written and closed), yet it costs CPU in proportion to what is
alive: on ``reportdiff compare`` of the 5-article cluster gva_595069 ~0.06 s of a 0.4 s run, on 20 articles x 5,000
words ~0.3 s (whole-process CPU, this 2-core machine, runs alternating). ``finish`` does the visible steps, in the
interpreter's order, and then ends the process with ``os._exit``, as the operating system frees the memory anyway.

Only the installed command calls it (``gui/app.py``'s ``run``), and only for a headless command that has not
loaded Qt; the window exits the ordinary way (Qt's objects and QSettings are written as they are destroyed), and
``main()`` still returns to a caller (tests, a bench script). Pure Python, no Qt.
"""

from __future__ import annotations

import atexit
import os
import sys
import threading
from typing import NoReturn

# The interpreter's exit status when flushing standard output fails at exit (a closed pipe): CPython's own.
FLUSH_FAILED_STATUS = 120


def _wait_for_threads() -> None:
    """Wait for the non-daemon threads as the interpreter does at exit (``threading._shutdown`` first tells
    ``concurrent.futures`` executors to stop); without that private function, join them one by one."""
    shutdown = getattr(threading, "_shutdown", None)
    if callable(shutdown):
        shutdown()
        return
    current = threading.current_thread()
    for thread in threading.enumerate():
        if thread is not current and not thread.daemon:
            thread.join()


def finish(status: int) -> NoReturn:
    """End the process with ``status`` after the exit steps anyone can see: threads waited for, ``atexit``
    functions run, standard streams flushed; the objects still alive are not freed one by one."""
    _wait_for_threads()
    atexit._run_exitfuncs()
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except (OSError, ValueError):
        status = status or FLUSH_FAILED_STATUS
    try:
        if sys.stderr is not None:
            sys.stderr.flush()
    except (OSError, ValueError):
        pass
    os._exit(status)
