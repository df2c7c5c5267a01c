"""Work-around for reference-counting bugs of PySide6 6.12 on Python 3.11; does nothing on Python 3.12+.

On Python 3.11, PySide6 6.12.0 returns two singletons without taking the reference it hands back:

- every call of a Qt method that returns nothing (``setObjectName``, ``setPosition``, ``mergeCharFormat``, ...)
  loses one reference to ``None``;
- every ``Signal.emit(...)`` loses one reference to ``True`` (its return value).

After some hundreds (True) or thousands (None) of calls the count reaches zero and the interpreter aborts with
"Fatal Python error: none_dealloc" or "bool_dealloc", usually at exit, sometimes in the middle of drawing 20
columns. Measured here: 100 emits take 100 references to True; 1000 ``setObjectName`` calls take 1000 to None.
From Python 3.12 on, None, True and False are immortal (PEP 683), their counts are never touched, and the bugs
cannot bite.

``protect_singletons()`` adds a very large number of references to each, once, so the lost ones never bring a
count to zero (2**40 calls is years of use). Remove this module when the project requires Python 3.12.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 2**40  # references added to each singleton: more leaking calls than a process will ever make
SINGLETONS = (None, True, False)
_done = False


def needed() -> bool:
    """Whether this interpreter can be hurt: CPython before 3.12 (the singletons are not immortal)."""
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def protect_singletons() -> None:
    """Give None, True and False a reserve of references, once per process (no-op where they are immortal)."""
    global _done
    if _done or not needed():
        return
    for obj in SINGLETONS:
        # ob_refcnt is the first field of every CPython object (Py_ssize_t), at the object's address.
        ctypes.c_ssize_t.from_address(id(obj)).value += RESERVE
    _done = True


# The first name of this guard, when only None was known to leak; gui/pdf.py calls it. Same effect.
protect_none = protect_singletons
