"""Garbage-collector settings for a process that runs comparisons: called once by the entry points after imports.

The engine allocates millions of small objects that form no cycles (tuples, dataclasses, strings): with Python's
default thresholds (700, 10, 10) the collector runs thousands of times over them, and every full collection walks
the whole heap, imported modules included (measured by bench/scale.py: pauses of 110-150 ms on long articles).
Two changes, both measured there:

- ``gc.freeze()`` after the imports moves every object alive then (modules, classes, compiled patterns) into the
  permanent generation, so no collection walks them again;
- a larger first threshold makes young collections rarer (cycles are still found, a little later).

Nothing else changes: cycles are collected, and ``gc.collect()`` still works. Pure Python, no Qt.
"""

from __future__ import annotations

import gc

# Allocations between young collections (default 700). The engine's allocations are short-lived tuples and
# dataclasses in bursts; at 700 a long comparison runs tens of thousands of young collections.
GEN0_THRESHOLD = 50_000
# Young collections before a middle one, middle ones before a full one (defaults 10, 10). Full collections
# also wait until the long-lived objects grew by 25% (CPython's own rule), which bounds their cost.
GEN1_THRESHOLD = 20
GEN2_THRESHOLD = 10

_tuned = False


def tune() -> None:
    """Freeze what is alive now and raise the thresholds; call once, after the imports. Idempotent."""
    global _tuned
    if _tuned:
        return
    _tuned = True
    gc.freeze()
    gc.set_threshold(GEN0_THRESHOLD, GEN1_THRESHOLD, GEN2_THRESHOLD)
