"""A count whose role verb is negated by the group before it, or a part's count before "of the": "None of the 40
passengers were injured" says 40 were aboard and nobody was injured (it read as "40 passengers injured", which would
agree with "All 40 passengers were injured"); "Two of the 40 passengers were injured" says two were, of 40; "Not one
person was hurt" says nobody was."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import fact_rows  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.figures import find_figures


def _read(sentence: str) -> list[tuple[str, str]]:
    return [(f.text, f.counts) for f in find_figures(sentence)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("None of the 40 passengers were injured.", [("40", "passengers")]),
        ("Not one of the 40 passengers was injured.", [("40", "passengers")]),
        ("Neither of the two men was hurt.", [("two", "men")]),
        ("All 40 passengers were injured.", [("40", "passengers injured")]),
        # the part takes the role its verb states; the group is how many there were
        ("Two of the 40 passengers were injured.", [("Two", "passengers injured"), ("40", "passengers")]),
        ("Five of the 20 students were hurt in the crash.", [("Five", "students injured"), ("20", "students")]),
        # a bare participle after the group tells the group's role, not the part's
        ("Three of the 12 people shot died.", [("Three", "of them"), ("12", "people shot")]),
        # nobody
        ("Not one person was hurt.", []),
        ("Not a single officer was hurt.", []),
        ("Police said not one but two men were shot.", [("two", "men shot")]),
        ("A man was killed.", [("A man", "men killed")]),
    ],
)
def test_negated_and_part_counts(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _read(sentence) == expected


def test_the_group_wounded_keeps_its_role() -> None:
    """ "None of the five wounded were in critical condition": the five are wounded, only their condition is denied
    (review s30 finding 4)."""
    assert _read("None of the five wounded were in critical condition after the shooting.") == [("five", "injured")]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        # nobody injured against all injured: no agreement of 40 injured
        ("None of the 40 passengers were injured.", "All 40 passengers were injured."),
        # seven shot of whom two died, against seven wounded: five against seven wounded, never one count
        ("Seven people were shot at the nightclub early Thursday; two of them died, police said.",
         "Seven people were wounded at the nightclub early Thursday, police said."),
        # seven shot against seven wounded and two killed: seven against nine hit
        ("Seven people were shot at the nightclub early Thursday, police said.",
         "Seven people were wounded and two were killed at the nightclub early Thursday, police said."),
    ],
)
def test_no_false_agreement(tmp_path: Path, first: str, second: str) -> None:
    """Review s30 findings 3 and 4: each of these pairs was one "agree" fact."""
    assert not [fact for fact in fact_rows(tmp_path, (first, second)) if fact[1] == m.AGREE]


def test_shot_and_wounded_still_join_without_deaths(tmp_path: Path) -> None:
    facts = fact_rows(tmp_path, ("Seven people were shot at the nightclub early Thursday, police said.",
                                 "Seven people were wounded at the nightclub early Thursday, police said."))
    assert [status for _label, status, _n in facts] == [m.AGREE]
