"""Garbage-collector settings for a process that runs comparisons: called once by the entry points after imports.

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

Measured on the 100k pair (one process each, CPU time of each collection): freeze + (50,000, 20, 10): 67
collections, 0.15 s in all, longest 21 ms; freeze + (50,000, 20, 1,000): 67, 0.17 s, longest 26 ms, and a full
collection at most once per billion allocations, so none inside a comparison however large its heap. Cycles are
still collected, later; a process that runs many jobs (a batch worker) calls ``collect_between_jobs`` after each, when
a full collection is cheap because the job's objects are gone. Pure Python, no Qt.
"""

from __future__ import annotations

import gc

# Allocations between young collections (default 700). The engine's allocations are short-lived tuples and
# dataclasses in bursts; at 700 a long comparison runs thousands of young collections.
GEN0_THRESHOLD = 50_000
# Young collections before a middle one (default 10): middle collections stay a few tens of ms (measured).
GEN1_THRESHOLD = 20
# Middle collections before a full one (default 10): high enough that no full collection, the pause that grows
# with the heap, falls inside a comparison of accepted inputs.
GEN2_THRESHOLD = 1_000

_tuned = False


def tune() -> None:
    """Freeze what is alive now and raise the thresholds; call once, after the imports. Idempotent."""
    global _tuned
    if _tuned:
        return
    _tuned = True
    gc.freeze()
    gc.set_threshold(GEN0_THRESHOLD, GEN1_THRESHOLD, GEN2_THRESHOLD)


def collect_between_jobs() -> None:
    """A full collection between two jobs of a long-running process (a batch worker), so cycles left by one
    story never pile up over thousands: cheap then, as the frozen imports are skipped and the job's objects
    were freed by reference counting."""
    if _tuned:
        gc.collect()
