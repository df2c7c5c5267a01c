"""The window's Discrepancies & quotes tab and the exported PDF name one person one way: Varoufakis, named "Yanis
Varoufakis", "Professor Varoufakis" and "Varoufakis" by two articles, is listed five times as "Yanis Varoufakis" (it
was three speakers), as the terminal and the HTML list him (tests/presentation/test_quotation_speakers_s35.py)."""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from gui_helpers import open_and_draw, wait_export, write_texts
from quotetexts import ATHENS

from reportdiff.gui import dialogs

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")

@needs_poppler
def test_the_tab_and_the_pdf_list_one_speaker_for_one_person(qtbot, window, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    """Open the two articles, read the quotations of the Discrepancies & quotes tab, export the PDF (File > Export
    PDF): each lists Varoufakis's five quotations under one name, "Yanis Varoufakis"."""
    open_and_draw(qtbot, window, write_texts(tmp_path / "articles", ATHENS))
    window.sidebar.setCurrentWidget(window.sidebar.notes)
    qtbot.waitUntil(lambda: window.sidebar.notes.toPlainText().count("“") >= 5)
    listed = window.sidebar.notes.toPlainText().split("Quotations (5)", 1)[1]
    assert re.findall(r"^(.+?) · [AB] ", listed, re.M) == ["Yanis Varoufakis"] * 5

    target = tmp_path / "out.pdf"
    monkeypatch.setattr(dialogs, "ask_pdf_path", lambda parent, suggested, size: (str(target), "A4"))
    window.export_action.trigger()
    wait_export(qtbot, window)
    pdf = subprocess.run(["pdftotext", "-layout", str(target), "-"], capture_output=True, text=True, check=True).stdout
    quotations = pdf.split("Quotations (5)", 1)[1]
    assert quotations.count("Yanis Varoufakis") == 5
    assert "Professor Varoufakis" not in quotations and not re.search(r"^\s*Varoufakis\b", quotations, re.M)
