"""With the keyboard alone (session 37's pass): Tab into an article and the text cursor starts at the top of what is
shown (it was left at the document's end, and the first arrow key scrolled the article to its last line); Enter
selects the sentence at the text cursor, as a click does (before, only F6-F8's discrepancies and unique sentences
could be chosen); a selected sentence's counterparts in another article are brought into view together where they
fit (the seeds' "The region, home to approximately four million ..." has two in the other article: the closest was
centred, the other left cut at the top edge)."""

from __future__ import annotations

from gui_helpers import shown_report
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from reportdiff.core import model as m
from reportdiff.core.compare import compare_files


def test_tab_in_then_enter_selects_the_sentence_at_the_top(qtbot, seeds) -> None:  # type: ignore[no-untyped-def]
    window = shown_report(qtbot, compare_files([str(p) for p in seeds]))
    view = window.column_for(0).view
    bar = view.verticalScrollBar()
    assert bar.value() == 0
    view.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    QTest.keyClick(view, Qt.Key.Key_Down)  # one line down: still the first sentence's
    QApplication.processEvents()
    assert bar.value() == 0  # no jump to the article's end
    QTest.keyClick(view, Qt.Key.Key_Return)
    QApplication.processEvents()
    assert window.selected == m.SentenceRef(0, 0), window.selected
    assert window.statusBar().currentMessage().startswith("Reuters")  # described as a click describes it


def test_counterparts_come_into_view_together(qtbot, seeds) -> None:  # type: ignore[no-untyped-def]
    report = compare_files([str(p) for p in seeds])
    window = shown_report(qtbot, report)
    ref = next(
        m.SentenceRef(0, s.index) for s in report.articles[0].sentences if s.text.startswith("The region, home to")
    )
    others = window.linked_refs(ref)
    assert len(others) == 2 and {o.article for o in others} == {1}
    view = window.column_for(0).view
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, view.point_of(ref))
    qtbot.waitUntil(lambda: window.selected == ref)
    QApplication.processEvents()
    other = window.column_for(1).view
    top, height = other.verticalScrollBar().value(), other.viewport().height()
    for counterpart in others:
        rects = other.range_rects(*other.range_of(counterpart))
        assert top <= rects[0].top() and rects[-1].bottom() <= top + height, (counterpart, top, height)
