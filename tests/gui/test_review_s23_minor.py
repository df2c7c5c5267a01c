"""Rough edges of the window and the exports from review s23's "Minor" list (/work/notes/review-s23.md), driven as
a person would: the columns' order survives a saved comparison and a column's Undo, Find takes dashes as editors
type them, the PDF footer keys every letter of twenty long file names, the sidebar's tabs read whole at 1366×768."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from gui_helpers import open_and_draw, wait_export, write_texts
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QToolButton

from reportdiff.core.compare import compare_files
from reportdiff.core.session import read_session
from reportdiff.gui import dialogs
from reportdiff.gui.figures_panel import COL_STATUS
from reportdiff.gui.inputs import autosave_path, offer_autosave
from reportdiff.gui.main_window import SIDEBAR_MIN, MainWindow
from reportdiff.gui.pdf import write_pdf
from reportdiff.presentation.docmodel import build_document

WAIT = 60_000
CTRL = Qt.KeyboardModifier.ControlModifier

# Three reports of one ferry accident: the agency's, a rewrite, a third outlet's (links, a conflict, a unique line).
STORY = {
    "meridian.txt": "Ferry capsizes on Lake Tamsin, killing 17\n\nKELLFORD - A passenger ferry capsized on Lake "
    "Tamsin early on Tuesday, killing at least 17 people, police said.\n\nRescuers pulled 42 people from the water "
    "alive.\n",
    "ledger.txt": "Lake Tamsin ferry disaster: death toll rises to 19\n\nA passenger ferry capsized on Lake Tamsin "
    "early on Tuesday, killing 19 people, police said.\n\nRescuers pulled 42 people from the water alive.\n",
    "star.txt": "Lake Tamsin: 17 killed\n\nKELLFORD - Seventeen people were killed when a passenger ferry capsized "
    "on Lake Tamsin early on Tuesday, police said.\n\nThe ferry was built in 1987 by a yard on the coast.\n",
}


def column_files(window: MainWindow) -> list[str]:
    """The columns' files, left to right, by stem (a reopened comparison's snapshots keep their files' stems)."""
    assert window.report is not None
    return [Path(window.report.articles[c.article_index].path).stem for c in window.columns]


