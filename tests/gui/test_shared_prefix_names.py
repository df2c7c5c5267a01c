"""Five files sharing a long start ("Outlet number 1.txt" .. "Outlet number 12.txt"): every surface names the
articles by what tells them apart: the figures table's headers, the terminal's table and the PDF's.

Before, the 14-character cut left five "Outlet number…" alike, numbered "Outlet nu… (1)" .. "(5)" in the window and
the PDF and "Outlet… (1)" in the terminal: the number a reader sees was the column's, not the file's.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reportdiff.core.compare import compare_files
from reportdiff.gui.app import _write_pdf
from reportdiff.gui.figures_panel import FIRST_ARTICLE_COL
from reportdiff.gui.main_window import MainWindow
from reportdiff.presentation.summary import summary_text

# Five outlets giving the same two counts, so that the terminal and the PDF draw a figures table with a column each.
TEXT = (
    "A fire destroyed a warehouse in the port district of Marseille on Monday night. "
    "At least {killed} people were killed and 14 were injured, the fire service said. "
    "Firefighters fought the blaze for {hours} hours before bringing it under control."
)
NAMES = [f"Outlet number {n}" for n in (1, 2, 3, 4, 12)]
SHORT = ["Outlet… 1", "Outlet… 2", "Outlet… 3", "Outlet… 4", "Outlet… 12"]


@pytest.fixture
def files(tmp_path: Path) -> list[str]:
    paths = []
    for k, name in enumerate(NAMES):
        path = tmp_path / f"{name}.txt"
        path.write_text("Warehouse fire\n\n" + TEXT.format(killed=3 + k % 2, hours=6), encoding="utf-8")
        paths.append(str(path))
    return paths


def test_terminal_names_the_distinguishing_part(files: list[str]) -> None:
    """The terminal's figures table is headed by each article's letter and name, "A Outlet… 1" .. "E Outlet…12"
    (the letters the PDF and the window give them), never a column number."""
    text = summary_text(compare_files(files))
    header = next(line for line in text.splitlines() if line.startswith("fact "))
    heads = re.findall(r"([A-Z]) (Outlet… ?\d+)", header)
    assert [(letter, name.replace(" ", "")) for letter, name in heads] == [
        (letter, short.replace(" ", "")) for letter, short in zip("ABCDE", SHORT, strict=True)
    ], header


def test_figures_table_headers_name_the_distinguishing_part(qtbot, window: MainWindow, files: list[str]) -> None:  # type: ignore[no-untyped-def]
    """The window's figures table: one header per file, each its letter and whole name ("A Outlet number 1", on
    two lines where one is too narrow) or,
    in a column too narrow for that, its letter alone ("A"); none numbered by column, none cut (session 36: a name
    cut short, "A cnews-live-s…", read as neither)."""
    window.resize(1366, 768)
    window.show_report(compare_files(files))
    qtbot.waitUntil(window.is_drawn)
    model = window.sidebar.model
    headers = [model.headerData(FIRST_ARTICLE_COL + a, Qt.Orientation.Horizontal) for a in range(len(NAMES))]
    for letter, header, name in zip("ABCDE", headers, NAMES, strict=True):
        # on one line or, broken at a space, on two (session 37)
        assert header.replace("\n", " ") in (letter, f"{letter} {name}"), headers


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_pdf_figures_table_names_the_distinguishing_part(tmp_path: Path, files: list[str]) -> None:
    """The PDF's figures table heads its article columns by letter and name, as long as the cell holds on one line:
    here the whole "Outlet number 12" (before: "Outlet nu… (5)", then "Outlet… 12")."""
    out = tmp_path / "five.pdf"
    _write_pdf(compare_files(files), out, "A4")
    text = subprocess.run(["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True).stdout
    header = next(line for line in text.splitlines() if line.split()[:1] == ["Fact"] and "Status" in line)
    assert "(1)" not in text and "nu…" not in text
    for letter, name in zip("ABCDE", NAMES, strict=True):
        assert f"{letter} {name}" in header, header
