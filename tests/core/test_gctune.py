"""core/gctune.py's BLAS thread limit: set before numpy loads by the entry point, a user's own value kept."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reportdiff.core import gctune

REPO = Path(__file__).resolve().parents[2]


def test_limit_sets_one_thread_unless_the_user_chose(monkeypatch: pytest.MonkeyPatch) -> None:
    """Absent: set to BLAS_THREADS; a value the user exported is left alone."""
    monkeypatch.delenv("OPENBLAS_NUM_THREADS", raising=False)
    gctune.limit_native_threads()
    assert os.environ["OPENBLAS_NUM_THREADS"] == gctune.BLAS_THREADS
    monkeypatch.setenv("OPENBLAS_NUM_THREADS", "4")
    gctune.limit_native_threads()
    assert os.environ["OPENBLAS_NUM_THREADS"] == "4"


def test_the_entry_point_limits_threads_before_numpy_loads(tmp_path: Path) -> None:
    """``reportdiff compare`` (gui/app.py main) runs with the limit in its environment, and numpy was not yet
    imported when the limit was set (OpenBLAS reads it only then)."""
    code = (
        "import os, sys\n"
        "from reportdiff.core import gctune\n"
        "real = gctune.limit_native_threads\n"
        "def spy():\n"
        "    print('numpy loaded before the limit:', 'numpy' in sys.modules)\n"
        "    real()\n"
        "gctune.limit_native_threads = spy\n"
        "from reportdiff.gui.app import main\n"
        f"status = main(['compare', *sys.argv[1:], '--json', {str(tmp_path / 'r.json')!r}, '--quiet'])\n"
        "print('limit:', os.environ.get('OPENBLAS_NUM_THREADS'), 'status:', status)\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    seeds = sorted(str(p) for p in (REPO / "seeds").glob("*.txt"))
    out = subprocess.run([sys.executable, "-c", code, *seeds], capture_output=True, text=True, env=env, check=True)
    assert "numpy loaded before the limit: False" in out.stdout
    assert f"limit: {gctune.BLAS_THREADS} status: 0" in out.stdout


def test_paused_stops_collections_and_freezes_what_the_job_left() -> None:
    """Inside paused() the collector is off; afterwards it is on again and, by default, the objects still alive
    are frozen (never walked again); with freeze=False they stay young; an error inside still turns it back on."""
    assert gc.isenabled()
    frozen = gc.get_freeze_count()
    try:
        with gctune.paused():
            assert not gc.isenabled()
            kept = [[k] for k in range(1000)]  # container objects a collection would walk
        assert gc.isenabled() and gc.get_freeze_count() >= frozen + len(kept)
    finally:
        gc.unfreeze()  # the test process's own objects go back to being collected
    frozen = gc.get_freeze_count()
    with gctune.paused(freeze=False):
        more = [[k] for k in range(1000)]
    assert gc.isenabled() and gc.get_freeze_count() == frozen and more
    with pytest.raises(ValueError), gctune.paused():
        raise ValueError
    assert gc.isenabled()


def test_a_pause_inside_a_pause_leaves_the_outer_one_alone() -> None:
    """paused() with the collector already off neither turns it on nor freezes anything."""
    frozen = gc.get_freeze_count()
    gc.disable()
    try:
        with gctune.paused():
            assert not gc.isenabled()
            kept = [[k] for k in range(1000)]
        assert not gc.isenabled() and gc.get_freeze_count() == frozen and kept
    finally:
        gc.enable()


def test_a_comparison_makes_no_cyclic_garbage() -> None:
    """What paused() relies on: comparing the seeds (once warm) with the collector off leaves no unreachable
    cycles behind; a stage that made them per sentence would grow the command's memory with the input."""
    from reportdiff.core.compare import compare_files

    seeds = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))
    compare_files(seeds)  # first run: lazy imports and caches
    gc.collect()
    gc.disable()
    try:
        report = compare_files(seeds)
        assert report.links
        del report
    finally:
        gc.enable()
    assert gc.collect() == 0
