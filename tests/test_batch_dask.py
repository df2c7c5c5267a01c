"""`reportdiff batch --scheduler` on a real Dask LocalCluster of two worker processes (loopback only)."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest

from reportdiff.batch import cli
from reportdiff.core.compare import compare_files

distributed = pytest.importorskip("distributed")

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
STORIES = 4


def test_dask_cluster_of_two_workers_gives_the_local_reports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Stories sent to a two-worker LocalCluster come back as the same reports compare_files makes, one a line."""
    stories = tmp_path / "stories"
    for k in range(STORIES):
        (stories / f"s{k}").mkdir(parents=True)
        for f in SEED_FILES:
            shutil.copy(f, stories / f"s{k}" / f.name)
    (stories / "bad").mkdir()
    (stories / "bad" / "a.txt").write_text("Only one article here.", encoding="utf-8")
    out = tmp_path / "r.jsonl"
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                 dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR) as cluster,
    ):  # fmt: skip
        rc = cli.main([str(stories), "--out", str(out), "--scheduler", cluster.scheduler_address])
    assert rc == 1  # the bad story
    lines = {d["story"]: d for d in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    assert sorted(lines) == ["bad", "s0", "s1", "s2", "s3"]
    assert "need two" in lines["bad"]["error"]
    for k in range(STORIES):
        expected = compare_files([str((stories / f"s{k}" / f.name).resolve()) for f in SEED_FILES]).to_json()
        got = lines[f"s{k}"]
        got.pop("story")
        assert got == json.loads(json.dumps(expected))
    summary = capsys.readouterr().out
    assert f"Dask at {cluster.scheduler_address}" in summary and "stories compared       4" in summary
