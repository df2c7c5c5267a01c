"""bench/quality.py's --grid gives each AlignSettings knob values of its own type (the bench itself reads the
evaluation data, which tests must not need)."""

from __future__ import annotations

import dataclasses
import sys

from reportdiff.core import align
from reportdiff.core.similarity import MODEL_FILE

sys.path.insert(0, str(MODEL_FILE.parents[1] / "bench"))
try:
    import quality
finally:
    sys.path.pop(0)


def test_grid_values_take_their_knobs_types() -> None:
    """max_rank=4,0 gives ints (a float indexes no list), link_threshold=0.3 a float, every combination once."""
    combos = quality.grid_combinations(["max_rank=4,0", "link_threshold=0.3,0.35"])
    assert combos == [{"max_rank": 4, "link_threshold": 0.3}, {"max_rank": 4, "link_threshold": 0.35},
                      {"max_rank": 0, "link_threshold": 0.3}, {"max_rank": 0, "link_threshold": 0.35}]  # fmt: skip
    assert all(type(c["max_rank"]) is int for c in combos)
    dataclasses.replace(align.DEFAULT, **combos[-1])  # a valid AlignSettings


def test_a_link_to_a_copy_of_the_own_partner_counts_as_own() -> None:
    """MSRP prints one sentence in several pairs: A's sentence 0 linked to B's sentence 1, whose partner is a copy of
    sentence 0, joins the same two statements as the own link; a link to another statement does not count."""
    printed = [("the dow rose.", "stocks rose."), ("the dow rose.", "the index gained."), ("rain fell.", "it rained.")]
    figures = quality.alignment_figures([(0, 0), (0, 1), (0, 2)], [1, 1, 1], printed)
    assert figures.own_share == 1 / 3
    assert figures.copy_share == 2 / 3
    assert quality.alignment_figures([(0, 1)], [1, 1, 1]).copy_share == 0.0  # no printed texts: own links only
