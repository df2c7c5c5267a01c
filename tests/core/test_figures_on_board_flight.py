"""People on board a numbered flight, train or bus, between the count and its verb: "All 64 people on board Skyway Air
flight 212 died" counts 64 dead, as "all 64 people on board the Boeing 737 died" does; the flight number cut the
count from its verb, so it and "killing all 64 people on board" were two single sources (review-s23 F10, r14). Real
text shapes through the whole comparison."""

from __future__ import annotations

from pathlib import Path

from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.figures import find_figures


def test_numbered_flight_between_count_and_verb() -> None:
    found = find_figures("All 64 people on board Skyway Air flight 212 died when it crashed, officials said.")
    assert [(f.text, f.counts) for f in found] == [("64", "people killed")]
    found = find_figures("All 152 passengers aboard flight SK212 were killed.")
    assert [(f.text, f.counts) for f in found] == [("152", "passengers killed")]


def test_flight_number_and_toll_agree(tmp_path: Path) -> None:
    report = compare_texts(tmp_path, {
        "agency.txt": "Crash\n\nAn airliner crashed shortly after take-off from Dunmore airport on Friday, killing all"
                      " 64 people on board, officials said.\n",
        "page.txt": "Crash\n\nAll 64 people on board Skyway Air flight 212 died when it crashed after take-off from"
                    " Dunmore on Friday, officials said.\n"})  # fmt: skip
    assert [(f.status, f.label) for f in report.facts] == [(m.AGREE, "people killed")]
