"""`reportdiff compare A B --pdf OUT --html OUT` end to end, as a user runs it: a fresh process with no display."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
FILES = [str(SEEDS / "cnews-live-syria-airstrikes.txt"), str(SEEDS / "reuters-syria-airstrikes.txt")]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    """The command in a new process without a display or a Qt platform set, as on a server or in CI."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    return subprocess.run(
        [sys.executable, "-m", "reportdiff.gui.app", "compare", *args],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )


@pytest.mark.skipif(shutil.which("pdfinfo") is None, reason="poppler-utils is not installed")
def test_pdf_and_html_headless(tmp_path: Path) -> None:
    """Both exports in one run, no display: a Letter PDF with the quote's two wordings, a self-contained HTML."""
    out_pdf, out_html = tmp_path / "seeds.pdf", tmp_path / "seeds.html"
    proc = run(*FILES, "--pdf", str(out_pdf), "--html", str(out_html), "--page-size", "Letter", "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    info = subprocess.run(["pdfinfo", str(out_pdf)], capture_output=True, text=True, check=True).stdout
    assert "612 x 792" in info
    text = re.sub(r"\s+", " ", subprocess.run(
        ["pdftotext", "-raw", str(out_pdf), "-"], capture_output=True, text=True, check=True
    ).stdout)
    assert "only understand the language of power" in text and "only know the language of force" in text
    html = out_html.read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "<script" not in html.lower()
    assert not re.search(r"(src|href)\s*=\s*[\"']?(https?:)?//", html, re.I)
    assert "Khansir" in html and "Mazloum Abdi" in html


@pytest.mark.parametrize(
    ("flag", "target", "message"),
    [
        ("--pdf", "missing/out.pdf", "does not exist"),  # PDF into a folder that is not there
        ("--html", "missing/out.html", "does not exist"),  # HTML likewise
        ("--pdf", ".", "it is a folder"),  # the target is a folder
    ],
)
def test_unwritable_target_is_one_line_and_exit_2(tmp_path: Path, flag: str, target: str, message: str) -> None:
    """An export that cannot be written: exit status 2, one line on stderr naming the file, no traceback."""
    path = tmp_path / target
    proc = run(*FILES, flag, str(path), "--quiet")
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and str(path) in lines[0]


def test_existing_pdf_untouched_when_the_run_fails(tmp_path: Path) -> None:
    """A failing run (the second input is missing) leaves an existing export exactly as it was."""
    target = tmp_path / "report.pdf"
    target.write_bytes(b"yesterday's report")
    proc = run(FILES[0], str(tmp_path / "missing.txt"), "--pdf", str(target))
    assert proc.returncode == 2
    assert target.read_bytes() == b"yesterday's report"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_a_folder_without_articles_is_named_not_dropped_silently(tmp_path: Path) -> None:
    """A folder given to `compare` that holds no article file (empty, or .doc files only) vanished from the
    comparison without a word: alone beside one article, the error said only "need at least two different
    articles"; beside two, the comparison ran as if it had not been given."""
    folder = tmp_path / "drafts"
    folder.mkdir()
    (folder / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0 not read")
    alone = run(str(folder), FILES[0], "-q")
    assert alone.returncode == 2
    assert f"{folder} is a folder with no article files in it; ReportDiff reads .docx" in alone.stderr
    beside = run(str(folder), *FILES, "--json", str(tmp_path / "r.json"), "-q")
    assert beside.returncode == 0
    assert f"warning: {folder} is a folder with no article files in it" in beside.stderr
    assert (tmp_path / "r.json").stat().st_size > 0
