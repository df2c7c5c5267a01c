"""Labels a reader can use (review s30 finding 7): a "-man" noun counts "-men" ("one gentleman arrested" was labelled
"gentlemans arrested"), while "humans" and "Germans" keep their "s"; "Timmons, now 16," is an age as "Timmons, 16,"
is (it was a bare "16")."""

from __future__ import annotations

import pytest

from reportdiff.core.figures import find_figures
from reportdiff.core.figures.lexicon import canon_noun


@pytest.mark.parametrize(
    ("word", "canon"),
    [("gentleman", "gentlemen"), ("fisherman", "fishermen"), ("spokesman", "spokesmen"), ("crewmen", "crewmen"),
     ("human", "humans"), ("German", "germans"), ("woman", "women"), ("man", "men")],
)  # fmt: skip
def test_man_nouns(word: str, canon: str) -> None:
    assert canon_noun(word) == canon


def test_one_gentleman_arrested() -> None:
    found = find_figures("The sheriff's department arrested one gentleman who refused to leave the courtroom.")
    assert [(f.text, f.counts) for f in found] == [("one", "gentlemen arrested")]


@pytest.mark.parametrize("sentence", ["Timmons, now 16, was armed with a handgun.", "Timmons, 16, was armed."])
def test_an_age_set_off_after_a_name(sentence: str) -> None:
    assert [(f.text, f.unit) for f in find_figures(sentence)] == [("16", "age")]
