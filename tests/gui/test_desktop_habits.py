"""Desktop habits, driven as a person would: Find across columns, a window that fits a laptop screen, the × undone,
Cancel while comparing, File > Export HTML and JSON, View radio items, Help > Keys and Colours, idle actions off."""

from __future__ import annotations

import json

from gui_helpers import open_seeds, wait_export
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QTableWidget

from reportdiff.core.jsontext import report_json_bytes
from reportdiff.gui import dialogs
from reportdiff.gui.column import ArticleColumn


def test_ctrl_f_finds_in_every_column_and_f3_steps_through(qtbot, window, seeds):
    """Ctrl+F, type "Idlib": matches in both columns are counted and painted; F3 moves to the next, wrapping."""
    open_seeds(qtbot, window, seeds)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.field, "idlib")
    total = len(window._matches)
    assert total >= 4 and {view for view, _, _ in window._matches} == {0, 1}
    assert window.find_bar.count_label.text() == f"1 of {total}"
    seen = []
    for _ in range(total):
        view_index, start, end = window.current_match()
        cursor = window.views()[view_index].textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, cursor.MoveMode.KeepAnchor)
        assert cursor.selectedText().lower() == "idlib"
        seen.append(view_index)
        qtbot.keyClick(window, Qt.Key.Key_F3)
    assert set(seen) == {0, 1}
    assert window.find_bar.count_label.text() == f"1 of {total}"  # wrapped around
    painted = sum(1 for c in window.columns for mk in c.view.marks() if mk.style in ("find", "find_current"))
    assert painted == total
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()
    assert not any(mk.style.startswith("find") for c in window.columns for mk in c.view.marks())


def test_window_fits_a_1366x768_laptop(qtbot, window, seeds):
    """At 1366x768 the two columns share the width readably beside the sidebar, nothing scrolls sideways, and the
    status bar is inside the window."""
    window.resize(1366, 768)
    open_seeds(qtbot, window, seeds)
    QApplication.processEvents()
    widths = [c.width() for c in window.columns]
    assert min(widths) >= ArticleColumn.MIN_WIDTH
    assert max(widths) - min(widths) <= 12  # shared evenly
    assert window.sidebar.isVisible()
    area = window.columns_area
    assert area.horizontalScrollBar().maximum() == 0
    status = window.statusBar()
    assert status.isVisible() and status.geometry().bottom() <= window.height()


def test_sidebar_folds_away_before_columns_become_unreadable(qtbot, window, seeds):
    """Narrowed to 820 px, the sidebar folds away rather than squeeze two columns below their readable width;
    widened again, it comes back."""
    window.resize(1366, 768)
    open_seeds(qtbot, window, seeds)
    window.resize(820, 700)
    QApplication.processEvents()
    assert not window.sidebar.isVisible()
    # View > Show Sidebar says what is shown (one Ctrl+B shows it again: review s22 finding 10), while the
    # reader's own setting, folded by the window and not switched off, is what is saved.
    assert not window.sidebar_action.isChecked()
    window.save_settings()
    assert window.prefs.sidebar
    assert min(c.width() for c in window.columns) >= ArticleColumn.MIN_WIDTH
    window.resize(1366, 768)
    QApplication.processEvents()
    assert window.sidebar.isVisible() and window.sidebar_action.isChecked()


def test_first_start_fits_the_available_screen(qtbot, isolated_settings):
    """With no saved geometry the window opens inside the screen's available area."""
    from reportdiff.gui.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    available = win.screen().availableGeometry()
    assert 0 < win.width() <= available.width() and 0 < win.height() <= available.height()


def test_closing_a_column_can_be_undone(qtbot, window, seeds, tmp_path):
    """× on a column removes the article; Edit > Undo brings it back, and Undo is off when nothing is closed."""
    third = tmp_path / "third.txt"
    third.write_text(seeds[0].read_text(encoding="utf-8"), encoding="utf-8")
    open_seeds(qtbot, window, seeds)
    with qtbot.waitSignal(window.comparisonDone, timeout=30_000):
        window.add_paths([str(third)])
    qtbot.waitUntil(window.is_drawn)
    assert len(window.columns) == 3 and not window.undo_action.isEnabled()
    with qtbot.waitSignal(window.comparisonDone, timeout=30_000):
        qtbot.mouseClick(window.columns[2].close_button, Qt.MouseButton.LeftButton)
    assert len(window.report.articles) == 2
    assert window.undo_action.isEnabled() and "third.txt" in window.undo_action.text()
    with qtbot.waitSignal(window.comparisonDone, timeout=30_000):
        window.undo_action.trigger()
    qtbot.waitUntil(window.is_drawn)
    assert len(window.columns) == 3 and not window.undo_action.isEnabled()


