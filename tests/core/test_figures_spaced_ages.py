"""An age written with spaced hyphens, as tokenised text has it ("the 40 - year - old Thompson", "shot 16 - year - old
Kimani Gray"), is an age. ECB+ topics 1-35 write 113 ages so; each was read as a bare count or, after a casualty verb,
as a toll: "killed 16 - year - old Kimani Gray" was 16 killed, and topic 32's "a 58 - year - old mother" made a
conflict "58 vs two killed" with the double murder it reports."""

from __future__ import annotations

import pytest

from reportdiff.core.figures import find_figures


@pytest.mark.parametrize(("sentence", "figure", "value", "unit"), [
    ("Klitschko, 36, stopped the 40 - year - old Thompson in the sixth round.", "40 - year - old", 40, "age"),
    ("Police shot and killed 16 - year - old Kimani Gray on Saturday night.", "16 - year - old", 16, "age"),
    ("The 3 - month - old baby was taken to hospital.", "3 - month - old", 3, "age:month"),
    ("A 25-year-old man was arrested.", "25-year-old", 25, "age"),  # as before
])  # fmt: skip
def test_spaced_hyphens_make_an_age(sentence: str, figure: str, value: float, unit: str) -> None:
    found = [(f.text, f.value, f.unit, f.counts) for f in find_figures(sentence)]
    assert (figure, value, unit, "") in found
    assert not any(f.counts.endswith("killed") and f.value == value for f in find_figures(sentence))
