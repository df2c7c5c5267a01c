"""Personal pronouns and titles by sex: the one lexicon that tells a person's sex from the words about them.

Two readers use it: ``core/facts.py`` (whose age "The 33-year-old ... with her daughter" is: a woman's) and
``core/quotes.py`` (which speaker a "she said" or a "Mrs" stands for). Each builds its patterns from the forms it
needs (``words``, ``pattern``), so both read the same words for "m" and "f". Sexes are "m" and "f". Imports nothing
of the project; no Qt here.
"""

from __future__ import annotations

from collections.abc import Iterable

SEXES = ("m", "f")

# A personal pronoun by its form: "subject" he / she, "object" him / her, "determiner" his / her ("her car"),
# "possessive" his / hers ("the car is hers"), "reflexive" himself / herself.
PRONOUNS: dict[str, dict[str, str]] = {
    "m": {"subject": "he", "object": "him", "determiner": "his", "possessive": "his", "reflexive": "himself"},
    "f": {"subject": "she", "object": "her", "determiner": "her", "possessive": "hers", "reflexive": "herself"},
}
FORMS = ("subject", "object", "determiner", "possessive", "reflexive")
# Titles before a name that tell its sex ("Mrs Curry"); written without a full stop, which a pattern may allow.
TITLES: dict[str, tuple[str, ...]] = {"m": ("Mr",), "f": ("Mrs", "Ms", "Miss")}


def words(sex: str, forms: Iterable[str] = FORMS) -> tuple[str, ...]:
    """The pronouns of ``sex`` in ``forms``, each once, in the order of ``FORMS`` ("m", subject and object: he, him)."""
    wanted = set(forms)
    return tuple(dict.fromkeys(PRONOUNS[sex][form] for form in FORMS if form in wanted))


def pattern(sex: str, forms: Iterable[str] = FORMS, capital: bool = False, titles: bool = False) -> str:
    """A regular expression (its text) for one whole word among the pronouns of ``sex`` in ``forms``: in lower
    case, or also with a capital first letter (``capital``: a sentence's first word), and with the titles of that
    sex when ``titles``. ``pattern("f", ("subject",), capital=True)`` is ``\\b(?:[Ss]he)\\b``."""
    alternatives = [f"[{w[0].upper()}{w[0]}]{w[1:]}" if capital else w for w in words(sex, forms)]
    alternatives += TITLES[sex] if titles else ()
    return r"\b(?:" + "|".join(alternatives) + r")\b"


def sex_of_pronoun(word: str) -> str:
    """The sex a pronoun (lower case) stands for, "" for another word."""
    return _SEX_OF.get(word, "")


_SEX_OF = {word: sex for sex in SEXES for word in words(sex)}
