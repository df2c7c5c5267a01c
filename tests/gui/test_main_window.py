"""The main window driven as a person would: drop the seeds, read the columns, click, navigate, break things."""

from __future__ import annotations

import re
from pathlib import Path

from gui_helpers import drop_files, open_seeds
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reportdiff.core import model as m
from reportdiff.gui import app, dialogs, prefs
from reportdiff.gui import main_window as mw
from reportdiff.gui.figures_panel import COL_FACT, COL_STATUS, FIRST_ARTICLE_COL, FactRole
from reportdiff.presentation.labels import fact_label


def _ref_containing(report: m.Report, article: int, words: str) -> m.SentenceRef:
    for s in report.articles[article].sentences:
        if words in s.text:
            return m.SentenceRef(article, s.index)
    raise AssertionError(f"no sentence of article {article} contains {words!r}")


def _fact_rows(window: mw.MainWindow) -> list[tuple[str, str, list[str]]]:
    proxy = window.sidebar.proxy
    n_cols = proxy.columnCount()
    return [
        (
            proxy.data(proxy.index(r, COL_FACT)),
            fact_label(proxy.data(proxy.index(r, COL_STATUS), FactRole).status),  # words, or symbols when narrow
            [proxy.data(proxy.index(r, c)) for c in range(FIRST_ARTICLE_COL, n_cols)],
        )
        for r in range(proxy.rowCount())
    ]


def test_empty_window_invites_a_drop_and_offers_the_sample(window):
    """With no files the window shows the drop invitation and an "Open the sample" button, not empty columns."""
    assert window.stack.currentWidget() is window.drop_zone
    assert "drop two or more articles" in window.drop_zone.text.text().lower()
    assert window.drop_zone.sample_button.isVisible()
    assert not window.export_action.isEnabled()


def test_open_the_sample_button_compares_the_seeds(qtbot, window):
    """One click on "Open the sample" shows the two seed articles in columns."""
    with qtbot.waitSignal(window.comparisonDone, timeout=30_000):
        qtbot.mouseClick(window.drop_zone.sample_button, Qt.MouseButton.LeftButton)
    assert len(window.columns) == 2
    assert window.stack.currentWidget() is window.columns_area


def test_dropped_seeds_show_two_columns_with_titles_stats_and_legend(qtbot, window, seeds):
    """Dropping the two seeds draws one column each (title, file, stats) and the legend of bars, tints and marks."""
    open_seeds(qtbot, window, seeds)
    assert [c.article_index for c in window.columns] == [0, 1]
    left, right = window.columns
    assert left.title_label.text().startswith("Russian and Syrian warplanes")
    assert "reuters-syria-airstrikes.txt" in left.source_label.text()
    assert right.title_label.text().startswith("At least 25 dead")
    assert re.fullmatch(r"\d+ sentences · \d+ shared · \d+ unique · \d+ discrepanc(y|ies)", left.stats_label.text())
    assert left.view.isVisible() and right.view.isVisible()
    assert "Terrorists only know the language of force" in left.view.toPlainText()
    assert window.legend.isVisible()
    assert window.legend.labels()[:5] == ["Also reported", "Only here", "Discrepancy", "Changed words", "Boilerplate"]


def test_paragraphs_are_kept(qtbot, window, seeds):
    """Each paragraph of the article is its own block, so the text does not run together."""
    open_seeds(qtbot, window, seeds)
    reuters = window.columns[0].view.document()
    assert reuters.blockCount() == 9  # eight paragraphs and the "REUTERS" line


def test_figures_table_lists_the_seed_figures_as_agreeing(qtbot, window, seeds):
    """The sidebar shows 25, 56 and four million in both articles, each marked agree."""
    open_seeds(qtbot, window, seeds)
    rows = _fact_rows(window)
    for figure in ("25", "56", "four million"):
        match = [r for r in rows if all(figure in v for v in r[2])]
        assert match, f"no row with {figure} in both articles: {rows}"
        assert match[0][1] == "agree"


