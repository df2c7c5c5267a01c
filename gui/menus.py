"""The window's menu bar and its actions: the one place a menu item is added.

``build_menus(window)`` creates every QAction as an attribute of the window (``window.export_action``), with its
shortcut, and connects it to a window method; it decides nothing else. To add an item: create it here with
``_action(menu, text, slot, shortcut)`` next to its neighbours; say in ``Actions enabled`` (``update_actions``)
when it does nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMenu

from .prefs import VIEW_ALIGNED, VIEW_COLUMNS

if TYPE_CHECKING:
    from .main_window import MainWindow


def unique_keys(*keys: str | QKeySequence.StandardKey) -> list[QKeySequence]:
    """Shortcuts without repeats: the platform's ZoomOut is often Ctrl+- already, and a repeat is "ambiguous"."""
    out: list[QKeySequence] = []
    for key in keys:
        seqs = QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)]
        out.extend(seq for seq in seqs if not seq.isEmpty() and seq not in out)
    return out


def _action(
    window: MainWindow,
    menu: QMenu,
    text: str,
    slot: Callable[[], object],
    shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
) -> QAction:
    action = QAction(text, window)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.triggered.connect(lambda _=False: slot())
    menu.addAction(action)
    return action


def build_menus(w: MainWindow) -> None:
    """File, Edit, View, Go and Help menus on ``w``'s menu bar."""
    bar = w.menuBar()

    file_menu = bar.addMenu("&File")
    w.file_menu = file_menu
    w.open_action = _action(w, file_menu, "&Open Articles…", w.open_dialog, QKeySequence.StandardKey.Open)
    w.recent_menu = file_menu.addMenu("Open &Recent")
    _action(w, file_menu, "Open the &Sample", w.open_sample)
    w.reload_action = _action(w, file_menu, "Re&load Changed Articles", w.reload, "F5")
    w.reload_action.setShortcuts(unique_keys("F5", "Ctrl+R", QKeySequence.StandardKey.Refresh))
    w.reload_action.setToolTip("Read again the articles whose files changed on disk, and compare again")
    file_menu.addSeparator()
    w.export_action = _action(w, file_menu, "&Export PDF…", w.export_pdf, "Ctrl+E")
    w.export_html_action = _action(w, file_menu, "Export &HTML…", w.export_html)
    w.export_json_action = _action(w, file_menu, "Export &JSON…", w.export_json)
    file_menu.addSeparator()
    w.close_action = _action(w, file_menu, "&Close Comparison", w.close_comparison, "Ctrl+W")
    w.quit_action = _action(w, file_menu, "&Quit", w.close, "Ctrl+Q")
    w.quit_action.setMenuRole(QAction.MenuRole.QuitRole)

    edit_menu = bar.addMenu("&Edit")
    edit_menu.setObjectName("editMenu")  # gui/inputs.py adds Paste as New Article to it
    w.edit_menu = edit_menu
    w.undo_action = _action(w, edit_menu, "&Undo", w.undo, QKeySequence.StandardKey.Undo)
    edit_menu.addSeparator()
    w.copy_action = _action(w, edit_menu, "&Copy", w.copy, QKeySequence.StandardKey.Copy)
    edit_menu.addSeparator()
    w.find_action = _action(w, edit_menu, "&Find…", w.open_find, QKeySequence.StandardKey.Find)
    w.find_next_action = _action(w, edit_menu, "Find &Next", lambda: w.find_step(1), "F3")
    w.find_prev_action = _action(w, edit_menu, "Find &Previous", lambda: w.find_step(-1), "Shift+F3")

    view_menu = bar.addMenu("&View")
    w.view_menu = view_menu
    w.columns_action = _action(w, view_menu, "&Side by Side", lambda: w.set_view_mode(VIEW_COLUMNS), "Ctrl+1")
    w.aligned_action = _action(w, view_menu, "&Aligned Rows", lambda: w.set_view_mode(VIEW_ALIGNED), "Ctrl+2")
    w.layout_group = QActionGroup(w)  # radio items: one layout at a time
    w.layout_group.setExclusive(True)
    for action in (w.columns_action, w.aligned_action):
        action.setCheckable(True)
        w.layout_group.addAction(action)
    w.columns_action.setChecked(w.view_mode == VIEW_COLUMNS)
    w.aligned_action.setChecked(w.view_mode == VIEW_ALIGNED)
    view_menu.addSeparator()
    w.heat_action = _action(w, view_menu, "&Heat Map: Tint What Fewer Sources Report", w.toggle_heat_map, "Ctrl+H")
    w.heat_action.setCheckable(True)
    w.heat_action.setChecked(w.prefs.heat_map)
    view_menu.addSeparator()
    larger = _action(w, view_menu, "&Larger Text", lambda: w.zoom(1), "Ctrl+=")
    larger.setShortcuts(unique_keys("Ctrl+=", "Ctrl++", QKeySequence.StandardKey.ZoomIn))
    smaller = _action(w, view_menu, "S&maller Text", lambda: w.zoom(-1), "Ctrl+-")
    smaller.setShortcuts(unique_keys("Ctrl+-", QKeySequence.StandardKey.ZoomOut))
    _action(w, view_menu, "&Reset Text Size", lambda: w.zoom(0), "Ctrl+0")
    view_menu.addSeparator()
    w.sidebar_action = _action(w, view_menu, "Show Side&bar", w.toggle_sidebar, "Ctrl+B")
    w.sidebar_action.setCheckable(True)
    w.sidebar_action.setChecked(True)
    w.fullscreen_action = _action(w, view_menu, "&Full Screen", w.toggle_full_screen, "F11")

    go_menu = bar.addMenu("&Go")
    w.go_menu = go_menu
    w.next_conflict_action = _action(w, go_menu, "Next Figure &Conflict", lambda: w.step("conflict", 1), "F6")
    w.prev_conflict_action = _action(
        w, go_menu, "Previous Figure Co&nflict", lambda: w.step("conflict", -1), "Shift+F6"
    )
    w.next_discrepancy_action = _action(w, go_menu, "&Next Discrepancy", lambda: w.step("discrepancy", 1), "F7")
    w.prev_discrepancy_action = _action(
        w, go_menu, "&Previous Discrepancy", lambda: w.step("discrepancy", -1), "Shift+F7"
    )
    w.next_unique_action = _action(w, go_menu, "Next &Unique Sentence", lambda: w.step("unique", 1), "F8")
    w.prev_unique_action = _action(w, go_menu, "Previous U&nique Sentence", lambda: w.step("unique", -1), "Shift+F8")
    go_menu.addSeparator()
    _action(w, go_menu, "&Clear Selection", w.clear_selection, "Esc")

    help_menu = bar.addMenu("&Help")
    w.help_menu = help_menu
    w.keys_action = _action(w, help_menu, "&Keys and Colours", w.show_keys, QKeySequence.StandardKey.HelpContents)
    help_menu.addSeparator()
    _action(w, help_menu, "&About ReportDiff", w.about)
