"""Aligned rows: grouping linked sentences and ordering the groups, checked on small hand-made links."""

from __future__ import annotations

from reportdiff.core import model as m
from reportdiff.gui.aligned_view import aligned_rows


def _report(n_a: int, n_b: int, links: list[tuple[int, int]]) -> m.Report:
    def article(index: int, n: int) -> m.Article:
        text = " ".join(f"S{k}." for k in range(n))
        sentences = tuple(m.Sentence(k, f"S{k}.", 4 * k, 4 * k + 3, m.SHARED) for k in range(n))
        return m.Article(index, f"/tmp/{index}.txt", f"T{index}", text, f"src{index}", sentences)

    return m.Report(
        (article(0, n_a), article(1, n_b)),
        tuple(m.Link(m.SentenceRef(0, a), m.SentenceRef(1, b), 0.7, m.PARAPHRASE) for a, b in links),
    )


def test_counterparts_share_a_row_and_uniques_follow_their_neighbour():
    """A0-B1 and A2-B2 linked: B0 comes before the A0/B1 row; A1, A3 and B3 get rows of their own."""
    rows = aligned_rows(_report(4, 4, [(0, 1), (2, 2)]))
    assert rows == [
        {1: [0]},  # B0: B's first sentence, before its counterpart row
        {0: [0], 1: [1]},
        {0: [1]},
        {0: [2], 1: [2]},
        {1: [3]},  # B3 right after the row of B2, its predecessor ...
        {0: [3]},  # ... which pushes A3 (also after that row) one down
    ]


def test_one_sentence_linked_to_two_lands_on_one_row():
    """A0 linked to B0 and B1: one row holds all three."""
    rows = aligned_rows(_report(2, 2, [(0, 0), (0, 1)]))
    assert rows == [{0: [0], 1: [0, 1]}, {0: [1]}]


def test_order_puts_the_chosen_article_first():
    """Columns swapped (B first), A2-B0 linked: A0 and A1 come before the shared row, B1 after it."""
    rows = aligned_rows(_report(3, 2, [(2, 0)]), order=[1, 0])
    assert rows == [{0: [0]}, {0: [1]}, {1: [0], 0: [2]}, {1: [1]}]


def test_runs_of_one_articles_sentences_share_a_row():
    """Consecutive rows holding only article B (B2, B3) become one row; rows of different articles stay apart."""
    from reportdiff.gui.aligned_view import compact_rows

    rows = [{1: [0]}, {0: [0], 1: [1]}, {1: [2]}, {1: [3]}, {0: [1]}, {0: [2]}, {1: [4]}]
    assert compact_rows(rows) == [{1: [0]}, {0: [0], 1: [1]}, {1: [2, 3]}, {0: [1, 2]}, {1: [4]}]


def test_an_opening_stands_above_its_first_shared_row_not_at_the_top():
    """A0-B2 and A3-B3 linked, B0 B1 unique (B's headline and byline): they stand right above the A0/B2 row, after
    nothing of A; an article sharing nothing comes after the others. Before, three outlets' openings were all
    stacked above the first article's first sentence."""
    rows = aligned_rows(_report(4, 4, [(1, 2), (3, 3)]))
    assert rows == [
        {0: [0]},  # A0: A reads first
        {1: [0]},  # B0, B1: B's opening, right above ...
        {1: [1]},
        {0: [1], 1: [2]},  # ... its first shared sentence
        {0: [2]},
        {0: [3], 1: [3]},
    ]
    assert aligned_rows(_report(2, 2, [])) == [{0: [0]}, {0: [1]}, {1: [0]}, {1: [1]}]
