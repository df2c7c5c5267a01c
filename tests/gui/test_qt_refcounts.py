"""The pinned PySide6 keeps Python's reference counts: void Qt calls and signal emits take no reference to None or
True away (PySide6 6.12.0 on Python 3.11 did, and the interpreter aborted after a few thousand calls)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class _Sender(QObject):
    changed = Signal(bool)


def test_void_calls_and_emits_keep_none_and_true(qapp) -> None:  # type: ignore[no-untyped-def]
    """A thousand void calls and emits leave the counts of None and True where they were."""
    sender = _Sender()
    sender.changed.connect(lambda on: None)
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(1000):
        sender.setObjectName("x")
        sender.changed.emit(False)
    # A few references may come and go with the interpreter's own work; a leak would be about a thousand.
    assert abs(sys.getrefcount(None) - none_before) < 100
    assert abs(sys.getrefcount(True) - true_before) < 100
