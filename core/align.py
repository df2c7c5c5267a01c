"""N-way, order-free sentence alignment: which sentences of different articles report the same thing.

Every pair of articles is aligned on its own; order is ignored (a rewrite reshuffles paragraphs). A sentence may
link to several sentences of another article (one wire sentence often carries what two rewrite sentences say):
a pair is linked when its similarity clears ``LINK_THRESHOLD`` and it is, within ``BEST_RATIO``, the best
partner of at least one of its two sentences. Candidates come from the similarity backend's inverted index, so
two 4,000-sentence articles align in seconds rather than scoring sixteen million pairs. No Qt here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .similarity import SimilarityBackend

# A pair below this similarity is not the same statement. Lower than the MSRP paraphrase threshold (0.45): two
# outlets' sentences about the same fact of the same event are often looser than an MSRP paraphrase, and the
# event context already makes a chance match unlikely. Tuned on MSRP train alignment and the training clusters.
LINK_THRESHOLD = 0.30
# A pair also has to be (nearly) the best partner of one of its sentences: within this ratio of that sentence's
# best score. Keeps one-to-many links where one sentence really carries two, drops weaker look-alikes.
BEST_RATIO = 0.8


@dataclass(frozen=True)
class Match:
    """Sentence ``left`` of article A matches sentence ``right`` of article B (global sentence numbers)."""

    left: int
    right: int
    score: float


def align_pair(sim: SimilarityBackend, left: Sequence[int], right: Sequence[int]) -> list[Match]:
    """Links between two articles' sentences (global sentence numbers into the backend)."""
    scores: dict[tuple[int, int], float] = {}
    for i, j in sim.candidates(left, right):
        s = sim.score(i, j, floor=LINK_THRESHOLD)
        if s >= LINK_THRESHOLD:
            scores[(i, j)] = s
    best_left: dict[int, float] = {}
    best_right: dict[int, float] = {}
    for (i, j), s in scores.items():
        best_left[i] = max(best_left.get(i, 0.0), s)
        best_right[j] = max(best_right.get(j, 0.0), s)
    matches = [
        Match(i, j, s)
        for (i, j), s in scores.items()
        if s >= BEST_RATIO * best_left[i] or s >= BEST_RATIO * best_right[j]
    ]
    matches.sort(key=lambda m: (m.left, m.right))
    return matches
