"""A count whose role verb is negated by the group before it, or a part's count before "of the": "None of the 40
passengers were injured" says 40 were aboard and nobody was injured (it read as "40 passengers injured", which would
agree with "All 40 passengers were injured"); "Two of the 40 passengers were injured" says two were, of 40; "Not one
person was hurt" says nobody was."""

from __future__ import annotations

import pytest

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
