"""A model name written with a space is no count: "12 AK 47 guns" is twelve guns, not 47 (review-s25 F1: "AK 47"
read as 47 guns gave false "three vs 47 guns" conflicts on ECB+ 12ecb). The glued forms ("AK-47", "F-16", "A320")
and makers ("Boeing 737", "Airbus A320") were already skipped. Real text shapes."""

from __future__ import annotations

import pytest

from reportdiff.core.figures import find_figures


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Indian commandos also recovered 12 AK 47 guns, three rifles.", [12, 3]),
        ("During the operation, six AK 47 rifles, 12 Magazines and about 300 rounds were found.", [6, 12, 300]),
        ("Two B 52 bombers and 3 MiG 29 jets flew over.", [2, 3]),
        ("They carried 2 M 16 rifles.", [2]),
        ("The flaw exists only in IE 7 on all versions.", []),
        ("Seven AK-47 rifles and two F-16 jets, a Boeing 737 and an Airbus A320.", [7, 2]),
    ],
)
def test_a_model_number_is_no_count(sentence: str, expected: list[float]) -> None:
    assert [f.value for f in find_figures(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("MAY 3, 2013 AT 1:10PM", [503, 1310]),
        ("9:53 AM, MON 22 JUL 2013", [953, 722]),
        ("A 17 year old was killed.", [1, 17]),
    ],
)
def test_capitals_that_are_no_model_keep_their_numbers(sentence: str, expected: list[float]) -> None:
    assert [f.value for f in find_figures(sentence)] == expected


# A model name with a tokenised hyphen, as some sources print it ("AK - 47", "F - 16", "Boeing 737 - 800"), or a model's
# variant after its number: its numbers are no figures, and the count before it counts the noun after it, told apart
# by the model (task s27: "14 AK - 47 rifles" counted nothing, and "Boeing 737 - 800" was 800 of something).
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # tokenised, glued and spaced: one noun, "AK-47 rifles"
        ("The Navy confiscated 14 AK - 47 rifles, 31 magazines and 923 rounds.",
         [(14, "AK-47 rifles"), (31, "magazines"), (923, "rounds")]),
        ("The Navy confiscated 14 AK-47 rifles.", [(14, "AK-47 rifles")]),
        ("The Indian commandos also recovered 12 AK 47 guns, three rifles.", [(12, "AK-47 guns"), (3, "rifles")]),
        # a capital after the spaced name (a title-case line): its 47 counted "Rifles" (ECB+ 12ecbplus sidebar)
        ("So far, the Indian Navy has confiscated 14 AK 47 Rifles, 31 magazines and 923 rounds of ammunition.",
         [(14, "AK-47 rifles"), (31, "magazines"), (923, "rounds")]),
        # the model tells the count apart from other rifles counted beside it
        ("They seized seven AK-47 assault rifles, two other rifles and a launcher.",
         [(7, "AK-47 rifles"), (2, "rifles")]),
        # a code with a small letter inside ("MiG"), and makers with a variant, glued or tokenised
        ("Two F - 16 jets and 3 MiG - 29 fighters flew over.", [(2, "F-16 jets"), (3, "MiG-29 fighters")]),
        ("A Boeing 737 - 800 with 189 people on board crashed.", [(189, "people")]),
        ("The Boeing 737-800 carried 189 people.", [(189, "people")]),
        ("An Airbus A320 - 200 with 150 people landed.", [(150, "people")]),
        ("Two Boeing 777-300ER jets carrying 300 passengers", [(2, "Boeing 777-300ER jets"), (300, "passengers")]),
        # a casualty count keeps its plain noun: "two F-16 pilots killed" and "two pilots killed" are one toll
        ("Two F-16 pilots were killed.", [(2, "pilots killed")]),
    ],
)
def test_a_count_before_a_model_counts_the_noun_after_it(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.counts) for f in find_figures(sentence)] == expected
