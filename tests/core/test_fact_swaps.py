"""Figures of two linked sentences pair by where they stand: swapped values are conflicts, reordered statements are
not (review-s21 finding: "Artino 14 and Echenique 16" vs "Artino 16 and Echenique 14" read as two agreements)."""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.compare import compare_files
from reportdiff.core.linkflags import words_moved
from reportdiff.core.worddiff import word_diff

HEAD = "Creighton beats Wichita State\n\n"
TAIL = " for Creighton on Saturday. The crowd of 17,000 cheered the win.\n"
BOTH = "Will Artino scored 14 points and Gregory Echenique had 16 points"
SWAPPED = "Will Artino scored 16 points and Gregory Echenique had 14 points"
REORDERED = "Gregory Echenique had 16 points and Will Artino scored 14 points"
# The second count without its noun: a bare number, which pairs with nothing by key.
SHORT = "Artino scored 14 points and Echenique 16"
SHORT_REORDERED = "Echenique scored 16 points and Artino 14"
SHORT_SWAPPED = "Artino scored 16 points and Echenique 14"


def _report(tmp_path: Path, first: str, second: str) -> m.Report:
    return compare_texts(tmp_path, {"herald.txt": HEAD + first + TAIL, "courier.txt": HEAD + second + TAIL})


def _linked(report: m.Report) -> m.Link:
    (link,) = [link for link in report.links if link.source.sentence == link.target.sentence == 1]
    return link


def _conflicts(report: m.Report) -> list[list[str]]:
    return sorted(sorted(report.figures[i].text for i in fact.figures)
                  for fact in report.facts if fact.status == m.CONFLICT)  # fmt: skip


@pytest.mark.parametrize("order", [(BOTH, SWAPPED), (SWAPPED, BOTH)])
def test_swapped_values_are_two_conflicts(tmp_path: Path, order: tuple[str, str]) -> None:
    """Artino's 14 became 16 and Echenique's 16 became 14, every other word in place: the link flags both, and each
    pair is a conflict fact of its own (14 vs 16 for one player, 16 vs 14 for the other), in either file order."""
    report = _report(tmp_path, *order)
    link = _linked(report)
    assert m.FIGURE_CONFLICT in link.flags
    assert sorted(link.notes) == ["figure conflicts: 14 vs 16 (14 points)", "figure conflicts: 16 vs 14 (16 points)"]
    assert _conflicts(report) == [["14", "16"], ["14", "16"]]


def test_swapped_conflicts_read_apart(tmp_path: Path) -> None:
    """The two conflict rows lead with what one outlet says, the same outlet for both, whichever file comes first:
    "14 points: 14 vs 16" and "16 points: 16 vs 14", never two rows reading "14 points: 14 vs 16 points"."""
    (tmp_path / "herald.txt").write_text(HEAD + BOTH + TAIL, encoding="utf-8")
    (tmp_path / "courier.txt").write_text(HEAD + SWAPPED + TAIL, encoding="utf-8")
    seen = []
    for names in (["herald.txt", "courier.txt"], ["courier.txt", "herald.txt"]):
        report = compare_files([str(tmp_path / name) for name in names])
        rows = sorted((fact.label, fact.note) for fact in report.facts if fact.status == m.CONFLICT)
        assert rows == [("14 points", "14 vs 16 points"), ("16 points", "16 vs 14 points")]
        leads = set()
        for fact in report.facts:
            if fact.status == m.CONFLICT:
                (lead,) = [report.figures[i] for i in fact.figures if report.figures[i].text == fact.label.split()[0]]
                leads.add(Path(report.articles[lead.article].path).name)
        assert len(leads) == 1  # one outlet's statements lead both rows
        seen.append(leads)
    assert seen[0] == seen[1]  # the same outlet in either file order


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (BOTH, REORDERED),  # the same two statements, the other way round: names and numbers move together
        (REORDERED, BOTH),
        (SHORT, SHORT_REORDERED),  # "14 points" meets "16 points" alone by key, but 14 is there, bare
        (SHORT_REORDERED, SHORT),
    ],
)
def test_reordered_statements_are_no_conflict(tmp_path: Path, first: str, second: str) -> None:
    """The same statements in another order: no flag and no conflict fact."""
    report = _report(tmp_path, first, second)
    assert not _linked(report).flags
    assert _conflicts(report) == []


