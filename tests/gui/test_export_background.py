"""File > Export PDF / HTML / JSON are written in a process of their own (gui/export_process.py): the window stays
usable meanwhile, shows how far the export is with a Cancel button, and every export stays atomic (a cancelled or
failed export leaves the file that was there as it was). Review s22, findings 2 and 11."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from gui_helpers import open_seeds, wait_export
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from reportdiff.core.atomic import WriteError
from reportdiff.gui import dialogs, export_process
from reportdiff.gui.prefs import VIEW_ALIGNED

OLD = b"%PDF-1.4 the export of yesterday"


def ask_pdf(monkeypatch, target, size="A4"):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(dialogs, "ask_pdf_path", lambda parent, suggested, page: (str(target), size))


def test_export_pdf_returns_at_once_and_the_window_stays_usable(qtbot, window, seeds, tmp_path, monkeypatch):
    """Ctrl+E: the action returns before the PDF exists, the status bar shows the export with Cancel, the
    Export actions wait their turn, Ctrl+2 switches the view meanwhile; then the PDF is there, "Saved" is said."""
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    open_seeds(qtbot, window, seeds)
    target = tmp_path / "story.pdf"
    ask_pdf(monkeypatch, target, "Letter")
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert window.exporter.is_running() and not target.exists()
    assert window.export_cancel.isVisible() and window.export_label.text().startswith("Exporting PDF")
    assert not window.export_action.isEnabled() and not window.export_html_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # the window answers meanwhile
    assert window.view_mode == VIEW_ALIGNED and window.exporter.is_running()
    wait_export(qtbot, window)
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Terrorists only" in " ".join(text.split())
    assert window.statusBar().currentMessage() == f"Saved {target} (Letter)"
    assert not window.export_cancel.isVisible() and window.export_action.isEnabled()
    assert window.prefs.page_size == "Letter" and window.prefs.export_folder == str(tmp_path)


def test_cancel_leaves_the_older_file_as_it_was(qtbot, window, seeds, tmp_path, monkeypatch):
    """Clicking the status bar's Cancel during an export: the file already there keeps its bytes, no temporary
    file is left beside it, and the status bar says so."""
    open_seeds(qtbot, window, seeds)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "story.pdf"
    target.write_bytes(OLD)
    ask_pdf(monkeypatch, target)
    window.export_action.trigger()
    qtbot.mouseClick(window.export_cancel, Qt.MouseButton.LeftButton)
    wait_export(qtbot, window)
    assert target.read_bytes() == OLD
    assert [p.name for p in folder.iterdir()] == ["story.pdf"]
    assert window.statusBar().currentMessage() == "Export cancelled: story.pdf was left as it was."
    assert not window.export_cancel.isVisible() and window.export_action.isEnabled()


def test_esc_cancels_an_export_of_html(qtbot, window, seeds, tmp_path, monkeypatch):
    """Esc during File > Export HTML stops it: nothing is written."""
    open_seeds(qtbot, window, seeds)
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / "story.html"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, title, suggested, suffix, filt: str(target))
    window.export_html_action.trigger()
    assert window.exporter.is_running()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    wait_export(qtbot, window)
    assert not list(folder.iterdir())
    assert "cancelled" in window.statusBar().currentMessage()


@pytest.mark.parametrize(
    "kind, stop_at",
    [
        ("pdf", "drawing page 1"),  # the temporary PDF is open and half drawn
        ("html", "saving"),  # the page is rendered, not yet written
        ("json", "writing the report"),  # JSON's one report, before the file
    ],
)
def test_a_writer_stopped_midway_leaves_the_target_untouched(seeds, tmp_path, kind, stop_at):
    """The export process's writers stop when their progress report raises (a Cancel arriving): the file that was
    there keeps its bytes and no temporary file remains."""
    from reportdiff.core.compare import compare
    from reportdiff.core.load import load_article

    report = compare([load_article(p) for p in seeds])
    folder = tmp_path / "exports"
    folder.mkdir()
    target = folder / f"story.{kind}"
    target.write_bytes(OLD)

    def progress(stage: str, fraction: float) -> None:
        if stage.startswith(stop_at):
            raise export_process.Cancelled

    with pytest.raises(export_process.Cancelled):
        export_process.write(kind, report, str(target), "A4", progress)
    assert target.read_bytes() == OLD
    assert [p.name for p in folder.iterdir()] == [target.name]


def test_a_failed_export_clears_saved_and_keeps_the_good_folder(qtbot, window, seeds, tmp_path, monkeypatch):
    """After a good export, an export into a missing folder warns, replaces the earlier "Saved ..." in the status
    bar, and the next Export still suggests the folder that worked (finding 11)."""
    open_seeds(qtbot, window, seeds)
    good = tmp_path / "good"
    good.mkdir()
    ask_pdf(monkeypatch, good / "story.pdf")
    window.export_action.trigger()
    wait_export(qtbot, window)
    assert window.statusBar().currentMessage().startswith("Saved")
    bad = tmp_path / "gone" / "story.pdf"
    ask_pdf(monkeypatch, bad, "Letter")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    window.export_action.trigger()
    wait_export(qtbot, window)
    assert warnings and "does not exist" in warnings[0]
    assert "Saved" not in window.statusBar().currentMessage()
    assert window.prefs.export_folder == str(good) and window.prefs.page_size == "A4"
    suggested: list[str] = []
    monkeypatch.setattr(dialogs, "ask_pdf_path", lambda parent, path, page: suggested.append(path))
    window.export_action.trigger()
    assert suggested == [str(good / f"{window._export_stem()}.pdf")]


def test_write_error_is_the_command_lines_error(seeds, tmp_path):
    """The export process's writer raises the same WriteError the command line reports (a missing folder)."""
    from reportdiff.core.compare import compare
    from reportdiff.core.load import load_article

    report = compare([load_article(p) for p in seeds])
    with pytest.raises(WriteError, match="does not exist"):
        export_process.write("pdf", report, str(tmp_path / "gone" / "x.pdf"), "A4", lambda s, f: None)
