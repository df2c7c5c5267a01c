"""Session 36's organisations as speakers: a name longer than NAME's four capitalised words is read whole when it
ends in an organisation's noun ("New York State Organized Crime Task Force"), a title chain keeps its person
("Fulton County District Attorney Paul Howard"), and an organisation's head noun takes its complement ("the Office of
the Surgeon General's Web site")."""

from __future__ import annotations

import pytest

from reportdiff.core.quotes import find_quotes, name_words, same_speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # cut at the fourth word: were "Crime Task Force", "Magazine", "Bureau"
        (
            '"It was hard," said the New York State Organized Crime Task Force.',
            "New York State Organized Crime Task Force",
        ),
        ('The New York Times Magazine said: "He was the last of them."', "New York Times Magazine"),
        ('"Two men were held," the LA County Sheriff\'s Homicide Bureau said.', "LA County Sheriff's Homicide Bureau"),
        # a title chain and the person after it, as before
        ('"The community has spoken," Fulton County District Attorney Paul Howard said.', "Paul Howard"),
        ('"It was late," WCCO TV Managing Editor Angela Benson said.', "Angela Benson"),
        # a person after a description of four capitalised words: not joined into one long name
        ('"No," said Super Bowl MVP Drew Brees.', "Brees"),
        # an organisation's head noun and its complement: was "Office", "Department"
        ('"It works," according to the Office of the Surgeon General\'s Web site.', "Office of the Surgeon General"),
        ('"We will appeal," the Department of Justice said.', "Department of Justice"),
        ('"We are worried," said the Centre for Disease Control.', "Centre for Disease Control"),
        # "in" names a place: as before
        ('"Yes," said the Office in Paris.', "Office"),
    ],
)
def test_an_organisation_is_named_whole(sentence: str, speaker: str) -> None:
    """The speaker is the organisation's whole name, or the person a title chain names."""
    assert [q.speaker for q in find_quotes(sentence)] == [speaker]


def test_an_organisation_keeps_its_name_words() -> None:
    """An organisation's head and complement are its name words, so it is not read as anyone at all (its words
    fell to the title's complement, "General" a title: nobody, compatible with every speaker)."""
    assert name_words("Office of the Surgeon General") == {"office", "surgeon"}
    assert not same_speaker("Office of the Surgeon General", "Regina Benjamin")
