"""The figures table's article headers are read whole or not at all: the letter and the article's whole distinct
name where its column shows it, else the letter alone (the text column's badge), the tooltip naming it whole. At
1920x1080 the seeds' table read "B cnews-live-s…" beside values that fit (session 35's pass)."""

from __future__ import annotations

from gui_helpers import shown_report
from PySide6.QtCore import Qt

from reportdiff.core.compare import compare_files
from reportdiff.gui.figures_panel import FIRST_ARTICLE_COL, header_width


def test_seed_headers_are_whole_names_or_letters_at_1920(qtbot, seeds) -> None:  # type: ignore[no-untyped-def]
    window = shown_report(qtbot, compare_files([str(p) for p in seeds]), (1920, 1080))
    table = window.sidebar.table
    model, header = table.model(), table.horizontalHeader()
    heads = [model.headerData(FIRST_ARTICLE_COL + a, Qt.Orientation.Horizontal) for a in range(2)]
    assert heads[0] == "A Reuters", heads  # a short name fits its column whole (the seeds: Reuters first)
    # on one line or two (session 37: broken after a hyphen), or the letter alone in a column too narrow for that
    assert heads[1].replace("\n", "") in ("B", "B cnews-live-syria-airstrikes"), heads
    for a, head in enumerate(heads):
        assert "…" not in head
        # drawn whole (the sort arrow is the Status column's)
        assert header_width(header, head, False) <= header.sectionSize(FIRST_ARTICLE_COL + a)
        tip = model.headerData(FIRST_ARTICLE_COL + a, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
        assert tip.startswith(f"{'AB'[a]} · ") and seeds[a].stem in tip
