"""Runtime settings for a process that runs comparisons: the garbage collector's (``tune``, called once by the
entry points after imports) and the BLAS threads (``limit_native_threads``, before numpy is imported).

The engine allocates millions of small objects that form no cycles (tuples, dataclasses, strings) and frees them
by reference counting. With Python's default thresholds (700, 10, 10) the collector still runs over them
constantly, and every full collection walks the whole heap: in one comparison of two 100k-word articles, 1,428
collections, 0.70 s of CPU in all, the longest 121 ms of CPU (bench/scale.py, "garbage collection"; 676 ms of
wall time on the loaded 2-core machine). Three changes:

- ``gc.freeze()`` after the imports moves every object alive then (modules, classes, compiled patterns) into the
  permanent generation, so no collection walks them again;
- a larger first threshold makes young collections rarer (cycles are still found, a little later);
- a large last threshold keeps full collections, the long pauses, out of a comparison: CPython runs one only
  after that many middle collections *and* once the long-lived objects grew by a quarter.

Measured (one process each, CPU time of each collection; bench/scale.py and one-off runs of the same probe):

| thresholds after gc.freeze   | 100k-word pair                  | 20 articles x 5,000 words        |
| ---------------------------- | ------------------------------- | -------------------------------- |
| Python's (700, 10, 10), no freeze | 1,431 collections, 0.73 s, 126 ms | 2,035 collections, 1.61 s, 217 ms |
| (50,000, 20, 10)             | 67, 0.15 s, longest 21 ms       |                                  |
| (50,000, 20, 1,000)          | 67, 0.17 s, 22-26 ms            | 73, 0.38 s, 190 ms (a middle one) |
| (20,000, 5, 1,000): chosen   | 95, 0.24 s, 21 ms               | 107, 0.36-0.41 s, 42-52 ms       |

A middle collection walks up to GEN0 x GEN1 young objects, hence the small GEN1; a full collection comes at most
once per 100 million allocations, so none inside a comparison however large its heap. Cycles are still collected,
later; a process that runs many jobs (a batch worker) calls ``collect_between_jobs`` after each, when
a full collection is cheap because the job's objects are gone.

One job, no collections (``paused``): a comparison makes no cyclic garbage from text articles (after compare()
on 20x5k, pair100k and the seeds with the collector off, ``gc.collect()`` finds 0 unreachable objects; a 300-page
PDF pair leaves ~17,000, ~3 MB, from pypdf; peak memory the same), yet with the thresholds above the collector still
walks every object that lives past a young collection once or twice: 0.33 s of CPU on 20x5k, 0.14 s on the
100k-word pair (in-process, gc.callbacks). ``reportdiff compare`` and each batch story run inside ``paused``:
the collector is off for the job, and what the job leaves alive is then frozen (the command) or collected at once
(a batch worker, ``collect_between_jobs``, which also frees whatever cycles the story made).

BLAS threads: numpy's OpenBLAS starts one thread per core when numpy is imported, and that start costs 0.1 s of CPU
(``import numpy`` 0.27 s -> 0.15 s of CPU with one thread), a quarter of a 5-article comparison, while the engine's
matrix products are small (a block of candidate pairs, a few hundred embeddings) and gain nothing from threads:
one thread, measured side by side, gva_595069 whole process 0.515 -> 0.391 s CPU (0.56 -> 0.45 s wall); 20
articles x 5,000 words 12.2-12.7 s CPU either way. A value the user set is kept. Pure Python, no Qt.
"""

from __future__ import annotations

import contextlib
import gc
import os
from collections.abc import Iterator

# Allocations between young collections (default 700). The engine's allocations are short-lived tuples and
# dataclasses in bursts; at 700 a long comparison runs thousands of young collections.
GEN0_THRESHOLD = 20_000
# Young collections before a middle one (default 10): a middle collection then walks at most ~100,000 objects,
# tens of ms (at 50,000 x 20 one took 190 ms on 20 long articles).
GEN1_THRESHOLD = 5
# Middle collections before a full one (default 10): high enough that no full collection, the pause that grows
# with the heap, falls inside a comparison of accepted inputs.
GEN2_THRESHOLD = 1_000

# Threads of numpy's BLAS (see above); set only where the environment does not say.
BLAS_THREADS = "1"
_BLAS_VARIABLES = ("OPENBLAS_NUM_THREADS",)

_tuned = False


def limit_native_threads() -> None:
    """Ask numpy's BLAS for BLAS_THREADS threads unless the environment sets a number; only effective before numpy
    is first imported (it reads the variable then), and inherited by worker processes started afterwards."""
    for name in _BLAS_VARIABLES:
        os.environ.setdefault(name, BLAS_THREADS)


def tune() -> None:
    """Freeze what is alive now and raise the thresholds; call once, after the imports. Idempotent."""
    global _tuned
    if _tuned:
        return
    _tuned = True
    gc.freeze()
    gc.set_threshold(GEN0_THRESHOLD, GEN1_THRESHOLD, GEN2_THRESHOLD)


@contextlib.contextmanager
def paused(freeze: bool = True) -> Iterator[None]:
    """No collections while one job runs (see above). Afterwards the collector runs again; with ``freeze`` what
    the job left alive (its report) is frozen first, so no later collection walks it: a young collection right
    after the job would walk all of it at once (a second on 20x5k's report). Cycles the job made are then never
    collected: only for a process that ends after the job (the ``compare`` command) or collects itself
    (``freeze=False`` and ``collect_between_jobs``). Inside another pause, changes nothing."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        gc.enable()


def collect_between_jobs() -> None:
    """A full collection between two jobs of a long-running process (a batch worker), so cycles left by one
    story never pile up over thousands: cheap then, as the frozen imports are skipped and the job's objects
    were freed by reference counting."""
    if _tuned:
        gc.collect()
