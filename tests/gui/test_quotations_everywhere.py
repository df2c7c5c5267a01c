"""Every surface lists the quotations the window lists: the Discrepancies & quotes tab, the exported PDF, the HTML
export and the terminal summary state one heading with one count and every speaker with the words.

Before: the window alone listed them ("Quotations (5)" on the seeds); the PDF, the HTML and the terminal had no
quotation section, so a journalist who shared the PDF lost who said what.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from io import StringIO

import pytest
from gui_helpers import open_seeds, wait_export

from reportdiff.gui import dialogs
from reportdiff.presentation import cli
from reportdiff.presentation.quotations import quote_rows

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")


def flat(text: str) -> str:
    """``text`` with every run of white space one space, none after a hyphen (a PDF's and a terminal's line breaks
    fall anywhere, after "de-" in "de-escalation" too)."""
    return re.sub(r"-\s+", "-", " ".join(text.split()))


@needs_poppler
def test_pdf_html_and_terminal_list_the_quotations_the_window_lists(qtbot, window, seeds, tmp_path, monkeypatch):
    """Open the seeds, read the Discrepancies & quotes tab, export the PDF (File > Export PDF), compare the same
    files in the terminal with --html: the same "Quotations (N)" and every speaker and quotation in each."""
    open_seeds(qtbot, window, seeds)
    window.sidebar.setCurrentWidget(window.sidebar.notes)  # the reader opens the second tab
    report = window.report
    assert report is not None
    rows = quote_rows(report)
    heading = f"Quotations ({len(rows)})"
    shown = flat(window.sidebar.notes.toPlainText())
    assert len(rows) >= 2 and heading in shown

    target = tmp_path / "out.pdf"
    monkeypatch.setattr(dialogs, "ask_pdf_path", lambda parent, suggested, size: (str(target), "A4"))
    window.export_action.trigger()
    wait_export(qtbot, window)
    pdf = flat(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout)

    terminal = StringIO()
    html_path = tmp_path / "out.html"
    assert cli.main([*map(str, seeds), "--html", str(html_path)], stdout=terminal) == 0
    surfaces = {"window": shown, "pdf": pdf, "terminal": flat(terminal.getvalue())}
    html = flat(html_path.read_text(encoding="utf-8"))
    for name, text in surfaces.items():
        assert heading in text, name
        for row in rows:
            assert row.speaker in text, (name, row.speaker)
            assert f"“{flat(row.words)}”" in text, (name, row.words)
    assert f"<h2>{heading}</h2>" in html
    for row in rows:
        assert row.speaker in html

