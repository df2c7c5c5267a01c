"""The comparison never imports numpy.ma (~10 ms of start-up CPU, for nothing: no masked array is used): np.isin
and np.unique without return_inverse import it through their masked-array check (setrows.isin and distinct
instead). And ``isin`` answers what ``np.isin`` answers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from reportdiff.core.setrows import isin

REPO = Path(__file__).resolve().parents[2]
SEEDS = sorted((REPO / "seeds").glob("*.txt"))


def test_a_comparison_leaves_numpy_ma_unimported() -> None:
    """compare_files on the seeds, in a fresh process, with the language model: numpy.ma is not in sys.modules."""
    code = (
        "import sys; from reportdiff.core.compare import compare_files; "
        f"report = compare_files({[str(p) for p in SEEDS]!r}); assert report.links; "
        "print('numpy.ma' in sys.modules)"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["False"]


@given(st.lists(st.integers(-5, 40), max_size=60), st.lists(st.integers(-5, 40), max_size=20))
def test_isin_is_numpy_isin(values: list[int], test: list[int]) -> None:
    """Any integers, repeats and empty lists included."""
    a, b = np.array(values, dtype=np.int64), np.array(test, dtype=np.int64)
    assert isin(a, b).tolist() == np.isin(a, b).tolist()
