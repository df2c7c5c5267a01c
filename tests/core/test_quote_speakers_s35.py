"""Session 35's speaker names: a plural common noun opening a sentence names nobody ("Associates described ..."),
"states" is a speech verb only where it introduces words ("The policy states:", not "Southern states from"), and a
modifier before an organisation's name ("New York-based Human Rights Watch") leaves the name whole."""

from __future__ import annotations

import pytest
from quotetexts import speakers_of

OPENING = "Mark Felt, the former deputy director of the FBI, died on Thursday at his home.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural common noun as the subject: was "Associates", "Colleagues"
        (OPENING + "Associates described his “unfailing loyalty to the bureau.”", [""]),
        (OPENING + "Colleagues said: “He never once spoke about the case to any of us.”", [""]),
        # kept: a surname ending in "s" that the article names elsewhere, one ending in "ss", one not plural
        (
            "Tom Simmons, a neighbour, watched the house for years.\n\nSimmons said: “He never once spoke about it.”",
            ["Simmons"],
        ),
        (OPENING + "Ross said: “He never once spoke about the case to any of us.”", ["Ross"]),
        (OPENING + "Heffner told reporters: “He never once spoke about the case to any of us.”", ["Heffner"]),
    ],
)
def test_a_plural_opening_a_sentence_names_nobody(text: str, expected: list[str]) -> None:
    """A capitalised plural the article shows no name of ("Associates", "Colleagues") is no speaker's name."""
    assert speakers_of(text) == expected
