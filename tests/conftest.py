"""Test-wide setup: Qt renders offscreen, so the GUI tests run without a display (CI, ssh)."""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """ReportDiff's data folder (pasted articles, autosave) in the test's own folder, for subprocesses too."""
    folder = tmp_path / "reportdiff-data"
    monkeypatch.setenv("REPORTDIFF_DATA_DIR", str(folder))
    return folder
