"""What a newsroom ran into in review s23 (/work/notes/review-s23.md), driven as a person would: Copy and Find see
the articles' text, never the conflict badges (F7); badges name only values that differ from the figure's own,
in the columns, the PDF and the HTML alike (F4); the sidebar at 1366×768 tells a conflict from a compatible
figure (F19); a reopened comparison keeps each outlet's name (F18); an article corrected on disk is read again (F14)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from gui_helpers import drop_files, open_and_draw, wait_export, write_texts
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from reportdiff.core import model as m
from reportdiff.core.compare import compare_files
from reportdiff.gui import dialogs
from reportdiff.gui.figures_panel import CELL_PADDING_PX, COL_FACT, COL_STATUS, DECORATION_PX
from reportdiff.gui.main_window import SIDEBAR_MIN, MainWindow
from reportdiff.gui.pdf import write_pdf
from reportdiff.gui.sentence_view import is_badge
from reportdiff.presentation.docmodel import build_document

WAIT = 60_000
TOOLTIP = Qt.ItemDataRole.ToolTipRole
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


def test_copy_of_a_selected_sentence_leaves_the_badge_out(qtbot, window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Click into the agency's sentence, select it with Shift+End, Ctrl+C: the clipboard holds what the agency
    wrote, not "42 42 ≠ 40 …" (F7), in the columns and in the aligned rows."""
    files = write_texts(tmp_path / "story", {"meridian.txt": AGENCY, "ledger.txt": REWRITE})
    open_and_draw(qtbot, window, files)
    for mode_key in (Qt.Key.Key_1, Qt.Key.Key_2):
        qtbot.keyClick(window, mode_key, CTRL)
        # drawn, with the badge beside the figure
        qtbot.waitUntil(lambda: window.is_drawn() and "≠" in window.views()[0].toPlainText(), timeout=WAIT)
        view = window.views()[0]
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
    files = write_texts(tmp_path / "story", {"meridian.txt": AGENCY, "ledger.txt": REWRITE})
    open_and_draw(qtbot, window, files)
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


# One toll told four ways by three outlets: 17 and "at least 17" (the agency), 19 (a later update), "Seventeen"
# and 17 (a rewrite). Only 19 disagrees with 17.
TOLL = {
    "meridian.txt": "Ferry capsizes on Lake Tamsin, killing 17\n\nKELLFORD - A passenger ferry capsized on Lake "
    "Tamsin early on Tuesday, killing at least 17 people, police said.\n\nRescuers pulled 42 people from the water "
    "alive.\n",
    "ledger.txt": "Lake Tamsin ferry disaster: death toll rises to 19\n\nA passenger ferry capsized on Lake Tamsin "
    "early on Tuesday, killing 19 people, police said.\n\nRescuers pulled 42 people from the water alive.\n",
    "star.txt": "Lake Tamsin: 17 killed\n\nKELLFORD - Seventeen people were killed when a passenger ferry capsized "
    "on Lake Tamsin early on Tuesday, police said.\n\nRescuers pulled 42 people from the water alive.\n",
}
# What the badges said before (review s23 F4): values equal to the figure's own listed after "≠".
OLD_BADGES = ("17 ≠ 17", "Seventeen ≠ 17", "19 B, 17, Seventeen C", "19 ≠ 17, at least 17 A")


