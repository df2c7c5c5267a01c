"""Care is a state of the injured unless the sentence names an illness (review s29 finding 14: hospitalised patients
labelled as injured): "hospitalized after the shooting" counts the injured, "hospitalized with food poisoning" the
sick (no casualty role)."""

from __future__ import annotations

import pytest

from reportdiff.core.figures import find_figures


@pytest.mark.parametrize(
    ("sentence", "counts"),
    [
        ("Twelve people were hospitalized after the shooting.", "people injured"),  # care after a shooting: injured
        ("Three victims remain in stable condition.", "victims injured"),
        ("Nine patients were hospitalized.", "patients injured"),  # nothing says otherwise: the usual reading
        ("Five people were hospitalized after the ill-fated trip.", "people injured"),  # "ill-fated" is no illness
        ("Twelve patients were hospitalized with food poisoning.", "patients"),  # the sick
        ("Two children were being treated for flu.", "children"),
        ("Five people were injured by the blast.", "people injured"),  # a wound, whatever else the text says
    ],
)
def test_care_counts_the_injured_unless_an_illness_is_named(sentence: str, counts: str) -> None:
    """The one figure of each sentence counts what the sentence says."""
    (found,) = find_figures(sentence)
    assert found.counts == counts
