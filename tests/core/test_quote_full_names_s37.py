"""Session 37's full names: the one person an article names in full for a surname it quotes alone ("Gilroy
Fernandes said ... / “...,” Fernandes said"), as the quotation list shows them (core/quote_relation.py
``full_name``)."""

from __future__ import annotations

import pytest

from reportdiff.core.quotes import full_name


@pytest.mark.parametrize(
    ("text", "surname", "full"),
    [
        # a given name the lexicon does not list, a role before it, a middle initial
        ("In Shepherd, Gilroy Fernandes said he had an hour to leave.\n", "Fernandes", "Gilroy Fernandes"),
        ("Colts quarterback Peyton Manning threw twice.\n", "Manning", "Peyton Manning"),
        ("Michael L. Farmer, a lawyer, said nothing. Farmer left.\n", "Farmer", "Michael L. Farmer"),
        # one person written two ways: the fullest
        ("Fred LaRue testified. Frederick C. LaRue died in 2004.\n", "LaRue", "Frederick C. LaRue"),
        # two people of one surname: which one is not told
        ("Doug McDermott scored 20 points. Greg McDermott, his father, watched.\n", "McDermott", ""),
        # no given name before it: a title, a role, a function word, a plural, a preposition
        ("President Obama spoke. Coach Williams agreed. If Felt knew, he said nothing.\n", "Obama", ""),
        ("Coach Williams agreed.\n", "Williams", ""),
        ("If Felt knew, he said nothing.\n", "Felt", ""),
        ("The Colts Manning era is over.\n", "Manning", ""),
        ("Per THR, the film is delayed.\n", "THR", ""),
        # initials alone before the surname, not a country's, not another person's first letter
        ("The tapes caught chief of staff H.R. Haldeman telling Nixon.\n", "Haldeman", "H.R. Haldeman"),
        ("Flags flew over the U.S. Capitol.\n", "Capitol", ""),
        ("General manager A.J. Smith spoke. John Smith, a fan, left.\n", "Smith", ""),
        # a headline, every word capitalised
        ("Coach Says Quinn Will Start\n\nThe Chiefs named their starter on Monday.\n", "Quinn", ""),
    ],
)
def test_the_one_full_name_an_article_writes_for_a_surname(text: str, surname: str, full: str) -> None:
    assert full_name(text, surname) == full
