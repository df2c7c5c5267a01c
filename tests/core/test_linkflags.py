"""Link kinds and flags: a link's kind, flags and notes from its notes and word diff (core/linkflags.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportdiff.core import model as m
from reportdiff.core.linkflags import LinkSettings, describe_link
from reportdiff.core.worddiff import equal_share, word_diff

REPO = Path(__file__).resolve().parents[2]
CONFLICT = ("figure conflicts: 25 vs 31 (killed)",)
QUOTE = ("quote wording differs (Assad): “a” vs “b”",)


@pytest.mark.parametrize(
    ("a", "b", "conflicts", "quotes", "expected"),
    [
        ("At least 25 people were killed.", "At least 25 people were killed.", (), (), (m.AGREEMENT, (), ())),
        ("At least 25 people were killed.", "Rebels fled the city at night.", (), (), (m.PARAPHRASE, (), ())),
        ("At least 25 people were killed.", "At least 31 people were killed.", CONFLICT, (),
         (m.DISCREPANCY, (m.FIGURE_CONFLICT,), CONFLICT)),
        ("He said “a”.", "He said “b”.", (), QUOTE, (m.DISCREPANCY, (m.QUOTE_MISMATCH,), QUOTE)),
        ("He said 25 “a”.", "He said 31 “b”.", CONFLICT, QUOTE,
         (m.DISCREPANCY, (m.FIGURE_CONFLICT, m.QUOTE_MISMATCH), CONFLICT + QUOTE)),
    ],
)  # fmt: skip
def test_kind_flags_and_notes(a: str, b: str, conflicts: tuple[str, ...], quotes: tuple[str, ...],
                              expected: tuple[str, tuple[str, ...], tuple[str, ...]]) -> None:  # fmt: skip
    """A figure conflict or a quote mismatch makes a discrepancy with its flags and notes; else the share of equal
    words decides agreement or paraphrase; the same whether the share is handed in or counted from the diff."""
    diff = word_diff(a, b)
    assert describe_link(diff, conflicts, quotes) == expected
    assert describe_link(diff, conflicts, quotes, share=equal_share(diff)) == expected


def test_the_share_handed_in_gives_the_kind_of_the_diff() -> None:
    """Seed sentence pairs, with and without notes, at several agreement thresholds (one at the pair's very
    share): the kind from the share handed in (WordDiffer's) is the kind counted from the diff."""
    seeds = sorted((REPO / "seeds").glob("*.txt"))
    left, right = ([s for s in path.read_text(encoding="utf-8").split(". ") if s] for path in seeds)
    checked = 0
    for a in left[:20]:
        for b in right[:20]:
            diff = word_diff(a, b)
            share = equal_share(diff)
            for threshold in (0.0, 0.5, 0.75, share, 1.0):
                for conflicts, quotes in (((), ()), (CONFLICT, ()), ((), QUOTE)):
                    settings = LinkSettings(agreement_share=threshold)
                    assert describe_link(diff, conflicts, quotes, settings, share) == describe_link(
                        diff, conflicts, quotes, settings
                    ), (a, b, threshold)
                    checked += 1
    assert checked > 1000
