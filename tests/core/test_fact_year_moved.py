"""A year that moved within a sentence is still one year told two ways when it is each sentence's only year and the
two sentences state another figure alike (review-s23 F3: "In 2019, a smaller boat sank near Brask, killing 6 people"
/ "A boat sank near Brask in 2018, killing 6 people" read as two single sources and an agreement on the six dead).
Real texts through the whole comparison."""

from __future__ import annotations

from pathlib import Path

from documents import compare_texts  # tests/core/documents.py

LEAD = "A passenger ferry capsized on Lake Tamsin near Kellford on Tuesday, the regional coastguard said."


def _flags(tmp_path: Path, first: str, second: str) -> list[str]:
    report = compare_texts(tmp_path, {"agency.txt": f"Ferry capsizes\n\n{LEAD}\n\n{first}\n",
                                      "rewrite.txt": f"Ferry capsizes\n\n{LEAD}\n\n{second}\n"})  # fmt: skip
    return [n for link in report.links for n in link.notes if n.startswith("figure conflicts")]


def test_moved_year_conflicts(tmp_path: Path) -> None:
    assert _flags(tmp_path, "In 2019, a smaller boat sank near Brask, killing 6 people.",
                  "A boat sank near Brask in 2018, killing 6 people.") == [
        "figure conflicts: 2019 vs 2018 (year 2019)"]  # fmt: skip


def test_moved_year_without_a_shared_figure_stays_apart(tmp_path: Path) -> None:
    # nothing else told alike: which year answers which is unknown (the 2012 season and the 2013 draft)
    assert _flags(tmp_path, "In 2019, a smaller boat sank near Brask.",
                  "A boat sank near Brask in 2018, its owner said.") == []  # fmt: skip
