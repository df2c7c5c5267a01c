"""The PDF's and the HTML's pair tables state each pair's figure conflicts beside its discrepancies, as the terminal
does (review-s27 finding 9): ECB+ tuning topic 20's [1] and [3] give five and two injured in sentences no link
joins; their row read "0" discrepancies and a reader took them to agree. [2] and [3] give the same five and two,
in sentences the similarity model may or may not link (session 28's trees do not: its row reads 0 discrepancies,
the old trees' 1); either way the row states the figure conflict. The PDF is read back with poppler."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.compare import compare_files
from reportdiff.gui import pdf
from reportdiff.presentation.docmodel import PairRow, pair_marker
from reportdiff.presentation.htmlreport import render_html

ECB = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "ecbplus" / "docs"
QUAKE = [ECB / f"20_{k}ecb.txt" for k in (1, 2, 3)]  # five injured, five injured, two injured


@pytest.fixture(scope="module")
def quake() -> m.Report:
    if not all(p.is_file() for p in QUAKE):
        pytest.skip("evaluation data (../shared/eval) absent")
    return compare_files(QUAKE)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_the_pdf_pair_table_states_figure_conflicts(quake: m.Report, tmp_path: Path, qapp: object) -> None:
    out = tmp_path / "quake.pdf"
    pdf.write_pdf(quake, out)
    text = " ".join(subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True,
                                   timeout=60).stdout.split())  # fmt: skip
    assert "Told differently" in text
    # each pair's row: its names, its shares, then what it tells differently
    found = re.findall(r"([ABC]) 20_\decb – ([ABC]) 20_\decb [ABC] \d+% · [ABC] \d+% (\d+ discrepanc(?:y|ies)"
                       r"(?: · \d+ figure conflicts?)?)", text)
    told = {(x, y): what for x, y, what in found}
    assert told[("A", "C")] == "0 discrepancies · 1 figure conflict"  # five and two injured, never linked
    assert re.fullmatch(r"[01] discrepanc(y|ies) · 1 figure conflict", told[("B", "C")])  # the same, linked or not
    assert told[("A", "B")] == "0 discrepancies"  # both say five


def test_the_html_pair_table_states_figure_conflicts(quake: m.Report) -> None:
    html = render_html(quake)
    told = dict(re.findall(r"<tr><td>([ABC] 20_\decb – [ABC] 20_\decb)</td><td class=\"num\">[^<]*</td>"
                           r"<td class=\"num\">([^<]*)</td>", html))
    assert told["A 20_1ecb – C 20_3ecb"] == "0 discrepancies · 1 figure conflict"  # five and two, never linked
    assert re.fullmatch(r"[01] discrepanc(y|ies) · 1 figure conflict", told["B 20_2ecb – C 20_3ecb"])
    assert told["A 20_1ecb – B 20_2ecb"] == "0 discrepancies"  # both say five


def test_the_matrix_marks_both() -> None:
    def row(d: int, f: int) -> PairRow:
        return PairRow(0, 1, 0.5, 0.5, 3, d, 1, 1, f)

    assert [pair_marker(row(d, f)) for d, f in ((0, 0), (2, 0), (0, 1), (2, 1))] == ["", "D2", "F1", "D2 F1"]


def _five(tmp_path: Path, injured: list[str]) -> m.Report:
    return compare_texts(tmp_path, {
        f"outlet{k}.txt": f"Quake shakes the coast\n\nA strong earthquake shook the coastal town of Marvel on Sunday. "
                          f"Officials said {count} people were injured. Rescue teams searched collapsed houses "
                          f"through the night.\n"
        for k, count in enumerate(injured)
    })  # fmt: skip


def test_the_matrix_caption_explains_only_the_marks_it_shows(tmp_path: Path) -> None:
    """Five articles draw the matrix of pairs; its caption explained "D2" and "F1" even when no cell carried them."""
    agreeing = render_html(_five(tmp_path, ["five"] * 5))
    caption = re.search(r'<h2>Pairs</h2>.*?<p class="hint">([^<]*)</p>', agreeing, re.S)
    assert caption is not None
    assert "Each cell" in caption[1] and "D2" not in caption[1] and "F1" not in caption[1]
    clashing = render_html(_five(tmp_path, ["five", "five", "five", "five", "nine"]))
    caption = re.search(r'<h2>Pairs</h2>.*?<p class="hint">([^<]*)</p>', clashing, re.S)
    assert caption is not None and "F1: one figure conflict between them" in caption[1]
