"""Misreadings of numbers found in the tuning data (session 35): an ordinal's event kind read as a count, and
numbers joined by a slash read apart or glued ("41 / 2 months", "17 / 35", "12 / 16 / 08")."""

from __future__ import annotations

import pytest

from reportdiff.core.figures import find_figures


def _read(sentence: str) -> list[tuple[str, float, str, str]]:
    return [(f.text, f.value, f.unit, f.counts) for f in find_figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an ordinal counting events names their kind: "a child" there is no count of children (gva_586609)
        ("It was at least the third accidental shooting of a child this year in Philadelphia.",
         [("third", 3.0, "ordinal", "")]),
        # ... while a count after the time frame is still read
        ("It was the second time in two weeks that police shot a man.",
         [("second", 2.0, "ordinal", ""), ("two weeks", 2.0, "duration:week", ""), ("a man", 1.0, "", "men shot")]),
        # a whole and its fraction that lost their space, before a unit (ECB+ 28_4: "served 41 / 2 months")
        ("LaRue served 41 / 2 months in federal prison.", [("41 / 2 months", 4.5, "duration:month", "")]),
        ("LaRue served 41/2 months in federal prison.", [("41/2 months", 4.5, "duration:month", "")]),
        # a whole and its fraction joined by a hyphen, tokenised or not (ECB+ 28_6, 32_2)
        ("Mendes went back to prison for 2-1/2 years.", [("2-1/2 years", 2.5, "duration:year", "")]),
        ("He served a 4 - 1 / 2 - month prison term.", [("4 - 1 / 2", 4.5, "", "")]),
        ("About 1 / 2 of the town lost power.", [("1 / 2", 0.5, "", "of them")]),
        # numbers joined by slashes that are neither a date nor a fraction are no figure, whole or in part
        ("He ended the day 17 / 35 for 205 yards.", [("205 yards", 205.0, "length:yard", "")]),
        ("She hosted the Emmys after 9 / 11.", []),
        ("12 / 16 / 08 1:30 AM EST", [("1:30 AM", 130.0, "time", "")]),
        ("It is open 24/7.", []),
    ],
)
def test_slashes_and_ordinals(sentence: str, expected: list[tuple[str, float, str, str]]) -> None:
    """What a sentence with an event's ordinal or numbers joined by a slash states, and nothing else."""
    assert _read(sentence) == expected
