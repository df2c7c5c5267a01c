"""The None-refcount work-around keeps a process alive through many void Qt calls (PySide6 6.12, Python 3.11)."""

from __future__ import annotations

import subprocess
import sys

SCRIPT = """
from reportdiff.gui.none_guard import protect_none
protect_none()
from PySide6.QtCore import QObject
o = QObject()
for _ in range(200_000):
    o.setObjectName("x")
print("alive")
"""


def test_many_void_qt_calls_do_not_abort_the_interpreter():
    """200 000 calls of a void Qt method, then a clean exit: without the guard Python 3.11 aborts."""
    done = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "alive"