def test_a_saved_comparison_reopens_with_the_columns_as_moved(qtbot, window: MainWindow, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The agency's column moved to the right with its › twice, File > Save Comparison (Ctrl+S), the window
    closed on it and the file reopened: the agency's column is still the last (it came back first, as compared)."""
    files = write_texts(tmp_path / "story", STORY)
    open_and_draw(qtbot, window, files)
    for _ in range(2):
        qtbot.mouseClick(window.column_for(0).right_button, Qt.MouseButton.LeftButton)
    moved = column_files(window)
    assert moved == ["ledger", "star", "meridian"]
    target = tmp_path / "ferry.reportdiff"
    monkeypatch.setattr(dialogs, "ask_save_path", lambda *a, **k: str(target))
    qtbot.keyClick(window, Qt.Key.Key_S, CTRL)
    assert target.exists()
    window.close_comparison()
    with qtbot.waitSignal(window.comparisonDone, timeout=WAIT):
        window.add_paths([str(target)])  # as a drop or File > Open Comparison would
    qtbot.waitUntil(window.is_drawn, timeout=WAIT)
    assert column_files(window) == moved
    header = window.sidebar.table.horizontalHeader()
    assert window.report is not None
    table = sorted(window.report.articles, key=lambda a: header.visualIndex(COL_STATUS + 1 + a.index))
    assert [Path(a.path).stem for a in table] == moved  # the figures table's columns stand so too


def test_undo_brings_back_the_comparison_as_it_was(qtbot, window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The agency's column (the first compared) closed with its ×, then Edit > Undo (Ctrl+Z): the column stands
    where it stood and the comparison is the one before the close, article for article (its discrepancies keep
    their numbers; before, the agency came back as the last article compared, D1 became another one)."""
    files = write_texts(tmp_path / "story", STORY)
    open_and_draw(qtbot, window, files)
    before = window.report
    assert before is not None
    with qtbot.waitSignal(window.comparisonDone, timeout=WAIT):
        qtbot.mouseClick(window.column_for(0).close_button, Qt.MouseButton.LeftButton)
    assert column_files(window) == ["ledger", "star"]
    with qtbot.waitSignal(window.comparisonDone, timeout=WAIT):
        qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(window.is_drawn, timeout=WAIT)
    assert column_files(window) == ["meridian", "ledger", "star"]
    after = window.report
    assert after is not None
    assert [a.path for a in after.articles] == [a.path for a in before.articles]
    assert after.links == before.links and after.facts == before.facts


# An agency's copy set with typographic marks, and a rewrite typed on a plain keyboard: one apostrophe, one
# hyphenated number and one dash each, set two ways.
TYPESET = (
    "Ferry capsizes on Lake Tamsin\n\n"
    "The coastguard’s divers found forty–two survivors — and no one else — by nightfall.\n\n"
    "The ferry’s owner, Tamsin Lines, said it was “deeply shocked”.\n"
)
TYPED = (
    "Ferry sinks on Lake Tamsin\n\n"
    "The coastguard's divers found forty-two survivors - and no one else - by nightfall.\n\n"
    "The ferry's owner, Tamsin Lines, said it was \"deeply shocked\".\n"
)


def test_find_takes_dashes_apostrophes_and_quotes_as_editors_type_them(qtbot, window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """Ctrl+F, typed on a plain keyboard or pasted from the typeset copy: each phrase finds both articles' copy
    (review s23 Minor: Find was sensitive to the marks the copy was set with; dashes still were)."""
    files = write_texts(tmp_path / "story", {"agency.txt": TYPESET, "rewrite.txt": TYPED})
    open_and_draw(qtbot, window, files)
    qtbot.keyClick(window, Qt.Key.Key_F, CTRL)
    field = window.find_bar.field
    for phrase in (
        "forty-two survivors",  # hyphen typed, en dash set
        "forty–two survivors",  # en dash pasted, hyphen typed
        "survivors - and",  # a spaced hyphen for an em dash
        "coastguard's divers",  # straight apostrophe typed, curly set
        "ferry’s owner",  # curly pasted
        '"deeply shocked"',
    ):
        field.clear()
        if phrase.isascii():
            qtbot.keyClicks(field, phrase)
        else:  # pasted (Qt's test key clicks abort on characters beyond Latin-1)
            QApplication.clipboard().setText(phrase)
            qtbot.keyClick(field, Qt.Key.Key_V, CTRL)
        assert window.find_bar.count_label.text() == "1 of 2", phrase
        seen = set()
        for _ in range(2):  # the match shown, then Enter for the next
            match = window.current_match()
            assert match is not None
            seen.add(match[0])
            qtbot.keyClick(field, Qt.Key.Key_Return)
        assert seen == {0, 1}, phrase  # one in each article's column


OUTLETS = (
    "meridian-news-agency", "the-daily-ledger", "coastline-post", "northern-star-tribune", "radio-kell-online",
    "kellford-evening-gazette", "lake-district-herald", "tamsin-valley-courier", "national-broadcaster",
    "wire-service-international", "regional-morning-chronicle", "harbour-town-weekly", "metro-news-live",
    "the-independent-observer", "capital-city-dispatch", "southern-region-examiner", "lakeside-community-radio",
    "evening-standard-digital", "world-news-network", "the-sunday-telegraph-online",
)  # fmt: skip
LONG_NAMES = {
    # a monitoring tool's names: the outlet, then the story's slug every file shares
    "shared slug": [f"{o}-lake-tamsin-ferry-capsizes-live-updates.txt" for o in OUTLETS],
    # the outlet at both ends, the slug between: nothing long is shared, each name must lose its middle
    "outlet at both ends": [f"{o}-{i:02d}-lake-tamsin-ferry-live-{o[::-1]}.txt" for i, o in enumerate(OUTLETS)],
}


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
@pytest.mark.parametrize("names", LONG_NAMES.values(), ids=LONG_NAMES.keys())
def test_the_pdf_footer_keys_twenty_long_file_names_on_every_page(qapp, tmp_path, names) -> None:  # type: ignore[no-untyped-def]
    """Twenty outlets with long file names exported to PDF and read back with pdftotext: on every page the footer
    keys every letter, A to T, with a name that fits one file only ("…" standing for what is left out). Before, the
    key ran past four lines and was cut after about nine letters (review s23 Minor, PDF footers)."""
    folder = tmp_path / "story"
    folder.mkdir()
    for i, name in enumerate(names):
        (folder / name).write_text(
            "Ferry capsizes on Lake Tamsin\n\nA passenger ferry capsized on Lake Tamsin early on Tuesday, killing 17 "
            f"people, police said in bulletin {i}.\n",
            encoding="utf-8",
        )
    report = compare_files([str(folder / n) for n in names])
    document = build_document(report)
    out = tmp_path / "twenty.pdf"
    write_pdf(report, out, "A4")
    pages = int(re.search(r"Pages:\s+(\d+)", subprocess.run(["pdfinfo", str(out)], capture_output=True, text=True,
                                                           check=True).stdout).group(1))  # type: ignore[union-attr]  # fmt: skip
    assert pages > 1
    for page in range(1, pages + 1):
        text = subprocess.run(["pdftotext", "-f", str(page), "-l", str(page), "-raw", str(out), "-"],
                              capture_output=True, text=True, check=True).stdout  # fmt: skip
        flat = re.sub(r"\s+", " ", text)
        key = dict(re.findall(r"(?:Files: |· )([A-T]) (\S+)", flat))
        assert sorted(key) == [a.letter for a in document.articles], page
        for article in document.articles:
            shown = re.compile(".*".join(re.escape(part) for part in key[article.letter].split("…")))
            fits = [n for n in names if shown.fullmatch(n)]
            assert fits == [article.file_name], (page, article.letter, key[article.letter])


def test_the_sidebar_tabs_read_whole_or_elided_in_a_large_font(qtbot, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """At 1366×768 with a reader's large desktop font (16 pt), the sidebar dragged to its narrowest: both tabs stay
    in view, shortened with "…" and named whole in their tooltips, with no scroll arrows hiding the second one
    (review s23 Minor: "Discrepancies & quo…" beside arrows; the short name 'Discrepancies' fixed the default font
    only, a large one still showed 'Discrepa' and arrows)."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    large = QFont(font)
    large.setPointSizeF(16)
    app.setFont(large)
    window = MainWindow()
    qtbot.addWidget(window)
    try:
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        open_and_draw(qtbot, window, write_texts(tmp_path / "story", STORY))
        sidebar = window.sidebar
        total = sum(window.splitter.sizes())
        window.splitter.setSizes([total - SIDEBAR_MIN, SIDEBAR_MIN])
        qtbot.wait(50)
        bar = sidebar.tabBar()
        assert not [b for b in bar.findChildren(QToolButton) if b.isVisible()]  # no scroll arrows
        assert all(bar.rect().contains(bar.tabRect(i)) for i in range(bar.count()))
        assert sidebar.tabToolTip(0).startswith("Figures")
        assert sidebar.tabToolTip(1).startswith("Discrepancies & quotes")
    finally:
        window.worker.cancel()
        window.worker.wait(5000)
        app.setFont(font)


def test_the_autosave_keeps_a_moved_column_where_it_stands(qtbot, window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The agency's column moved right with its ›, then the window "crashes" (no normal close): the next start
    offers the comparison back with the columns as they stood (the autosave was written only after a comparison,
    so it kept the compared order)."""
    open_and_draw(qtbot, window, write_texts(tmp_path / "story", STORY))
    qtbot.mouseClick(window.column_for(0).right_button, Qt.MouseButton.LeftButton)
    moved = column_files(window)
    assert moved == ["ledger", "meridian", "star"]
    qtbot.waitUntil(lambda: read_session(autosave_path()).view.get("order") == [1, 0, 2], timeout=5000)
    window.worker.cancel()  # the "crash": no closeEvent, the autosave stays

    second = MainWindow()
    qtbot.addWidget(second)
    with qtbot.waitSignal(second.comparisonDone, timeout=WAIT):
        assert offer_autosave(second, ask=lambda: True)
    qtbot.waitUntil(second.is_drawn, timeout=WAIT)
    assert column_files(second) == moved
    second.worker.cancel()
    second.worker.wait(5000)


# Two reports telling two figures differently, in opposite order: the toll first in the agency's, the rescued first
# in the rewrite's, so which discrepancy a reader meets first depends on which column stands first.
TWO_WAYS = {
    "agency.txt": "Ferry capsizes on Lake Tamsin\n\n"
    "A passenger ferry capsized on Lake Tamsin early on Tuesday, killing 17 people, police said.\n\n"
    "Rescuers pulled 42 people from the water alive, coastguard spokesman Pavel Dorn told reporters.\n",
    "rewrite.txt": "Ferry sinks on Lake Tamsin\n\n"
    "Rescuers pulled 40 people from the water alive, coastguard spokesman Pavel Dorn told reporters.\n\n"
    "A passenger ferry capsized on Lake Tamsin early on Tuesday, killing 19 people, police said.\n",
}


def numbered_notes(text: str, marker: str) -> dict[str, frozenset[str]]:
    """Each discrepancy number ("D1") -> the figures its first note names, from a notes text or a PDF's text."""
    out: dict[str, frozenset[str]] = {}
    lines = text.splitlines()
    for i, line in enumerate(lines):
        found = re.match(rf"(D\d+){marker}", line)
        if found and i + 1 < len(lines):
            out[found[1]] = frozenset(re.findall(r"\d+", lines[i + 1]))
    return out


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_discrepancies_are_numbered_as_the_pdf_after_a_move(qtbot, window: MainWindow, tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The agency's column moved right with its ›: the Discrepancies tab numbers them in the columns' new reading
    order, D1 the rescued count the rewrite (now first) tells first, as Export PDF does (before, the tab kept the
    compared numbering: its D1 was the PDF's D2)."""
    open_and_draw(qtbot, window, write_texts(tmp_path / "story", TWO_WAYS))
    before = numbered_notes(window.sidebar.notes.toPlainText(), " · ")
    assert before["D1"] >= {"17", "19"} and before["D2"] >= {"42", "40"}  # the agency's order
    qtbot.mouseClick(window.column_for(0).right_button, Qt.MouseButton.LeftButton)
    assert column_files(window) == ["rewrite", "agency"]
    shown = numbered_notes(window.sidebar.notes.toPlainText(), " · ")
    assert shown["D1"] >= {"42", "40"} and shown["D2"] >= {"17", "19"}
    pdf_path = tmp_path / "story.pdf"
    monkeypatch.setattr(dialogs, "ask_pdf_path", lambda *a: (str(pdf_path), "A4"))
    qtbot.keyClick(window, Qt.Key.Key_E, CTRL)
    wait_export(qtbot, window)
    text = subprocess.run(["pdftotext", "-raw", str(pdf_path), "-"], capture_output=True, text=True, check=True).stdout
    assert numbered_notes(text, " (?:Figures conflict|Figure)") == shown
