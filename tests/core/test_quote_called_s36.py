"""Session 36: "called X “...”" (its subject names what X is in the quotation's words: "Gov. Greg Abbott called the
assault “...”") and a person's office speaking ("President Tsai Ing-wen's office said": their office, not nobody)
(core/quote_speaker.py ``_CALLED_RE``, ``office_owner``)."""

from __future__ import annotations

import pytest
from quotetexts import speakers_of

from reportdiff.core.quote_relation import name_words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # AP, the 2018 Santa Fe shooting: was unattributed
        (
            'Gov. Greg Abbott called the assault "one of the most heinous attacks ever seen in the schools of '
            'Texas."\n',
            ["Greg Abbott"],
        ),
        # the name after "called" is who was called so, never the speaker
        ('John Smith called Tom Reed "a liar and a cheat" on Tuesday.\n', ["John Smith"]),
        # nobody named: a plural role, the passive, "so-called"
        ('Police called the man "a danger to the public" after the hearing.\n', [""]),
        ('The attack was called "an act of terror" by the mayor.\n', [""]),
        ('The so-called "gang of eight" met on Tuesday to discuss the plan.\n', []),
    ],
)
def test_called_names_its_subject(text: str, expected: list[str]) -> None:
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            '"We will not bow to pressure," President Tsai Ing-wen\'s office said in a statement.\n',
            ["Tsai Ing-wen's office"],
        ),
        ('"We will not bow to pressure," Prime Minister Ehud Olmert\'s office said.\n', ["Ehud Olmert's office"]),
        # an office of a title, no person: nobody, as before
        ('"We will appeal," the City Attorney\'s office said.\n', [""]),
        ('"We will appeal," the Los Angeles District Attorney\'s office said.\n', [""]),
        # a "she said" after the office is no quotation of the office's
        (
            '"We will not bow to pressure," President Tsai Ing-wen\'s office said.\n\n'
            'Her spokeswoman Anna Lee spoke later. "We are calm," she said.\n',
            ["Tsai Ing-wen's office", "Anna Lee"],
        ),
    ],
)
def test_an_office_speaks_for_its_owner(text: str, expected: list[str]) -> None:
    assert speakers_of(text) == expected


def test_an_office_is_its_owner_in_the_quotation_list() -> None:
    """The quotation list reads the office's speaker as its owner's name: one speaker with "Tsai Ing-wen"."""
    assert name_words("Tsai Ing-wen's office") == name_words("Tsai Ing-wen") == {"tsai", "ing", "wen"}
