"""Drawing a long report a slice at a time: a new report or a closing window mid-drawing, one long paragraph cut
into blocks with every sentence still where the view says, aligned rows filled in slices."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from reportdiff.core import model as m
from reportdiff.core.compare import compare
from reportdiff.core.load import load_article
from reportdiff.gui import article_view
from reportdiff.gui.main_window import MainWindow
from reportdiff.gui.sentence_view import SentenceView

PLACES = ["Riverton", "Oakfield", "Mill Creek", "Harbour Point", "Eastgate", "Stonebridge", "Lakeside", "Fairview"]


def _texts(n: int, one_paragraph: bool) -> tuple[str, str]:
    """Two reports of ``n`` sentences each: most shared (some with another figure), some of each one's own."""
    a, b = [], []
    for i in range(n):
        place = PLACES[i % len(PLACES)]
        a.append(f"Officials in {place} said {i % 40 + 2} people were hurt on road {i} after the storm.")
        if i % 5 == 0:
            b.append(f"Residents of {place} counted {i % 40 + 9} injured near road {i} once the storm passed.")
        elif i % 7 == 0:
            b.append(f"A school in {place} stayed shut for day {i}, its head teacher said.")
        else:
            b.append(f"Officials in {place} said {i % 40 + 2} people were hurt on road {i} after the storm.")
    if one_paragraph:
        return "Storm report\n\n" + " ".join(a) + "\n", "Storm news\n\n" + " ".join(b) + "\n"
    return (
        "Storm report\n\n" + "\n\n".join(" ".join(a[k : k + 3]) for k in range(0, n, 3)) + "\n",
        "Storm news\n\n" + "\n\n".join(" ".join(b[k : k + 3]) for k in range(0, n, 3)) + "\n",
    )


def _report(folder: Path, n: int, one_paragraph: bool) -> m.Report:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in zip(("a.txt", "b.txt"), _texts(n, one_paragraph), strict=True):
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(folder / name)
    return compare([load_article(str(p)) for p in paths])


@pytest.fixture(scope="module")
def long_report(tmp_path_factory: pytest.TempPathFactory) -> m.Report:
    """Two 600-sentence reports in short paragraphs: too long to draw in one event-loop turn."""
    return _report(tmp_path_factory.mktemp("long"), 600, one_paragraph=False)


@pytest.fixture(scope="module")
def paragraph_report(tmp_path_factory: pytest.TempPathFactory) -> m.Report:
    """Two reports of 300 sentences each, all in one paragraph (about 24,000 characters)."""
    return _report(tmp_path_factory.mktemp("paragraph"), 300, one_paragraph=True)


def test_a_new_report_mid_drawing_replaces_the_old_one(qtbot, window: MainWindow, long_report, tiny_report):
    """A report shown while a long one is still being drawn: only the new one's columns, text and facts remain."""
    window.show_report(long_report)
    assert not window.is_drawn()  # 600 sentences a column are not drawn in one turn
    for _ in range(3):
        QApplication.processEvents()
    window.show_report(tiny_report)
    qtbot.waitUntil(window.is_drawn, timeout=10_000)
    for _ in range(20):
        QApplication.processEvents()  # any slice of the old drawing still queued would run now
    assert window.columns_area.splitter.count() == len(window.columns) == 2
    left, right = (c.view.toPlainText() for c in window.columns)
    assert left.startswith("Police said 25") and "25 ≠ 31 Herald B" in left and "storm" not in left
    assert right.startswith("A witness saw it.") and right.endswith("Roads were closed.")
    assert window.sidebar.model.rowCount() == len(tiny_report.facts)
    assert window.summary_label.text() and "600" not in window.summary_label.text()


def test_closing_the_window_mid_drawing_stops_the_drawing(qtbot, isolated_settings, long_report):
    """Closing (and deleting) the window while a long report is drawn: no slice runs after, nothing raises."""
    win = MainWindow()
    win.resize(1000, 700)
    win.show()
    win.show_report(long_report)
    QApplication.processEvents()
    assert win.slices.running("draw")
    win.close()
    assert not win.slices.running("draw")
    win.deleteLater()
    for _ in range(30):  # pytest-qt fails the test on an exception raised inside a Qt callback
        QApplication.processEvents()
    qtbot.wait(50)


def test_aligned_rows_asked_for_mid_drawing_are_drawn_for_the_newest_report(qtbot, window, long_report, tiny_report):
    """Switching to aligned rows while a long report draws, then showing another: the rows are the new report's."""
    window.show_report(long_report)
    window.set_view_mode("aligned", remember=False)
    QApplication.processEvents()
    window.show_report(tiny_report)
    qtbot.waitUntil(lambda: window.is_drawn() and window.aligned_is_drawn(), timeout=10_000)
    view = window.aligned_view
    assert sorted(ref for ref in view.refs()) == [ref for ref, _ in tiny_report.iter_sentences()]
    assert "Police said 25" in view.toPlainText() and "Officials said 31" in view.toPlainText()


