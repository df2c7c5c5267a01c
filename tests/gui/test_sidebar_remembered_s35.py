"""The sidebar's figures filters and its chosen tab are as the reader left them after the window is restarted."""

from __future__ import annotations

from gui_helpers import open_and_draw, shown_window
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from reportdiff.core import model as m


def click_box(qtbot, box) -> None:  # type: ignore[no-untyped-def]
    """Tick or untick a check box with the mouse, on its indicator."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.rect().center().y()))


def test_filters_and_tab_come_back_after_a_restart(qtbot, seeds) -> None:  # type: ignore[no-untyped-def]
    """Tick "Single source" on the seeds (8 of their 16 facts one article gives) and choose the Discrepancies &
    quotes tab, quit; the next window shows that tab, the box ticked, and the table lists all 16 facts (before:
    the box unticked, 8 rows, the Figures tab)."""
    first = shown_window(qtbot)
    open_and_draw(qtbot, first, seeds)
    sidebar = first.sidebar
    folded = sidebar.proxy.rowCount()
    click_box(qtbot, sidebar.single_source)
    assert sidebar.single_source.isChecked()
    every = sidebar.proxy.rowCount()
    assert every > folded  # the premise: the seeds have facts one article gives
    tabs = sidebar.tabBar()
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(1).center())
    assert sidebar.currentIndex() == 1
    first.close()
    first.worker.wait(5000)

    second = shown_window(qtbot)
    assert second.sidebar.currentIndex() == 1
    assert second.sidebar.single_source.isChecked()
    assert not second.sidebar.conflicts_only.isChecked()
    open_and_draw(qtbot, second, seeds)
    assert second.sidebar.single_source.isChecked()
    assert second.sidebar.proxy.rowCount() == every
    assert second.sidebar.currentIndex() == 1
    second.close()


def test_conflicts_only_comes_back_after_a_restart(qtbot, tiny_report: m.Report) -> None:  # type: ignore[no-untyped-def]
    """Tick "Conflicts only", quit: the next window has it ticked, "Single source" greyed beside it as when ticked
    by hand, and shows only conflicting facts; untick it, quit: the window after starts unticked again."""
    first = shown_window(qtbot)
    first.show_report(tiny_report)
    qtbot.waitUntil(first.is_drawn)
    click_box(qtbot, first.sidebar.conflicts_only)
    assert first.sidebar.conflicts_only.isChecked()
    first.close()

    second = shown_window(qtbot)
    second.show_report(tiny_report)
    qtbot.waitUntil(second.is_drawn)
    QApplication.processEvents()
    box = second.sidebar.conflicts_only
    assert box.isChecked()
    assert not second.sidebar.single_source.isEnabled()
    proxy = second.sidebar.proxy
    assert proxy.rowCount() == 1 and second.sidebar.model.fact(0).status == m.CONFLICT
    click_box(qtbot, box)
    assert not box.isChecked()
    second.close()

    third = shown_window(qtbot)
    assert not third.sidebar.conflicts_only.isChecked()
    assert third.sidebar.currentIndex() == 0
    third.close()
