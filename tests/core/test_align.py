"""Alignment rules on a hand-made backend whose scores a reviewer can read off the table."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from reportdiff.core.align import AlignSettings, align_pair


class TableBackend:
    """Scores and containments (how much of the shorter sentence the longer carries) given as tables; every pair
    is a candidate."""

    def __init__(self, scores: dict[tuple[int, int], float], contained: dict[tuple[int, int], float]) -> None:
        self.scores = scores
        self.contained = contained

    def score(self, i: int, j: int, floor: float = 0.0) -> float:
        return self.scores.get((i, j), self.scores.get((j, i), 0.0))

    def containment(self, i: int, j: int) -> float:
        return self.contained.get((i, j), 0.0)

    def candidates(
        self, left: Sequence[int], right: Sequence[int], per_sentence: int = 4, max_work: int = 0
    ) -> Iterable[tuple[int, int]]:
        return [(i, j) for i in left for j in right]


# The rules are read off tables at a link threshold of 0.3 (the engine's own threshold depends on its fitted model).
RULES = AlignSettings(link_threshold=0.3, best_ratio=0.8, contained_threshold=0.35, carrier_margin=1.3)


def links(backend: TableBackend, left: Sequence[int], right: Sequence[int]) -> list[tuple[int, int]]:
    return [(m.left, m.right) for m in align_pair(backend, left, right, RULES)]


def test_best_partner_and_near_best_one_to_many() -> None:
    """Each sentence keeps its best partner; a second partner within the ratio of the best stays (one-to-many)."""
    scores = {
        (0, 10): 0.9,  # 0's best
        (1, 10): 0.8,  # 1's best is 10 too: one wire sentence carries two rewrite sentences
        (0, 11): 0.35,  # far below 0's best and not 11's best... but 11 has nothing better: kept for 11
        (2, 12): 0.2,  # below the link threshold
    }
    assert links(TableBackend(scores, {}), [0, 1, 2], [10, 11, 12]) == [(0, 10), (0, 11), (1, 10)]


def test_order_does_not_matter() -> None:
    """Reordered paragraphs link the same: alignment is order-free."""
    scores = {(0, 12): 0.9, (1, 11): 0.9, (2, 10): 0.9}
    assert links(TableBackend(scores, {}), [0, 1, 2], [10, 11, 12]) == [(0, 12), (1, 11), (2, 10)]


def test_unlinked_sentence_goes_to_its_clear_carrier() -> None:
    """A short sentence restating one clause of a long one links to it when it clearly contains the most of it."""
    contained = {(0, 10): 0.6, (0, 11): 0.2}
    assert links(TableBackend({}, contained), [0], [10, 11]) == [(0, 10)]


def test_no_carrier_when_two_compete() -> None:
    """Sentence 0 shares about as much with 10 as with 11 (both linked elsewhere): no clear carrier, no link."""
    scores = {(1, 10): 0.9, (1, 11): 0.9}
    contained = {(0, 10): 0.5, (0, 11): 0.45}
    assert links(TableBackend(scores, contained), [0, 1], [10, 11]) == [(1, 10), (1, 11)]


def test_a_carrier_printed_twice_carries_it_twice() -> None:
    """A paragraph printed twice (10 and 11 restate each other) ties with itself: both copies carry sentence 0."""
    scores = {(1, 10): 0.9, (1, 11): 0.9, (10, 11): 1.0}
    contained = {(0, 10): 0.5, (0, 11): 0.5, (0, 12): 0.1}
    assert links(TableBackend(scores, contained), [0, 1], [10, 11, 12]) == [(0, 10), (0, 11), (1, 10), (1, 11)]
    del scores[(10, 11)]  # two different sentences carrying as much: no clear carrier
    assert links(TableBackend(scores, contained), [0, 1], [10, 11, 12]) == [(1, 10), (1, 11)]


def test_carriers_only_for_sentences_left_alone() -> None:
    """Sentence 0, linked by the statement score, gets no carrier of its own; lone 11, which it contains, links."""
    scores = {(0, 10): 0.8}
    contained = {(0, 11): 0.9, (0, 12): 0.4, (1, 12): 0.34}  # 12 has no clear carrier, 1 none strong enough
    assert links(TableBackend(scores, contained), [0, 1], [10, 11, 12]) == [(0, 10), (0, 11)]
