"""An equal day and month in two articles that tell one story is one date told alike, whatever words surround it
(review s30 finding 5): ECB+ 16ecbplus "the guilty verdict on March 20" / "Orozco was convicted March 20", whose
articles share the 29-year-old gang member, agree; before, the two dates shared no word of what they date and stayed
two single-source rows."""

from __future__ import annotations

from pathlib import Path

from documents import fact_rows  # tests/core/documents.py

VERDICT = (
    "A rare exception for the 29 - year - old Hawaiian Gardens gang member was an occasional smile for his mother when "
    "he turned in his chair to glance back at her from time to time.\n\n"
    "It was almost the same amount of time used to come to the guilty verdict on March 20."
)
CONVICTED = (
    "Orozco was convicted March 20 of first - degree murder for the slaying of Ortiz, a 15 - year veteran and member "
    "of the anti - gang detail at the Sheriff's Lakewood Station.\n\n"
    "He noted the 29 - year - old gang member not only killed the deputy while hiding outside of the lawman's view "
    "behind a door."
)


def test_equal_date_of_one_story_agrees(tmp_path: Path) -> None:
    assert ("March 20", "agree", 2) in fact_rows(tmp_path, [VERDICT, CONVICTED])


def test_equal_date_without_a_shared_story_stays_apart(tmp_path: Path) -> None:
    other = "It was almost the same amount of time used to come to the guilty verdict on March 20."
    rows = fact_rows(tmp_path, [other, CONVICTED.split("\n\n")[0]])
    assert [status for label, status, _n in rows if label.startswith("March 20")] == ["single_source"] * 2
