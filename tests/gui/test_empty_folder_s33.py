"""A folder with no article in it, opened or dropped, is said where the other loading problems are: the message bar."""

from __future__ import annotations

from gui_helpers import drop_files

from reportdiff.gui.main_window import MainWindow


def test_an_empty_folder_dropped_is_named_in_the_message_bar(qtbot, window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Drop a folder holding only a picture on the empty window: the message bar (where an empty or unreadable
    file is reported) says "No articles found in pictures." (before: only a status-bar line, gone after four
    seconds, the window otherwise unchanged); the status bar still says it too."""
    folder = tmp_path / "pictures"
    folder.mkdir()
    (folder / "map.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    mime = drop_files(window.drop_zone, [folder])
    assert window.message_bar.isVisible()
    assert "No articles found in pictures." in window.message_bar.label.text()
    assert window.statusBar().currentMessage() == "No articles found in pictures."
    del mime
