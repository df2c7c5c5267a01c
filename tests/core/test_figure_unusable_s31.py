"""Figures a reader cannot use (review s30 finding 7), from real article sentences (ECB+ 33ecb): "the 7 woman, 5 man
jury" describes the jury, it counts nothing a row can name; "on day two, three and four" names which days, not how
many; an indefinite article's count ("a 10-year-old girl killed ... last year") reads "a (one)", not "a"."""

from __future__ import annotations

from pathlib import Path

from documents import fact_rows  # tests/core/documents.py

JURY = (
    "Rossi telling the 7 woman, 5 man jury, \u201cAs that little girl lay bleeding on the sidewalk, the defendant, "
    "Jermayne Timmons, pedaled his bike away and got rid of the evidence.\u201d"
)
DAYS = (
    "\u201cIf we start seeing names in the paper or on the news on day one, I think it's gon na ' make it more "
    "difficult for us to have witnesses in the seat on day two, three and four,\u201d he said."
)
GIRL = (
    "The mother of a 10-year-old girl killed by a stray bullet on an Albany street last year said she heard a loud "
    "sound before her daughter cried out."
)


def test_jury_and_days_are_no_figures(tmp_path: Path) -> None:
    assert fact_rows(tmp_path, [JURY, DAYS]) == []


def test_indefinite_count_reads_one(tmp_path: Path) -> None:
    from documents import compare_texts

    from reportdiff.core.facts import stated

    report = compare_texts(tmp_path, {"a.txt": GIRL, "b.txt": DAYS})
    shown = [stated(report.figures[i]) for fact in report.facts for i in fact.figures]
    assert "a (one)" in shown and "a" not in shown
