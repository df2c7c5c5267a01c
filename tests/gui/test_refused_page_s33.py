"""Opening more articles than ReportDiff compares at once: the empty page says what to do, not "drop one more".

Named to run before test_single_instance.py: its last test ends the application's event loop (run_app), after
which every Qt wait returns at once (a test waiting for a comparison there fails in 4 s, whatever it tests)."""

from __future__ import annotations

from pathlib import Path

from reportdiff.core.compare import MAX_ARTICLES
from reportdiff.gui.main_window import MainWindow


def test_too_many_articles_page_asks_for_fewer_not_more(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Open 21 readable articles at once: the comparison is refused, the message bar says at most 20, and the page
    under it names three files, counts the rest and points to File › Close (before: "Loaded article_01.txt, ...,
    article_21.txt. Drop at least one more article to compare with it.", all 21 names over four lines, asking
    for a 22nd article)."""
    files = []
    for n in range(1, MAX_ARTICLES + 2):
        path = tmp_path / f"article_{n:02d}.txt"
        path.write_text(
            f"Storm report {n}\n\nHigh winds closed {n} roads in the valley on Friday, the county said.\n",
            encoding="utf-8",
        )
        files.append(path)
    with qtbot.waitSignal(window.comparisonDone, timeout=60_000):
        window.open_paths(files)
    assert window.report is None  # refused: nothing compared
    page = window.drop_zone.text.text()
    assert "one more" not in page, page
    assert f"at most {MAX_ARTICLES}" in window.message_bar.label.text()
    assert "for the reason above" in page and "File › Close" in page, page
    assert "article_01.txt" in page and "and 18 more" in page and "article_21.txt" not in page, page
