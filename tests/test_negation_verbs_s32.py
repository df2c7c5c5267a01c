"""A verb negated in one linked sentence ("John Smith has not been charged") that the other, reworded and negated
nowhere, says of the same subject ("John Smith was charged with murder") is a discrepancy, however few words the two
share (``negation.negated_verb``). A negation that concerns what the other sentence does not state ("did not say
when", a condition, a time to come, a relative clause, another object) is none: each case below is a reading that
turned real links of the tuning data wrongly (notes/kinds32.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportdiff.core import model as m
from reportdiff.core.compare import compare_files
from reportdiff.core.linkflags import describe_link
from reportdiff.core.negation import negated_verb
from reportdiff.core.worddiff import word_diff

LEAD = "A 19-year-old man was shot dead outside a bar on Elm Street early Sunday, police said."
CHARGED = "John Smith, 34, was charged with murder in the shooting outside the bar on Elm Street."
NOT_CHARGED = "A man identified as John Smith has not been charged in the shooting, police said on Monday."


def test_a_negated_verb_in_a_reworded_link_is_a_discrepancy(tmp_path: Path) -> None:
    """Two articles through the engine: the charged / not charged pair is linked and marked a discrepancy."""
    (tmp_path / "one.txt").write_text(f"Man shot dead outside bar\n\n{LEAD}\n\n{CHARGED}\n", encoding="utf-8")
    (tmp_path / "two.txt").write_text(f"Shooting outside bar\n\n{LEAD}\n\n{NOT_CHARGED}\n", encoding="utf-8")
    report = compare_files([tmp_path / "one.txt", tmp_path / "two.txt"])
    found = [
        link
        for link in report.links
        if {report.sentence(link.source).text, report.sentence(link.target).text} == {CHARGED, NOT_CHARGED}
    ]
    assert len(found) == 1
    assert found[0].kind == m.DISCREPANCY
    assert m.WORDING_CONTRADICTS in found[0].flags
    assert any("“not charged”" in note for note in found[0].notes)


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # the brief's case: the same subject and object, the verb negated in one
        ("Police did not release the name of the victim.", "Police released the name of the victim, a 23-year-old."),
        # a clause of auxiliaries takes the subject of the clause before it (ECB+ 9ecbplus, share 0.07)
        (
            "The Obama administration has addressed the rule change, but has not formally overturned it.",
            "Obama overturns Bush endangered species rule",
        ),
        # MSRP train: a reported clause, "never" for "not"
        (
            "Preliminary reports were that the men were never seen together at the airport, sources said.",
            "The men reportedly were seen together at the airport earlier in the evening, sources said.",
        ),
    ],
)
def test_the_other_sentence_says_what_one_denies(one: str, other: str) -> None:
    """Either order: one sentence's negated verb, said by the other of the same subject (and object)."""
    assert describe_link(word_diff(one, other), (), ())[0] == m.DISCREPANCY
    assert negated_verb(word_diff(other, one)) is not None


@pytest.mark.parametrize(
    ("one", "other"),
    [
        # the object is open: what is not said is when
        ("The company did not say when the plant will close.", "The company said the plant will close in March."),
        # another subject: no content word of it in the other sentence's clause
        ("The company did not confirm the deal.", "The firm confirmed the acquisition."),
        # another object ("Morningside" against "Betty Ford")
        ("Lindsay never checked into Morningside, her lawyer said.", "Lindsay Lohan checks into Betty Ford Center"),
        # a time to come: "won't direct" / "in negotiations to direct"
        ("Gary Ross Won't Direct 'Hunger Games' Sequel", "Gary Ross in negotiations to direct 'Hunger Games' sequel"),
        # a condition
        (
            "The Saints would not have placed Bush on injured reserve if they were still in contention.",
            "The Saints placed Bush on injured reserve today.",
        ),
        # a relative clause: who was not identified is the man, not the victims
        (
            "The man, whom police did not identify, was not in the office.",
            "Police identified the other victims as two men.",
        ),
        # an infinitive and a noun are no verb the other sentence asserts
        ("The cause of the fire has not been determined.", "The marshal came to determine the cause of the fire."),
        ("The cause of the fire has not been determined.", "A final determination of the cause of the fire is due."),
        # a plural noun of the verb's stem is no verb either
        (
            "The new regulations do not require agencies to consult scientists.",
            "The new regulations remove requirements that agencies consult scientists.",
        ),
        # a number word is no verb: "was not one person" counts
        ("The source was not one person, LaRue said.", "Woodward has said the source was one person."),
        # the other sentence leaves the verb unsaid too
        ("Riva had not yet regained consciousness.", "Riva had yet to regain consciousness Wednesday."),
        # "not only" adds, "not sent only three" says it sent some
        (
            "A warship not only repulsed an attack on a merchant vessel but nabbed 23 pirates.",
            "A warship repulsed an attack on a merchant vessel in the Gulf of Aden.",
        ),
        (
            "The OSCE has not sent only three observers to monitor the vote.",
            "The OSCE sent eight experts to monitor the poll.",
        ),
    ],
)
def test_a_negation_about_something_else_is_no_discrepancy(one: str, other: str) -> None:
    """Both orders: no negated verb read as the contrary of the other sentence."""
    assert negated_verb(word_diff(one, other)) is None
    assert negated_verb(word_diff(other, one)) is None
