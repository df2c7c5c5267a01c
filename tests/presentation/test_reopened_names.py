"""A comparison reopened from its .reportdiff file names its articles by the files they were read from, on every
surface (presentation/names.py), never by the snapshot copies (.rdarticle) in ReportDiff's private folder."""

from __future__ import annotations

from pathlib import Path

from reportdiff.core.compare import compare_files
from reportdiff.core.session import session_from_report, write_snapshots
from reportdiff.presentation.docmodel import build_document
from reportdiff.presentation.summary import summary_text

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def test_a_reopened_comparison_names_its_original_files(tmp_path: Path) -> None:
    """The PDF/HTML document model and the terminal summary name the seeds' own files."""
    snapshots = write_snapshots(session_from_report(compare_files(SEEDS)), tmp_path / "private")
    reopened = compare_files(snapshots)
    assert all(a.path.endswith(".rdarticle") for a in reopened.articles)  # what the window reopens from
    assert sorted(build_document(reopened).file_names) == sorted(p.name for p in SEEDS)
    text = summary_text(reopened)
    assert ".rdarticle" not in text
    assert all(p.name in text for p in SEEDS)
