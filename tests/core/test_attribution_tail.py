"""An attribution closing a sentence ("..., police said on Tuesday.") is no part of what it states (issue 11)."""

from __future__ import annotations

import pytest

from reportdiff.core import semantic
from reportdiff.core.sentence_features import attribution_tail, sentence_features
from reportdiff.core.similarity import LexicalSimilarity

STATEMENT = "No one was killed in the fire"


@pytest.mark.parametrize(
    "tail",
    [
        ", police said on Tuesday.",
        ", the company said in a statement.",
        ", according to the coastguard.",
        ", said a spokesman for the plant.",
        ", fire chief Samuel Pena told reporters late Monday.",
        ", officials said",
    ],
)
def test_a_closing_attribution_is_found_where_its_comma_is(tail: str) -> None:
    """Each form of attribution tail starts at its comma."""
    assert attribution_tail(STATEMENT + tail) == len(STATEMENT)


@pytest.mark.parametrize(
    "text",
    [
        "The fire spread fast, said there was no way to stop it in time and ran.",
        "The guard was questioned, who in turn said he had seen the gun before.",
        "The bid rose again, matching or exceeding the highest offer so far reported for the club.",
        "The firm, citing a drop in sales, said it would cut 500 jobs.",
        "Police said.",
    ],
)
def test_a_clause_after_a_comma_is_no_attribution(text: str) -> None:
    """A clause with a reporting verb in it, or a sentence with nothing but the attribution, keeps every word."""
    assert attribution_tail(text) is None


def test_the_tail_leaves_the_statement_words_and_the_named_source() -> None:
    """Without its generic tail a sentence reads as the bare statement; a named source's names stay (evidence of
    one event when two outlets name the same spokesman), a weekday does not."""
    bare = sentence_features(STATEMENT + ".")
    assert sentence_features(STATEMENT + ", police said on Tuesday.") == bare
    named = sentence_features(STATEMENT + ", Chief Charles Craft said on Tuesday.")
    assert named.content - bare.content == {"chief", "charl", "craft"}
    assert "tuesday" not in named.entities


def test_the_same_statement_with_and_without_its_source_scores_alike() -> None:
    """A restatement ("Nobody died in the fire.") scores nearly the same against the statement with or without
    ", police said on Tuesday." (before: 0.81 and 0.52 among these articles)."""
    context_a = ["A fire broke out at a chemical plant near Houston on Monday night.",
                 "Firefighters fought the blaze for six hours before bringing it under control.",
                 "Residents within a mile were told to stay indoors."]  # fmt: skip
    context_b = ["Fire crews battled a blaze at a Houston-area chemical plant overnight.",
                 "People living nearby were ordered to shelter in place.",
                 "The cause of the fire is under investigation."]  # fmt: skip
    model = semantic.encoder()
    scores = []
    for own in (STATEMENT + ".", STATEMENT + ", police said on Tuesday."):
        texts = [*context_a, own, *context_b, "Nobody died in the fire."]
        sim = LexicalSimilarity(texts, None, model.embed(texts) if model else None, [0] * 4 + [1] * 4)
        scores.append(sim.score(3, 7))
    assert scores[1] > scores[0] - 0.1, scores
