"""Session 36's definite roles as speakers: "“...,” the governor said" stands for the one person the article named
before with that role's title ("Gov. Greg Abbott"), never for two such people, another role ("Lt. Gov."), nor for
one named only after it (core/quote_people.py ``role_speaker``)."""

from __future__ import annotations

import pytest
from quotetexts import speakers_of

ABBOTT = (
    'Gov. Greg Abbott called the assault "one of the most heinous attacks ever seen in the schools of Texas."\n\n'
    "\"We need to do more than just pray for the victims. Beginning immediately, I'm going to be working with the "
    'Texas legislature to begin discussions on taking actions," the governor said at a press conference.\n'
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # wire copy (AP, the 2018 Santa Fe shooting): both sentences of the quotation were unattributed
        # (the first, "Gov. Greg Abbott called the assault “...”", his too: test_quote_called_s36.py)
        (ABBOTT, ["Greg Abbott", "Greg Abbott", "Greg Abbott"]),
        ('Mayor John Smith spoke to reporters outside city hall.\n\n"We will act," the mayor said.\n', ["John Smith"]),
        (
            'Police Chief Jane Roe arrived at the scene an hour later.\n\n"It was awful," the chief said.\n',
            ["Jane Roe"],
        ),
        # inverted, and the fullest form of the one person named twice
        (
            "Sheriff Ed Gonzalez of Harris County arrived first. Sheriff Gonzalez closed the road.\n\n"
            '"Nobody was hurt," said the sheriff.\n',
            ["Ed Gonzalez"],
        ),
        # a "he said" after it refers back to the person the role stands for
        (
            'Sen. Ted Cruz visited the school on Friday.\n\n"It was awful," the senator said.\n\n'
            '"We will be back," he said.\n',
            ["Ted Cruz", "Ted Cruz"],
        ),
    ],
)
def test_a_definite_role_speaks_for_the_one_person_titled_so_before(text: str, expected: list[str]) -> None:
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # two senators: which one spoke is not told
        'Sen. Ted Cruz and Sen. John Cornyn visited the school.\n\n"It was awful," the senator said.\n',
        # another role: a lieutenant governor, a deputy chief, a former governor
        'Lt. Gov. Dan Patrick visited the school.\n\n"It was awful," the governor said.\n',
        'Deputy Chief Tom Reed arrived at the scene.\n\n"It was awful," the chief said.\n',
        'Former Gov. Rick Perry visited the school.\n\n"It was awful," the governor said.\n',
        # named only after the quotation
        '"It was awful," the governor said.\n\nGov. Greg Abbott visited the school later.\n',
        # the mayor listened (the governor's office speaking is the office's: test_quote_offices_s37.py)
        'Mayor John Smith arrived late.\n\n"It was awful," a witness told the mayor.\n',
    ],
)
def test_a_definite_role_names_nobody_when_the_article_does_not_tell_who(text: str) -> None:
    assert speakers_of(text) == [""]
