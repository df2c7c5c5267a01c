"""The compiled LCS (rapidfuzz) gives the same lengths as the textbook pure-Python table it replaced."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reportdiff.core.load import load_article
from reportdiff.core.segment import segment
from reportdiff.core.sentence_features import sentence_features
from reportdiff.core.similarity import _lcs_length

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def reference_lcs(a: Sequence[str], b: Sequence[str]) -> int:
    """The replaced implementation: dynamic programming over the words the two lists share."""
    common = set(a) & set(b)
    a = [w for w in a if w in common]
    b = [w for w in b if w in common]
    if not a or not b:
        return 0
    previous = [0] * (len(b) + 1)
    for x in a:
        current = [0]
        for k, y in enumerate(b):
            current.append(previous[k] + 1 if x == y else max(previous[k + 1], current[k]))
        previous = current
    return previous[-1]


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("a b c b d e f g a b c d e f g".split(), "a b c d e f g".split(), 7),  # all of b, in order
        ("the city was struck".split(), "struck was the city".split(), 2),  # reordered: "the city"
        ([], ["word"], 0),  # an empty side
        (["x"] * 70, ["x"] * 65, 65),  # longer than one 64-bit word of the bit-parallel kernel
    ],
)
def test_lcs_cases(a: list[str], b: list[str], expected: int) -> None:
    """Hand-checked cases, including one longer than a machine word."""
    assert _lcs_length(a, b) == reference_lcs(a, b) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.sampled_from(["kill", "25", "idlib", "the", "of", "strike", "rebel", "city"]), max_size=90),
    st.lists(st.sampled_from(["kill", "25", "idlib", "the", "of", "strike", "rebel", "town"]), max_size=90),
)
def test_lcs_matches_reference_on_random_word_lists(a: list[str], b: list[str]) -> None:
    """Random word lists from a small vocabulary (many repeats, lengths across the 64-word boundary)."""
    assert _lcs_length(a, b) == reference_lcs(a, b)


def test_lcs_matches_reference_on_every_seed_sentence_pair() -> None:
    """Every pair of the seeds' sentences (as stems, the way the similarity model calls it)."""
    stems = []
    for path in sorted(SEEDS.glob("*.txt")):
        article = load_article(path)
        spans = segment(article.text, article.paragraphs)
        stems += [sentence_features(article.text[s.start : s.end]).stems for s in spans]
    assert len(stems) > 30
    for a in stems:
        for b in stems:
            assert _lcs_length(a, b) == reference_lcs(a, b)