def test_swapped_with_a_bare_number_is_still_a_conflict(tmp_path: Path) -> None:
    """"Artino scored 14 points and Echenique 16" / "Artino scored 16 points and Echenique 14": each value is in the
    other sentence, but put one for the other where it stands, so Artino's points conflict, and so do Echenique's
    bare numbers, the second half of the swap (review-s22 finding 7: only Artino's were flagged)."""
    report = _report(tmp_path, SHORT, SHORT_SWAPPED)
    assert _linked(report).notes == ("figure conflicts: 14 vs 16 (14 points)", "figure conflicts: 16 vs 14 (16)")
    assert _conflicts(report) == [["14", "16"], ["14", "16"]]


def test_bare_swap_is_two_conflicts(tmp_path: Path) -> None:
    """Review-s22 finding 7: "The Democrats won 12 seats and the Republicans 9" against the swapped counts is two
    conflicts (Democrats 12 vs 9, Republicans 9 vs 12), not one and two single-source numbers."""
    for name, (x, y) in (("herald.txt", ("12", "9")), ("courier.txt", ("9", "12"))):
        body = f"The Democrats won {x} seats and the Republicans {y} in the state senate on Tuesday."
        (tmp_path / name).write_text(f"Senate results\n\n{body}\n\nTurnout was low.\n", encoding="utf-8")
    report = compare_files([str(tmp_path / "herald.txt"), str(tmp_path / "courier.txt")])
    (link,) = [link for link in report.links if link.flags]
    assert len(link.notes) == 2
    assert _conflicts(report) == [["12", "9"], ["12", "9"]]
    assert not [fact for fact in report.facts if fact.status == m.SINGLE_SOURCE]


def test_one_value_bare_elsewhere_is_no_swap(tmp_path: Path) -> None:
    """Two players' lines put one for the other ("Vaughn finished with 16 points ..., scoring 14 in a 20-2 run" /
    "Hansbrough finished the game with 20 points"): 20 stands bare in the first sentence, but 16 is nowhere in the
    second, so no swap lets the two counts clash (it did once an in-place edit stopped counting as a move)."""
    first = "Vaughn finished with 16 points and nine rebounds, scoring 14 in a stretch that ended in a 20-2 run."
    second = "Hansbrough finished the game with 20 points and nine rebounds."
    report = _report(tmp_path, first, second)
    assert not _linked(report).flags


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Smith won 52% of the vote and Jones 48%, the election commission said on Monday.",
         "Smith won 48% of the vote and Jones 52%, the election commission said."),
        ("On Saturday, " + BOTH + " for Creighton.", SWAPPED + " for Creighton on Saturday."),
    ],
)
def test_swap_with_an_unrelated_edit_is_two_conflicts(tmp_path: Path, first: str, second: str) -> None:
    """Swapped values stay two conflicts when some other word was dropped or carried past the figures (review-s22
    finding 1: "said on Monday" / "said" counted "said" as moved, and the swap read as two agreements)."""
    head = "Election results\n\n"
    for name, body in (("herald.txt", first), ("courier.txt", second)):
        (tmp_path / name).write_text(head + body + "\n\nThe crowd of 17,000 cheered.\n", encoding="utf-8")
    report = compare_files([str(tmp_path / "herald.txt"), str(tmp_path / "courier.txt")])
    (link,) = [link for link in report.links if link.flags]
    assert len(link.notes) == 2
    assert len(_conflicts(report)) == 2


def _spots(text: str, numbers: list[str]) -> list[tuple[int, int, int]]:
    return [(k, text.index(n), text.index(n) + len(n)) for k, n in enumerate(numbers)]


@pytest.mark.parametrize(
    ("first", "second", "moved"),
    [
        (SHORT, SHORT_SWAPPED, False),  # only the figures changed places
        (SHORT, SHORT_REORDERED, True),  # Artino and Echenique moved with them
        (BOTH, "Will Artino added 16 points and Gregory Echenique had 14 points", False),  # reworded, nothing moved
        # "said" put back where "said on Monday" was taken out: in place, no move (review-s22 finding 1)
        ("Smith won 14 seats and Jones 16, the commission said on Monday.",
         "Smith won 16 seats and Jones 14, the commission said.", False),
        # a time phrase carried past all the figures changes no figure's neighbours
        ("On Saturday, " + SHORT + ".", SHORT_SWAPPED + " on Saturday.", False),
    ],
)
def test_words_moved(first: str, second: str, moved: bool) -> None:
    """Whether a word other than the figures was taken out at one place of the diff and put in at another."""
    numbers = ["14", "16"]
    here = _spots(first, numbers)
    there = [(k + 2, start, end) for k, start, end in _spots(second, numbers)]
    assert words_moved(word_diff(first, second), here, there) is moved
