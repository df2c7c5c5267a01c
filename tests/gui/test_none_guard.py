"""The refcount work-around keeps a process alive through many void Qt calls and signal emits (PySide6 6.12 on
Python 3.11 loses a reference to None per void call and one to True per emit)."""

from __future__ import annotations

import subprocess
import sys

import pytest

SCRIPT = """
from reportdiff.gui.none_guard import protect_singletons
{guard}
from PySide6.QtCore import QCoreApplication, QObject, Signal

class Sender(QObject):
    changed = Signal(bool)

app = QCoreApplication([])
sender = Sender()
sender.changed.connect(lambda on: None)
for _ in range(200_000):
    sender.setObjectName("x")
    sender.changed.emit(False)
print("alive")
"""


def _run(guard: str) -> subprocess.CompletedProcess[str]:
    script = SCRIPT.format(guard=guard)
    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=180)


def test_many_void_calls_and_emits_do_not_abort_the_interpreter():
    """200 000 void Qt calls and signal emits, then a clean exit."""
    done = _run("protect_singletons()")
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "alive"


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None and True are immortal from Python 3.12 on")
def test_without_the_guard_this_interpreter_aborts():
    """The same script without the guard dies here: the guard is still needed on this Python."""
    done = _run("pass")
    assert done.returncode != 0
    assert "dealloc" in done.stderr