def test_long_comparison_shows_progress_with_cancel_in_the_centre(qtbot, window, seeds):
    """While a comparison runs with nothing drawn, the centre shows the progress page (not the welcome page);
    Cancel stops it and goes back to the welcome page."""
    window.worker.job = "engine_jobs:slow"  # five seconds of progress before comparing
    window.add_paths([str(p) for p in seeds])
    assert window.stack.currentWidget() is window.progress_page
    assert window.progress_page.title.text() == "Comparing 2 articles"
    qtbot.mouseClick(window.progress_page.cancel_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.drop_zone
    assert window.report is None and not window.worker.is_busy()


def test_export_html_and_json_write_the_report(qtbot, window, seeds, tmp_path, monkeypatch):
    """File > Export HTML and Export JSON write the presentation layer's HTML and the JSON report with its summary."""
    open_seeds(qtbot, window, seeds)
    answers = {"html": tmp_path / "out.html", "json": tmp_path / "out.json"}
    monkeypatch.setattr(dialogs, "ask_save_path", lambda parent, title, suggested, suffix, filt: str(answers[suffix]))
    window.export_html_action.trigger()
    wait_export(qtbot, window)
    window.export_json_action.trigger()
    wait_export(qtbot, window)
    page = answers["html"].read_text(encoding="utf-8")
    assert "<html" in page.lower() and "Terrorists only" in page
    data = json.loads(answers["json"].read_text(encoding="utf-8"))
    assert data["summary"]["discrepancies"] == window.report.summary()["discrepancies"]
    # the bytes the command line writes, by the same writer
    assert answers["json"].read_bytes() == report_json_bytes(window.report)
    assert not list(tmp_path.glob("*.tmp*"))  # written atomically: no leftovers


def test_view_layouts_are_radio_items(qtbot, window, seeds):
    """View > Side by Side and Aligned Rows are exclusive checkable items that follow the toolbar buttons."""
    open_seeds(qtbot, window, seeds)
    assert window.columns_action.isCheckable() and window.layout_group.isExclusive()
    window.aligned_action.trigger()
    assert window.aligned_action.isChecked() and not window.columns_action.isChecked()
    assert window.aligned_button.isChecked()
    qtbot.mouseClick(window.columns_button, Qt.MouseButton.LeftButton)
    assert window.columns_action.isChecked() and not window.aligned_action.isChecked()


def test_help_keys_and_colours_lists_shortcuts_and_legend(qtbot, window):
    """Help > Keys and Colours lists F7, Ctrl+F and the legend's "Only here", read from the menus and legend."""
    window.keys_action.trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible())
    table = dialog.findChild(QTableWidget, "keysTable")
    cells = [table.item(r, c).text() for r in range(table.rowCount()) for c in range(2) if table.item(r, c)]
    assert "F7" in cells and "Find…" in cells and "Only here" in cells
    assert any("Ctrl+F" in cell for cell in cells)
    dialog.close()


def test_actions_that_would_do_nothing_are_disabled(qtbot, window, tiny_report):
    """Empty window: exports, Find and F6-F8 are off; with a report they are on, F6 only when there is a conflict."""
    for action in (window.export_action, window.export_html_action, window.find_action, window.next_conflict_action):
        assert not action.isEnabled()
    window.show_report(tiny_report)
    for action in (window.export_html_action, window.find_action, window.next_conflict_action):
        assert action.isEnabled()
    assert not window.find_next_action.isEnabled()  # nothing searched yet


def test_one_edit_menu_holds_undo_copy_find_and_paste(window):
    """The menu bar has one Edit menu, with Undo, Copy, Find and the inputs helper's Paste as New Article."""
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.count("&Edit") == 1
    items = [a.text() for a in window.edit_menu.actions()]
    assert {"&Copy", "&Find…", "&Paste as New Article"} <= set(items)


def test_aligned_rows_header_stays_visible_while_scrolling(qtbot, window, seeds):
    """Scrolled down in the aligned rows, a pinned header names each column by letter and source ("A Reuters");
    back at the top it goes."""
    open_seeds(qtbot, window, seeds)
    window.set_view_mode("aligned")
    qtbot.waitUntil(window.aligned_is_drawn)  # drawn a slice per event-loop turn
    view = window.aligned_view
    QApplication.processEvents()
    assert not view.header_pinned()
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    QApplication.processEvents()
    assert view.header_pinned()
    # by letter and source, as the columns' badges and the figures table name them
    assert view.sticky.names == [f"{'AB'[i]} {window.report.articles[i].source}" for i in view.order]
    assert view.sticky.geometry().top() == 0 and view.sticky.isVisible()
    view.verticalScrollBar().setValue(0)
    assert not view.header_pinned()