def test_one_long_paragraph_is_cut_into_blocks_and_every_sentence_stays_where_the_view_says(
    qtbot, window, paragraph_report
):
    """A 24,000-character paragraph becomes several blocks at sentence starts; each sentence's document range
    still holds exactly its text, badges aside; a figure's range holds the figure."""
    window.show_report(paragraph_report)
    qtbot.waitUntil(window.is_drawn, timeout=20_000)
    view = window.columns[0].view
    article = paragraph_report.articles[0]
    body = max(len(line) for line in article.text.split("\n"))
    assert body > 4 * article_view.LONG_LINE_CHARS
    assert view.document().blockCount() >= body // article_view.LONG_LINE_CHARS  # cut, not one block

    def text_at(a: int, b: int, in_view: SentenceView = view) -> str:
        cursor = QTextCursor(in_view.document())
        cursor.setPosition(a)
        cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
        return cursor.selectedText()

    badges = 0
    for sentence in article.sentences:
        ref = m.SentenceRef(0, sentence.index)
        rng = view.range_of(ref)
        assert rng is not None
        shown = text_at(*rng)
        for at, n in reversed(view.sentence_badges.get(ref, [])):
            shown = shown[:at] + shown[at + n :]  # the "≠" badges after conflicting figures are not article text
            badges += 1
        assert shown == sentence.text
    assert badges  # some figures conflict, so the badge bookkeeping was exercised
    for figure in paragraph_report.figures[::7]:  # both articles, every block
        ref = m.SentenceRef(figure.article, figure.sentence)
        column = window.column_for(figure.article)
        assert column is not None
        rng = column.view.offset_range(paragraph_report, ref, figure.start, figure.end)
        assert rng is not None and text_at(*rng, column.view) == figure.text


def test_a_handler_that_runs_the_event_loop_when_the_drawing_is_announced(qtbot, window, seeds):
    """A comparisonDone handler calling processEvents (a screenshot, a test) does not re-enter the drawing."""
    seen = []

    def handler(result: object) -> None:
        QApplication.processEvents()  # the drawing's own step is still on the stack here
        seen.append(window.is_drawn())

    window.comparisonDone.connect(handler)
    with qtbot.waitSignal(window.comparisonDone, timeout=30_000):
        window.add_paths([str(p) for p in seeds])
    qtbot.waitUntil(window.is_drawn)
    assert seen and len(window.columns) == 2


def test_the_notes_tab_opens_at_its_top_after_a_sliced_fill(qtbot, window, long_report):
    """The Discrepancies & quotes tab, filled entry by entry, shows its first heading, not its last entry."""
    window.show_report(long_report)
    qtbot.waitUntil(window.is_drawn, timeout=20_000)
    notes = window.sidebar.notes
    window.sidebar.setCurrentWidget(notes)
    QApplication.processEvents()
    assert notes.toPlainText().startswith("Discrepancies (")
    assert notes.textCursor().position() == 0 and notes.verticalScrollBar().value() == 0


def test_a_redraw_deletes_the_previous_columns(qtbot, window: MainWindow, tiny_report: m.Report) -> None:
    """Drawing a report again (a new palette, the heat map) leaves only the new drawing's columns and splitter:
    the old ones, hidden at once, are deleted a slice at a time, none left behind."""
    from PySide6.QtWidgets import QSplitter

    from reportdiff.gui.column import ArticleColumn

    window.show_report(tiny_report)
    qtbot.waitUntil(window.is_drawn, timeout=10_000)
    first = list(window.columns)
    window._redraw()
    assert all(not c.isVisible() for c in first)  # hidden before the new drawing starts
    qtbot.waitUntil(window.is_drawn, timeout=10_000)
    qtbot.waitUntil(lambda: len(window.findChildren(ArticleColumn)) == 2, timeout=10_000)
    assert set(window.findChildren(ArticleColumn)) == set(window.columns)
    splitters = [s for s in window.columns_area.holder.findChildren(QSplitter) if s.objectName() == "columnsSplitter"]
    assert splitters == [window.columns_area.splitter]
    assert window.columns_area.splitter.count() == 2 and window.columns[0].view.toPlainText().startswith("Police")


def test_other_timers_fire_between_slices(qapp: QApplication) -> None:
    """A long job's slices let the window's other timers run between them (a slice per turn, never 3-4 in a row)."""
    import itertools
    import time

    from PySide6.QtCore import QTimer

    from reportdiff.gui.slices import Slices

    turns: list[float] = []
    ticks: list[float] = []

    def job() -> object:
        for _ in range(8):
            turns.append(time.perf_counter())
            time.sleep(0.012)  # longer than the budget: one step per slice
            yield

    slices = Slices(None, budget_s=0.005)
    heart = QTimer()
    heart.setInterval(1)
    heart.timeout.connect(lambda: ticks.append(time.perf_counter()))
    heart.start()
    slices.start("job", job())
    deadline = time.perf_counter() + 5
    while slices.running("job") and time.perf_counter() < deadline:
        qapp.processEvents()
    heart.stop()
    assert len(turns) == 8
    # Between every two slices the 1 ms timer (due long before) fired at least once.
    between = [any(a < t < b for t in ticks) for a, b in itertools.pairwise(turns)]
    assert all(between), between
