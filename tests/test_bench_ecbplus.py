"""bench/ecbplus.py's one-step transitive closure of links (--closure), on invented sentence numbers (the bench
itself reads the evaluation data, which tests must not need)."""

from __future__ import annotations

import sys

from reportdiff.core.similarity import MODEL_FILE

sys.path.insert(0, str(MODEL_FILE.parents[1] / "bench"))
try:
    import ecbplus
finally:
    sys.path.pop(0)

# sentences 0-1 in article 0, 2-3 in article 1, 4-5 in article 2
ARTICLE = [0, 0, 1, 1, 2, 2]


def test_a_pair_both_strongly_linked_to_a_third_article_links() -> None:
    """0-2 and 2-4 link strongly, so candidate 0-4 (0.35) joins; 1-4 (0.35) does not (1 has no link), nor does 0-5
    below the floor."""
    links = {(0, 2): 0.9, (2, 4): 0.8}
    candidate = {(0, 4): 0.35, (1, 4): 0.35, (0, 5): 0.2}
    assert ecbplus.closed_links(links, candidate, ARTICLE, 0.3, 0.7) == {(0, 2), (2, 4), (0, 4)}


def test_weak_bridges_and_non_candidates_add_nothing() -> None:
    """A bridge under ``strong`` adds nothing; a pair that is no candidate (score 0) never links."""
    assert ecbplus.closed_links({(0, 2): 0.9, (2, 4): 0.6}, {(0, 4): 0.5}, ARTICLE, 0.3, 0.7) == {(0, 2), (2, 4)}
    assert ecbplus.closed_links({(0, 2): 0.9, (2, 4): 0.9}, {}, ARTICLE, 0.3, 0.7) == {(0, 2), (2, 4)}


def test_fold_draw_zero_is_sorted_and_others_are_seeded_shuffles() -> None:
    """Draw 0 deals the topics in sorted order (every figure before ``--repeats``); a later draw is a permutation of
    the same topics, the same every run, and another draw deals them otherwise."""
    topics = [35, 1, 2, 7, 12, 3, 4, 5, 6, 8]
    assert ecbplus.fold_topics(topics, 0) == sorted(topics)
    one, two = ecbplus.fold_topics(topics, 1), ecbplus.fold_topics(topics, 2)
    assert sorted(one) == sorted(topics) and sorted(two) == sorted(topics)
    assert one == ecbplus.fold_topics(topics, 1)
    assert one != sorted(topics) and one != two


def test_spread_line_gives_means_sds_and_paired_differences() -> None:
    """Mean and sample SD per figure, and, against a first variant of the same draws, the per-draw differences: a
    variant ahead by exactly .01 on every draw has a difference of +.0100 with SD 0, whatever the draws' spread."""
    base = [(0.90, 0.30, 0.70, 0.80), (0.92, 0.32, 0.74, 0.84)]
    ahead = [tuple(v + 0.01 for v in row) for row in base]
    line = ecbplus.spread_line(base, None)
    assert "mean over 2 fold draws: P 0.9100 sd 0.0141" in line and "decoy P 0.8200 sd 0.0283" in line
    assert "minus the first variant" not in line
    paired = ecbplus.spread_line(ahead, base)
    assert "P 0.9200 sd 0.0141" in paired
    assert "minus the first variant, draw by draw: P +0.0100 sd 0.0000, R +0.0100 sd 0.0000" in paired
