"""Figures a reader would not recognise in their labels (review s29 finding 13): a span of days ("October 1 - 2") is
one date, not a date and "2 hosts"; "21 y/o" is an age; a date in digits ("27 / 09 / 2013") is a date, not the counts
27 and 9; and a dateline's date ("CHATTANOOGA, Tenn., July 18 (Reuters) -") dates the page, not the event."""

from __future__ import annotations

import pytest

from reportdiff.core.figures import find_figures
from reportdiff.core.figures.stamps import STAMP


def _read(sentence: str) -> list[tuple[str, str, str]]:
    return [(f.text, f.unit, f.counts) for f in find_figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a span of days, tokenised or glued, is one date
        ("October 1 - 2 Ashgabat hosts the exhibition.", [("October 1 - 2", "date", "")]),
        ("The fair runs October 1-2 in Ashgabat.", [("October 1-2", "date", "")]),
        # a dash before a counted noun is no span: "5 people" stays a toll
        ("On March 3 - 5 people died.", [("March 3", "date", ""), ("5", "", "people killed")]),
        # an age in short
        ("The victim, a 21 y/o man, was shot.", [("21", "age", "")]),
        # a date in digits whose day cannot be a month; an ambiguous one is no figure at all
        ("On 27/09/2013 the vote was called.", [("27/09/2013", "date", "")]),
        ("On 12/03/2026 it rained.", []),
        # datelines: a place and an agency, or a date with its year, before a dash
        ("CHATTANOOGA, Tenn., July 18 (Reuters) - Hours before the attack.", [("July 18", "date", STAMP)]),
        ("27 / 09 / 2013 - Turkmenistan to hold elections", [("27 / 09 / 2013", "date", STAMP)]),
        # a date alone before a dash opens a sentence, not a page
        ("July 4 - Independence Day parade draws crowds", [("July 4", "date", "")]),
    ],
)
def test_figures_read_as_a_reader_would(sentence: str, expected: list[tuple[str, str, str]]) -> None:
    """Each sentence's figures: their text, unit and what they count."""
    assert _read(sentence) == expected


def test_a_span_of_days_is_one_date_with_its_last_day() -> None:
    """ "October 1 - 2": value October 1, high October 2."""
    (found,) = find_figures("October 1 - 2 Ashgabat hosts the exhibition.")
    assert (found.value, found.high) == (1001, 1002)


@pytest.mark.parametrize("sentence", ["No-one was injured in the fire.", "No - one was hurt.", "No one was hurt."])
def test_no_one_is_no_count(sentence: str) -> None:
    """ "No-one was injured" says nobody was: no figure "one injured" (ECB+ topic 14 agreed on three of them)."""
    assert find_figures(sentence) == []
