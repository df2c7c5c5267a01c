"""The window's ways in: paste as a new article, open a folder, save and reopen a comparison, autosave after a
crash, each article's origin in its header tooltip, and titles and file names shown as text, never as markup."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from documents import make_docx, make_pdf  # tests/core/documents.py, on sys.path by tests/gui/conftest.py
from gui_helpers import open_seeds
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from reportdiff.core.session import read_session
from reportdiff.gui import dialogs
from reportdiff.gui.inputs import autosave_path, offer_autosave
from reportdiff.gui.main_window import MainWindow
from reportdiff.gui.prefs import VIEW_ALIGNED

WAIT = 60_000
PAGE = (
    "<html><body><article><h1>Airstrikes kill 25 in Syria's north</h1>"
    "<p>At least 25 people were killed as Russian and Syrian warplanes struck rebel-held areas, a monitor said.</p>"
    "<p>The strikes hit markets and a hospital in the northern countryside on Sunday, rescuers said.</p>"
    "</article></body></html>"
)


@pytest.fixture(autouse=True)
def cleared_clipboard() -> Iterator[None]:
    """The clipboard is emptied after each test: mime data left in it at exit crashes the offscreen platform."""
    yield
    QGuiApplication.clipboard().clear()


def _set_clipboard(html: str | None, text: str | None) -> None:
    mime = QMimeData()
    if html is not None:
        mime.setHtml(html)
    if text is not None:
        mime.setText(text)
    QGuiApplication.clipboard().setMimeData(mime)  # the clipboard owns it from here


def test_paste_html_becomes_pasted_1(qtbot, window: MainWindow, seeds: list[Path]) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+Shift+V with HTML on the clipboard adds "Pasted 1", read as a web page, and compares it."""
    open_seeds(qtbot, window, seeds)
    _set_clipboard(PAGE, "plain fallback")
    with qtbot.waitSignal(window.comparisonDone, timeout=WAIT):
        qtbot.keyClick(window, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.report is not None and len(window.report.articles) == 3
    pasted = window.report.articles[2]
    assert Path(pasted.path).name == "Pasted 1.html" and pasted.origin.format == "html"
    assert pasted.title == "Airstrikes kill 25 in Syria's north"


def test_paste_text_then_second_paste_is_pasted_2(qtbot, window: MainWindow, seeds: list[Path]) -> None:  # type: ignore[no-untyped-def]
    """Plain text pastes as text; the next paste is "Pasted 2"."""
    open_seeds(qtbot, window, seeds)
    _set_clipboard(None, "Warplanes struck rebel-held areas in Syria on Sunday, killing at least 25, a monitor said.")
    with qtbot.waitSignal(window.comparisonDone, timeout=WAIT):
        window.inputs.paste_action.trigger()
    _set_clipboard(None, "A different text about markets hit by airstrikes in the north of Syria on Sunday.")
    with qtbot.waitSignal(window.comparisonDone, timeout=WAIT):
        window.inputs.paste_action.trigger()
    assert window.report is not None
    assert [Path(a.path).name for a in window.report.articles][2:] == ["Pasted 1.txt", "Pasted 2.txt"]


def test_empty_clipboard_says_so(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Pasting an empty clipboard shows a status message and adds nothing."""
    _set_clipboard(None, "   ")
    window.inputs.paste_action.trigger()
    assert "no text" in window.statusBar().currentMessage() and window.files == []


def test_open_folder_takes_every_format(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """File > Open Folder: the PDF, Word file and text inside it are compared together."""
    body = ["At least 12 people died in floods in the north, police said on Monday.",
            "Roads were closed and schools shut across the region after two days of rain."]  # fmt: skip
    (tmp_path / "a.pdf").write_bytes(make_pdf([["Floods kill twelve in the north", *body]]))
    make_docx(tmp_path / "b.docx", "Floods kill 12 in the north", body)
    (tmp_path / "c.txt").write_text("Floods in the north\n\n" + "\n\n".join(body), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    with qtbot.waitSignal(window.comparisonDone, timeout=WAIT):
        window.inputs.open_folder_action.trigger()
    assert window.report is not None
    assert [a.origin.format for a in window.report.articles] == ["pdf", "docx", "text"]


def test_save_and_reopen_after_originals_moved(qtbot, window: MainWindow, seeds: list[Path], tmp_path: Path,  # type: ignore[no-untyped-def]
                                               monkeypatch) -> None:  # fmt: skip
    """Save Comparison, delete the originals, reopen: the same sentences and links, the view as it was."""
    copies = []
    for seed in seeds:
        copies.append(tmp_path / seed.name)
        shutil.copy(seed, copies[-1])
    open_seeds(qtbot, window, copies)
    window.set_view_mode(VIEW_ALIGNED)
    before = window.report
    assert before is not None
    window.select(before.links[0].source)
    target = tmp_path / "saved.reportdiff"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(target))
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert read_session(target).view["mode"] == VIEW_ALIGNED
    for path in copies:
        path.unlink()
    window.close_comparison()
    window.set_view_mode("columns")
    with qtbot.waitSignal(window.comparisonDone, timeout=WAIT):
        window.add_paths([str(target)])  # as a drop or the command line would
    after = window.report
    assert after is not None
    assert [a.text for a in after.articles] == [a.text for a in before.articles]
    assert after.links == before.links and after.facts == before.facts
    assert window.view_mode == VIEW_ALIGNED and window.selected == before.links[0].source


def test_damaged_session_is_a_message(qtbot, window: MainWindow, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A damaged .reportdiff opened: a warning naming it, no traceback, the window as it was."""
    bad = tmp_path / "bad.reportdiff"
    bad.write_text('{"format": "reportdiff.session/5"}', encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: shown.append(text))
    window.add_paths([str(bad)])
    assert shown and "newer ReportDiff" in shown[0] and window.files == []


def test_autosave_is_offered_back_after_a_crash(qtbot, seeds: list[Path], tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A window that never closed normally leaves an autosave; the next window offers it and restores it."""
    first = MainWindow()
    qtbot.addWidget(first)
    open_seeds(qtbot, first, seeds)
    assert autosave_path().is_file()
    texts = [a.text for a in first.report.articles]  # type: ignore[union-attr]
    first.worker.cancel()  # the "crash": no closeEvent, the autosave stays

    second = MainWindow()
    qtbot.addWidget(second)
    asked: list[bool] = []
    with qtbot.waitSignal(second.comparisonDone, timeout=WAIT):
        assert offer_autosave(second, ask=lambda: asked.append(True) or True)
    assert asked and [a.text for a in second.report.articles] == texts  # type: ignore[union-attr]
    second.close()  # a normal close: nothing left to restore
    assert not autosave_path().exists()
    assert not offer_autosave(MainWindow(), ask=lambda: pytest.fail("nothing should be offered"))


def test_declined_autosave_is_dropped(qtbot, window: MainWindow, seeds: list[Path]) -> None:  # type: ignore[no-untyped-def]
    """Saying no to the restore deletes the autosave, so it is not offered again."""
    open_seeds(qtbot, window, seeds)
    assert autosave_path().is_file()
    assert not offer_autosave(window, ask=lambda: False)
    assert not autosave_path().exists()


def test_origin_in_the_column_header_tooltip(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Each column's source line tooltip names the file, its format and the extractor that read it."""
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    make_docx(tmp_path / "b.docx", "Airstrikes in Syria", ["At least 25 were killed in airstrikes, a monitor said."])
    with qtbot.waitSignal(window.comparisonDone, timeout=WAIT):
        window.add_paths([str(page), str(tmp_path / "b.docx")])
    tips = [column.source_label.toolTip() for column in window.columns]
    assert "page.html" in tips[0] and "HTML, read by trafilatura" in tips[0]
    assert "DOCX, read by python-docx" in tips[1]


def test_titles_and_file_names_are_never_markup(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A title and a file name full of tags show literally in the header and its tooltip (no bold, no link)."""
    a = tmp_path / "<u>a.txt"  # a name may hold "<" and ">" (not "/")
    a.write_text("<b>Breaking</b> floods kill 12 in the north\n\nAt least 12 people died, police said.", "utf-8")
    b = tmp_path / "b.txt"
    b.write_text("Floods kill 12 in the north\n\nAt least 12 people died in floods, police said.", "utf-8")
    with qtbot.waitSignal(window.comparisonDone, timeout=WAIT):
        window.add_paths([str(a), str(b)])
    column = window.columns[0]
    assert column.title_label.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Breaking</b>" in column.title_label.text()
    assert "&lt;b&gt;Breaking&lt;/b&gt;" in column.title_label.toolTip()
    assert column.source_label.textFormat() == Qt.TextFormat.PlainText
    assert "&lt;u&gt;a.txt" in column.source_label.toolTip()