def test_conflicts_only_hides_agreeing_figures(qtbot, window, seeds):
    """Ticking "Conflicts only" leaves no rows for the seeds, whose figures all agree."""
    open_seeds(qtbot, window, seeds)
    assert window.sidebar.proxy.rowCount() > 0
    window.sidebar.conflicts_only.click()
    assert window.sidebar.proxy.rowCount() == sum(1 for f in window.report.facts if f.status == m.CONFLICT)


def test_clicking_assads_quote_selects_its_counterpart(qtbot, window, seeds):
    """A click on Assad's quote in the Reuters column frames the other wording of it in the Cnews column."""
    open_seeds(qtbot, window, seeds)
    report = window.report
    mine = _ref_containing(report, 0, "Terrorists only know")
    theirs = _ref_containing(report, 1, "Terrorists only understand")
    left, right = window.columns
    point = left.view.point_of(mine)
    qtbot.mouseClick(left.view.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.selected == mine
    assert window.statusBar().currentMessage().startswith("Reuters, paragraph 3: discrepancy")
    assert left.view.marked("selected") == {mine}
    assert right.view.marked("linked") == {theirs}
    rect = right.view.range_rects(*right.view.range_of(theirs))[0]
    top = right.view.verticalScrollBar().value()
    assert top <= rect.top() <= top + right.view.viewport().height()  # scrolled into view


def test_tooltip_tells_similarity_and_the_quote_difference(qtbot, window, seeds):
    """The tooltip of Assad's quote gives the similarity and says the quote wording differs."""
    open_seeds(qtbot, window, seeds)
    ref = _ref_containing(window.report, 0, "Terrorists only know")
    tip = window.columns[0].view.tooltip_provider(ref)
    assert re.search(r"\d+% similar", tip)
    assert "quote wording differs" in tip


def test_f7_walks_the_discrepancies(qtbot, window, tiny_report):
    """F7 goes to the discrepancy and says "Discrepancy 1 of 1"; F8 walks the unique sentences, Shift+F8 back."""
    window.show_report(tiny_report)
    qtbot.waitUntil(window.is_drawn)  # drawn a slice per event-loop turn
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert window.position_text() == "Discrepancy 1 of 1"
    assert window.selected == m.SentenceRef(0, 0)
    assert window.columns[1].view.marked("linked") == {m.SentenceRef(1, 1)}
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.position_text() == "Unique sentence 1 of 2"
    assert window.selected == m.SentenceRef(0, 1)
    qtbot.keyClick(window, Qt.Key.Key_F8)
    assert window.position_text() == "Unique sentence 2 of 2"
    assert window.selected == m.SentenceRef(1, 0)
    qtbot.keyClick(window, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert window.position_text() == "Unique sentence 1 of 2"
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.selected is None
    # Only the always-on boxes of figures in conflict remain.
    assert {mk.style for c in window.columns for mk in c.view.marks()} == {"conflict"}


def test_f7_on_the_seeds_lands_on_assads_quote(qtbot, window, seeds):
    """On the seeds, the discrepancy F7 reaches is Assad's quote, framed in both columns."""
    open_seeds(qtbot, window, seeds)
    n = sum(1 for k in window.report.links if k.kind == m.DISCREPANCY)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    assert window.position_text() == f"Discrepancy 1 of {n}"
    texts = {window.report.sentence(window.selected).text} | {
        window.report.sentence(r).text for r in window.columns[1].view.marked("linked")
    }
    assert any("Terrorists only" in t for t in texts)
    # Pressed right after drawing: the counterpart still ends up on screen once the columns have their size.
    right = window.columns[1].view
    (counterpart,) = right.marked("linked")
    qtbot.waitUntil(lambda: _in_view(right, counterpart), timeout=3000)


def test_selected_sentences_stay_in_view_when_the_window_shrinks(qtbot, window, seeds):
    """After a click on Assad's quote, making the window much smaller re-wraps the text; the quote and its
    counterpart are scrolled back into view rather than left wherever the old scroll position points."""
    open_seeds(qtbot, window, seeds)
    report = window.report
    mine = _ref_containing(report, 0, "Terrorists only know")
    theirs = _ref_containing(report, 1, "Terrorists only understand")
    left = window.columns[0].view
    qtbot.mouseClick(left.viewport(), Qt.MouseButton.LeftButton, pos=left.point_of(mine))
    window.resize(700, 420)
    qtbot.waitUntil(lambda: _in_view(window.columns[1].view, theirs), timeout=3000)
    assert _in_view(left, mine)


def test_hovering_does_not_take_over_the_kept_selection(qtbot, window, seeds):
    """After a click on Assad's quote, hovering a far-away linked sentence and then shrinking the window still
    brings the quote's counterpart back into view, not the hovered sentence's."""
    open_seeds(qtbot, window, seeds)
    report = window.report
    mine = _ref_containing(report, 0, "Terrorists only know")
    theirs = _ref_containing(report, 1, "Terrorists only understand")
    left, right = window.columns[0].view, window.columns[1].view
    qtbot.mouseClick(left.viewport(), Qt.MouseButton.LeftButton, pos=left.point_of(mine))
    far = max(
        (ref for ref in left.refs() if ref != mine and window.linked_refs(ref)),
        key=lambda ref: min(abs(o.sentence - theirs.sentence) for o in window.linked_refs(ref)),
    )
    qtbot.mouseMove(left.viewport(), left.point_of(far))
    assert window.hovered == far
    window.resize(700, 420)
    qtbot.waitUntil(lambda: _in_view(right, theirs), timeout=3000)


def _in_view(view, ref: m.SentenceRef) -> bool:
    rects = view.range_rects(*view.range_of(ref))
    top = view.verticalScrollBar().value()
    return top <= rects[0].top() and rects[-1].bottom() <= top + view.viewport().height()


def test_discrepancies_tab_lists_assads_two_wordings_and_jumps(qtbot, window, seeds):
    """The second sidebar tab names the quote discrepancy and its outlets by letter ("A Reuters"); following its
    link selects the quote in Reuters."""
    open_seeds(qtbot, window, seeds)
    window.sidebar.setCurrentIndex(1)
    text = window.sidebar.notes.toPlainText()
    assert "Discrepancies (1)" in text
    assert "Quotations (" in text and "Assad" in text
    # the outlets by letter and source, as the columns' badges and the HTML name them
    first = next(line for line in text.splitlines() if line.startswith("D1 · "))
    assert "A Reuters" in first and "B cnews-live-syria-airstrikes" in first, first
    assert "· A Reuters" in text or "· B cnews-live-syria-airstrikes" in text  # a quotation's outlet
    index = next(i for i, k in enumerate(window.report.links) if k.kind == m.DISCREPANCY)
    window.sidebar.activate(f"link:{index}")
    assert "Terrorists only know" in window.report.sentence(window.selected).text


def test_dropping_a_binary_file_names_it_and_keeps_the_comparison(qtbot, window, seeds, tmp_path):
    """A binary file dropped on a column gives a message naming it; the two seed columns stay as they were."""
    open_seeds(qtbot, window, seeds)
    before = window.report
    binary = tmp_path / "photo.jpg"
    binary.write_bytes(bytes(range(256)) * 40)
    with qtbot.waitSignal(window.comparisonDone, timeout=30_000):
        mime = drop_files(window.columns[1].view.viewport(), [binary])
    assert "photo.jpg" in window.message_bar.text()
    assert window.message_bar.isVisible()
    assert len(window.columns) == 2
    assert window.report == before
    assert [a.path for a in window.report.articles] == [a.path for a in before.articles]
    assert str(binary) not in window.files
    del mime


def test_reopening_an_edited_file_shows_its_new_text(qtbot, window, tmp_path):
    """Editing one of two open articles and re-opening them from File > Open Recent draws the edited text."""
    first, second = tmp_path / "first.txt", tmp_path / "second.txt"
    first.write_text("Airstrikes on Idlib killed at least 25 people, rescuers said.\n", encoding="utf-8")
    second.write_text("At least 25 people died in airstrikes on Idlib, rescuers said.\n", encoding="utf-8")
    with qtbot.waitSignal(window.comparisonDone, timeout=30_000):
        mime = drop_files(window.drop_zone, [first, second])
    assert "Airstrikes on Idlib" in window.columns[0].view.toPlainText()
    first.write_text("Shelling of Aleppo wounded dozens of civilians overnight.\n", encoding="utf-8")
    with qtbot.waitSignal(window.comparisonDone, timeout=30_000):
        window.recent_menu.actions()[0].trigger()
    assert "Shelling of Aleppo" in window.columns[0].view.toPlainText()
    assert "Airstrikes on Idlib" not in window.columns[0].view.toPlainText()
    del mime


def test_adding_a_third_article_reruns_the_comparison(qtbot, window, seeds, tmp_path):
    """Dropping a third article onto an open comparison re-runs it with three columns."""
    open_seeds(qtbot, window, seeds)
    third = tmp_path / "wire.txt"
    third.write_text(
        "Airstrikes on Idlib killed at least 25 people, rescuers said.\n\n"
        "Assad vowed to crush the rebels after their advance into Aleppo.\n",
        encoding="utf-8",
    )
    with qtbot.waitSignal(window.comparisonDone, timeout=30_000):
        mime = drop_files(window.columns_area.viewport(), [third])
    assert len(window.columns) == 3
    assert window.columns[2].source_label.text() == "wire.txt"
    del mime


def test_too_many_articles_leaves_the_drawn_files_as_the_set(qtbot, window, seeds, tmp_path):
    """A third article over the limit is refused with a message; the comparison's files stay the two drawn."""
    open_seeds(qtbot, window, seeds)
    window.worker.job = "engine_jobs:at_most_two"  # the engine's process runs with a limit of two articles
    third = tmp_path / "wire.txt"
    third.write_text("Airstrikes on Idlib killed at least 25 people, rescuers said.\n", encoding="utf-8")
    with qtbot.waitSignal(window.comparisonDone, timeout=30_000):
        mime = drop_files(window.columns_area.viewport(), [third])
    assert "at most 2" in window.message_bar.text()
    assert len(window.columns) == 2
    assert window.files == [a.path for a in window.report.articles]
    del mime


def test_closing_a_column_leaves_one_article_waiting(qtbot, window, seeds):
    """Closing one of two columns goes back to the drop zone, which names the article still loaded."""
    open_seeds(qtbot, window, seeds)
    qtbot.mouseClick(window.columns[1].close_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.drop_zone
    assert "reuters-syria-airstrikes.txt" in window.drop_zone.text.text()


def test_moving_a_column_swaps_the_articles(qtbot, window, seeds):
    """The › button on the first column moves it to the right."""
    open_seeds(qtbot, window, seeds)
    qtbot.mouseClick(window.columns[0].right_button, Qt.MouseButton.LeftButton)
    assert [c.article_index for c in window.columns] == [1, 0]
    assert window.columns_area.splitter.widget(0) is window.columns[0]
    assert not window.columns[0].left_button.isEnabled()


def test_aligned_rows_put_the_two_quotes_on_one_row(qtbot, window, seeds):
    """In aligned rows, both wordings of Assad's quote sit in the same table row."""
    open_seeds(qtbot, window, seeds)
    qtbot.mouseClick(window.aligned_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.aligned_view
    qtbot.waitUntil(window.aligned_is_drawn)
    mine = _ref_containing(window.report, 0, "Terrorists only know")
    theirs = _ref_containing(window.report, 1, "Terrorists only understand")
    row = next(r for r in window.aligned_view.rows if mine.sentence in r.get(0, []))
    assert theirs.sentence in row.get(1, [])
    view = window.aligned_view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.point_of(mine))
    assert view.marked("linked") == {theirs}


def test_switching_views_shows_no_stale_frames(qtbot, window, seeds):
    """A selection cleared in aligned rows is no longer framed in the columns after switching back."""
    open_seeds(qtbot, window, seeds)
    mine = _ref_containing(window.report, 0, "Terrorists only know")
    left = window.columns[0].view
    qtbot.mouseClick(left.viewport(), Qt.MouseButton.LeftButton, pos=left.point_of(mine))
    assert left.marked("selected") == {mine}
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.aligned_view
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.columns_area
    assert not left.marks() and not window.columns[1].view.marks()


def test_redrawing_aligned_rows_does_not_pile_up_documents(qtbot, window, seeds):
    """Moving a column and looking at aligned rows again, five times, leaves the view with as many documents."""
    from PySide6.QtGui import QTextDocument

    open_seeds(qtbot, window, seeds)
    view = window.aligned_view

    def documents() -> int:
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        return len(view.findChildren(QTextDocument))

    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.aligned_is_drawn)
    first = documents()
    for _ in range(5):
        qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
        qtbot.mouseClick(window.columns[0].right_button, Qt.MouseButton.LeftButton)
        qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(window.aligned_is_drawn)
    assert window.aligned_view.order == [c.article_index for c in window.columns]
    assert documents() == first


def test_clicking_a_figure_row_frames_the_figure_in_each_column(qtbot, window, seeds):
    """Clicking the "four million" row frames that figure in both columns."""
    open_seeds(qtbot, window, seeds)
    table = window.sidebar.table
    proxy = window.sidebar.proxy
    row = next(r for r in range(proxy.rowCount()) if "four million" in proxy.data(proxy.index(r, FIRST_ARTICLE_COL)))
    rect = table.visualRect(proxy.index(row, COL_FACT))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    for column in window.columns:
        figure_marks = [mk for mk in column.view.marks() if mk.style == "figure"]
        assert len(figure_marks) == 1
        cursor = column.view.textCursor()
        cursor.setPosition(figure_marks[0].start)
        cursor.setPosition(figure_marks[0].end, cursor.MoveMode.KeepAnchor)
        assert cursor.selectedText() == "four million"


def test_figure_rows_jump_once_per_click_and_on_arrow_keys(qtbot, window, seeds):
    """One click on a figure row jumps once; the Down arrow jumps to the next row's fact."""
    open_seeds(qtbot, window, seeds)
    table, proxy = window.sidebar.table, window.sidebar.proxy
    assert proxy.rowCount() >= 2
    jumps = []
    window.sidebar.factActivated.connect(jumps.append)
    rect = table.visualRect(proxy.index(0, COL_FACT))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert [f.label for f in jumps] == [proxy.data(proxy.index(0, COL_FACT))]
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert len(jumps) == 2
    assert jumps[1].label == proxy.data(proxy.index(1, COL_FACT))


def test_settings_round_trip(qtbot, window, seeds, isolated_settings):
    """View mode, text size, window size, sidebar width and visibility and last folder come back in a new window."""
    open_seeds(qtbot, window, seeds)
    window.set_view_mode(prefs.VIEW_ALIGNED)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    window.close_comparison()  # two columns and a sidebar do not fit 760 px: the sidebar would fold away
    window.resize(760, 560)  # the offscreen screen is 800 x 800; restoring clamps to it
    window.splitter.setSizes([460, 300])
    sizes = window.splitter.sizes()
    qtbot.keyClick(window, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert not window.sidebar.isVisible()
    window.close()
    assert Path(QSettings().fileName()).parent.parent == isolated_settings  # never the user's own file

    again = mw.MainWindow()
    qtbot.addWidget(again)
    again.show()
    assert again.view_mode == prefs.VIEW_ALIGNED
    assert again.aligned_button.isChecked()
    assert again.point_size == prefs.DEFAULT_POINT_SIZE + 1
    assert (again.width(), again.height()) == (760, 560)
    assert not again.sidebar.isVisible() and not again.sidebar_action.isChecked()
    again.sidebar_action.trigger()  # View > Show Sidebar (the new window is not the active one offscreen)
    assert again.sidebar.isVisible()
    qtbot.waitUntil(lambda: again.splitter.sizes() == sizes, timeout=3000)  # the splitter lays out on its turn
    assert again.last_folder() == str(seeds[0].parent.resolve())
    assert again.recent()[0] == [str(p.resolve()) for p in seeds]


def test_a_stored_text_size_out_of_range_is_clamped(qtbot, isolated_settings):
    """A settings file saying 500 pt (or 0 pt) opens the window at the largest (smallest) text size."""
    for stored, expected in ((500, prefs.MAX_POINT_SIZE), (0, prefs.MIN_POINT_SIZE)):
        QSettings().setValue(prefs.K_POINT_SIZE, stored)
        window = mw.MainWindow()
        qtbot.addWidget(window)
        assert window.point_size == expected


def test_newer_comparison_replaces_a_stale_one(qtbot, window, seeds, tmp_path):
    """Starting a second comparison before the first finishes: only the second one's result is drawn."""
    third = tmp_path / "third.txt"
    third.write_text("At least 25 people were killed in Idlib on Sunday, rescuers said.\n", encoding="utf-8")
    results = []
    window.comparisonDone.connect(results.append)
    window.files = [str(p) for p in seeds]
    window.run_comparison()
    with qtbot.waitSignal(window.comparisonDone, timeout=30_000):
        window.add_paths([third])
    qtbot.wait(300)
    assert len(results) == 1
    assert len(window.columns) == 3


def test_an_engine_crash_becomes_a_dialog(qtbot, window, seeds):
    """An unexpected exception in the engine's process shows an error dialog instead of a traceback."""
    window.worker.job = "engine_jobs:boom"
    with qtbot.waitSignal(window.comparisonFailed, timeout=30_000) as blocker:
        drop_files(window.drop_zone, seeds)
    assert "engine exploded" in blocker.args[0]
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert boxes and "engine exploded" in boxes[0].informativeText()
    for box in boxes:
        box.close()


def test_a_repeated_error_opens_one_box_at_a_time(qtbot, window, monkeypatch):
    """The same error raised three times while its box is open shows one box; after it is closed, a new one."""
    import sys

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    app.install_excepthook(window)

    def boxes() -> list[QMessageBox]:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]

    for _ in range(3):
        try:
            raise ValueError("paint failed")
        except ValueError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    assert len(boxes()) == 1
    boxes()[0].close()
    qtbot.waitUntil(lambda: not boxes(), timeout=3000)
    try:
        raise ValueError("paint failed again")
    except ValueError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    assert len(boxes()) == 1 and "again" in boxes()[0].informativeText()
    boxes()[0].close()


def test_text_size_shortcuts(qtbot, window, seeds):
    """Ctrl+= makes the article text larger, Ctrl+- smaller."""
    open_seeds(qtbot, window, seeds)
    doc = window.columns[0].view.document()
    size = doc.defaultFont().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert doc.defaultFont().pointSizeF() == size + 1
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert doc.defaultFont().pointSizeF() == size - 1


def test_ctrl_w_closes_the_comparison(qtbot, window, seeds):
    """Ctrl+W goes back to the empty window."""
    open_seeds(qtbot, window, seeds)
    qtbot.keyClick(window, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert window.report is None
    assert window.stack.currentWidget() is window.drop_zone


def test_open_dialog_adds_the_chosen_files(qtbot, window, seeds, monkeypatch):
    """File > Open (Ctrl+O) compares the files picked in the dialog."""
    monkeypatch.setattr(dialogs, "ask_open_paths", lambda parent, folder: [str(p) for p in seeds])
    with qtbot.waitSignal(window.comparisonDone, timeout=30_000):
        qtbot.keyClick(window, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    assert len(window.columns) == 2


def test_dropping_a_folder_adds_its_articles(qtbot, window, seeds, tmp_path):
    """A folder dropped on the window brings in the articles inside it, not its README or pictures."""
    folder = tmp_path / "story"
    folder.mkdir()
    for seed in seeds:
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "README.md").write_text("Notes about these articles.\n", encoding="utf-8")
    (folder / "map.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    with qtbot.waitSignal(window.comparisonDone, timeout=30_000):
        mime = drop_files(window.drop_zone, [folder])
    assert sorted(Path(a.path).name for a in window.report.articles) == sorted(p.name for p in seeds)
    assert not window.message_bar.text()
    del mime


def test_dropping_a_folder_without_articles_says_so(qtbot, window, tmp_path):
    """A folder holding only a picture and a README, dropped on the window, gives "No articles found in" it."""
    folder = tmp_path / "pictures"
    folder.mkdir()
    (folder / "README.md").write_text("Notes.\n", encoding="utf-8")
    (folder / "map.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    mime = drop_files(window.drop_zone, [folder])
    assert window.statusBar().currentMessage() == "No articles found in pictures."
    assert window.files == []
    del mime


def test_f7_in_aligned_rows_frames_the_discrepancy_row(qtbot, window, seeds):
    """In aligned rows, F7 frames Assad's quote and its counterpart on the same row of the table."""
    open_seeds(qtbot, window, seeds)
    window.set_view_mode(prefs.VIEW_ALIGNED)
    qtbot.waitUntil(window.aligned_is_drawn)
    qtbot.keyClick(window, Qt.Key.Key_F7)
    view = window.aligned_view
    (selected,) = view.marked("selected")
    (linked,) = view.marked("linked")
    assert {"Terrorists only know", "Terrorists only understand"} <= {
        phrase
        for ref in (selected, linked)
        for phrase in ("Terrorists only know", "Terrorists only understand")
        if phrase in window.report.sentence(ref).text
    }
    rows = [r for r in view.rows if selected.sentence in r.get(selected.article, [])]
    assert len(rows) == 1 and linked.sentence in rows[0].get(linked.article, [])


def test_switching_the_system_to_dark_redraws_in_dark_colours(qtbot, window, seeds):
    """When the application palette turns dark, the columns are redrawn with the dark highlight palette."""
    from PySide6.QtGui import QColor, QPalette

    open_seeds(qtbot, window, seeds)
    assert not window.pal.dark
    app = QApplication.instance()
    light = app.palette()
    dark = QPalette(light)
    for role, colour in (
        (QPalette.ColorRole.Window, "#2b2d30"),
        (QPalette.ColorRole.Base, "#1e1f22"),
        (QPalette.ColorRole.Text, "#dfe1e5"),
        (QPalette.ColorRole.WindowText, "#dfe1e5"),
    ):
        dark.setColor(role, QColor(colour))
    try:
        app.setPalette(dark)
        qtbot.waitUntil(lambda: window.pal.dark, timeout=3000)
        qtbot.waitUntil(window.is_drawn)  # redrawn a slice per event-loop turn
        assert window.columns[0].view.palette_.dark
        assert len(window.columns) == 2
    finally:
        app.setPalette(light)


def test_switching_to_dark_keeps_the_column_order(qtbot, window, seeds):
    """A column moved to the right stays there when the application palette turns dark and the columns redraw."""
    from PySide6.QtGui import QColor, QPalette

    open_seeds(qtbot, window, seeds)
    qtbot.mouseClick(window.columns[0].right_button, Qt.MouseButton.LeftButton)
    assert [c.article_index for c in window.columns] == [1, 0]
    app = QApplication.instance()
    light = app.palette()
    dark = QPalette(light)
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
        dark.setColor(role, QColor("#1e1f22"))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
        dark.setColor(role, QColor("#dfe1e5"))
    try:
        app.setPalette(dark)  # reaches the window as ApplicationPaletteChange / PaletteChange
        qtbot.waitUntil(lambda: window.pal.dark and window.columns[0].view.palette_.dark, timeout=3000)
        qtbot.waitUntil(window.is_drawn, timeout=3000)
        assert [c.article_index for c in window.columns] == [1, 0]
        assert window.order == [1, 0]
    finally:
        app.setPalette(light)


def test_progress_shows_while_comparing_and_the_window_answers(qtbot, window, seeds):
    """While the seeds compare, a progress bar shows and the window still handles events; it goes when done."""
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(1)
    with qtbot.waitSignal(window.comparisonDone, timeout=30_000):
        window.add_paths(seeds)
        assert window.progress_bar.isVisible()
        assert window.worker.is_busy()
    timer.stop()
    assert ticks  # the event loop ran during the comparison: the UI thread was not blocked by it
    assert not window.progress_bar.isVisible()
