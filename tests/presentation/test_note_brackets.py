"""A figure conflict's note names what the two figures count in brackets, and that label may carry a qualifier in
brackets of its own (another episode: "10 rounds (in 2008)"). Review s28 read "five vs 11 (five rounds (in
2008))" in ECB+ topic 7; the note now reads "10 vs 11 (10 rounds, in 2008)" on every surface. (ECB+ 7's "five
rounds sooner" is a difference since session 29, no conflict: the pair here states two counts of one bout.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from reportdiff.core.compare import compare_files
from reportdiff.presentation.htmlreport import render_html
from reportdiff.presentation.labels import note_text
from reportdiff.presentation.summary import summary_text

# Two wire reports of the Klitschko-Thompson rematch (ECB+ topic 7's shape: a date line, a sentence a line), each
# recalling their first fight of 2008 with another count of its rounds.
FIRST = """Klitschko stops Thompson again
July 7, 2012
Wladimir Klitschko retained his heavyweight titles with a second victory over Tony Thompson on Saturday.
Klitschko, 36, stopped the 40 - year - old Thompson in the sixth round in Switzerland.
In 2008, when the pair first met, the bout went 10 rounds before Klitschko knocked Thompson out.
"""
SECOND = """Klitschko beats Thompson in six
July 7, 2012
Wladimir Klitschko retained his heavyweight world titles with a second pro victory over Tony Thompson on Saturday.
Klitschko, 36, stopped the 40 - year - old Thompson with two seconds remaining of the sixth round.
In 2008, last time the pair met, the bout went 11 rounds before the Ukrainian emerged triumphant.
"""


def test_the_rounds_note_reads_cleanly(tmp_path: Path) -> None:
    """The terminal summary and the HTML report give the qualifier after a comma, with no bracket in a bracket."""
    paths = [tmp_path / "first.txt", tmp_path / "second.txt"]
    for path, text in zip(paths, (FIRST, SECOND), strict=True):
        path.write_text(text, encoding="utf-8")
    report = compare_files(paths)
    notes = [n for link in report.links for n in link.notes if n.startswith("figure conflicts")]
    assert notes and all(n.endswith("(10 rounds (in 2008))") for n in notes)  # the engine's wording, in the JSON
    for text in (summary_text(report), render_html(report)):
        assert "10 vs 11 (10 rounds, in 2008)" in text
        assert "(in 2008))" not in text


@pytest.mark.parametrize(
    ("note", "read"),
    [
        ("figure conflicts: five vs 11 (five rounds (in 2008))", "figure conflicts: five vs 11 (five rounds, in 2008)"),
        ("figure conflicts: 11 vs 12 (11 bodies)", "figure conflicts: 11 vs 12 (11 bodies)"),  # nothing nested
        # quoted words keep their brackets, an editor's insertion among them
        ("editorial insertion in quote (Defence): “altered (its direction) towards”", None),
    ],
)
def test_note_text(note: str, read: str | None) -> None:
    """Only a bracket nested in the note's closing bracket is rewritten."""
    assert note_text(note) == (read or note)
