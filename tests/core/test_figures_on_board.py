"""Where the counted people were does not cut them off from their verb: "all 64 people on board died" counts the
dead, so it agrees with "killing all 64 people on board" (review-s23 F11: two single sources). Real texts through the
whole comparison."""

from __future__ import annotations

from pathlib import Path

from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.figures import find_figures


def test_on_board_before_the_verb() -> None:
    found = find_figures("All 64 people on board the Boeing 737 died, officials said.")
    assert [(f.value, f.counts) for f in found] == [(64, "people killed")]


def test_the_toll_agrees_across_word_orders(tmp_path: Path) -> None:
    report = compare_texts(tmp_path, {
        "agency.txt": "Plane crash\n\nAn Airbus A320 crashed near Dunmore on Friday, killing all 64 people on board, "
                      "officials said.\n",
        "rewrite.txt": "Plane crash\n\nThe Airbus A320 crashed near Dunmore on Friday and all 64 people on board died, "
                       "officials said.\n",
    })  # fmt: skip
    tolls = [f for f in report.facts if any(report.figures[i].value == 64 for i in f.figures)]
    assert [(f.status, len(f.figures)) for f in tolls] == [(m.AGREE, 2)]
