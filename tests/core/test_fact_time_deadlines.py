"""A time told as a deadline ("extinguished by 7 a.m.", "By 6:40 a.m. the fire was under control") is not the moment
of the event: it never clashes with a time stated exactly (ECB+ tuning topic 13: "extinguished by 7 a.m." was flagged
against "reported the fire at 3:33 a.m." and "knocked down by 6:40 a.m.", and chained both into one conflict)."""

from __future__ import annotations

from pathlib import Path

from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.figures import find_figures

HEAD = "Fire guts vacant hotel\n\n"


def _report(tmp_path: Path, first: str, second: str) -> m.Report:
    return compare_texts(tmp_path, {"a.txt": HEAD + first + "\n", "b.txt": HEAD + second + "\n"})


def test_by_a_time_is_a_deadline() -> None:
    (found,) = find_figures("The fire was extinguished by 7 a.m., after crews attacked it from all sides.")
    assert (found.text, found.qualifier) == ("7 a.m.", "by")
    (found,) = find_figures("He was shot by police at 7 a.m.")  # "by" not before the time: no hedge
    assert found.qualifier == ""


def test_a_deadline_never_clashes_with_an_exact_time(tmp_path: Path) -> None:
    report = _report(tmp_path, "The fire at the hotel was extinguished by 7 a.m. on Tuesday, officials said.",
                     "The fire at the hotel was reported at 3:33 a.m. on Tuesday, officials said.")  # fmt: skip
    assert [link.notes for link in report.links if link.flags] == []
    assert [fact.note for fact in report.facts if fact.status == m.CONFLICT] == []


def test_two_exact_times_still_clash(tmp_path: Path) -> None:
    report = _report(tmp_path, "The fire at the hotel was reported at 3:45 a.m. on Tuesday, officials said.",
                     "The fire at the hotel was reported at 3:33 a.m. on Tuesday, officials said.")  # fmt: skip
    notes = [note for link in report.links for note in link.notes]
    assert notes == ["figure conflicts: 3:45 a.m. vs 3:33 a.m. (time 03:45)"]
