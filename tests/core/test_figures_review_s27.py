"""Figure rows of real tuning comparisons that misled (session 27's reading of the sidebars), each fixed by a
mechanism: "zero" naming a thing ("a zero-day flaw": "8 days vs Zero Day" was a conflict on ECB+ topic 27), and two
person nouns joined by "and" ("Five men and women were injured": a count of men with no role, beside "five people"
injured, on a news cluster). Real text shapes, no article's words."""

from __future__ import annotations

import pytest

from reportdiff.core.figures import find_figures


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Microsoft Releases Critical Patch For IE Zero Day Flaw", []),  # a title-case headline
        ("The problem was a “zero day” flaw that let hackers in.", []),
        ("Attackers used a zero-day exploit.", []),
        ("It was the zero hour for the campaign.", []),
        # a zero that counts: a plural noun, a role, or nothing after it
        ("The patch left zero days of exposure.", [(0, "duration:day", "")]),
        ("There were zero deaths on the roads.", [(0, "", "killed")]),
        ("Zero people were hurt in the blast.", [(0, "", "people injured")]),
        ("The score was zero at the half.", [(0, "", "")]),
    ],
)
def test_zero_before_a_singular_noun_names_a_thing(sentence: str, expected: list[tuple[float, str, str]]) -> None:
    assert [(f.value, f.unit, f.counts) for f in find_figures(sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Five men and women were injured in a drive-by shooting.", [(5, "people injured")]),
        ("Three boys and girls were killed in the fire.", [(3, "people killed")]),
        ("Police found 400 women and children in the compound.", [(400, "people")]),
        # not two person nouns: the first alone
        ("Three men and their dogs were found.", [(3, "men")]),
        # each noun with its own number: two counts
        ("Five men and two women were injured.", [(5, "men"), (2, "women injured")]),
    ],
)
def test_two_person_nouns_joined_by_and_count_people(sentence: str, expected: list[tuple[float, str]]) -> None:
    assert [(f.value, f.counts) for f in find_figures(sentence)] == expected
