"""The one lexicon of pronouns by sex (core/pronouns.py) and the patterns the facts and the quotations build from it."""

from __future__ import annotations

import re

import pytest

from reportdiff.core import age_holders as facts  # the ages' holders, split from facts.py
from reportdiff.core import pronouns
from reportdiff.core import quote_people as quotes  # the sexes near a name, split from quotes.py


@pytest.mark.parametrize(
    ("text", "sex"),
    [
        ("he", "m"),  # subject
        ("himself", "m"),  # reflexive
        ("her", "f"),  # object and determiner alike
        ("hers", "f"),  # possessive
        ("they", ""),  # no sex
        ("He", ""),  # the lexicon is in lower case
    ],
)
def test_sex_of_pronoun(text: str, sex: str) -> None:
    """A pronoun's sex is read off the one table, "" for anything else."""
    assert pronouns.sex_of_pronoun(text) == sex


def test_pattern_forms_capital_and_titles() -> None:
    """A pattern holds exactly the forms asked for, a capital first letter when asked, titles when asked."""
    subject = re.compile(pronouns.pattern("f", ("subject",), capital=True))
    assert subject.search("She said") and subject.search("as she said") and not subject.search("her car")
    near = re.compile(pronouns.pattern("f", ("subject", "object", "determiner", "possessive"), titles=True))
    assert [m.group() for m in near.finditer("Mrs Curry said hers was her car, not herself")] == ["Mrs", "hers", "her"]


def test_facts_and_quotes_read_the_same_words() -> None:
    """An age's holder (facts) and a speaker's sex (quotes) take one pronoun for one sex."""
    for word in ("he", "him", "his", "she", "her"):
        sex = pronouns.sex_of_pronoun(word)
        assert facts._PRONOUN_CLASS[sex] == {"m": "man", "f": "woman"}[sex]
        male, female = bool(quotes._MALE_RE.search(word)), bool(quotes._FEMALE_RE.search(word))
        assert (male, female) == (sex == "m", sex == "f")
    sentence = "The 33-year-old attended the party with her daughter"
    at = sentence.index("33-year-old")
    assert facts.age_holder(sentence, at, at + len("33-year-old")) == "woman"
