"""Work-around for a reference-counting bug of PySide6 6.12 on Python 3.11; does nothing on Python 3.12+.

On Python 3.11, every call of a Qt method that returns nothing (``setObjectName``, ``setPosition``,
``mergeCharFormat``, ...) drops one reference to ``None`` that it never took. After some thousands of calls None's
count reaches zero and the interpreter aborts ("Fatal Python error: none_dealloc"), usually at exit, sometimes in
the middle of drawing 20 columns. Measured here: 1000 calls of ``QObject.setObjectName`` take 1000 references.
From Python 3.12 on, None is immortal (PEP 683) and its count is never touched, so the bug cannot bite.

``protect_none()`` adds a very large number of references to None once, so the lost ones never bring it to zero
(2**40 calls is years of use). Remove this module when the project requires Python 3.12.
"""

from __future__ import annotations

import ctypes
import sys

RESERVE = 2**40  # references added to None: more void Qt calls than a process will ever make
_done = False


def needed() -> bool:
    """Whether this interpreter can be hurt: CPython before 3.12 (None is not immortal)."""
    return sys.implementation.name == "cpython" and sys.version_info < (3, 12)


def protect_none() -> None:
    """Give None a reserve of references, once per process (no-op where None is immortal)."""
    global _done
    if _done or not needed():
        return
    # ob_refcnt is the first field of every CPython object (Py_ssize_t), at the object's address.
    ctypes.c_ssize_t.from_address(id(None)).value += RESERVE
    _done = True
