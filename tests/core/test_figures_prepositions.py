""""about", "around" and "some" before a figure are hedges unless they are a preposition or a determiner there.

A station's blurb, "KHOU 11 News aired a story about 19-year-old named Daquarius Tucker" (news cluster gva_595069),
showed in the sidebar as "about 19-year-old", a hedged age: "about" is the preposition of "a story about X". It is
one when the word before it takes "about" for its topic (a story, concerns, worried, talked) and the figure is a
count or an age, before an age written before its noun ("19-year-old Daquarius", "some 19-year-old kid": an age is
hedged "about 19" or "about 19 years old"), and in "about one person". Everywhere else the hedge stays: times,
durations and measures after the same words ("a news conference about 3 p.m."), counts after verbs that take a count
("told about 30 residents"), and every "approximately"."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.figures import find_figures


@pytest.mark.parametrize(("sentence", "figure", "hedge"), [
    # a station's blurb about a victim: the preposition of "a story about", before an age written before its name
    ("On Monday night, Channel 4 News ran a story about 17-year-old Marcus Lee, who was shot on Elm Street.",
     "17-year-old", ""),
    ("Some 19-year-old kid took the car, the owner said.", "19-year-old", ""),  # a determiner
    ("Neighbours said they were worried about three children who live in the house.", "three", ""),
    ("Residents voiced concerns about 40 families still without power.", "40", ""),
    ("\"It is not just about one person,\" the mayor said.", "one", ""),
    # hedges: after a name or a verb that takes a count, before a predicative age, a time, a duration
    ("The suspect, about 19, was arrested on Friday.", "19", "about"),
    ("The driver is about 30 years old, police said.", "30 years old", "about"),
    ("About 100 people gathered for a vigil on Sunday.", "100", "about"),
    ("Police told about 30 residents to leave their homes.", "30", "about"),
    ("Officials will hold a news conference about 3 p.m. today.", "3 p.m.", "about"),
    ("Officers got a report about 30 minutes after the shots.", "30 minutes", "about"),
    ("The gunman, an approximately 25-year-old man, fled on foot.", "25-year-old", "about"),
    ("The suspect, an about 19-year-old man, was arrested.", "19-year-old", "about"),  # an adverb after "an"
    ("The blaze forced some 420 passengers off the ship.", "420", "about"),
])  # fmt: skip
def test_hedge_or_preposition(sentence: str, figure: str, hedge: str) -> None:
    found = {f.text: f.qualifier for f in find_figures(sentence)}
    assert found[figure] == hedge


def test_story_about_an_age_is_no_hedge_in_the_sidebar(tmp_path: Path) -> None:
    """The two outlets' ages of one victim agree as written differently, not as "different hedging"."""
    lead = "A teenager was shot and killed on Elm Street in Dayton on Saturday night, police said."
    report = compare_texts(tmp_path, {
        "station.txt": f"Teen killed\n\n{lead}\n\nOn Monday night, Channel 4 News ran a story about 17-year-old "
                       "Marcus Lee, who was shot on Elm Street.\n",
        "paper.txt": f"Teen killed\n\n{lead}\n\nThe victim, Marcus Lee, 17, died at the scene, police said.\n",
    })  # fmt: skip
    ages = [f for f in report.facts if f.label == "age 17"]
    assert [f.status for f in ages] == [m.AGREE]
    assert "hedging" not in ages[0].note
    assert all(report.figures[i].qualifier == "" for i in ages[0].figures)
