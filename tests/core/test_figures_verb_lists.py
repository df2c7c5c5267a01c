"""A count belongs to the verb that governs it: in "killed at least six people, injured almost 50" six counts the
killed, and "injured" opens the next verb of the list with its own object (review-s25 F2: six was read as injured,
both conflicts of the link were lost and a false "compatible" appeared). Real text shapes (ECB+ 20_4ecb)."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.figures import find_figures


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [  # "others" after the dead: the whole injured count (figures/rests.py)
        ("That temblor killed at least six people, injured almost 50 and caused heavy damage to residential units.",
         [(6, "people killed"), (50, "injured")]),
        ("The blast killed six people, injured scores of others.", [(6, "people killed"), (40, "injured")]),
        ("The quake killed 3 people, injured nearly 40, and left 100 homeless.",
         [(3, "people killed"), (40, "injured"), (100, "displaced")]),
        ("The gunman killed two, wounded some 12 others.", [(2, "killed"), (12, "injured")]),
    ],
)
def test_a_bare_verb_after_a_comma_opens_the_next_verb(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.counts) for f in find_figures(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Six people, injured in the blast, were taken to hospital.", [(6, "people injured")]),
        ("The blast hit six people, who were injured.", [(6, "people injured")]),
        ("Six people were killed, injured 40.", [(6, "people killed"), (40, "injured")]),
    ],
)
def test_with_no_verb_before_the_verb_after_still_counts(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.counts) for f in find_figures(sentence)] == expected


def test_both_conflicts_of_the_link_are_found(tmp_path: Path) -> None:
    report = compare_texts(tmp_path, {
        "agency.txt": "Quake\n\nThe blast killed six people, injured almost 50 and damaged dozens of homes.\n",
        "paper.txt": "Quake\n\nThe blast killed seven people and injured 40.\n",
    })  # fmt: skip
    conflicts = sorted(
        sorted(report.figures[i].value for i in f.figures) for f in report.facts if f.status == m.CONFLICT
    )
    assert conflicts == [[6, 7], [40, 50]]
