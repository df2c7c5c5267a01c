"""Two articles' equal years or dates agree only with a sign they date one thing: aligned sentences or a word of
what they tell near the figure (review s29 finding 4: "enlisted in November of 2010" and "went to the Middle East in
2010" agreed as one "year 2010")."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.facts import event_words

# Each pair: two articles on one story, each naming one year in a sentence the other does not restate.
APART = (  # two things of one year: enlisting and a trip
    "Sailor dies\n\nThe sailor first enlisted in the Navy in November of 2010. He served on two ships.\n",
    "Gunman's travels\n\nThe gunman went to the Middle East in 2010 and visited several countries.\n",
)
ONE_EVENT = (  # one thing told twice in other sentences: the warehouse was built in 1935
    "Fire in Palmer\n\nA fire destroyed the old dairy warehouse on Tuesday. The warehouse was built in 1935 by the "
    "colonists.\n",
    "Palmer landmark lost\n\nFirefighters could not save the building. Colonists built the warehouse in 1935, the "
    "year they arrived.\n",
)


def _year_facts(tmp_path: Path, texts: tuple[str, str]) -> list[tuple[str, int]]:
    report = compare_texts(tmp_path, {f"{k}.txt": text for k, text in enumerate(texts)})
    return sorted((fact.status, len(fact.figures)) for fact in report.facts if fact.label.startswith("year"))


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (APART, [(m.SINGLE_SOURCE, 1), (m.SINGLE_SOURCE, 1)]),  # nothing says the two 2010s are one thing
        (ONE_EVENT, [(m.AGREE, 2)]),  # "built" near both 1935s: one thing
    ],
)
def test_an_equal_year_agrees_only_with_a_sign(tmp_path: Path, texts: tuple[str, str], expected: list) -> None:
    """Equal years of two articles agree where what they date shares a word, else stay two single-source rows."""
    assert _year_facts(tmp_path, texts) == expected


def test_event_words_are_the_words_near_the_figure() -> None:
    """The words that say what a year dates: near it, no calendar or function words, cut to their first letters."""
    sentence = "Smith first enlisted back in November of 2010, long before the shooting."
    at = sentence.index("2010")
    assert event_words(sentence, at, at + 4) == {"smith", "enlis", "back", "long", "shoot"}
    assert event_words(sentence, at, at + 4, window=1) == {"back", "long"}
