"""Session 35's speaker names: a plural common noun opening a sentence names nobody ("Associates described ..."),
"states" is a speech verb only where it introduces words ("The policy states:", not "Southern states from"), and a
modifier before an organisation's name ("New York-based Human Rights Watch") leaves the name whole."""

from __future__ import annotations

import pytest
from quotetexts import speakers_of

from reportdiff.core.load import split_paragraphs
from reportdiff.core.quotes import name_within, quotes_in_text, same_speaker
from reportdiff.core.segment import segment

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


def quotations(text: str) -> list[tuple[str, str]]:
    """Each quotation of a text (its words, its speaker), segmented as the pipeline does."""
    sentences = segment(text, split_paragraphs(text))
    return [(q.text, q.speaker) for found in quotes_in_text(text, sentences) for q in found]


ELECTION = "Nixon won the election of 1968 by a narrow margin.\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the plural noun after a capitalised adjective, and after "the": a term in quote marks, not speech (was
        # ("Sun Belt plan", "Western") and ("Sun Belt plan", ""))
        (ELECTION + "He drew up a “Sun Belt plan” for the party to win back Western states from the Democrats.", []),
        (ELECTION + "He drew up a “Sun Belt plan” for the party to win back the states from the Democrats.", []),
        # the verb, before "that", a colon, or after the quotation
        (
            ELECTION + "Microsoft states that “the update will reach every user by June.”",
            [("the update will reach every user by June.", "Microsoft")],
        ),
        (
            ELECTION + "Jane Cole states: “The update will reach every user by June.”",
            [("The update will reach every user by June.", "Jane Cole")],
        ),
        (
            ELECTION + "“The update will reach every user by June,” states Jane Cole.",
            [("The update will reach every user by June,", "Jane Cole")],
        ),
    ],
)
def test_states_is_a_speech_verb_only_where_it_introduces_words(text: str, expected: list[tuple[str, str]]) -> None:
    """"states" after "Western" or "the", before "from", is the plural noun: no speaker, and the term in quote marks
    near it is no quotation; before "that" or a colon, or after a quotation, it introduces the words."""
    assert quotations(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place and "-based" before an organisation: was "Watch", "London-based Amnesty International"
        (
            "Geneva-based Human Rights Watch said in a report that the country “remains one of the most closed "
            "states in the world.”",
            ["Human Rights Watch"],
        ),
        ("London-based Amnesty International said: “The trial was unfair from the start.”", ["Amnesty International"]),
        # a title joined by a hyphen before a person: was "Super-agent Scott Boras", "President-elect Barack Obama"
        ("“We will find him a team by the spring,” Super-agent Scott Boras said.", ["Scott Boras"]),
        ("“Change has come to every part of America,” President-elect Barack Obama said.", ["Barack Obama"]),
        # kept: a name ending in such a word (a Turkmen honorific)
        ("“We all came to vote early in the morning,” said pensioner Bayram-aga.", ["Bayram-aga"]),
    ],
)
def test_a_modifier_before_a_name_leaves_the_name_whole(text: str, expected: list[str]) -> None:
    """A capitalised word joined by a hyphen to a word in lower case before a name ("New York-based", "Super-agent")
    is no part of it, and the name after it is read whole: "Human Rights Watch", not "Watch"."""
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    ("short", "full", "within"),
    [
        ("Professor Varoufakis", "Yanis Varoufakis", True),  # a title and the surname
        ("Varoufakis", "Yanis Varoufakis", True),
        ("Heffner", "Hugh Hefner", True),  # spelt a letter apart
        ("Dustin Childs", "Microsoft's Dustin Childs", True),  # the employer is no part of the name
        ("Joan Felt", "Mark Felt", False),  # two people of one surname
        ("Yanis Varoufakis", "Varoufakis", False),  # the full name is not within the short one
        ("Minister", "Yanis Varoufakis", False),  # a title alone names no one
    ],
)
def test_a_short_name_within_a_full_one(short: str, full: str, within: bool) -> None:
    """``name_within``: every word of the short name is one of the full name's, titles and owners aside."""
    assert name_within(short, full) is within


def test_an_owner_before_two_names_makes_them_no_one_speaker() -> None:
    """"Microsoft's Dustin Childs" and "Microsoft's Christopher Budd" share only their employer: two speakers (the
    owner was read as a name word they shared)."""
    assert not same_speaker("Microsoft's Dustin Childs", "Microsoft's Christopher Budd")
    assert same_speaker("Microsoft's Dustin Childs", "Childs")
