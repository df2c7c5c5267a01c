"""Articles apart (core/similarity.py, ARTICLES_APART): two reports whose mentions of names and numbers are mostly
words the other never uses report two events, and their sentences score 0 below APART_SCORE (issue 11, decoy)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from reportdiff.core import semantic, similarity
from reportdiff.core.compare import compare_files
from reportdiff.core.similarity import LexicalSimilarity

# Two fights of one boxer: each report keeps naming its own opponent and arena.
RAHMAN = [
    "Wladimir Klitschko stopped Hasim Rahman in the seventh round in Mannheim.",
    "The referee stopped the fight at the SAP Arena after Rahman went down twice.",
    "Until then Rahman had never fought in Mannheim.",
]
THOMPSON = [
    "Wladimir Klitschko stopped Tony Thompson in the sixth round in Bern.",
    "The referee stopped the fight at the Stade de Suisse after Thompson went down twice.",
]
# The first fight told again by another outlet: the same names.
RAHMAN_AGAIN = [
    "Klitschko beat Hasim Rahman in Mannheim, stopping him in the seventh round.",
    "The referee stopped the fight at the SAP Arena after Rahman went down twice.",
]


def model(*articles: list[str], embeddings: bool = True) -> LexicalSimilarity:
    sentences = [s for article in articles for s in article]
    numbers = [k for k, article in enumerate(articles) for _ in article]
    encoder = semantic.encoder() if embeddings else None
    if embeddings:
        assert encoder is not None
    return LexicalSimilarity(sentences, None, encoder.embed(sentences) if encoder else None, numbers)


def test_mentions_absent_counts_each_sentence_naming_a_word() -> None:
    """A name counts once per sentence naming it (Rahman three times, Mannheim twice); the value is the smaller of
    the two reports' shares of mentions the other never uses: 0 within one report, low between two tellings of
    one fight, high between the two fights."""
    sim = model(RAHMAN, THOMPSON, RAHMAN_AGAIN)
    counts = sim._mentions[0]
    assert counts["rahman"] == 3 and counts["mannheim"] == 2 and counts["klitschko"] == 1
    absent = sim.mentions_absent(0, 3)
    assert absent == sim.mentions_absent(3, 0)  # order-free
    assert absent >= similarity.ARTICLES_APART
    assert sim.mentions_absent(0, 1) == 0.0  # one article
    assert sim.mentions_absent(0, 5) < similarity.ARTICLES_APART  # the same fight, told again


def test_a_report_naming_nothing_is_never_apart() -> None:
    """An all-lowercase report has no names to compare: no evidence of two events (0), whatever the other names."""
    sim = model(RAHMAN, ["the boxer was stopped in the seventh round."], embeddings=False)
    assert sim.mentions_absent(0, 3) == 0.0


@pytest.mark.parametrize("embeddings", [True, False])
def test_sentences_of_articles_apart_score_0_below_the_bar(embeddings: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    """The two fights' "the referee stopped the fight at ... after X went down twice" (an identical frame) scores 0
    under both models (trees and the lexical fallback); the same fight told twice keeps its score; the block path
    (score_pairs) gives what the pair-by-pair reference gives."""
    sim = model(RAHMAN, THOMPSON, RAHMAN_AGAIN, embeddings=embeddings)
    lefts, rights = np.array([0, 0, 1, 1]), np.array([3, 5, 4, 6])
    block = sim.score_pairs(lefts, rights)[0]
    monkeypatch.setattr(similarity, "BLOCK_SCORING", False)
    reference = model(RAHMAN, THOMPSON, RAHMAN_AGAIN, embeddings=embeddings)
    for k, (i, j) in enumerate(zip(lefts.tolist(), rights.tolist(), strict=True)):
        assert block[k] == pytest.approx(reference.score(i, j), abs=1e-9)
    assert block[2] == 0.0  # across the two fights
    assert block[1] > 0.5 and block[3] > 0.5  # the first fight told twice
    if embeddings:
        assert block[0] == 0.0  # the two leads too (the lexical model scores them above APART_SCORE)


def test_a_pair_reaching_the_bar_keeps_its_score(monkeypatch: pytest.MonkeyPatch) -> None:
    """Only scores below APART_SCORE are dropped: with the bar at 0, the two fights' leads keep their model score."""
    dropped = model(RAHMAN, THOMPSON).score(0, 3)
    monkeypatch.setattr(similarity, "APART_SCORE", 0.0)
    kept = model(RAHMAN, THOMPSON).score(0, 3)
    assert dropped == 0.0 < kept


def test_two_fires_in_one_sentence_each_are_not_one_statement(tmp_path: Path) -> None:
    """Review s29: one-sentence reports of two fires (Brooklyn warehouse, three killed, Tuesday / Bronx apartment
    building, 12 killed, Sunday) linked at 0.787; one fire told with two death tolls stays comparable (a discrepancy
    is still possible: its reports share the Bronx and Sunday)."""
    texts = {
        "brooklyn.txt": "A fire at a Brooklyn warehouse killed three people on Tuesday, fire officials said.\n",
        "bronx.txt": "A fire at a Bronx apartment building killed 12 people on Sunday, fire officials said.\n",
        "bronx2.txt": "A fire at a Bronx apartment building killed 15 people on Sunday, fire officials said.\n",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    apart = compare_files([tmp_path / "brooklyn.txt", tmp_path / "bronx.txt"])
    assert not apart.links
    same = compare_files([tmp_path / "bronx.txt", tmp_path / "bronx2.txt"])
    assert len(same.links) == 1
