""""<N> others" right after a death toll in one clause is the whole count of its role ("killing two people and
injuring 144 others": the injured, besides the dead), so it clashes with another outlet's "injuring 114"; a rest told
beside another part ("three officers and 12 others were injured") or alone ("two others were critically hurt") stays
a part and clashes with no whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core.figures import find_figures
from reportdiff.core.model import Report

_QUAKE_A = (
    "Quake kills two in eastern Anatolia\n\nANKARA (Reuters) - A magnitude 5.9 earthquake struck eastern Anatolia "
    "early on Tuesday, killing two people and injuring 114, the country's disaster agency said.\n\nRescue teams "
    "searched collapsed houses in the town of Malatya through the night, officials said."
)


def _injured_facts(report: Report) -> list[tuple[str, list[str]]]:
    """Each fact holding an injured count: its status and its figures' texts."""
    out = []
    for fact in report.facts:
        figs = [report.figures[i] for i in fact.figures]
        if any(f.counts.split()[-1:] == ["injured"] for f in figs):
            out.append((fact.status, sorted(f.text for f in figs)))
    return out


@pytest.mark.parametrize("clause", [
    "killing at least two people and injuring 144 others",
    "killing two people and leaving 144 others hurt",
])
def test_others_after_the_dead_clash_with_the_whole_injured_count(tmp_path: Path, clause: str) -> None:
    report = compare_texts(tmp_path, {
        "a.txt": _QUAKE_A,
        "b.txt": "Deadly earthquake hits eastern Turkey\n\nISTANBUL (AP) - A strong earthquake shook eastern Anatolia "
                 f"early on Tuesday, {clause}, the country's disaster agency said.\n\nRescue teams searched collapsed "
                 "houses in the town of Malatya through the night, officials said.",
    })
    assert _injured_facts(report) == [("conflict", ["114", "144"])]


@pytest.mark.parametrize(("sentence", "counts"), [
    ("Two people were killed and 144 others were injured when the bridge collapsed.", "injured"),
    ("A man was killed and three others were wounded, police said.", "injured"),
    ("The blast left one worker dead and 12 others hurt.", "injured"),
    # another part of the injured told beside the rest: the rest stays a part
    ("The gunman killed two people, wounded three officers and injured 12 others.", "others injured"),
    # another person named between the toll and the rest: the rest may be told beside that person
    ("One man was killed, a boy was hurt and two others were wounded in the shootings.", "others injured"),
    ("Gunfire killed two people, including a child, and wounded three others.", "others injured"),
    # no death toll in the clause: a rest of some whole told elsewhere
    ("Two others were critically hurt, the hospital said.", "others injured"),
    # the rest of the dead is a part of the dead
    ("One officer was killed and two others died later in hospital.", "others killed"),
])
def test_what_others_counts(sentence: str, counts: str) -> None:
    assert [f.counts for f in find_figures(sentence)][-1] == counts


def test_a_part_of_the_injured_stays_apart(tmp_path: Path) -> None:
    """ "Five of the 20 injured" and "two others were critically hurt" are parts: no conflict with the whole."""
    report = compare_texts(tmp_path, {
        "a.txt": "Bus crash on the motorway\n\nA bus overturned on the A1 motorway on Sunday, killing two people "
                 "and injuring 20, police said.\n\nFive of the 20 injured were in a critical condition.",
        "b.txt": "Motorway bus crash\n\nA bus overturned on the A1 motorway on Sunday, killing two people and "
                 "injuring 20, police said.\n\nTwo others were critically hurt, a hospital spokesman said.",
    })
    assert all(status != "conflict" for status, _ in _injured_facts(report))
