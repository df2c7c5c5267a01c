"""Review s29's speakers of quotations (finding 10), in the shapes of the tuning articles: a role owned by a name
before the speaker's name ("said Smith's step-grandmother, Darlene Proxmire"); a time before an "-ing" verb read as
its subject ("spoke to reporters Thursday night saying"). Each case failed before unless marked kept."""

from __future__ import annotations

import pytest

from reportdiff.core.load import split_paragraphs
from reportdiff.core.quotes import quotes_in_text
from reportdiff.core.segment import segment


def _speakers(text: str) -> list[str]:
    """The speaker of each quotation of a text, segmented as the pipeline does."""
    sentences = segment(text, split_paragraphs(text))
    return [q.speaker for found in quotes_in_text(text, sentences) for q in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gva_375022: the step-grandmother is named after her role, which a name owns
        (
            'The Navy identified the sailor as Randall Smith of Paulding, Ohio.\n\n"He was an awesome young man," '
            'said Smith\'s step-grandmother, Darlene Proxmire. "He loved his wife and children. He loved the Navy."',
            ["Darlene Proxmire"] * 3,
        ),
        # an owner of two words
        ('"He never missed a game," said Randall Smith\'s uncle, John Baker.', ["John Baker"]),
        # kept: a role with no owner
        ('"We are proud of him," said his uncle, John Baker.', ["John Baker"]),
        # kept: the owner alone is not the speaker
        ('"He was a good boy," said Smith\'s grandmother.', [""]),
    ],
)
def test_an_owned_role_before_the_name(text: str, expected: list[str]) -> None:
    """A role with its owner before it ("Smith's step-grandmother, Darlene Proxmire") names the speaker after it."""
    assert _speakers(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gva_375022: "night" is when, not who
        (
            'Gov. Bill Haslam spoke to reporters Thursday night saying, "Chattanooga is a great city with a broken '
            'heart tonight. I think all of our hearts go out to families of the four Marines who lost their lives."',
            ["Bill Haslam", "Bill Haslam"],
        ),
        # ECB+ 18: an organisation's statement
        (
            "TallGrass, a wholesaler of natural health products, issued a statement Saturday evening saying it was "
            '"deeply saddened by the tragic death of our president."',
            ["TallGrass"],
        ),
        # kept: the subject of the "-ing" verb stands before it and names nobody (ECB+ 9)
        (
            'Obama stated that he opposed the rule changes, with a spokesman stating: "As president, Senator Obama '
            'will fight to maintain the strong protections of the Endangered Species Act."',
            [""],
        ),
    ],
)
def test_a_time_before_an_ing_verb(text: str, expected: list[str]) -> None:
    """A time right before "saying" is not who said it: the speaker named before is."""
    assert _speakers(text) == expected
