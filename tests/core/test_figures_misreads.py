"""Words read as figures that are not the figure they seem (review-s26): number words run together ("three and
four", "three-four") summed into one number; a law article's number ("Article 60 of the penal code") read as a
count "of them"; a calibre written as tokenised text has it (".45 - caliber", "a. 357 revolver") read as a bare count
0.45 or 357; a hedged age in apposition ("the suspect, about 19,") read as a count of the arrested. Real text shapes,
through the figure finder and through the whole comparison."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core.figures import find_figures


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # two numbers, or a range: never their sum
        ("Three and four people were injured in the blast.", [(3, None), (4, None)]),
        ("Between three and four people were injured in the blast.", [(3, 4)]),
        ("Three-four people were injured in the blast.", [(3, 4)]),
        ("The three four-year-olds were unhurt.", [(3, None), (4, None)]),
        # one number, however many words
        ("One hundred and five people were injured.", [(105, None)]),
        ("Two thousand five hundred people marched.", [(2500, None)]),
        ("Three hundred and twenty-five people marched.", [(325, None)]),
        ("Forty two people marched.", [(42, None)]),
        ("Two and a half years later, a dozen people marched.", [(2.5, None), (12, None)]),
    ],
)
def test_number_words_are_one_number_each(sentence: str, expected: list[tuple[float, float | None]]) -> None:
    assert [(f.value, f.high) for f in find_figures(sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "He was charged under Article 60 of the penal code.",
        "The airline filed for Chapter 11 protection on Monday.",
        "Voters approved Proposition 8 in November.",
        "Under Section 3 of the act, the mayor must resign.",
    ],
)
def test_the_number_of_a_law_or_text_is_no_count(sentence: str) -> None:
    assert find_figures(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The gunman used a .45 - caliber handgun, police said.", ".45 - caliber"),
        ("The gunman used a .45-caliber handgun, police said.", ".45-caliber"),
        ("The gunman used a 45-caliber handgun, police said.", "45-caliber"),
        ("He pointed a. 45 caliber revolver at them.", "45 caliber"),
        ("Police said he pulled out a. 45 revolver in the street.", "45"),
        ("He carried a .45 Colt and nothing else.", ".45"),
    ],
)
def test_a_calibre_is_one_figure_whatever_its_spacing(sentence: str, text: str) -> None:
    found = find_figures(sentence)
    assert [(f.text, f.value, f.unit, f.counts) for f in found] == [(text, 45.0, "caliber", "")]


def test_a_hedged_age_in_apposition_is_an_age() -> None:
    found = find_figures("The suspect, about 19, was arrested at the scene.")
    assert [(f.value, f.unit, f.qualifier) for f in found] == [(19, "age", "about")]
    found = find_figures("Smith, about 40, was arrested.")
    assert [(f.value, f.unit, f.qualifier) for f in found] == [(40, "age", "about")]


LEAD = "A gunman opened fire outside a nightclub in Dayton early on Sunday, police said."


def _facts(tmp_path: Path, first: str, second: str) -> list[tuple[str, str, list[str]]]:
    report = compare_texts(tmp_path, {"wire.txt": f"Club shooting\n\n{LEAD}\n\n{first}\n",
                                      "paper.txt": f"Club shooting\n\n{LEAD}\n\n{second}\n"})  # fmt: skip
    return [(fact.status, fact.label, sorted(report.figures[i].text for i in fact.figures)) for fact in report.facts]


def test_calibres_spaced_two_ways_are_one_row(tmp_path: Path) -> None:
    facts = _facts(tmp_path, "The gunman used a .45 - caliber handgun, police said.",
                   "The gunman used a .45-caliber handgun, police said.")  # fmt: skip
    assert facts == [("agree", ".45 caliber", [".45 - caliber", ".45-caliber"])]


def test_two_law_articles_are_no_conflict(tmp_path: Path) -> None:
    assert _facts(tmp_path, "He was charged under Article 60 of the penal code, police said.",
                  "He was charged under Article 61 of the penal code, police said.") == []  # fmt: skip


def test_a_range_in_words_conflicts_as_a_range(tmp_path: Path) -> None:
    facts = _facts(tmp_path, "Between three and four people were injured in the shooting, police said.",
                   "Seven people were injured in the shooting, police said.")  # fmt: skip
    assert facts == [("conflict", "people injured", ["Seven", "three and four"])]
    facts = _facts(tmp_path, "Between three and four people were injured in the shooting, police said.",
                   "Four people were injured in the shooting, police said.")  # fmt: skip
    assert [status for status, _label, _texts in facts] == ["compatible"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The Nationals offered eight years and $160MM for the first baseman.", 160e6),
        ("He is seeking closer to the $27.5MM a year A-Rod makes.", 27.5e6),
        ("They made off with a two-million-euro ($2.6 - million) haul.", 2.6e6),
        ("They made off with a $2.6-million haul.", 2.6e6),
    ],
)
def test_money_keeps_its_scale_however_written(sentence: str, value: float) -> None:
    assert [f.value for f in find_figures(sentence) if f.unit == "money:USD"] == [value]
