"""Session 36's quotation marks: an opening curly mark standing where a closing one belongs, the attribution glued
after it ('“..., “said Stefanski.'), closes the quotation open before it; and a straight mark closing a quotation
opened on the line before, a name and its appositive after it ('..., "Bill Adgate, who works ..., told CNN'), is a
closing mark. Each was read as opening a quotation running to the end, its speaker lost."""

from __future__ import annotations

import pytest
from quotetexts import speakers_of

from reportdiff.core.quotes import find_quotes


@pytest.mark.parametrize(
    ("sentence", "quoted", "speaker"),
    [
        # a closing mark turned the wrong way, a verb and the speaker after it
        (
            "“I feel sorry for the young, “said 40-year-old Maria Papas, a public sector worker.",
            "I feel sorry for the young,",
            "Maria Papas",
        ),
        # ... a name and its appositive, then the verb
        (
            "“It will have been an anchor again, “John Wright, the firm's director of products, said in an interview.",
            "It will have been an anchor again,",
            "John Wright",
        ),
        ("“This is a great honour, “Hansbrough said as he stood at midcourt.", "This is a great honour,", "Hansbrough"),
    ],
)
def test_a_turned_closing_mark_closes(sentence: str, quoted: str, speaker: str) -> None:
    """The words between the two opening marks are the quotation, and the name after the second spoke them."""
    assert [(q.text, q.speaker) for q in find_quotes(sentence)] == [(quoted, speaker)]


@pytest.mark.parametrize(
    ("sentence", "quoted"),
    [
        # two quotations: the second mark opens one (no attribution after it)
        ("He said, “We will win.” And then, “Nobody can stop us,” he added.", ["We will win.", "Nobody can stop us,"]),
        ("Officials said, “The road is closed, “pending a review” and reopens soon.", ["pending a review"]),
    ],
)
def test_an_opening_mark_with_no_attribution_after_it_still_opens(sentence: str, quoted: list[str]) -> None:
    """An opening curly mark after a comma that no attribution follows opens a quotation, as before."""
    assert [q.text for q in find_quotes(sentence)] == quoted


def test_a_straight_mark_closing_a_quotation_of_the_line_before() -> None:
    """ECB+ prints a sentence a line: a quotation opened on one line closes on the next at a mark glued to the
    speaker's name, an appositive between the name and the verb: both lines are the speaker's."""
    text = (
        "A gunman opened fire in an office tower on Friday.\n"
        '"We heard gunshots....\n'
        "We're on the third floor, barricaded in, \"Bill Adgate, who works for a bank in the building, told a local "
        "TV station as police searched the tower.\n"
    )
    assert speakers_of(text) == ["Bill Adgate", "Bill Adgate"]


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        # a role in lower case before the name
        ('"team president Ann Cole said.', "Ann Cole"),
        # an owner and a role, the name apposed
        ('"Kafoury\'s son, Charlie, said after the hearing.', "Charlie"),
        # a name longer than NAME's four words, an appositive after it
        ('"New York City Councilman Jumaane D. Williams, who represents the area, said.', "Jumaane D. Williams"),
    ],
)
def test_an_attribution_glued_to_the_closing_mark(attribution: str, speaker: str) -> None:
    """The attribution glued to the closing mark of a quotation opened on the line before closes it, whatever
    stands before its verb: a role, an owner, a long title (each was read as opening a quotation: nobody spoke)."""
    text = f'The coach was fired on Monday.\n"Tom is family.\nHe bleeds the city, {attribution}\n'
    assert speakers_of(text) == [speaker, speaker]
