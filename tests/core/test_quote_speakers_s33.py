"""Session 33: speakers of quotations. A pronoun after a name tells that person's sex only when it may refer back to
them (an object pronoun, "the officer handcuffed him", or a title, "hugged Mr Reed", is another person); an aside of
any length stands between a speaker and the verb; a sentence naming nobody between a person and "he said" does not end
the search; quote marks with a space on the wrong side pair all the same. Texts written in the shapes of news reports
(no article copied). Each case failed before unless marked kept."""

from __future__ import annotations

import pytest
from quotetexts import speakers_of  # tests/core/quotetexts.py

from reportdiff.core.load import split_paragraphs
from reportdiff.core.quotes import quotes_in_text
from reportdiff.core.segment import segment


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an aside of over 80 characters between the quotation and "said" (a pronoun in it was read as the subject)
        (
            '"We never expected the verdict to come so quickly," Ann Cole, who has represented the families of the '
            "victims since she first took the case to the county court, said on Tuesday.",
            ["Ann Cole"],
        ),
        # ... naming a place, which spoke before
        (
            '"They are a very close family," said a neighbour.\n\n'
            "Dale Hoskins, another retired Denver teacher who knew the father from their days working in Denver, "
            'said he met the children through their parents. "They always looked after each other."',
            ["", "Dale Hoskins"],
        ),
        # a term's comma inside its closing mark closes the aside: the speaker before it spoke
        (
            "Ann Cole, who on Monday won an award for her role in “The Long Road,” said the strike worries "
            "“everyone in this town.”",
            ["Ann Cole", "Ann Cole"],
        ),
        # kept: a quotation of speech keeps no comma; the name after it spoke
        (
            "“Right now, things are tense,” Dale Hoskins, who represents the area, said on Twitter.",
            ["Dale Hoskins"],
        ),
        # kept: a short aside
        (
            '"We will appeal," Dale Hoskins, a lawyer for the family, said.',
            ["Dale Hoskins"],
        ),
    ],
)
def test_an_aside_between_a_speaker_and_the_verb(text: str, expected: list[str]) -> None:
    """An aside between commas, however long (up to ``APPOSITIVE_MAX``), or closed by a comma inside a term's
    closing mark, stands between a speaker and their verb: its words name nobody who spoke."""
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence between that names nobody and speaks of nobody else
        (
            "Dale Hoskins said he had explored several options for the old creamery.\n\n"
            "Ideas included turning it into apartments and offices.\n\n"
            '"There were lots of really good plans we had," he said.',
            ["Dale Hoskins"],
        ),
        # ... a role with "the" may be the same person
        (
            "Dale Hoskins has never directed a film for teenagers.\n\n"
            "Still, the director was taking few chances.\n\n"
            "“I promise to remain responsive to your hopes,” he wrote in a letter to fans.",
            ["Dale Hoskins"],
        ),
        # kept: someone else named by a noun ("his brother")
        (
            "Dale Hoskins said he had explored several options for the old creamery.\n\n"
            "His brother arrived at the site an hour later.\n\n"
            '"There were lots of really good plans we had," he said.',
            [""],
        ),
        # kept: a pronoun of the other sex
        (
            "Dale Hoskins said he had explored several options for the old creamery.\n\n"
            "She arrived at the site an hour later.\n\n"
            '"There were lots of really good plans we had," he said.',
            [""],
        ),
        # kept: a heading (no sentence's end)
        (
            "Dale Hoskins said he had explored several options for the old creamery.\n\n"
            "A tragic loss\n\n"
            '"There were lots of really good plans we had," he said.',
            [""],
        ),
        # kept: a name opening the sentence (capitalised within a sentence elsewhere in the article)
        (
            "Dale Hoskins said he had explored several options with Morgan.\n\n"
            "Morgan left the site an hour later.\n\n"
            '"There were lots of really good plans we had," he said.',
            [""],
        ),
    ],
)
def test_a_sentence_naming_nobody_between_a_person_and_he(text: str, expected: list[str]) -> None:
    """A sentence between a person and the "he" or "she" that refers to them does not end the search when it names
    nobody and speaks of nobody else (``PRONOUN_GAP_SENTENCES``)."""
    assert speakers_of(text) == expected


