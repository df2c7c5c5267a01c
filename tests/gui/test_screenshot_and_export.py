"""The `--screenshot` command line and File > Export PDF, end to end."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from gui_helpers import open_seeds, wait_export
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from reportdiff.gui import dialogs


def test_screenshot_option_saves_a_1400x900_picture_and_exits_0(tmp_path, seeds):
    """`reportdiff SEEDS --screenshot OUT.png` writes a 1400x900 PNG of the drawn comparison and exits 0."""
    out = tmp_path / "seeds.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run(
        [sys.executable, "-m", "reportdiff.gui.app", *map(str, seeds), "--screenshot", str(out)],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-800:]
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1400, 900)
    # Drawn, not blank: the status tints put many distinct colours on screen.
    colours = {image.pixel(x, y) for x in range(0, 1400, 7) for y in range(200, 900, 7)}
    assert len(colours) > 50


def test_screenshot_of_an_unreadable_pair_still_exits_cleanly(tmp_path):
    """A screenshot run on files that cannot be compared saves the window with its message, no traceback."""
    missing = tmp_path / "nope.txt"
    out = tmp_path / "error.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(tmp_path / "config"))
    done = subprocess.run(
        [sys.executable, "-m", "reportdiff.gui.app", str(missing), str(missing), "--screenshot", str(out)],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-800:]
    assert "Traceback" not in done.stderr
    assert out.exists()


def test_export_pdf_writes_a_pdf_with_the_articles_text(qtbot, window, seeds, tmp_path, monkeypatch):
    """File > Export PDF with the dialog answered "Letter": a PDF whose text has Assad's quote; size remembered."""
    pytest.importorskip("reportdiff.gui.pdf")
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    open_seeds(qtbot, window, seeds)
    target = tmp_path / "out.pdf"
    monkeypatch.setattr(dialogs, "ask_pdf_path", lambda parent, suggested, size: (str(target), "Letter"))
    window.export_action.trigger()
    wait_export(qtbot, window)
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert "Terrorists only" in " ".join(text.split())
    assert "Saved" in window.statusBar().currentMessage()
    assert window.prefs.page_size == "Letter"


def test_export_pdf_to_a_missing_folder_says_why(qtbot, window, seeds, tmp_path, monkeypatch):
    """Exporting into a folder that does not exist shows a warning naming the file, and writes nothing."""
    pytest.importorskip("reportdiff.gui.pdf")
    open_seeds(qtbot, window, seeds)
    target = tmp_path / "no-such-folder" / "out.pdf"
    monkeypatch.setattr(dialogs, "ask_pdf_path", lambda parent, suggested, size: (str(target), "A4"))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(text))
    window.export_action.trigger()
    wait_export(qtbot, window)
    assert warnings and "out.pdf" in warnings[0]
    assert not target.exists()


def test_export_is_disabled_until_something_is_compared(window):
    """Ctrl+E does nothing on the empty window: the action is greyed out."""
    assert window.export_action.shortcut().toString() == "Ctrl+E"
    assert not window.export_action.isEnabled()


def test_hovering_a_sentence_outlines_its_counterpart(qtbot, window, seeds):
    """Moving the mouse over Assad's quote outlines the other wording in the other column."""
    open_seeds(qtbot, window, seeds)
    report = window.report
    mine = next(s.index for s in report.articles[0].sentences if "Terrorists only know" in s.text)
    theirs = next(s.index for s in report.articles[1].sentences if "Terrorists only understand" in s.text)
    left, right = window.columns
    from reportdiff.core.model import SentenceRef

    point = left.view.point_of(SentenceRef(0, mine))
    qtbot.mouseMove(left.view.viewport(), point)
    qtbot.waitUntil(lambda: window.hovered == SentenceRef(0, mine), timeout=2000)
    assert right.view.marked("hover_linked") == {SentenceRef(1, theirs)}


def test_recent_menu_reopens_a_comparison(qtbot, window, seeds):
    """After comparing the seeds, File > Open Recent lists them; choosing the entry compares them again."""
    open_seeds(qtbot, window, seeds)
    window.close_comparison()
    actions = [a for a in window.recent_menu.actions() if a.text() and "reuters" in a.text()]
    assert actions
    with qtbot.waitSignal(window.comparisonDone, timeout=30_000):
        actions[0].trigger()
    assert len(window.columns) == 2


def test_about_box_shows_the_version(qtbot, window, monkeypatch):
    """Help > About names the version of ReportDiff."""
    from reportdiff.core import __version__

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda parent, title, text: shown.append(text))
    window.about()
    assert shown and __version__ in shown[0]


def test_f11_toggles_full_screen(qtbot, window):
    """F11 enters full screen and leaves it again."""
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    qtbot.keyClick(window, Qt.Key.Key_F11)
    assert not window.windowState() & Qt.WindowState.WindowFullScreen


def test_file_paths_with_spaces_and_unicode_load(qtbot, window, seeds, tmp_path):
    """Articles in a folder with spaces and accents in its name compare like any other."""
    folder = tmp_path / "Dossier é 2024"
    folder.mkdir()
    copies = []
    for seed in seeds:
        copy = folder / seed.name
        copy.write_bytes(seed.read_bytes())
        copies.append(copy)
    open_seeds(qtbot, window, copies)
    assert [Path(a.path).parent.name for a in window.report.articles] == ["Dossier é 2024"] * 2


def test_pdf_dialog_asks_before_replacing_the_name_with_pdf_added(qtbot, tmp_path):
    """Typing "report" in the export dialog where report.pdf exists asks before replacing report.pdf."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QFileDialog, QLineEdit

    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4 keep me")
    asked: list[str] = []

    def visible(kind):
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]

    def type_name() -> None:
        (dialog,) = visible(QFileDialog)
        dialog.findChild(QLineEdit, "fileNameEdit").setText("report")
        QTimer.singleShot(200, answer_no)
        dialog.accept()

    def answer_no() -> None:
        boxes = visible(QMessageBox)
        asked.extend(box.text() for box in boxes)
        for box in boxes:
            box.button(QMessageBox.StandardButton.No).click()
        for dialog in visible(QFileDialog):
            dialog.reject()

    QTimer.singleShot(300, type_name)
    assert dialogs.ask_pdf_path(None, str(tmp_path / "story.pdf"), "A4") is None
    assert asked and "report.pdf" in asked[0]
    assert (tmp_path / "report.pdf").read_bytes() == b"%PDF-1.4 keep me"


def test_an_export_whose_process_dies_says_so_and_keeps_the_old_file(qtbot, window, seeds, tmp_path, monkeypatch):
    """When the export's process is killed (as the out-of-memory killer would), a warning says the PDF was not
    saved, the progress and Cancel go away, the file already there is untouched, and no cursor is left spinning."""
    from PySide6.QtWidgets import QApplication

    open_seeds(qtbot, window, seeds)
    target = tmp_path / "out.pdf"
    target.write_bytes(b"%PDF-1.4 the older export")
    monkeypatch.setattr(dialogs, "ask_pdf_path", lambda parent, suggested, size: (str(target), "A4"))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warnings.append(title + ": " + text))
    window.export_action.trigger()
    assert window.exporter.is_running()
    window.exporter._process.kill()
    wait_export(qtbot, window)
    assert warnings and "not saved" in warnings[0] and "stopped unexpectedly" in warnings[0]
    assert not window.export_cancel.isVisible()
    assert target.read_bytes() == b"%PDF-1.4 the older export"
    assert not list(tmp_path.glob(".out.pdf.*"))
    assert QApplication.overrideCursor() is None
    assert window.export_action.isEnabled()
