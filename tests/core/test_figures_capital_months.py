"""Month names in capitals, as page stamps and datelines write them ("MAY 3, 2013 AT 1:10PM", "9:53 AM, MON 22 JUL
2013"), are months: the dates were read as counts, so the lines were no page stamps and two pages' publication times
clashed as the event's ("2:00pm vs 1:10PM"). Real text shapes through the whole comparison."""

from __future__ import annotations

from pathlib import Path

from documents import compare_texts  # tests/core/documents.py

from reportdiff.core.figures import find_figures


def test_capital_months() -> None:
    assert [(f.text, f.unit, f.counts) for f in find_figures("MAY 3, 2013 AT 1:10PM")] == [
        ("MAY 3, 2013", "date", "stamp"), ("1:10PM", "time", "stamp")]
    assert [(f.text, f.value) for f in find_figures("The ferry sank on 22 JUL 2013 off Kellford.")] == [
        ("22 JUL 2013", 722)]
    assert find_figures("PLANES MAY FLY AGAIN") == []


def test_two_pages_stamps_never_clash(tmp_path: Path) -> None:
    body = "A fire destroyed the Wasilla Bible Church on Friday night, fire officials said."
    report = compare_texts(tmp_path, {"a.txt": f"Church fire\n\nMay 3rd, 2013 2:00pm EDT\n\n{body}\n",
                                      "b.txt": f"Church fire\n\nMAY 3, 2013 AT 1:10PM\n\n{body}\n"})  # fmt: skip
    assert not [n for link in report.links for n in link.notes if n.startswith("figure conflicts")]