def quotes_of(text: str) -> list[tuple[str, str]]:
    """Each quotation of a text (its words, its speaker), segmented as the pipeline does."""
    sentences = segment(text, split_paragraphs(text))
    return [(q.text, q.speaker) for found in quotes_in_text(text, sentences) for q in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a closing mark with a space before it, nothing after: the quotation's last line
        (
            "Dale Hoskins said the fire started in the kitchen.\n\n"
            '"We lost the building and everything in it.\n\nNothing can replace that. "',
            [
                ("We lost the building and everything in it.", "Dale Hoskins"),
                ("Nothing can replace that.", "Dale Hoskins"),
            ],
        ),
        # a closing mark glued to the attribution after it: '..., "Dale Hoskins said.'
        (
            "The fire started in the kitchen.\n\n"
            '"We lost the building and everything in it.\n\nNothing can replace that, "Dale Hoskins said.',
            [
                ("We lost the building and everything in it.", "Dale Hoskins"),
                ("Nothing can replace that,", "Dale Hoskins"),
            ],
        ),
        # ... an unnamed speaker: nobody, but the attribution is no quotation
        (
            "The fire started in the kitchen.\n\n"
            '"We lost the building and everything in it.\n\nNothing can replace that, "the owner told reporters.',
            [("We lost the building and everything in it.", ""), ("Nothing can replace that,", "")],
        ),
        # a capital after a mark opens a quotation ("He asked why" is its words, not an attribution)
        (
            'King said that when he broke the news to Smith, "He asked why, and I told him.\n\n'
            "He said, 'Thank you.' \"",
            [("He asked why, and I told him.", "King"), ("He said, 'Thank you.'", "King")],
        ),
    ],
)
def test_quote_marks_with_a_space_on_the_wrong_side(text: str, expected: list[tuple[str, str]]) -> None:
    """A straight double mark left over in a paragraph with a space before it closes the quotation opened before
    when nothing follows it or an attribution is glued after it (text detokenised, or typed with spaces inside the
    marks); before a capitalised word it opens one."""
    assert quotes_of(text) == expected


def test_a_capitalised_word_after_a_or_an_is_no_speaker() -> None:
    """'said an Egyptian blogger, who added that the "..."': "Egyptian" modifies the noun, nobody is named."""
    text = '"I have to upload things daily," said an Egyptian blogger, who added that the "Internet is my life."'
    assert speakers_of(text) == ["", ""]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the quotation's own sentence names a speaker before its pronoun
        (
            'Ann Cole said her client has little chance in the state court, which she described as "very hostile to '
            'appeals."',
            ["Ann Cole"],
        ),
        # kept: a person of the other sex is not the pronoun
        (
            'Tom Reed said the state court, which she described as "very hostile to appeals," was fair.',
            [""],
        ),
        # kept: "say" and "she" on either side of a quotation are no "said she"
        (
            'Ann Cole testified that after she heard someone say "he has a gun," she ran into a store.',
            [""],
        ),
    ],
)
def test_a_pronoun_after_a_speaker_in_the_same_sentence(text: str, expected: list[str]) -> None:
    """"which he described as '...'": the speaker the sentence names before the pronoun is who it stands for."""
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role and a name after a fronted phrase's comma: the subject, not an aside
        (
            "In a statement on Monday, hospital president and chief executive officer Dale Hoskins, MD, said the "
            'staff "did everything they could."',
            ["Dale Hoskins"],
        ),
        # an appositive of a role and a name naming the unnamed subject before it
        (
            "“We will appeal the ruling,” the candidate, regional official Dale Hoskins, said in a statement.",
            ["Dale Hoskins"],
        ),
        # kept: a name after "for" in an aside is not the speaker
        (
            'Ann Cole, a lawyer for Dale Hoskins, said the verdict was "a disgrace to the court."',
            ["Ann Cole"],
        ),
        # kept: a participle's phrase ("led by") is an aside: its name did not speak
        (
            'A parade of witnesses, led by former manager Dale Hoskins, described "a culture of fear."',
            [""],
        ),
    ],
)
def test_a_role_and_a_name_between_commas(text: str, expected: list[str]) -> None:
    """A stretch between commas of a role's words ending in a name is the subject or names it, not an aside."""
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a surname known from a full name with initials ("Dr. D.Z. Hale"; session 37: the speaker is read with
        # the initials, was "Hale")
        (
            "“There is just nothing to say,” said Dr. D.Z. Hale.\n\n"
            "Hale, who has been comforting the family, is a pastor at a church nearby.\n\n"
            "“He gave his life to God,” he added.",
            ["D.Z. Hale", "Hale"],
        ),
        # kept: initials after a function word name no person ("the U.S. Capitol")
        (
            "The flag flew over the U.S. Capitol.\n\nCapitol police closed the building on Monday.\n\n"
            "“We are safe,” he said.",
            [""],
        ),
    ],
)
def test_a_surname_after_initials(text: str, expected: list[str]) -> None:
    """A word after initials after a title or a given name is a surname the article knows."""
    assert speakers_of(text) == expected
