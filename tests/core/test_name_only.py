"""Pairs sharing nothing but one name phrase and attribution are not the same statement (review-s23 F12)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from reportdiff.core.align import AlignSettings, align_pair
from reportdiff.core.compare import compare_files
from reportdiff.core.sentence_features import sentence_features
from reportdiff.core.similarity import _name_only

# Two outlets' reports of one ferry disaster (the reviewer's story, trimmed): the Ledger alone has the captain's
# arrest; both quote the coastguard's spokesman and the governor, on different things.
POST = """Survivors describe panic as Lake Tamsin ferry overturns

At least 17 people died when the MV Halden Star capsized off Kellford on Tuesday morning.

The ferry overturned at about 6:45 a.m., two kilometres from the harbour, with 73 people aboard - far more than the \
50 it was licensed to carry.

According to the coastguard, 42 people were rescued and 9 are still missing.

Governor Marta Ilves said the weather was calm and "we must know why this happened".

Divers recovered 12 bodies from the hull overnight, coastguard spokesman Pavel Dorn said.

The government declared three days of mourning.
"""
LEDGER = """Lake Tamsin ferry disaster: death toll rises to 19

The number of people killed when a ferry overturned on Lake Tamsin on Tuesday has risen to 19, officials said, as \
divers searched the wreck for the missing.

The captain of the MV Halden Star, a 54-year-old man, has been arrested on suspicion of negligence, police said.

The vessel, which was licensed for 50 people, was carrying 68 passengers and 5 crew when it turned over about 2 km \
from Kellford harbour shortly after 6:40 a.m.

Coastguard spokesman Pavel Dorn said 40 people had been rescued alive and 9 were still unaccounted for.

"We are doing everything possible to find those still missing," said regional governor Marta Ilves.

The government has declared three days of national mourning.
"""


def name_only(first: str, second: str) -> bool:
    return _name_only(sentence_features(first), sentence_features(second))


def test_a_shared_name_or_speaker_alone_is_name_only() -> None:
    assert name_only(
        "At least 17 people died when the MV Halden Star capsized off Kellford on Tuesday morning.",
        "The captain of the MV Halden Star, a 54-year-old man, has been arrested, police said.",
    )
    assert name_only(
        "Divers recovered 12 bodies from the hull overnight, coastguard spokesman Pavel Dorn said.",
        "Coastguard spokesman Pavel Dorn said 40 people had been rescued alive.",
    )
    assert name_only(
        'Governor Marta Ilves said the weather was calm and "we must know why this happened".',
        '"We are doing everything possible," said regional governor Marta Ilves.',
    )
    # the words of attribution are set aside too: two people who declined to comment
    assert name_only("A spokesman for Acme declined to comment.", "Mayor Lopez declined to comment on the vote.")


def test_anything_else_shared_is_more_than_a_name() -> None:
    # a shared verb, a shared number, a second shared name phrase
    assert not name_only("Tara Reid checked into rehab.", "Tara Reid has checked herself into a clinic.")
    assert not name_only("Dorn said 9 were missing.", "Nine are missing, Dorn said.")
    assert not name_only("Wladimir Klitschko stops Tony Thompson in 6", "Wladimir Klitschko beat Tony Thompson.")
    # nothing shared at all is no name-only pair (the score decides)
    assert not name_only("The ferry sank.", "Rescuers searched the lake.")


def test_title_case_capitals_are_no_names() -> None:
    """In a Title Case headline every word reads as a name: its pairs are never name-only."""
    assert not name_only("Fred LaRue, Watergate Figure, Dies at 75", "Watergate figure Fred LaRue dies")
    assert name_only("Fred LaRue was born in Athens.", "A court heard Fred LaRue yesterday.")


class NameBackend:
    """Every pair a candidate with a table's score; name_only_semantic from a second table (1.0 elsewhere)."""

    def __init__(self, scores: dict[tuple[int, int], float], meaning: dict[tuple[int, int], float]) -> None:
        self.scores = scores
        self.meaning = meaning

    def score(self, i: int, j: int, floor: float = 0.0) -> float:
        return self.scores.get((i, j), 0.0)

    def containment(self, i: int, j: int) -> float:
        return 0.0

    def candidates(
        self, left: Sequence[int], right: Sequence[int], per_sentence: int = 4, max_work: int = 0
    ) -> Iterable[tuple[int, int]]:
        return [(i, j) for i in left for j in right]

    def name_only_semantic(self, i: int, j: int) -> float:
        return self.meaning.get((i, j), 1.0)


def test_a_name_only_pair_links_only_when_its_meaning_is_close() -> None:
    """The best pair of both sentences, scoring high, still does not link when all it shares is a name and its
    meaning is far (name_only_semantic); close meaning, or the rule off, links it."""
    scores = {(0, 10): 0.9, (1, 11): 0.95}
    rules = AlignSettings(link_threshold=0.3, name_only_semantic=0.7)
    pairs = [(m.left, m.right) for m in align_pair(NameBackend(scores, {(1, 11): 0.4}), [0, 1], [10, 11], rules)]
    assert pairs == [(0, 10)]
    pairs = [(m.left, m.right) for m in align_pair(NameBackend(scores, {(1, 11): 0.75}), [0, 1], [10, 11], rules)]
    assert pairs == [(0, 10), (1, 11)]
    off = AlignSettings(link_threshold=0.3, name_only_semantic=0.0)
    pairs = [(m.left, m.right) for m in align_pair(NameBackend(scores, {(1, 11): 0.4}), [0, 1], [10, 11], off)]
    assert pairs == [(0, 10), (1, 11)]


def test_an_exclusive_sharing_only_a_name_stays_its_outlets_own(tmp_path: Path) -> None:
    """The captain's arrest (the Ledger's alone) is not linked to the Post's toll sentence naming the same ship, nor
    the two different statements of one spokesman or one governor to each other; the restatements still link."""
    (tmp_path / "post.txt").write_text(POST, encoding="utf-8")
    (tmp_path / "ledger.txt").write_text(LEDGER, encoding="utf-8")
    report = compare_files([tmp_path / "post.txt", tmp_path / "ledger.txt"])
    post, ledger = (a.text for a in report.articles)

    def text(ref: object, article: int) -> str:
        span = report.articles[article].sentences[ref.sentence]  # type: ignore[attr-defined]
        return (post, ledger)[article][span.start : span.end]

    linked = [(text(k.source, 0), text(k.target, 1)) for k in report.links]

    def link(first: str, second: str) -> bool:
        return any(a.startswith(first) and b.startswith(second) for a, b in linked)

    assert not link("", "The captain of the MV Halden Star"), linked
    assert not link("Divers recovered 12 bodies", "Coastguard spokesman Pavel Dorn")
    assert not link("Governor Marta Ilves said", '"We are doing everything possible')
    assert link("The government declared three days", "The government has declared three days")
    assert link("The ferry overturned at about 6:45", "The vessel, which was licensed")
