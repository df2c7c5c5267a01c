"""Session 34's one-word speakers opening a sentence: every word there is capitalised, so a capitalised word
opening a sentence ("Moments after the crash", "One said:", "Friends of Marta Ilves") is a speaker only when the
article shows it is a name (a full name, a capital within a sentence, a given name) or it is the subject of the
speech verb right after it ("White said", "Zadan and Meron added")."""

from __future__ import annotations

import pytest
from quotetexts import speakers_of


@pytest.mark.parametrize(
    "text",
    [
        # a fronted phrase's first word (was "Moments")
        "Moments after the crash, one officer put both hands on his head and said, “Oh, God!” Dana Reyes recalled.",
        # a quantifier standing for one of a group (was "One", "Several")
        "Students gathered on the lawn.\n\nOne said: “I heard screaming in the early hours.”",
        "Students gathered on the lawn.\n\nSeveral said: “We heard screaming in the early hours.”",
        # a plural noun, its complement naming someone else (was "Friends")
        "Friends of Marta Ilves, known as Tess, have described her as a “bright and much-liked student.”",
    ],
)
def test_a_capital_opening_a_sentence_names_nobody(text: str) -> None:
    """The sentence's first word is no speaker: nobody named spoke."""
    assert speakers_of(text) == [""]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the subject of the speech verb right after it: a surname alone, the article's only mention of it
        ("White said he was “completely blindsided” by the decision.", ["White"]),
        ("Zadan and Meron added: “We are thrilled to have her host the show.”", ["Zadan and Meron"]),
        # an initial's full stop ends no sentence (session 37: the initials are the name's, was "Smith")
        ("“We are aware of the issue,” team general manager A.J. Smith said in a statement.", ["A.J. Smith"]),
        # ... an appositive between it and the verb (test_quote_review_s28)
        ("Snider, who attended the news conference, said: “I really don't question Billy at all.”", ["Snider"]),
        # a surname whose full name the article gives, a function word after it
        ("Paul Ferris leads the union.\n\nFerris on Monday said: “We will not sign this.”", ["Ferris"]),
    ],
)
def test_a_name_opening_a_sentence_still_speaks(text: str, expected: list[str]) -> None:
    """Names opening a sentence are read as before."""
    assert speakers_of(text) == expected
