"""A sentence opened by a denied subject ("None of the victim's family members were present ...") against a linked
sentence that says that subject did so ("Several members of the victim's family ... were in court") is a
discrepancy, however reworded (review-s30 finding 6: ECB+ 33ecb linked such a pair at 0.74 as a paraphrase, its
words 0.28 the same, below what ``negation.contradiction`` reads). A negated clause one sentence adds, or a "no"
inside a clause, is no denial of the other."""

from __future__ import annotations

from pathlib import Path

from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.linkflags import describe_link
from reportdiff.core.negation import denial
from reportdiff.core.worddiff import word_diff

LEAD = "The trial of a teenager accused of killing a girl outside a birthday party opened in the county court."
PRESENT = "Several members of the victim's family and the defendant's mother were in court to watch the proceedings."
ABSENT = "None of the girl's family members were present in the courthouse on Monday, only the defendant's friends."


def test_a_denied_subject_is_a_discrepancy(tmp_path: Path) -> None:
    report = compare_texts(
        tmp_path,
        {
            "one.txt": f"Teen's murder trial opens\n\n{LEAD}\n\n{PRESENT}\n",
            "two.txt": f"Trial opens\n\n{LEAD}\n\n{ABSENT}\n",
        },
    )
    found = [
        link
        for link in report.links
        if {report.sentence(link.source).text, report.sentence(link.target).text} == {PRESENT, ABSENT}
    ]
    assert len(found) == 1
    assert found[0].kind == m.DISCREPANCY
    assert m.WORDING_CONTRADICTS in found[0].flags
    assert any("“none”" in note for note in found[0].notes)


def test_a_reported_denial_counts() -> None:
    diff = word_diff("Police said no one was injured in the blaze.", "Two firefighters were injured in the blaze.")
    assert describe_link(diff, (), ())[0] == m.DISCREPANCY


def test_an_added_negated_clause_denies_nothing() -> None:
    diff = word_diff(
        "A fire broke out at the factory on Monday.", "A fire broke out at the factory on Monday, and no one was hurt."
    )
    assert denial(diff) is None
    diff = word_diff(
        "The youth in this community have no outlets for their anger.",
        "Tonight we saw an explosion of anger from the youth in my community.",
    )
    assert denial(diff) is None


def test_a_denial_of_another_subject_or_both_denied_is_none() -> None:
    # one shared word of the denied subject: "No pleas were entered" / "... due to enter his plea in September"
    assert (
        denial(word_diff("No pleas were entered at the hearing.", "He is due to enter his plea in September.")) is None
    )
    both = word_diff("None of the family members were in court.", "Nobody from the family was present, police said.")
    assert denial(both) is None
