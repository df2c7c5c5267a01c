"""Session 36's headlines: a role opening a headline ("Filmmaker says he ...", a dek under the title) is no speaker's
name, and a word opening a line is never read as capitalised within a sentence or as a surname across the line
break (core/quote_referents.py ``paragraphs_ended``)."""

from __future__ import annotations

import pytest
from quotetexts import speakers_of

from reportdiff.core.quote_referents import Named, paragraphs_ended

# A title, a dek naming its speaker by a role alone, then the article, a paragraph a line (as ECB+ and wire copy write)
TITLE = "Anna Weiss Will Not Conduct 'Ring' Cycle\n"
BODY = (
    "Orchestra director Anna Weiss will not lead the new production, the Daily Courier reports.\n"
    '"I simply do not have the time I need to prepare it," Weiss said in a statement.\n'
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a singular role opening the dek: was "Conductor" (capitalised after the title's line break, it passed
        # for a name the article writes within a sentence)
        (TITLE + 'Conductor says she "cannot commit" to the rehearsal schedule\n' + BODY, ["", "Weiss"]),
        # the same with the text's paragraphs apart by blank lines
        (
            TITLE + '\nConductor says she "cannot commit" to the schedule\n\n' + BODY.replace(".\n", ".\n\n"),
            ["", "Weiss"],
        ),
        # kept: a surname the article names in full, opening the dek
        (TITLE + 'Weiss says she "cannot commit" to the rehearsal schedule\n' + BODY, ["Weiss", "Weiss"]),
        # kept: a full name opening the dek
        (TITLE + 'Anna Weiss says she "cannot commit" to the schedule\n' + BODY, ["Anna Weiss", "Weiss"]),
    ],
)
def test_a_role_opening_a_headline_names_nobody(text: str, expected: list[str]) -> None:
    """A single capitalised word opening a headline that the article shows no name of is a role, not a speaker."""
    assert speakers_of(text) == expected


def test_a_body_sentence_keeps_a_surname_opening_it() -> None:
    """Below the first sentence's end the rule is as before, on a line with no full stop too (ECB+ prints many): a
    surname the article writes nowhere else, opening a sentence as a speech verb's subject, speaks ("White said he
    ...", "Pigeon said she ...")."""
    text = (
        "Lohan arrives at rehab\n"
        "The actress checked in on Friday night.\n"
        'White said he was "very pleased" by the placement.\n'
        'Pigeon said she "could not open the door"\n'
    )
    assert speakers_of(text) == ["White", "Pigeon"]


@pytest.mark.parametrize(
    "text",
    [
        "Anna Weiss Will Not Conduct 'Ring' Cycle\nConductor says she cannot commit\n",
        "Anna Weiss Will Not Conduct 'Ring' Cycle\n\nConductor says she cannot commit\n",
        "Weiss will not conduct\nConductor says she cannot commit\n",  # after a word in lower case
    ],
)
def test_a_word_opening_a_line_is_no_name_of_the_article(text: str) -> None:
    """A word opening a paragraph is not capitalised within a sentence, nor a surname after the line above."""
    named = Named(text)
    assert "Conductor" not in named.mid_capitals()
    assert "Conductor" not in named.surnames()
    assert not named.known("Conductor")


def test_a_soft_wrap_keeps_a_name_whole() -> None:
    """In a text whose paragraphs are apart by blank lines a single line break is a wrap inside a sentence: the
    name across it is read as before."""
    text = "The letter was signed by Anna\nWeiss on Friday.\n\nIt said nothing more.\n"
    assert paragraphs_ended(text) == "The letter was signed by Anna\nWeiss on Friday. .\nIt said nothing more.\n"
    assert "Weiss" in Named(text).surnames()
