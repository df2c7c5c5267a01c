"""Review s29's speakers of quotations (finding 10), in the shapes of the tuning articles: a role owned by a name
before the speaker's name ("said Smith's step-grandmother, Darlene Proxmire"); a time before an "-ing" verb read as
its subject ("spoke to reporters Thursday night saying"). Each case failed before unless marked kept."""

from __future__ import annotations

import pytest
from quotetexts import speakers_of  # tests/core/quotetexts.py


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
    assert speakers_of(text) == expected


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
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gva_375022: introduced with no speech verb in the paragraph before
        (
            'Gov. Bill Haslam spoke to reporters Thursday night saying, "Chattanooga is a great city with a '
            'broken heart."\n\n'
            "U.S. Senator Bob Corker, who served as mayor of Chattanooga, commended federal and local authorities.\n\n"
            '"This is a great city. I know that our city will come around the families," he said.',
            ["Bill Haslam", "Bob Corker", "Bob Corker"],
        ),
        # gva_595069: named three paragraphs before, an age and "She said" standing for her since
        (
            "Deonicia Curry returned to the neighborhood Tuesday morning to retrieve her car.\n\n"
            "The 33-year-old attended the party with her 3-year-old daughter.\n\n"
            "She said when the gunshots began, people dropped their belongings and started running.\n\n"
            '"You were just trying to get your baby and go home," she said.',
            ["Deonicia Curry"],
        ),
        # gva_416812: named as a speaker two paragraphs before, then sentences in which "he" goes on
        (
            '"Those details are still being investigated," Diaz said.\n\n'
            "The home was the subject of an investigation in February, Diaz said, but he couldn't say more.\n\n"
            "He said detectives do not think this was a random act.\n\n"
            '"It\'s obviously a very sad situation," he said.',
            ["Diaz", "Diaz"],
        ),
        # gva_595069: a name opening the sentence as its topic
        (
            "For John Burns, he not only lost a distant cousin, but a best friend.\n\n"
            '"It\'s me and him all day every day," he said of Screwball.',
            ["John Burns"],
        ),
        # kept: "he" is not the woman named before (her car)
        (
            "Deonicia Curry returned to the neighborhood to retrieve her car.\n\n"
            '"You were just trying to get your baby and go home," he said.',
            [""],
        ),
        # kept: an organisation is nobody's "he"
        (
            "The Charleston Police Department identified a suspect on Sunday.\n\n"
            '"He is considered armed and extremely dangerous," he said.',
            [""],
        ),
        # kept: a sentence between that neither names him nor goes on with "he"
        (
            "Clarence Havvard admitted it was frustrating to wait eight months.\n\n"
            "The neighborhood banded together to welcome police.\n\n"
            '"I feel more confident that it will be bringing peace to the streets," he said.',
            [""],
        ),
        # kept: someone unnamed speaks in the quotation's own sentence (ECB+ 22)
        (
            "KYW's Paul Kurtz reports that Commissioner Ramsey credits a special training program.\n\n"
            "The commissioner says he's put many officers through what's called \"active shooter\" training for "
            "first responding officers.",
            [""],
        ),
        # kept: a name in a clause opened by "After" is who the friend speaks of (gva_375022)
        (
            "After Abdulazeez returned, he seemed more mellow, less interested in partying.\n\n"
            '"That is part of what drew us closer," he said.',
            [""],
        ),
        # kept: her agent spoke of "she": "she said" later is not the agent (ECB+ 4)
        (
            '"She is the embodiment of beauty," her agent, Mark Roesler, said yesterday.\n\n'
            "Even though she conceded to the occasional public event, she never agreed to be photographed again.\n\n"
            '"I don\'t want to be photographed in my old age," she said in 1998.',
            ["Mark Roesler", ""],
        ),
    ],
)
def test_he_or_she_refers_back(text: str, expected: list[str]) -> None:
    """ "he said" / "she said" naming nobody takes the person its pronoun refers back to: introduced as a subject
    with no speech verb, or named before sentences the pronoun goes on in; never an organisation, nor across a
    sentence that does neither, nor a person of the other sex."""
    assert speakers_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # gva_483737: a sentence wholly inside the inner quotation is the guy's, not the owner's
        (
            "Gene Linton said he was there.\n\n\"As I was locking the door, a guy said on the outside that, 'They're "
            "shooting outside. They're shooting outside.' I allowed him to get in,\" he said.",
            ["Gene Linton", "", "Gene Linton"],
        ),
        # a named inner speaker
        (
            "Gene Linton said he was there.\n\n\"As I was locking the door, Smith said on the outside that, 'They're "
            "shooting outside. They're shooting outside.' I allowed him to get in,\" he said.",
            ["Gene Linton", "Smith", "Gene Linton"],
        ),
        # kept: the quoting speaker's own words ("I told them", gva_451245's "You can say")
        (
            "Gene Linton said the club was safe.\n\n\"I told them, 'Stay inside. Keep the doors shut.' They did,\" "
            "he said.",
            ["Gene Linton"] * 3,
        ),
    ],
)
def test_a_sentence_inside_a_nested_quotation(text: str, expected: list[str]) -> None:
    """A sentence of a quotation lying wholly inside a quotation within it is the inner speaker's words."""
    assert speakers_of(text) == expected


def test_an_odd_straight_mark_inside_a_quotation() -> None:
    """A straight double mark left over inside a quotation of several sentences reads no quotation within it: the
    property test's '" “ . " the' stopped the comparison with a ValueError."""
    assert set(speakers_of('" “ . " the')) == {""}
    assert set(speakers_of('Ann Cole said it.\n\n“He said " no. It was " late " there. Then we left,” she said.')) == {
        "Ann Cole"
    }
