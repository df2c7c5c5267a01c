"""What a newsroom ran into in review s23 (/work/notes/review-s23.md), driven as a person would: Copy and Find see
the articles' text, never the conflict badges (F7)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from reportdiff.gui.main_window import MainWindow

WAIT = 60_000
CTRL = Qt.KeyboardModifier.ControlModifier

# Two reports of one rescue that disagree on the figure: each 42/40 gets a conflict badge naming the other.
AGENCY = (
    "Ferry capsizes on Lake Tamsin\n\n"
    "KELLFORD - Rescuers pulled 42 people from the water alive, coastguard spokesman Pavel Dorn told reporters.\n\n"
    "“Divers recovered 11 bodies from the hull overnight,” Dorn said.\n\n"
    "The ferry was built in 1987 and operated by Tamsin Lines.\n"
)
REWRITE = (
    "Ferry sinks on Lake Tamsin\n\n"
    "Rescuers pulled 40 people from the water alive, coastguard spokesman Pavel Dorn told reporters.\n\n"
    "\"Divers recovered 11 bodies from the hull overnight,\" Dorn said.\n\n"
    "The ferry was built in 1987 and operated by Tamsin Lines.\n"
)


def write(folder: Path, texts: dict[str, str]) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, text in texts.items():
        out.append(folder / name)
        out[-1].write_text(text, encoding="utf-8")
    return out


def compare(qtbot, window: MainWindow, paths: list[Path]) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.comparisonDone, timeout=WAIT):
        window.open_paths(paths)
    qtbot.waitUntil(window.is_drawn, timeout=WAIT)


def test_copy_of_a_selected_sentence_leaves_the_badge_out(qtbot, window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Click into the agency's sentence, select it with Shift+End, Ctrl+C: the clipboard holds what the agency
    wrote, not "42 42 ≠ 40 …" (F7), in the columns and in the aligned rows."""
    files = write(tmp_path / "story", {"meridian.txt": AGENCY, "ledger.txt": REWRITE})
    compare(qtbot, window, files)
    for mode_key in (Qt.Key.Key_1, Qt.Key.Key_2):
        qtbot.keyClick(window, mode_key, CTRL)
        qtbot.waitUntil(window.is_drawn, timeout=WAIT)
        view = window.views()[0]
        assert "≠" in view.toPlainText()  # the badge is drawn beside the figure
        start = view.toPlainText().index("Rescuers pulled")
        cursor = view.textCursor()
        cursor.setPosition(start)
        view.setTextCursor(cursor)
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
        qtbot.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
        assert "≠" in view.textCursor().selectedText()  # the selection runs over the badge
        QApplication.clipboard().clear()
        qtbot.keyClick(view, Qt.Key.Key_C, CTRL)
        copied = QApplication.clipboard().text()
        assert copied.startswith("Rescuers pulled 42 people from the"), copied
        assert copied in AGENCY  # word for word what the agency wrote: no "≠ 40 ledger", no thin spaces


def test_find_counts_the_articles_words_not_the_badges(qtbot, window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+F "42": one match, the agency's (the badges "42 ≠ 40" and "40 ≠ 42" are no text); "42 people" is
    found across the badge; a straight-quoted '"Divers' finds the curly-quoted copy too (the Minor list)."""
    files = write(tmp_path / "story", {"meridian.txt": AGENCY, "ledger.txt": REWRITE})
    compare(qtbot, window, files)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    field = window.find_bar.field
    qtbot.keyClicks(field, "42")
    assert window.find_bar.count_label.text() == "1 of 1"
    index, start, end = window.current_match()
    view = window.views()[index]
    cursor = QTextCursor(view.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == "42"
    field.clear()
    qtbot.keyClicks(field, "42 people")
    assert window.find_bar.count_label.text() == "1 of 1"
    field.clear()
    qtbot.keyClicks(field, '"Divers')
    assert window.find_bar.count_label.text() == "1 of 2"
