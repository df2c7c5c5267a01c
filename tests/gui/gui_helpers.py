"""Helpers the GUI tests share: dropping files on a widget as a file manager would, opening the seeds, writing
articles and opening them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QTableWidget, QWidget

from reportdiff.core import model as m
from reportdiff.gui.main_window import MainWindow


def drop_files(target: QWidget, paths: Sequence[str | Path]) -> QMimeData:
    """Drag files onto ``target`` and drop them, as a file manager would. Returns the mime data: the caller keeps
    it alive (a temporary one crashed the interpreter, STYLE.md)."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(Path(p).resolve())) for p in paths])
    centre = target.rect().center()
    enter = QDragEnterEvent(  # QDragEnterEvent takes an integer QPoint, QDropEvent a QPointF
        centre, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, enter)
    assert enter.isAccepted(), f"{target.objectName() or type(target).__name__} refused the drag"
    drop = QDropEvent(
        QPointF(centre), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, drop)
    return mime


def open_seeds(qtbot, window: MainWindow, seeds: list[Path]) -> None:  # type: ignore[no-untyped-def]
    """Drop the seeds on the empty window and wait until they are drawn."""
    with qtbot.waitSignal(window.comparisonDone, timeout=30_000):
        mime = drop_files(window.drop_zone, seeds)
    del mime


def wait_export(qtbot, window: MainWindow, timeout: int = 60_000) -> None:  # type: ignore[no-untyped-def]
    """Wait until the window's export (written in its own process) has ended, however it ended."""
    qtbot.waitUntil(lambda: not window.exporter.is_running(), timeout=timeout)


def write_texts(folder: Path, texts: dict[str, str]) -> list[Path]:
    """Each of ``texts`` (file name -> article text) written as a UTF-8 file in ``folder``; their paths."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, text in texts.items():
        out.append(folder / name)
        out[-1].write_text(text, encoding="utf-8")
    return out


def open_and_draw(qtbot, window: MainWindow, paths: list[Path], timeout: int = 60_000) -> None:  # type: ignore[no-untyped-def]
    """Open ``paths`` in the window and wait until the comparison is done and drawn."""
    with qtbot.waitSignal(window.comparisonDone, timeout=timeout):
        window.open_paths(paths)
    qtbot.waitUntil(window.is_drawn, timeout=timeout)


def open_keys_table(qtbot, window: MainWindow) -> tuple[QDialog, QTableWidget]:  # type: ignore[no-untyped-def]
    """Open Help > Keys and Colours from its menu item; (the dialog, its table) once shown and the table focused."""
    window.activateWindow()
    window.keys_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
    qtbot.addWidget(dialog)
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    table = dialog.findChild(QTableWidget, "keysTable")
    assert table is not None
    qtbot.waitUntil(table.hasFocus)
    QApplication.processEvents()
    return dialog, table


def shown_window(qtbot, size: tuple[int, int] = (1400, 900)) -> MainWindow:  # type: ignore[no-untyped-def]
    """A new window of ``size`` as the app opens one (its settings read from the test's own QSettings), shown."""
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def shown_report(qtbot, report: m.Report, size: tuple[int, int] = (1366, 768)) -> MainWindow:  # type: ignore[no-untyped-def]
    """A new window of ``size``, shown, with ``report`` drawn in it and the events that follow handled (the style
    sheet's re-polish after a palette change)."""
    window = shown_window(qtbot, size)
    window.show_report(report)
    qtbot.waitUntil(window.is_drawn)
    QApplication.processEvents()
    return window
