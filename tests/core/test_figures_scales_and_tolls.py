"""Two figures that were read as something else (review s29, findings 2 and 7): an earthquake's magnitude ("a
magnitude 5.6 earthquake", "magnitude-5.2", "a 6.1-magnitude quake", "5.6 on the Richter scale") read as a bare
number, so two outlets' 5.6 and 5.2 in linked sentences were an agreement, or not read at all; and a death toll named
further back than a role verb may be ("the death toll from the quake has risen to 12", "bringing the military death
toll after the shooting rampage in Chattanooga, Tennessee to 5") read as a bare count, so it never met "killed five".
Real text shapes, through the figure finder and through the whole comparison."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core.figures import KILLED, find_figures


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("A magnitude 5.6 earthquake hit northern California on Monday morning.", [("5.6", 5.6)]),
        ("Iran's state television says a magnitude-5.2 quake has injured three people.", [("5.2", 5.2)]),
        ("The U.S. Geological Survey put the quake's strength at magnitude-5.4.", [("5.4", 5.4)]),
        ("The 6.1 - magnitude quake struck Qeshm island, state media said.", [("6.1", 6.1)]),
        ("A 6.1-magnitude quake struck the island.", [("6.1", 6.1)]),
        ("An earthquake measuring 5.6 on the Richter scale jolted Qeshm island.", [("5.6", 5.6)]),
        ("It was an earthquake of magnitude 7, the agency said.", [("7", 7.0)]),
        ("U.S. Geological Survey puts the magnitude at 6.1.", [("6.1", 6.1)]),
        ("The same island was hit by a 6.1 quake in September.", [("6.1", 6.1)]),
        ("An earthquake with a magnitude of at least 5.9 hit southern Iran on Sunday.", [("5.9", 5.9)]),
    ],
)
def test_a_magnitude_is_a_reading_on_its_own_scale(sentence: str, expected: list[tuple[str, float]]) -> None:
    """Every spelling of a magnitude is one figure of unit "magnitude", never a bare count."""
    found = [(f.text, f.value) for f in find_figures(sentence) if f.unit == "magnitude"]
    assert found == expected
    assert all(f.unit for f in find_figures(sentence) if f.text in dict(expected))


@pytest.mark.parametrize(
    "sentence",
    [
        "Seven quakes struck the region in 2011.",  # a count of quakes
        "The magnitude of the 2011 disaster was not clear.",  # a year
    ],
)
def test_no_magnitude_where_none_is_told(sentence: str) -> None:
    """A count of quakes and a year near the word are no magnitude."""
    assert not [f for f in find_figures(sentence) if f.unit == "magnitude"]


QUAKE_A = """Earthquake shakes northern California

A magnitude 5.6 earthquake hit northern California on Monday morning, the U.S. Geological Survey said.

Residents of Cloverdale said dishes fell from shelves and windows rattled for several seconds.
"""
QUAKE_B = """Quake rattles wine country

A magnitude 5.2 earthquake hit northern California on Monday morning, the U.S. Geological Survey said.

Residents of Cloverdale said dishes fell from shelves and windows rattled for a few seconds.
"""


def test_two_magnitudes_of_one_quake_conflict(tmp_path: Path) -> None:
    """5.6 and 5.2 in linked sentences are a discrepancy and one conflicting fact, no longer an agreement."""
    paper = QUAKE_B.replace("magnitude 5.2", "5.2-magnitude")
    report = compare_texts(tmp_path, {"wire.txt": QUAKE_A, "paper.txt": paper})
    sentence = {(a.index, s.index): s.text for a in report.articles for s in a.sentences}
    kinds = {lk.kind for lk in report.links if "5.6" in sentence[lk.source.article, lk.source.sentence]}
    assert "discrepancy" in kinds
    facts = [(f.status, sorted(report.figures[i].text for i in f.figures)) for f in report.facts]
    assert ("conflict", ["5.2", "5.6"]) in facts


def test_one_magnitude_told_alike_agrees(tmp_path: Path) -> None:
    """The same magnitude in two spellings is one agreeing fact."""
    report = compare_texts(tmp_path, {"wire.txt": QUAKE_A,
                                      "paper.txt": QUAKE_B.replace("A magnitude 5.2", "A 5.6-magnitude")})  # fmt: skip
    facts = [(f.status, sorted(report.figures[i].text for i in f.figures)) for f in report.facts]
    assert facts == [("agree", ["5.6", "5.6"])]


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        (
            "Smith died from his injuries Saturday July 18, bringing the military death toll after the shooting "
            "rampage in Chattanooga, Tennessee to 5.",
            "5",
        ),
        ("The death toll from the quake has risen to 12, officials said.", "12"),
        (
            "The sixth aftershock shook the island on Monday as death toll from a strong earthquake a day before rose "
            "to 10.",
            "10",
        ),
        ("The death toll in the province is now 230,000, the government said.", "230,000"),
    ],
)
def test_a_death_toll_counts_the_killed(sentence: str, text: str) -> None:
    """A toll named before its event or place, then "to"/"at"/"is now" and the count: the count of the killed."""
    (toll,) = [f for f in find_figures(sentence) if f.text == text]
    assert toll.counts == KILLED


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The death toll rose to 12 from 5.", "5"),  # the toll before
        ("The death toll of the 2010 earthquake was revised, and 40 buildings fell.", "40"),
    ],
)
def test_no_toll_where_the_count_is_another(sentence: str, text: str) -> None:
    """A count after "from" or past the toll's clause is not the toll."""
    (f,) = [f for f in find_figures(sentence) if f.text == text]
    assert f.counts != KILLED


def test_a_toll_and_a_killed_count_are_one_fact(tmp_path: Path) -> None:
    """ "bringing the military death toll ... to 5" and "killed five U.S. servicemen" agree (gva_375022's shape)."""
    first = (
        "Navy sailor dies of wounds\n\nA Navy sailor died from his injuries Saturday July 18, bringing the "
        "military death toll after the shooting rampage in Chattanooga, Tennessee to 5.\n"
    )
    second = (
        "Gunman texted friend before attack\n\nHours before the Tennessee shooting that killed five U.S. "
        "servicemen, the suspected gunman texted a friend.\n"
    )
    report = compare_texts(tmp_path, {"wire.txt": first, "paper.txt": second})
    facts = [
        (f.status, sorted(report.figures[i].text for i in f.figures))
        for f in report.facts
        if any(report.figures[i].counts.endswith("killed") for i in f.figures)
    ]
    assert facts == [("agree", ["5", "five"])]
