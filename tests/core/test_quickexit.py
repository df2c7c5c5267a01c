"""core/quickexit.py and the installed command's use of it: a headless run ends with the interpreter's visible exit
steps done (threads waited for, atexit run, output flushed, the status kept), and only ``compare`` without Qt
takes that way out."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from reportdiff.core import quickexit
from reportdiff.gui import app

REPO = Path(__file__).resolve().parents[2]
SEEDS = sorted(str(p) for p in (REPO / "seeds").glob("*.txt"))


def python(code: str, *args: str) -> subprocess.CompletedProcess[str]:
    """Run ``code`` in a fresh interpreter; its output and status."""
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True, text=True, timeout=120
    )


def test_finish_keeps_every_visible_exit_step(tmp_path: Path) -> None:
    """A thread still writing is waited for, atexit functions run, buffered output reaches the pipe, status kept."""
    proc = python(
        f"""
        import atexit, sys, threading, time
        from pathlib import Path
        from reportdiff.core import quickexit
        folder = Path({str(tmp_path)!r})
        def late():
            time.sleep(0.3)
            (folder / "thread").write_text("done")
        threading.Thread(target=late).start()
        atexit.register(lambda: (folder / "atexit").write_text("ran"))
        sys.stdout.write("no newline, still buffered")
        sys.stderr.write("to stderr")
        quickexit.finish(3)
        """
    )
    assert proc.returncode == 3
    assert proc.stdout == "no newline, still buffered"
    assert proc.stderr == "to stderr"
    assert (tmp_path / "thread").read_text() == "done"
    assert (tmp_path / "atexit").read_text() == "ran"


def test_finish_when_output_cannot_be_flushed() -> None:
    """Output that cannot be written at exit (a full device) gives CPython's own status 120, not a success."""
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full here")
    proc = python(
        """
        import sys
        from reportdiff.core import quickexit
        sys.stdout = open("/dev/full", "w")
        sys.stdout.write("x" * 100)
        quickexit.finish(0)
        """
    )
    assert proc.returncode == quickexit.FLUSH_FAILED_STATUS


def test_installed_command_compare_gives_the_same_report(tmp_path: Path) -> None:
    """``run()`` (the console script) on the seeds writes the same JSON as ``main()``, and its status."""
    quick, plain = tmp_path / "quick.json", tmp_path / "plain.json"
    first = python("import sys; from reportdiff.gui.app import run; sys.exit(run())", "compare", *SEEDS,
                   "--json", str(quick), "--quiet")  # fmt: skip
    second = python("import sys; from reportdiff.gui.app import main; sys.exit(main())", "compare", *SEEDS,
                    "--json", str(plain), "--quiet")  # fmt: skip
    assert first.returncode == second.returncode == 0, first.stderr + second.stderr
    assert json.loads(quick.read_text(encoding="utf-8"))["links"]
    assert quick.read_bytes() == plain.read_bytes()
    missing = python("import sys; from reportdiff.gui.app import run; sys.exit(run())", "compare", SEEDS[0],
                     str(tmp_path / "nosuch.txt"))  # fmt: skip
    assert missing.returncode == 2
    assert "nosuch.txt" in missing.stderr and "Traceback" not in missing.stderr


@pytest.mark.parametrize(
    ("argv", "qt_loaded", "quick"),
    [
        (["compare", "a.txt", "b.txt"], False, True),
        (["compare", "a.txt", "b.txt", "--pdf", "out.pdf"], True, False),  # Qt drew the PDF: the ordinary exit
        (["batch", "stories"], False, False),
        (["a.txt", "b.txt"], False, False),  # the window
        ([], False, False),
    ],
)
def test_run_takes_the_quick_exit_only_after_compare_without_qt(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], qt_loaded: bool, quick: bool
) -> None:
    """``run()`` passes ``main()``'s status to the quick exit only for ``compare`` with Qt never imported."""
    finished: list[int] = []
    monkeypatch.setattr(sys, "argv", ["reportdiff", *argv])
    monkeypatch.setattr(app, "main", lambda: 7)
    monkeypatch.setattr(quickexit, "finish", finished.append)
    if qt_loaded:
        monkeypatch.setitem(sys.modules, "PySide6", sys.modules.get("PySide6") or object())
    else:
        monkeypatch.delitem(sys.modules, "PySide6", raising=False)
    assert app.run() == 7
    assert finished == ([7] if quick else [])