def badges_of(window: MainWindow) -> list[str]:
    """The badge texts drawn in the columns, in reading order."""
    out = []
    for view in window.views():
        block = view.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                frag = it.fragment()
                if is_badge(frag.charFormat()):
                    out.append(frag.text().strip("\u2009 "))
                it += 1
            block = block.next()
    return out


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_badges_name_only_values_that_differ(qtbot, window: MainWindow, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The three outlets' tolls: the columns' badges read "17 ≠ 19 ledger" and "Seventeen ≠ 19 ledger", never
    "17 ≠ 17" nor "Seventeen ≠ 17" (F4); Export PDF and Export HTML, read back, say the same."""
    files = write_texts(tmp_path / "story", TOLL)
    open_and_draw(qtbot, window, files)
    badges = badges_of(window)
    assert "17 ≠ 19 ledger" in badges and "Seventeen ≠ 19 ledger" in badges, badges
    assert "19 ≠ 17 meridian, 17 star" in badges, badges  # "at least 17" allows 19: not named against it
    assert not [b for b in badges if any(old in b for old in ("17 ≠ 17", "Seventeen ≠ 17", "17, Seventeen"))]
    pdf_path, html_path = tmp_path / "story.pdf", tmp_path / "story.html"
    monkeypatch.setattr(dialogs, "ask_pdf_path", lambda parent, suggested, size: (str(pdf_path), "A4"))
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    wait_export(qtbot, window)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(html_path))
    window.export_html_action.trigger()
    wait_export(qtbot, window)
    text = subprocess.run(["pdftotext", "-raw", str(pdf_path), "-"], capture_output=True, text=True, check=True).stdout
    page = html_path.read_text(encoding="utf-8")
    for surface in (re.sub(r"\s+", " ", text), re.sub(r"<[^>]+>", "", page)):
        assert "17 ≠ 19 B" in surface and "Seventeen ≠ 19 B" in surface and "19 ≠ 17 A, 17 C" in surface
        assert not [old for old in OLD_BADGES if old in surface]


def five_outlets() -> m.Report:
    """Five outlets by hand, one sentence each: a conflict (17 vs 19 killed), a compatible pair (about 6:40 and
    6:45), an agreement (68 passengers)."""
    names = ["Meridian", "The Daily Ledger", "Coastline Post", "Northern Star", "Radio Kell"]
    tolls = ["17", "19", "17", "17", "17"]
    articles, figures = [], []
    for i, (name, toll) in enumerate(zip(names, tolls, strict=True)):
        text = f"A ferry sank at about 6:4{i % 2 * 5} a.m. with 68 passengers, killing {toll} people."
        articles.append(m.Article(i, f"/news/{i}.txt", "Ferry", text, name,
                                  (m.Sentence(0, text, 0, len(text), m.DISCREPANCY),)))
        for value, kind in ((toll, "killed"), ("68", "passengers"), (f"6:4{i % 2 * 5}", "time")):
            at = text.index(value)
            number = float(value.replace(":", "")) if kind == "time" else float(value)
            figures.append(m.Figure(len(figures), i, 0, value, number, at, at + len(value),
                                    counts=kind if kind != "time" else "", unit="time" if kind == "time" else ""))
    facts = (
        m.Fact(0, "people killed", m.CONFLICT, tuple(range(0, 15, 3)), "17 vs 19 killed"),
        m.Fact(1, "time 06:40", m.COMPATIBLE, tuple(range(2, 15, 3))),
        m.Fact(2, "68 passengers", m.AGREE, tuple(range(1, 15, 3))),
    )
    return m.Report(tuple(articles), (), tuple(figures), facts)


def shown_whole(table, row: int, col: int) -> bool:  # type: ignore[no-untyped-def]
    """Whether the cell's text fits its column (a cut one reads "con…")."""
    return visible(table, row, col) == table.model().index(row, col).data()


def visible(table, row: int, col: int) -> str:  # type: ignore[no-untyped-def]
    """The cell's text as drawn: cut with "…" where its column is too narrow."""
    index = table.model().index(row, col)
    icon = DECORATION_PX if index.data(Qt.ItemDataRole.DecorationRole) is not None else 0
    room = table.columnWidth(col) - CELL_PADDING_PX - icon
    return table.fontMetrics().elidedText(index.data(), Qt.TextElideMode.ElideRight, room)


def test_the_sidebar_tells_conflict_from_compatible_at_1366(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    """Five outlets at 1366×768: the statuses read apart (conflict whole, never "con…" for both); the sidebar dragged
    to its narrowest, they are symbols beside their chips (≠ ≈ =), the summary line saying what they mean; facts like
    "68 passengers" read whole, and both tab names show (F19: "Discrepancies & quo…" beside scroll arrows); widened,
    the words come back."""
    window.resize(1366, 768)
    window.show_report(five_outlets())
    qtbot.waitUntil(window.is_drawn)
    sidebar, table = window.sidebar, window.sidebar.table
    for side in (sidebar.width(), SIDEBAR_MIN):
        total = sum(window.splitter.sizes())
        window.splitter.setSizes([total - side, side])
        qtbot.wait(50)
        statuses = [visible(table, r, COL_STATUS) for r in range(table.model().rowCount())]
        assert len(set(statuses)) == 3 and statuses[0] in ("conflict", "≠"), statuses
        assert all(shown_whole(table, r, COL_FACT) for r in range(3))
        assert sidebar.tabBar().sizeHint().width() <= sidebar.width()  # no scroll arrows, no cut name
    assert statuses == ["≠", "≈", "="] and table.is_narrow
    summary = sidebar.figures_summary.text()
    assert "≠ 1 conflict" in summary and "≈ 1 compatible" in summary
    total = sum(window.splitter.sizes())
    window.splitter.setSizes([total - 700, 700])
    qtbot.waitUntil(lambda: not table.is_narrow)
    assert [table.model().index(r, COL_STATUS).data() for r in range(3)][:2] == ["conflict", "compatible, not equal"]
    assert shown_whole(table, 0, COL_STATUS)
    assert sidebar.tabText(1) == "Discrepancies && quotes"


LEDGER_PAGE = """<!doctype html><html><head><title>Ferry toll rises | The Daily Ledger</title>
<meta property="og:site_name" content="The Daily Ledger"></head><body><article>
<h1>Lake Tamsin ferry disaster: death toll rises to 19</h1>
<p>A passenger ferry capsized on Lake Tamsin early on Tuesday, killing 19 people, police said.</p>
<p>Rescuers pulled 40 people from the water alive, coastguard spokesman Pavel Dorn told reporters.</p>
<p>The ferry was built in 1987 and operated by Tamsin Lines.</p>
</article></body></html>"""


def test_a_reopened_comparison_keeps_the_outlets_name(qtbot, window: MainWindow, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Compare the agency with The Daily Ledger's page (named by its og:site_name), Ctrl+S, Ctrl+W, drop the
    .reportdiff on the window: the column, the figures table and the report still say "The Daily Ledger", not
    "ledger" (F18)."""
    story = tmp_path / "story"
    files = write_texts(story, {"meridian.txt": AGENCY, "ledger.html": LEDGER_PAGE})
    open_and_draw(qtbot, window, files)
    assert [a.source for a in window.report.articles] == ["meridian", "The Daily Ledger"]
    session = story / "ferry.reportdiff"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(session))
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_W, CTRL)
    assert window.report is None
    with qtbot.waitSignal(window.comparisonDone, timeout=WAIT):
        mime = drop_files(window.drop_zone, [session])
    del mime
    qtbot.waitUntil(window.is_drawn, timeout=WAIT)
    assert [a.source for a in window.report.articles] == ["meridian", "The Daily Ledger"]
    assert window.columns[1].source_label.text().startswith("The Daily Ledger")
    # The figures table heads its column by its letter and the outlet, as far as the column's width allows
    # ("B The Daily Led…", "B"), the whole name in its tooltip.
    header = window.sidebar.model.headerData(3, Qt.Orientation.Horizontal)
    assert header == "B" or ("B The Daily Ledger".startswith(header.rstrip("…")) and len(header) > 4), header
    assert "The Daily Ledger" in window.sidebar.model.headerData(3, Qt.Orientation.Horizontal, TOOLTIP)


def test_reload_reads_a_corrected_article_again(qtbot, window: MainWindow, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The rewrite is corrected on disk (40 -> 42 rescued): F5 reads it again and the conflict is gone; F5 with
    nothing changed says so and compares nothing; a corrected file dropped again is read again too, where it
    used to be "already in the comparison" (F14); a file gone from disk gets a dialog, and what is shown stays."""
    files = write_texts(tmp_path / "story", {"meridian.txt": AGENCY, "ledger.txt": REWRITE})
    open_and_draw(qtbot, window, files)
    assert "40" in window.report.articles[1].text and any(f.status == m.CONFLICT for f in window.report.facts)
    files[1].write_text(REWRITE.replace("pulled 40", "pulled 42"), encoding="utf-8")
    with qtbot.waitSignal(window.comparisonDone, timeout=WAIT):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert "pulled 42" in window.report.articles[1].text
    assert not any(f.status == m.CONFLICT for f in window.report.facts)
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert not window.worker.is_busy()
    assert "No article has changed" in window.statusBar().currentMessage()
    files[1].write_text(REWRITE.replace("pulled 40", "pulled 45"), encoding="utf-8")
    with qtbot.waitSignal(window.comparisonDone, timeout=WAIT):
        mime = drop_files(window.columns[0].view.viewport(), [files[1]])
    del mime
    assert "pulled 45" in window.report.articles[1].text
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    files[1].unlink()
    qtbot.keyClick(window, Qt.Key.Key_F5)
    assert not window.worker.is_busy() and warned and "ledger.txt is no longer where it was read from" in warned[0]
    assert "pulled 45" in window.report.articles[1].text


def column_files(window: MainWindow) -> list[str]:
    """The columns' files, left to right."""
    return [Path(window.report.articles[c.article_index].path).name for c in window.columns]


def test_undo_and_reload_keep_the_columns_where_the_reader_put_them(qtbot, window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Three outlets; the agency's column moved to the middle with its ›; the last column closed with its ×, then
    Edit > Undo: it comes back where it stood, not at the end (review s23 Minor); the middle one closed and brought
    back; F5 after a correction on disk keeps the order too."""
    texts = {"meridian.txt": AGENCY, "ledger.txt": REWRITE, "star.txt": TOLL["star.txt"]}
    files = write_texts(tmp_path / "story", texts)
    open_and_draw(qtbot, window, files)
    qtbot.mouseClick(window.columns[0].right_button, Qt.MouseButton.LeftButton)
    assert column_files(window) == ["ledger.txt", "meridian.txt", "star.txt"]
    for closing in (0, 1):
        with qtbot.waitSignal(window.comparisonDone, timeout=WAIT):
            qtbot.mouseClick(window.columns[closing].close_button, Qt.MouseButton.LeftButton)
        assert len(window.columns) == 2
        with qtbot.waitSignal(window.comparisonDone, timeout=WAIT):
            qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
        assert column_files(window) == ["ledger.txt", "meridian.txt", "star.txt"]
    files[2].write_text(TOLL["star.txt"].replace("Seventeen", "Nineteen"), encoding="utf-8")
    with qtbot.waitSignal(window.comparisonDone, timeout=WAIT):
        qtbot.keyClick(window, Qt.Key.Key_F5)
    assert column_files(window) == ["ledger.txt", "meridian.txt", "star.txt"]
    assert any("Nineteen" in a.text for a in window.report.articles)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_exports_and_figures_table_follow_the_columns(qtbot, window: MainWindow, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Three outlets, the agency's column moved right with its ›: the figures table's article columns follow, Export
    PDF and HTML put the Ledger first as A, and the suggested name names the three in that order (review s23
    Minor: the PDF kept the agency as A, the name was 'meridian-vs-ledger' for any number of articles)."""
    texts = {"meridian.txt": AGENCY, "ledger.txt": REWRITE, "star.txt": TOLL["star.txt"]}
    files = write_texts(tmp_path / "story", texts)
    open_and_draw(qtbot, window, files)
    by_name = {Path(a.path).name: a.index for a in window.report.articles}
    qtbot.mouseClick(window.column_for(by_name["meridian.txt"]).right_button, Qt.MouseButton.LeftButton)
    order = column_files(window)
    assert order.index("meridian.txt") == 1
    header = window.sidebar.table.horizontalHeader()
    table_order = sorted(window.report.articles, key=lambda a: header.visualIndex(COL_STATUS + 1 + a.index))
    assert [Path(a.path).name for a in table_order] == order
    suggested: list[str] = []
    pdf_path, html_path = tmp_path / "story.pdf", tmp_path / "story.html"

    def ask_pdf(parent, path, size):  # type: ignore[no-untyped-def]
        suggested.append(Path(path).name)
        return str(pdf_path), "A4"

    monkeypatch.setattr(dialogs, "ask_pdf_path", ask_pdf)
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    wait_export(qtbot, window)
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(html_path))
    window.export_html_action.trigger()
    wait_export(qtbot, window)
    stems = [Path(n).stem for n in order]
    assert suggested == [f"{stems[0]}-vs-{stems[1]}-and-1-more.pdf"]
    text = subprocess.run(["pdftotext", "-raw", str(pdf_path), "-"], capture_output=True, text=True, check=True).stdout
    files_line = f"Files: A {order[0]} · B {order[1]} · C {order[2]}"
    assert files_line in text
    page = html_path.read_text(encoding="utf-8")
    first = Path(order[0]).stem  # the outlets are named by their files here
    assert f'<span class="letter">A</span> {first}</h3>' in page


def test_an_export_never_replaces_an_article_being_compared(qtbot, window: MainWindow, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Export HTML, PDF and Save Comparison, each given one of the compared files' names (a slip of tab
    completion): a dialog says so, nothing is written, the article is as it was (review s23 F9, the window's part)."""
    files = write_texts(tmp_path / "story", {"meridian.txt": AGENCY, "ledger.txt": REWRITE})
    open_and_draw(qtbot, window, files)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a: warned.append(text))
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(files[1]))
    monkeypatch.setattr(dialogs, "ask_pdf_path", lambda *a, **k: (str(files[0]), "A4"))
    window.export_html_action.trigger()
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    wait_export(qtbot, window)
    assert len(warned) == 3 and all("is one of the articles being compared" in w for w in warned)
    assert files[0].read_text(encoding="utf-8") == AGENCY and files[1].read_text(encoding="utf-8") == REWRITE


def test_aligned_rows_have_no_blank_row_for_a_lone_separator(qtbot, window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """An article with a lone "·" line under its headline (what is left between two stripped time stamps): in
    aligned rows (Ctrl+2) the "·" sits in the next row's cell, with no row of its own, a blank band across the
    table (review s23 Minor); every sentence is still drawn once."""
    dotted = "Ferry capsizes on Lake Tamsin\n\n·\n\n" + AGENCY.split("\n\n", 1)[1]
    files = write_texts(tmp_path / "story", {"meridian.txt": dotted, "ledger.txt": REWRITE})
    open_and_draw(qtbot, window, files)
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    view = window.aligned_view
    qtbot.waitUntil(lambda: window.is_drawn() and bool(view.rows), timeout=WAIT)
    dot = next(s.index for s in window.report.articles[0].sentences if s.text == "·")
    row = next(r for r in view.rows if dot in r.get(0, []))
    assert len(row[0]) > 1 and 1 in row  # shares its row with words, the other article's too
    drawn = sorted(ref for ref in view.refs())
    assert drawn == sorted(m.SentenceRef(a.index, s.index) for a in window.report.articles for s in a.sentences)


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_the_pdf_footer_keys_every_letter_of_twenty_articles(qapp, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Twenty outlets exported: the footer of a later page names every letter's file, A to T, on as many lines
    as it takes (review s23 Minor: one line cut it after "K outlet11.txt · L outlet1…")."""
    texts = {
        f"outlet{i}.txt": "Ferry capsizes on Lake Tamsin\n\nA passenger ferry capsized on Lake Tamsin early on "
        f"Tuesday, killing 17 people, police said in bulletin {i}.\n"
        for i in range(1, 21)
    }
    files = write_texts(tmp_path / "story", texts)
    report = compare_files([str(p) for p in files])
    out = tmp_path / "twenty.pdf"
    write_pdf(report, out, "A4")
    page2 = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-raw", str(out), "-"], capture_output=True, text=True,
                           check=True).stdout  # fmt: skip
    flat = re.sub(r"\s+", " ", page2)
    for article in build_document(report).articles:
        assert f"{article.letter} {article.file_name}" in flat, article.letter
    assert "Page 2 of" in flat
