"""The engine in a process of its own: results rebuilt from small pieces equal the report, an engine killed,
out of memory or stuck becomes a message (never a dead window), and its process ends with the window."""

from __future__ import annotations

import os
import pickle
import threading

from gui_helpers import open_seeds
from PySide6.QtWidgets import QApplication, QMessageBox

from reportdiff.core import model as m
from reportdiff.gui import worker as worker_module
from reportdiff.gui.engine_process import Assembler, detached, send_in_pieces
from reportdiff.gui.highlight import plan_report
from reportdiff.gui.main_window import MainWindow


def _boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]


def _close_boxes() -> None:
    for box in _boxes():
        box.close()


def test_a_report_sent_in_pieces_is_rebuilt_equal(tiny_report: m.Report) -> None:
    """A report and its plans sent as pieces of at most two items come back equal, through pickled messages."""
    plans = plan_report(tiny_report)
    messages: list[bytes] = []
    send_in_pieces(lambda message: messages.append(pickle.dumps(message)), 7, (detached(tiny_report), plans), items=2)
    assert len(messages) > 5  # the sentences, links, figures and plans went as pieces
    assembler = Assembler()
    rebuilt = None
    for data in messages:
        message = pickle.loads(data)
        assert message[1] == 7
        before = len(assembler.parts.get(message[2], ())) if message[0] == "part" else 0
        rebuilt = assembler.add(message)
        if message[0] == "part":
            assert len(assembler.parts[message[2]]) - before <= 2  # no piece holds more than its share
    assert rebuilt is not None
    report, back = rebuilt
    assert report == tiny_report and back == plans
    assert report.to_json() == tiny_report.to_json()


def test_a_killed_engine_becomes_a_dialog_and_the_next_comparison_works(qtbot, window: MainWindow, seeds) -> None:
    """The engine's process killed mid-comparison (as by the out-of-memory killer): an error dialog, and the
    window compares again with a fresh process."""
    window.worker.job = "engine_jobs:killed"
    with qtbot.waitSignal(window.comparisonFailed, timeout=30_000) as blocker:
        window.add_paths([str(p) for p in seeds])
    assert "process ended unexpectedly" in blocker.args[0]
    assert _boxes() and "process ended" in _boxes()[0].informativeText()
    _close_boxes()
    window.worker.job = "reportdiff.gui.engine_process:compare_paths"
    window.files = []
    open_seeds(qtbot, window, seeds)
    assert window.report is not None and len(window.columns) == 2


def test_out_of_memory_in_the_engine_is_a_message(qtbot, window: MainWindow, seeds) -> None:
    """A MemoryError in the engine's process is an error dialog naming it; the window stays."""
    window.worker.job = "engine_jobs:out_of_memory"
    with qtbot.waitSignal(window.comparisonFailed, timeout=30_000) as blocker:
        window.add_paths([str(p) for p in seeds])
    assert "MemoryError" in blocker.args[0] and "memory" in blocker.args[0]
    assert _boxes()
    _close_boxes()
    assert window.isVisible()


def test_cancel_ends_a_stuck_engine_for_real(qtbot, window: MainWindow, seeds) -> None:
    """Cancel while the engine is in a long call with no progress report: its process is ended after the grace
    time, and the next comparison runs in a fresh one."""
    window.worker.job = "engine_jobs:stuck"
    with qtbot.waitSignal(window.worker.progress, timeout=30_000):
        window.add_paths([str(p) for p in seeds])
    stuck = window.worker._host
    assert stuck is not None and stuck.alive()
    window.cancel_comparison()
    assert not window.worker.is_busy()
    qtbot.waitUntil(lambda: not stuck.alive(), timeout=int(worker_module.CANCEL_GRACE_S * 1000) + 5000)
    window.worker.job = "reportdiff.gui.engine_process:compare_paths"
    open_seeds(qtbot, window, seeds)
    assert window.report is not None
    assert window.worker._host is not stuck


def test_only_the_window_thread_reaps_the_engine(qtbot, window: MainWindow, seeds, monkeypatch) -> None:
    """A killed engine and the engines ended at quit are reaped by the window's thread only: when the thread
    reading the engine's messages reaped too, the other thread's wait failed and a dead engine counted as alive."""
    real_waitpid = os.waitpid
    waits: list[str] = []

    def waitpid(pid: int, options: int) -> tuple[int, int]:
        waits.append(threading.current_thread().name)
        return real_waitpid(pid, options)

    monkeypatch.setattr(os, "waitpid", waitpid)
    window.worker.job = "engine_jobs:killed"
    with qtbot.waitSignal(window.comparisonFailed, timeout=30_000) as blocker:
        window.add_paths([str(p) for p in seeds])
    assert "signal 9" in blocker.args[0]  # its exit status was read: the process was reaped, by this thread
    _close_boxes()
    window.worker.job = "reportdiff.gui.engine_process:compare_paths"
    window.files = []
    open_seeds(qtbot, window, seeds)
    host = window.worker._host
    assert host is not None
    window.close()
    worker_module.shutdown_all()
    assert not host.alive()
    assert waits and set(waits) == {threading.main_thread().name}


def test_the_engine_process_ends_with_the_app(qtbot, isolated_settings, seeds) -> None:
    """Closing the window keeps its idle engine for the next window; shutting down ends every engine process."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    open_seeds(qtbot, window, seeds)
    host = window.worker._host
    assert host is not None and host.alive() and window.worker.engine_pid() == host.process.pid
    window.close()
    assert host in worker_module._IDLE  # kept, idle, for the next window
    worker_module.shutdown_all()
    assert not host.alive() and not worker_module._HOSTS


def test_a_script_without_a_main_guard_is_not_run_again_in_the_engine(tmp_path) -> None:
    """A script that starts the engine at its top level (no ``if __name__ == "__main__"``) runs once: the engine's
    process does not import the parent's main script, as multiprocessing's spawn otherwise would."""
    import subprocess
    import sys

    marker = tmp_path / "runs.txt"
    script = tmp_path / "unguarded.py"
    script.write_text(
        "from pathlib import Path\n"
        f"with open({str(marker)!r}, 'a') as f:\n"
        "    f.write('ran\\n')\n"
        "from reportdiff.gui.worker import EngineHost\n"
        "host = EngineHost()\n"
        "host.stop(wait_s=60)\n"
        "print('exit', host.process.exitcode)\n",
        encoding="utf-8",
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "exit 0" in done.stdout  # the engine started, served, and left when asked
    assert marker.read_text(encoding="utf-8").splitlines() == ["ran"]


def test_an_engine_that_cannot_start_is_a_message(qtbot, window: MainWindow, seeds, monkeypatch) -> None:
    """No process can be started (a limit on processes): an error dialog says so, the window stays usable."""

    def no_process() -> worker_module.EngineHost:
        raise OSError("Resource temporarily unavailable")

    monkeypatch.setattr(worker_module, "_take_host", no_process)
    with qtbot.waitSignal(window.comparisonFailed, timeout=10_000) as blocker:
        window.add_paths([str(p) for p in seeds])
    assert "could not start" in blocker.args[0] and "Resource" in blocker.args[0]
    assert _boxes()
    _close_boxes()
    assert not window.worker.is_busy()
