""""20 guns, 5 of them stolen": the part of a count counts "of the guns" (with the count's role), as "five of the guns"
does: it never clashes with the whole nor joins another outlet's "5 guns" by equal value (which hid that outlet's
5 against 20 seized), and is no longer a bare "of them" compared with any other outlet's "of them"."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core.figures import find_figures


@pytest.mark.parametrize(("sentence", "part"), [
    ("Police seized 20 guns, 5 of them stolen, in a raid on the house on Friday.", ("5", "of the guns")),
    ("Officers recovered 20 guns, five of which had been reported stolen.", ("five", "of the guns")),
    ("Police arrested 31 people, 12 of them on drug charges, after the march.", ("12", "of them arrested")),
    ("The gunman killed 12, three of them in the school's lobby.", ("three", "of them killed")),
    ("The tornado flattened dozens of homes, 12 of them in Moore.", ("12", "of the homes")),
])
def test_a_part_of_a_count_is_read_as_its_part(sentence: str, part: tuple[str, str]) -> None:
    last = find_figures(sentence)[-1]
    assert (last.text, last.counts) == part


@pytest.mark.parametrize("sentence", [
    # a preposition between: "them" may be the houses
    "Police seized 20 guns from the houses, 5 of them empty.",
    # a part as large as the whole is no part of it
    "Police seized 20 guns, 30 of them stolen.",
])
def test_no_part_where_the_whole_is_unclear(sentence: str) -> None:
    assert find_figures(sentence)[-1].counts == "of them"


def _facts(report: object) -> list[tuple[str, list[str]]]:
    return sorted((f.status, sorted(report.figures[i].text for i in f.figures)) for f in report.facts)  # type: ignore[attr-defined]


def test_the_part_never_clashes_with_the_whole_and_joins_the_same_part(tmp_path: Path) -> None:
    report = compare_texts(tmp_path, {
        "a.txt": "Guns seized in raid\n\nPolice seized 20 guns, 5 of them stolen, in a raid on a house in Dayton on "
                 "Friday, the sheriff said.",
        "b.txt": "Raid in Dayton\n\nDeputies seized 20 guns, five of them stolen, in a raid on a house in Dayton on "
                 "Friday, the sheriff said.",
        "c.txt": "Dayton raid nets guns\n\nDeputies seized 5 guns and 20 rounds of ammunition in a raid on a house "
                 "in Dayton on Friday, the sheriff said.",
    })
    facts = _facts(report)
    assert ("agree", ["5", "five"]) in facts  # the two parts: one fact, apart from c's 5 guns
    assert ("conflict", ["20", "20", "5"]) in facts  # c's 5 seized against 20, the parts in no conflict
