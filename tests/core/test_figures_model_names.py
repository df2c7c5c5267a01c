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
