"""Word diff: diff-match-patch on words, highlights on word boundaries."""

from __future__ import annotations

import pytest

from reportdiff.core.worddiff import equal_share, word_diff


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        # one figure changed: only that word differs
        (
            "At least 25 people were killed.",
            "At least 31 people were killed.",
            [(0, "At least "), (-1, "25 "), (1, "31 "), (0, "people were killed.")],
        ),
        # a word inserted: never a partial word ("kill" + "ed")
        (
            "Rebels seized the city.",
            "Rebels quickly seized the city.",
            [(0, "Rebels "), (1, "quickly "), (0, "seized the city.")],
        ),
        # identical sentences: one equal chunk
        ("Same words.", "Same words.", [(0, "Same words.")]),
    ],
)
def test_word_diff(a: str, b: str, expected: list[tuple[int, str]]) -> None:
    """The diff is in whole words and reads as a reviewer expects."""
    assert word_diff(a, b) == expected


def test_diff_rebuilds_both_sides() -> None:
    """Equal+delete parts rebuild the first sentence, equal+insert parts the second."""
    a = "Assad vowed to crush the “terrorists” in Aleppo, state media said."
    b = "State media said Assad vowed to crush rebels in Idlib and Aleppo."
    diff = word_diff(a, b)
    assert "".join(t for op, t in diff if op <= 0) == a
    assert "".join(t for op, t in diff if op >= 0) == b


def test_equal_share() -> None:
    """The share of shared words is measured on the longer side."""
    assert equal_share(word_diff("a b c d", "a b c d")) == 1.0
    assert equal_share(word_diff("a b c d", "a b x y")) == 0.5
