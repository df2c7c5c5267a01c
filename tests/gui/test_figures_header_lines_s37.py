"""The figures table heads a long-named article's column readably: its letter and name on two lines, broken after a
hyphen, space or underscore, the second line cut with "…" only where it must be (session 36 headed the seeds'
"cnews-live-syria-airstrikes" by "B" alone, at 1366 and 1920 px). Each line fits its column; the frozen Fact and
Status header is as tall as the article header beside it."""

from __future__ import annotations

import pytest
from gui_helpers import shown_report
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView

from reportdiff.core.compare import compare_files
from reportdiff.gui import figures_panel
from reportdiff.gui.figures_panel import FIRST_ARTICLE_COL, header_width


@pytest.mark.parametrize("size", [(1366, 768), (1920, 1080)])
def test_long_name_reads_on_two_lines(qtbot, seeds, size: tuple[int, int]) -> None:  # type: ignore[no-untyped-def]
    window = shown_report(qtbot, compare_files([str(p) for p in seeds]), size)
    QApplication.processEvents()
    table = window.sidebar.table
    model, header = table.model(), table.horizontalHeader()
    head = model.headerData(FIRST_ARTICLE_COL + 1, Qt.Orientation.Horizontal)
    lines = head.split("\n")
    assert len(lines) == 2 and lines[0].startswith("B cnews-"), head  # the name, not the letter alone
    whole = "cnews-live-syria-airstrikes"
    assert whole.startswith((lines[0][2:] + lines[1]).rstrip("…")), head  # the name's start, cut once at most
    for line in lines:
        assert header_width(header, line, False) <= header.sectionSize(FIRST_ARTICLE_COL + 1), (line, head)
    assert table.frozen.horizontalHeader().height() == header.height()  # "Fact" and "Status" beside it


@pytest.mark.parametrize(
    ("name", "room_of", "lines"),
    [
        ("Reuters", "A Reuters", ["A Reuters"]),  # fits on one line
        ("cnews-live-syria-airstrikes", "A cnews-live-syria", ["A cnews-live-", "syria-airstrikes"]),  # at a hyphen
        ("Outlet number 12", "A Outlet number", ["A Outlet number", "12"]),  # at a space, the space dropped
        ("5_10ecb", "A 5_10", ["A"]),  # too short a first line ("5_") to read: the letter alone
    ],
)
def test_header_title_breaks(qtbot, name: str, room_of: str, lines: list[str]) -> None:  # type: ignore[no-untyped-def]
    """A section as wide as ``room_of`` needs: the title's lines."""
    header = QHeaderView(Qt.Orientation.Horizontal)
    qtbot.addWidget(header)
    title = figures_panel.header_title(header, "A", name, header_width(header, room_of, False))
    assert title.split("\n") == lines, title


def test_header_title_cuts_the_second_line_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    header = QHeaderView(Qt.Orientation.Horizontal)
    qtbot.addWidget(header)
    width = header_width(header, "A cnews-live", False)
    first, second = figures_panel.header_title(header, "A", "cnews-live-syria-airstrikes", width).split("\n")
    assert first == "A cnews-" and second.endswith("…") and "live-syria-airstrikes".startswith(second[:-1])
    assert len(second) > 2 and header_width(header, second, False) <= width
