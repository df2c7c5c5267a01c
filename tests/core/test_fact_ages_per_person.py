"""Ages are reconciled per person (review s28): two outlets each giving a 33-year-old, one a woman at the party and
the other a man shot in another neighbourhood (gva_595069's shape), agreed by value alone. Given each sentence,
``facts_and_clashes`` joins two equal ages only when what each is attached to may be one person
(``age_holder``, ``same_holder``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportdiff.core import model as m
from reportdiff.core.compare import compare_files
from reportdiff.core.facts import age_holder, facts_and_clashes, one_named_person, same_holder

PARTY = """Five shot at Fourth of July block party

Five people were shot late Monday when an argument broke out at a Fourth of July block party west of downtown.

The 33-year-old attended the party with her 3-year-old daughter and about two dozen relatives.

Jamaine Sutton, 32, of Dunbar, was pronounced dead at the scene.
"""
THIRD_WARD = """Gunfire at holiday party leaves three dead

Police said five people were shot when a Fourth of July party turned into a violent argument Monday night.

In a separate case, a 33-year-old man was shot and killed in the Third Ward on Wednesday morning.

Sutton, 32, was pronounced dead at the scene, police said.
"""


def _compare_two(tmp_path: Path, first: str, second: str) -> m.Report:
    paths = [tmp_path / "first.txt", tmp_path / "second.txt"]
    for path, text in zip(paths, (first, second), strict=True):
        path.write_text(text, encoding="utf-8")
    return compare_files(paths)


def _age_facts(tmp_path: Path, with_sentences: bool) -> list[tuple[str, list[int]]]:
    """Each age fact's label and the articles of its figures, the comparison's facts regrouped with or without
    each sentence given."""
    report = _compare_two(tmp_path, PARTY, THIRD_WARD)
    pairs = {((lk.source.article, lk.source.sentence), (lk.target.article, lk.target.sentence)) for lk in report.links}

    def linked(a: m.SentenceRef, b: m.SentenceRef) -> bool:
        x, y = (a.article, a.sentence), (b.article, b.sentence)
        return (x, y) in pairs or (y, x) in pairs

    def sentences(place: tuple[int, int]) -> tuple[int, str]:
        s = report.articles[place[0]].sentences[place[1]]
        return s.start, s.text

    facts, _clashes = facts_and_clashes(report.figures, linked, sentences=sentences if with_sentences else None)
    out = []
    for fact in facts:
        figures = [report.figures[i] for i in fact.figures]
        if figures[0].unit.startswith("age"):
            out.append((fact.label, sorted({f.article for f in figures})))
    return sorted(out)


def test_the_woman_and_the_man_are_two_33_year_olds(tmp_path: Path) -> None:
    """Without the sentences the two 33-year-olds are one fact; with them, two. Sutton, 32, in both stays one."""
    assert ("age 33", [0, 1]) in _age_facts(tmp_path, with_sentences=False)
    facts = _age_facts(tmp_path, with_sentences=True)
    assert ("age 33", [0]) in facts and ("age 33", [1]) in facts
    assert ("age 32", [0, 1]) in facts


def test_the_report_itself_keeps_the_two_33_year_olds_apart(tmp_path: Path) -> None:
    """The engine's own facts (compare passes each sentence), as the figures table and the JSON show them."""
    report = _compare_two(tmp_path, PARTY, THIRD_WARD)
    ages = sorted(
        (fact.label, sorted({report.figures[i].article for i in fact.figures}))
        for fact in report.facts
        if report.figures[fact.figures[0]].unit.startswith("age")
    )
    assert ("age 33", [0]) in ages and ("age 33", [1]) in ages
    assert ("age 32", [0, 1]) in ages


@pytest.mark.parametrize(
    ("sentence", "age", "holder"),
    [
        ("Jamaine Sutton, 32, of Dunbar, was pronounced dead at the scene.", "32", "Jamaine Sutton"),
        ("The child and the other man, 37, were expected to survive.", "37", "man"),
        ("Two men, ages 26 and 36, showed up at a hospital.", "26 and 36", "men"),
        ("Boy, 8, shot in Lawndale neighborhood", "8", "boy"),  # a headline's capital names no one
        ("Their father, 31-year-old Robert Turner, is charged.", "31-year-old", "Robert Turner"),
        ("The 33-year-old attended the party with her 3-year-old daughter.", "33-year-old", "woman"),
        ("The 5-year-old victim was struck and killed.", "5-year-old", "victim"),
        # a name before a noun modifies it: not the holder
        ("Randall Smith, a 26-year-old U.S. Navy logistics specialist, underwent surgery.", "26-year-old", ""),
        ("He was 27 years old, the station reported.", "27 years old", ""),
    ],
)
def test_age_holder(sentence: str, age: str, holder: str) -> None:
    """The name or noun an age is attached to, or nothing when the sentence does not say."""
    start = sentence.index(age)
    assert age_holder(sentence, start, start + len(age)) == holder


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("woman", "man", False),
        ("suspect", "victim", False),
        ("victim", "boy", True),  # a sex and a role: may be one person
        ("Jacques Slade", "Slade", True),
        ("James Howell", "James Shaw", True),  # share "James": may be one (names are compared by any word)
        ("Thomas Sullivan", "David Wyatt", False),
        ("boy", "Deshaun Swanson", True),
        ("", "woman", True),
    ],
)
def test_same_holder(a: str, b: str, same: bool) -> None:
    """Holders of two classes of one kind, or two names sharing no word, are two people."""
    assert same_holder(a, b) is same


def test_one_named_person_with_two_ages_is_a_conflict(tmp_path: Path) -> None:
    """ "19-year-old Daquarius Tucker" / "Daquarius Tucker, 20": one person's age told two ways, in two spellings
    (review s29: linked as an agreement, the two ages two single-source rows)."""
    report = _compare_two(
        tmp_path,
        "Police said 19-year-old Daquarius Tucker was shot on Tuesday night near his home in Houston.\n",
        "Police said Daquarius Tucker, 20, was shot on Tuesday night near his home in Houston.\n",
    )
    (link,) = report.links
    assert link.kind == m.DISCREPANCY and "figure_conflict" in link.flags
    assert [f.status for f in report.facts] == [m.CONFLICT]


def test_two_brothers_ages_do_not_conflict(tmp_path: Path) -> None:
    """Two given names with one surname are two people: their ages never clash."""
    report = _compare_two(
        tmp_path,
        "Police said 19-year-old Daquarius Tucker was shot on Tuesday night near his home in Houston.\n",
        "Police said Damarcus Tucker, 20, was shot on Tuesday night near his home in Houston.\n",
    )
    assert all(f.status != m.CONFLICT for f in report.facts)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Daquarius Tucker", "Daquarius Tucker", True),
        ("Tucker", "Daquarius Tucker", True),
        ("Daquarius Tucker", "Damarcus Tucker", False),
        ("Tucker", "man", False),
        ("", "Tucker", False),
        ("Daquarius", "Daquarius Tucker", False),  # a given name alone is not the surname
    ],
)
def test_one_named_person(a: str, b: str, same: bool) -> None:
    assert one_named_person(a, b) is same
