"""Session 33: who "he said" / "she said" stands for, read from the words about a person. A pronoun after a name
tells that person's sex only when it may refer back to them: an object pronoun ("the officer handcuffed him") or a
title ("hugged Mr Reed") is another person. Texts written in the shapes of news reports (no article copied). Each
case failed before unless marked kept."""

from __future__ import annotations

import pytest
from quotetexts import speakers_of  # tests/core/quotetexts.py


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an object pronoun after the name is someone else
        (
            "Ann Cole watched from the porch as an officer handcuffed him.\n\n"
            '"I was terrified for the children," she said.',
            ["Ann Cole"],
        ),
        # "her" as an object (before a preposition) is someone else
        (
            "Dale Hoskins waved to her from the courthouse steps.\n\n"
            '"We will appeal this verdict," he said.',
            ["Dale Hoskins"],
        ),
        # a title after the name is another person's
        (
            "Ann Cole hugged Mr Reed outside the court.\n\n"
            '"Justice was done today," she said.',
            ["Ann Cole"],
        ),
        # kept: "her" before a noun is a determiner, referring back ("her car")
        (
            "Dale Hoskins drove her car to the courthouse.\n\n"
            '"We will appeal this verdict," he said.',
            [""],
        ),
        # kept: a subject pronoun after the name refers back
        (
            "Dale Hoskins left the court, and she did not look back.\n\n"
            '"We will appeal this verdict," he said.',
            [""],
        ),
    ],
)
def test_a_pronoun_tells_the_sex_only_when_it_refers_back(text: str, expected: list[str]) -> None:
    """A pronoun or title after a name that cannot stand for them (an object, a title) does not rule them out as
    the "he" or "she" of the next quotation."""
    assert speakers_of(text) == expected
