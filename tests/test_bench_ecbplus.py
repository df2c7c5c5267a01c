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
