"""The window can be narrowed whatever it shows: its least width no longer grows with the files compared (the
progress page's one line of file names and its 360 px bar made the window 711 px wide at least with the two seeds
and 768 px with five news articles, and a window at its least width was widened to that), and the sidebar folds
away in a narrow empty window as it does beside the columns (the empty window stayed 618 px at least)."""

from __future__ import annotations

from pathlib import Path

from gui_helpers import shown_window, write_texts
from PySide6.QtWidgets import QApplication

from reportdiff.gui.main_window import MainWindow

NARROW = 400  # half a 800 px screen: narrower than any least width the window had before


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def narrowed(window: MainWindow) -> int:
    """Narrow the window step by step as a person dragging its edge would; its width at the end."""
    for width in range(window.width(), NARROW - 1, -40):
        window.resize(width, window.height())
        settle()
    window.resize(NARROW, window.height())
    settle()
    return window.width()


def test_the_empty_window_narrows_with_its_sidebar_folded_away(qtbot) -> None:  # type: ignore[no-untyped-def]
    window = shown_window(qtbot, (800, 700))
    assert window.sidebar.isVisible()
    assert narrowed(window) == NARROW
    assert not window.sidebar.isVisible() and not window.sidebar_action.isChecked()
    window.resize(900, 700)  # room again: the sidebar comes back
    settle()
    assert window.sidebar.isVisible()


def test_comparing_long_file_names_does_not_widen_the_window(qtbot, tmp_path: Path, seeds) -> None:  # type: ignore[no-untyped-def]
    texts = {f"{'a-rather-long-file-name-of-a-news-report-' * 2}{n}.txt": p.read_text() for n, p in enumerate(seeds)}
    paths = write_texts(tmp_path / "in", texts)
    window = shown_window(qtbot, (800, 700))
    narrowed(window)
    least = window.minimumSizeHint().width()
    with qtbot.waitSignal(window.comparisonDone, timeout=60_000):
        window.open_paths(paths)
        settle()
        assert window.stack.currentWidget() is window.progress_page
        assert window.minimumSizeHint().width() <= least, "the progress page widened the window"
        assert window.width() == NARROW
    qtbot.waitUntil(window.is_drawn)
    assert narrowed(window) == NARROW  # and with the columns drawn
