"""Session 37's speakers' names: a role in the plural before names is no part of them ("Producers Laurence Mark and
Bill Condon said"), initials are part of one ("A.J. Smith", "J.R.R. Tolkien", "Dr. A. J. Smith", "George H.W. Bush")
but tell no two people apart or alike ("A.J. Smith" and "A.J. Butler" are two; "AJ Butler" and "A.J. Butler" one)
(core/quote_lexicon.py ``unroled``, core/quote_speaker.py ``_initialed``, core/quote_relation.py ``name_words``)."""

from __future__ import annotations

import pytest

from reportdiff.core.quotes import find_quotes, name_within, same_speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        # ECB+ 2's shape: the plural role was read as a given name ("Producers Laurence Mark and Bill Condon")
        (
            'Producers Laurence Mark and Bill Condon said the show would be "a lot of fun."',
            "Laurence Mark and Bill Condon",
        ),
        ('"We are proud of the team," Senators John McCain and Lindsey Graham said.', "John McCain and Lindsey Graham"),
        ('"It was a great match," said Sisters Venus and Serena Williams.', "Venus and Serena Williams"),
        # initials before a surname, with or without spaces, a title or a given name before them (ECB+ 35, gva_595069)
        ('"We are disappointed," general manager A.J. Smith said in a statement.', "A.J. Smith"),
        ('"There is just nothing to say," said Dr. D.Z. Cofield.', "D.Z. Cofield"),
        ('"It was awful," said Dr. A. J. Smith, who was there.', "A. J. Smith"),
        ('"Not all those who wander are lost," J.R.R. Tolkien wrote.', "J.R.R. Tolkien"),
        ('"It was a great honour," said George H.W. Bush.', "George H.W. Bush"),
        # a country's initials are no person's
        ('"The road is open," said U.S. Army spokesman John Smith.', "John Smith"),
    ],
)
def test_a_speakers_name_keeps_its_initials_and_drops_a_plural_role(sentence: str, speaker: str) -> None:
    assert [q.speaker for q in find_quotes(sentence)] == [speaker]


def test_initials_tell_no_two_people_apart_nor_alike() -> None:
    # ECB+ 35: one outlet gave the Chargers' general manager's words to "A.J. Butler" (a real discrepancy)
    assert not same_speaker("A.J. Smith", "A.J. Butler")
    assert not same_speaker("Raymond W. Kelly", "John W. Smith")
    assert same_speaker("A.J. Smith", "Smith")
    assert name_within("AJ Butler", "A.J. Butler")
    assert name_within("A. J. Smith", "A.J. Smith")
    assert name_within("Raymond Kelly", "Raymond W. Kelly")
