"""What an editor ran into in review s22 (/work/notes/review-gui-s22.md), driven as a person would: a cancelled
first comparison keeps its files (finding 12), a reopened comparison never sends dialogs or Recent into
ReportDiff's private folder (finding 5), a column's × with another file gone (finding 9), Ctrl+B on a folded
sidebar (finding 10)."""

from __future__ import annotations

import shutil
from pathlib import Path

from gui_helpers import drop_files, open_seeds
from PySide6.QtCore import Qt

from reportdiff.gui import dialogs
from reportdiff.gui.inputs import data_dir
from reportdiff.gui.main_window import MainWindow

WAIT = 60_000


def copies(seeds: list[Path], folder: Path, names: list[str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i, name in enumerate(names):
        out.append(folder / name)
        shutil.copy(seeds[i % len(seeds)], out[-1])
    return out


def test_cancelling_the_first_comparison_keeps_the_files(qtbot, window: MainWindow, seeds, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """File > Open three articles, Esc while they are compared: the empty page names them with Compare Again,
    Recent lists them, and Compare Again compares all three."""
    files = copies(seeds, tmp_path / "story", ["a.txt", "b.txt", "c.txt"])
    window.open_paths(files)
    assert window.worker.is_busy()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.worker.is_busy() and window.stack.currentWidget() is window.drop_zone
    assert [Path(p).name for p in window.files] == ["a.txt", "b.txt", "c.txt"]
    assert "a.txt, b.txt, c.txt" in window.drop_zone.text.text()
    assert window.drop_zone.compare_button.isVisible()
    assert any("a.txt" in a.text() for a in window.recent_menu.actions())
    with qtbot.waitSignal(window.comparisonDone, timeout=WAIT):
        qtbot.mouseClick(window.drop_zone.compare_button, Qt.MouseButton.LeftButton)
    assert window.report is not None and len(window.report.articles) == 3


def test_dropping_the_kept_files_again_compares_them(qtbot, window: MainWindow, seeds, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """After a cancelled first comparison, dropping the same files again compares them (not "already in")."""
    files = copies(seeds, tmp_path / "story", ["a.txt", "b.txt"])
    window.open_paths(files)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.report is None and not window.worker.is_busy()
    with qtbot.waitSignal(window.comparisonDone, timeout=WAIT):
        drop_files(window.drop_zone, files)
    assert window.report is not None and len(window.report.articles) == 2


def test_a_reopened_comparison_keeps_dialogs_and_recent_out_of_the_private_folder(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, seeds, tmp_path, monkeypatch
) -> None:
    """Save story.reportdiff in the newsroom folder, close, open it again: Export PDF and Save suggest the
    newsroom folder, the last folder is it, Recent lists story.reportdiff (not the .rdarticle copies), and the
    columns name the original files."""
    newsroom = tmp_path / "newsroom"
    files = copies(seeds, newsroom, [s.name for s in seeds])
    open_seeds(qtbot, window, files)
    session = newsroom / "story.reportdiff"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(session))
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    window.close_comparison()
    window.prefs.last_folder = str(tmp_path)  # the user was elsewhere since
    with qtbot.waitSignal(window.comparisonDone, timeout=WAIT):
        window.add_paths([str(session)])
    assert Path(window.report.articles[0].path).suffix == ".rdarticle"  # the snapshots are compared
    assert window.last_folder() == str(newsroom)
    suggested: list[str] = []
    monkeypatch.setattr(dialogs, "ask_pdf_path", lambda parent, path, page: suggested.append(path))
    window.export_action.trigger()
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, title, path, *a: suggested.append(path))
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [Path(p).parent for p in suggested] == [newsroom, newsroom]
    assert suggested[1] == str(session)  # Save writes the comparison back where it came from
    private = data_dir().resolve()
    remembered = [p for entry in window.recent() for p in entry]
    assert str(session.resolve()) in remembered
    assert not any(Path(p).resolve().is_relative_to(private) for p in remembered)
    assert not any(".rdarticle" in a.text() for a in window.recent_menu.actions())
    assert not any(".rdarticle" in c.source_label.text() for c in window.columns)
    assert seeds[0].name in " ".join(c.source_label.text() for c in window.columns)


def test_closing_a_column_while_another_file_is_gone(qtbot, window: MainWindow, seeds, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """a, b, c open; c is deleted; × on a: a goes (b waits for a partner, the message names c), and Edit > Undo
    brings a back beside b, truthfully."""
    a, b, c = copies(seeds, tmp_path / "story", ["a.txt", "b.txt", "c.txt"])
    with qtbot.waitSignal(window.comparisonDone, timeout=WAIT):
        window.open_paths([a, b, c])
    c.unlink()
    column = window.column_for(0)
    assert column is not None
    with qtbot.waitSignal(window.comparisonDone, timeout=WAIT):
        qtbot.mouseClick(column.close_button, Qt.MouseButton.LeftButton)
    assert window.report is None and window.stack.currentWidget() is window.drop_zone
    assert [Path(p).name for p in window.files] == ["b.txt"]
    assert "c.txt" in window.message_bar.text()
    assert window.undo_action.isEnabled() and "a.txt" in window.undo_action.text()
    with qtbot.waitSignal(window.comparisonDone, timeout=WAIT):
        window.undo_action.trigger()
    assert window.report is not None
    assert sorted(Path(x.path).name for x in window.report.articles) == ["a.txt", "b.txt"]


def test_one_ctrl_b_shows_a_folded_sidebar(qtbot, window: MainWindow, seeds) -> None:  # type: ignore[no-untyped-def]
    """A narrow window folds the sidebar away (View > Show Sidebar unchecked); one Ctrl+B shows it again."""
    open_seeds(qtbot, window, seeds)
    window.resize(700, 700)
    qtbot.waitUntil(lambda: not window.sidebar.isVisible(), timeout=5000)
    assert window._sidebar_folded and not window.sidebar_action.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.isVisible() and window.sidebar_action.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert not window.sidebar.isVisible() and not window.sidebar_action.isChecked()
    window.save_settings()
    assert not window.prefs.sidebar  # hidden by the reader this time


def test_switching_the_desktop_to_dark_repaints_the_bars(qtbot, window: MainWindow, tiny_report, qapp) -> None:  # type: ignore[no-untyped-def]
    """A comparison open in light, the desktop switches to dark: the top bar and the legend bar turn dark like
    the rest (their text is light: it was white on white), and back to light when the desktop does."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QColor, QPalette

    window.show_report(tiny_report)
    qtbot.waitUntil(window.is_drawn)
    light = QPalette(qapp.palette())
    dark = QPalette(qapp.style().standardPalette())
    for role, colour in (
        (QPalette.ColorRole.Window, "#202326"), (QPalette.ColorRole.WindowText, "#FCFCFC"),
        (QPalette.ColorRole.Base, "#141618"), (QPalette.ColorRole.Text, "#FCFCFC"),
        (QPalette.ColorRole.Button, "#292C30"), (QPalette.ColorRole.ButtonText, "#FCFCFC"),
        (QPalette.ColorRole.Mid, "#404040"), (QPalette.ColorRole.Midlight, "#303236"),
    ):  # fmt: skip
        dark.setColor(role, QColor(colour))

    def backgrounds() -> list[int]:
        image = window.grab().toImage()
        spots = [bar.mapTo(window, QPoint(3, 3)) for bar in (window.topbar, window.legend)]
        return [image.pixelColor(p.x(), p.y()).lightness() for p in spots]

    try:
        assert min(backgrounds()) > 200
        qapp.setPalette(dark)
        qtbot.waitUntil(lambda: max(backgrounds()) < 60, timeout=5000)
    finally:
        qapp.setPalette(light)
    qtbot.waitUntil(lambda: min(backgrounds()) > 200, timeout=5000)
