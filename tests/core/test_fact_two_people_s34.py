"""A sentence that tells one person's figure while naming another only in the possessive ("The day following Hale's
death, ... Ian Frost ... fell 500 metres") is never one figure told two ways with a linked sentence telling the other
person's ("The day before Frost's death ... Tom Hale ... falling about 300 feet"): the link does not flag the two, and
the article's two falls (Hale's 150 metres, Frost's 500) are never chained into one conflict (ECB+ topic 23's two
climbers, session 33). Read through the engine, and the rule (``told_of_two``) on its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportdiff.core.age_holders import people_named, told_of_two
from reportdiff.core.compare import compare_files
from reportdiff.core.model import Report

# Two reports of two climbers' deaths a day apart: A tells both falls, B tells Hale's fall naming Frost's death.
BOTH = (
    "Two climbers die in the Alps\n\n"
    "A 40-year-old climber died on Friday after falling 150 metres from a ridge near the glacier.\n\n"
    "The day following Hale's death, 28-year-old Ian Frost of Leeds slipped on ice and fell 500 metres to his own "
    "death elsewhere in the same park."
)
HALE = (
    "Second climber dies in the Alps\n\n"
    "The day before Frost's death another climber, 40-year-old Tom Hale, died after slipping and falling about 300 "
    "feet from a ridge in the same park."
)


def _compare(folder: Path, texts: list[str]) -> Report:
    paths = []
    for k, text in enumerate(texts):
        path = folder / f"{k}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return compare_files(paths)


def test_two_climbers_falls_are_not_one_fall(tmp_path: Path) -> None:
    """Frost's 500 metres is not flagged against Hale's 300 feet, and stays out of Hale's conflict (150 m / 300 ft)."""
    report = _compare(tmp_path, [BOTH, HALE])
    notes = [note for link in report.links for note in link.notes]
    assert "figure conflicts: 150 metres vs about 300 feet (150 metres)" in notes  # Hale's fall: a real conflict
    assert not any("500 metres" in note for note in notes)
    lengths = {
        fact.status: sorted(report.figures[i].text for i in fact.figures)
        for fact in report.facts
        if report.figures[fact.figures[0]].unit.startswith("length")
    }
    assert lengths == {"conflict": ["150 metres", "300 feet"], "single_source": ["500 metres"]}


def test_one_persons_fall_told_two_ways_still_conflicts(tmp_path: Path) -> None:
    """Both sentences tell Frost's fall (Hale named in the possessive in each): 500 vs 300 metres is flagged."""
    one = "The day following Hale's death, 28-year-old Ian Frost slipped on ice and fell 500 metres to his death."
    other = "A day after Hale's death, Ian Frost, 28, slipped on the ice and fell 300 metres to his death."
    report = _compare(tmp_path, [one, other])
    assert any("500 metres vs 300 metres" in note for link in report.links for note in link.notes)


def _told_of_two(x: str, y: str, figure_x: str, figure_y: str) -> bool:
    return told_of_two(people_named(x), x.index(figure_x), people_named(y), y.index(figure_y))


@pytest.mark.parametrize(
    ("x", "y", "two"),
    [
        # each sentence names the other climber only in the possessive: two falls
        ("The day following Rait's death, 31-year-old Robert Buckley fell 700 meters.",
         "The day before Buckley's death, 36-year-old Duncan Rait fell about 200 feet.", True),
        # a tokenised copy (ECB+): "Mr Buckley ' s", titles, a curly apostrophe
        ("Mr Buckley’s death came a day after Duncan Rait, 36, fell 200ft from a ridge.",
         "The day following Rait ' s death, Mr Buckley fell 700 meters.", True),
        # a speaker and the person shot, both named plainly in both: nothing told here (a real conflict stays)
        ("Police chief John Smith said Mark Jones was shot three times.",
         "Mark Jones was shot four times, Chief Smith said.", False),
        # the possessive owns the figure ("Rait's 200-foot fall"): the one named plainly comes after it
        ("Rait's 200-foot fall came a day before Robert Buckley died.",
         "The day before Buckley's death, 36-year-old Duncan Rait fell about 60 metres.", False),
        # one person only in common: nothing to tell apart
        ("The day following Rait's death, 31-year-old Robert Buckley fell 700 meters.",
         "Robert Buckley fell about 2,000 feet on Saturday.", False),
        # places and teams are no people ("New Orleans plays at Seattle")
        ("The Seattle vs. New Orleans game kicks off at 1:30 p.m.",
         "New Orleans plays at Seattle's stadium at 3:30 p.m.", False),
    ],
)  # fmt: skip
def test_told_of_two(x: str, y: str, two: bool) -> None:
    figure_x = next(w for w in ("700", "200", "three", "1:30") if w in x)
    figure_y = next(w for w in ("200", "700", "four", "60", "2,000", "3:30") if w in y)
    assert _told_of_two(x, y, figure_x, figure_y) is two
    assert _told_of_two(y, x, figure_y, figure_x) is two
