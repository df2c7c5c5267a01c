"""A fact's note names each wording once, whatever its capitals: "Two" at a sentence's start and "two" inside one are
one word written alike, not "written differently" (review s33 on gva_586609: "'a (one)' and 'A (one)' agree: same
count, written differently"). Read through the engine."""

from __future__ import annotations

import re
from pathlib import Path

from documents import compare_texts  # tests/core/documents.py

BOY = (
    "Boy dies after shooting\n\n"
    "A 6-year-old boy died after being shot in the chest inside a home on Elm Street on Thursday.\n\n"
    "Two people were wounded in the shooting, police said."
)
FATHER = (
    "Father charged\n\n"
    "Police charged the father of a 6-year-old boy who died after being shot inside a home on Elm Street.\n\n"
    "The shooting wounded two people, police said."
)
# Three outlets' one toll: "Three" (a sentence's start), "three", and a hedged "at least 3".
TOLLS = [
    "Three people were killed in a shooting on Elm Street on Thursday, police said.",
    "A gunman killed three people in a shooting on Elm Street on Thursday, police said.",
    "At least 3 people were killed in a shooting on Elm Street on Thursday, police said.",
]


def _notes(folder: Path, texts: list[str]) -> dict[str, tuple[str, str]]:
    """label -> (status, note) of every fact of comparing ``texts`` through the engine."""
    report = compare_texts(folder, {f"{k}.txt": text for k, text in enumerate(texts)})
    return {fact.label: (fact.status, fact.note) for fact in report.facts}


def test_capitals_are_no_other_wording(tmp_path: Path) -> None:
    """"A 6-year-old boy" / "a 6-year-old boy" and "Two" / "two" agree with no note: one wording each."""
    notes = _notes(tmp_path, [BOY, FATHER])
    assert notes["boys killed"] == ("agree", "")
    assert notes["people injured"] == ("agree", "")


def test_other_wordings_are_named_once(tmp_path: Path) -> None:
    """A note still names the wordings that differ by more than capitals, each once ("three" / "at least 3")."""
    status, note = _notes(tmp_path, TOLLS)["people killed"]
    assert status == "agree"
    assert note.endswith(" agree: same count, different hedging")
    wordings = re.findall(r"'([^']*)'", note)  # "Three" and "three" are one wording, named once
    assert sorted(w.casefold() for w in wordings) == ["at least 3", "three"]
