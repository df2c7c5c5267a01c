"""Session 37's offices speaking: "“...,” said Tsai's office." (the inverted order of "Tsai Ing-wen's office said"),
an owner of one word the article names as a person, and an office owned by a definite role ("the governor's office
said", "said the mayor's office") speak as that person's office (core/quote_people.py ``office_speaker``)."""

from __future__ import annotations

import pytest
from quotetexts import speakers_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Reuters' shape (Taiwan, 2018): the president named in full, then her office, inverted, by her family name
        (
            "President Tsai Ing-wen condemned the pressure on foreign airlines.\n\n"
            '"We will not bow to threats," said Tsai\'s office.\n',
            ["Tsai's office"],
        ),
        (
            '"We will not bow to threats," said President Tsai Ing-wen\'s office in a statement.\n',
            ["Tsai Ing-wen's office"],
        ),
        # an owner of one word before the verb, named as a person before (after a given name)
        (
            'Donald Trump met the governors on Friday.\n\n"The meeting went well," Trump\'s office said.\n',
            ["Trump's office"],
        ),
        # an office owned by a role stands for the one person holding it
        (
            'Gov. Greg Abbott visited the school.\n\n"It was awful," the governor\'s office said.\n',
            ["Greg Abbott's office"],
        ),
        (
            "Mayor John Smith spoke outside city hall.\n\n"
            '"The roads will reopen on Monday," said the mayor\'s office.\n',
            ["John Smith's office"],
        ),
        # the office is no person: a "she said" after it is not the office's
        (
            "Gov. Greg Abbott and his deputy Ann Cole visited the school.\n\n"
            '"It was awful," said the governor\'s office. "We will be back," she said.\n',
            ["Greg Abbott's office", ""],
        ),
    ],
)
def test_an_office_speaks_for_the_person_it_belongs_to(text: str, expected: list[str]) -> None:
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # one word the article never names as a person: a company
        'Microsoft shares fell on Monday.\n\n"We are reviewing it," Microsoft\'s office said.\n',
        '"We will not bow to threats," said Tsai\'s office.\n',
        # an agency's office (a sheriff's, a chief's), or an office holding a title: not a person's staff
        'Sheriff Ed Gonzalez arrived.\n\n"Nobody was hurt," the sheriff\'s office said.\n',
        '"We are reviewing it," said the City Attorney\'s office.\n',
        # two governors: whose office spoke is not told
        'Gov. Greg Abbott and Gov. John Bel Edwards met.\n\n"It went well," the governor\'s office said.\n',
    ],
)
def test_an_office_names_nobody_when_its_owner_is_not_told(text: str) -> None:
    assert speakers_of(text) == [""]
