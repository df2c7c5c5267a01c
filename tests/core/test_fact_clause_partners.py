"""Figures of two linked sentences pair by the names in their clauses where words moved (review-s22 findings 2 and
10, and the "team moved" / "verbs swapped" swaps left by session 22).

Three outlets: one gives two players' points, one swaps the values, one reorders the first's statement. The
reorderer's figures were single-source and its disagreement with the swapper unflagged: with the names moved, the
figures paired by value (16 with 16: Echenique's with Artino's). And a hedge linked to an outlet's count was left
single-source when that count went into a conflict fact of its own.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.compare import compare_files
from reportdiff.core.linkflags import figure_partners
from reportdiff.core.worddiff import word_diff

HEAD = "Creighton beats Wichita State\n\n"
TAIL = " for Creighton on Saturday. The crowd of 17,000 cheered the win.\n"
HERALD = "Will Artino scored 14 points and Gregory Echenique had 16 points"
COURIER = "Will Artino scored 16 points and Gregory Echenique had 14 points"  # swapped
POST = "Gregory Echenique had 16 points and Will Artino scored 14 points"  # the herald's, reordered


def _report(tmp_path: Path, bodies: dict[str, str], head: str = HEAD, tail: str = TAIL) -> m.Report:
    return compare_texts(tmp_path, {name: head + body + tail for name, body in bodies.items()})


def _facts(report: m.Report) -> list[tuple[str, list[tuple[str, str]]]]:
    """Each fact of a player's points: its status and (outlet, figure) members."""
    return sorted(
        (fact.status, sorted(_member(report, i) for i in fact.figures))
        for fact in report.facts
        if "points" in fact.label
    )


def _member(report: m.Report, i: int) -> tuple[str, str]:
    """A figure as (its outlet, its text)."""
    return report.articles[report.figures[i].article].source, report.figures[i].text


@pytest.mark.parametrize("names", [("herald", "courier", "post"), ("post", "courier", "herald")])
def test_three_outlets_with_a_swap(tmp_path: Path, names: tuple[str, str, str]) -> None:
    """Artino 14 / 16 / 14 and Echenique 16 / 14 / 16 are two conflicts holding all three outlets; the courier's
    links to the herald and to the post each flag both players; the herald-post link flags nothing."""
    bodies = dict(zip((f"{n}.txt" for n in names), (HERALD, COURIER, POST), strict=True))
    report = _report(tmp_path, bodies)
    assert _facts(report) == [
        (m.CONFLICT, [("courier", "14"), ("herald", "16"), ("post", "16")]),
        (m.CONFLICT, [("courier", "16"), ("herald", "14"), ("post", "14")]),
    ]
    flagged = {}
    for link in report.links:
        if link.source.sentence == link.target.sentence == 1:
            pair = sorted(report.articles[a].source for a in (link.source.article, link.target.article))
            flagged["-".join(pair)] = len([note for note in link.notes if note.startswith("figure conflicts")])
    assert flagged == {"courier-herald": 2, "courier-post": 2, "herald-post": 0}


@pytest.mark.parametrize(
    "swapped",
    [
        # the team's name moved to the front: the second figure shares its stretch of the diff with "for Creighton"
        "Creighton's Will Artino scored 16 points and Gregory Echenique had 14 points.",
        # the verbs exchanged: each figure shares its stretch with a verb
        "Will Artino added 16 points and Gregory Echenique scored 14 points for Creighton.",
    ],
)
def test_a_swap_among_other_edits_is_two_conflicts(tmp_path: Path, swapped: str) -> None:
    """The values swapped while other words changed around them: still two conflicts, both flagged."""
    report = _report(tmp_path, {"herald.txt": HERALD + " for Creighton.", "courier.txt": swapped}, tail="\n")
    assert _facts(report) == [
        (m.CONFLICT, [("courier", "14"), ("herald", "16")]),
        (m.CONFLICT, [("courier", "16"), ("herald", "14")]),
    ]
    (link,) = [link for link in report.links if link.flags]
    assert len(link.notes) == 2


def test_a_reordered_statement_is_no_conflict(tmp_path: Path) -> None:
    """The same values for the same names in another order agree, whichever names the other outlet has."""
    report = _report(tmp_path, {"herald.txt": HERALD, "post.txt": POST})
    assert [link.notes for link in report.links if link.flags] == []
    assert [status for status, _members in _facts(report)] == [m.AGREE, m.AGREE]


@pytest.mark.parametrize(
    ("first", "second", "pairs"),
    [
        # names before the figures decide, whichever figure the shared tail follows
        (COURIER + " for Creighton.", POST + " for Creighton.", [("16", "14"), ("14", "16")]),
        # no name ties the clauses ("who had" is nobody): nothing is paired
        ("Jamaal Charles had 226 yards and Peyton Hillis ran for 101 yards.",
         "Peyton Hillis added 101 yards for the Chiefs, who had 352 yards.", [("101", "101")]),
    ],
)
def test_figure_partners(first: str, second: str, pairs: list[tuple[str, str]]) -> None:
    def spots(text: str, base: int) -> list[tuple[int, int, int]]:
        found, at = [], 0
        for k, number in enumerate(n for n in ("226", "101", "352", "14", "16") if n in text):
            at = text.index(number)
            found.append((base + k, at, at + len(number)))
        return sorted(found, key=lambda f: f[1])

    here, there = spots(first, 0), spots(second, 10)
    text = {i: first[s:e] for i, s, e in here} | {i: second[s:e] for i, s, e in there}
    partners = figure_partners(word_diff(first, second), here, there, [i for i, *_ in here], [i for i, *_ in there])
    assert sorted((text[i], text[j]) for i, j in partners) == sorted(pairs)


FIRE = "Fire kills workers\n\n{}\n\nRescuers searched the rubble overnight.{}\n"


@pytest.mark.parametrize("later", ["By Tuesday", "Later"])
@pytest.mark.parametrize("order", ["abc", "cba", "bca"])
def test_a_hedge_keeps_its_corroboration(tmp_path: Path, later: str, order: str) -> None:
    """A: "at least 14", B: "14" (and later 15), C: "16". A's hedge goes with B's 14, in the conflict with C's 16,
    never single-source. "By Tuesday" tells a later toll (a scope): B's 15 is then no part of Monday's conflict;
    told without a day, both of B's counts clash with C's 16 on their links, and the one conflict fact holds both.
    The same in any file order."""
    said = "the fire killed {} people at the factory on Monday, officials said."
    files = {
        "a.txt": FIRE.format("The " + said.format("at least 14"), ""),
        "b.txt": FIRE.format("The " + said.format("14"), f" {later} the fire had killed 15 people at the factory, "
                                                         "officials said."),
        "c.txt": FIRE.format("The " + said.format("16"), ""),
    }  # fmt: skip
    paths = []
    for name in order:
        (tmp_path / f"{name}.txt").write_text(files[f"{name}.txt"], encoding="utf-8")
        paths.append(str(tmp_path / f"{name}.txt"))
    report = compare_files(paths)
    facts = sorted(
        (fact.status, sorted(_member(report, i) for i in fact.figures))
        for fact in report.facts
        if "killed" in fact.label
    )
    conflict = [("a", "14"), ("b", "14"), ("c", "16")]
    if later == "By Tuesday":
        assert facts == [(m.CONFLICT, conflict), (m.SINGLE_SOURCE, [("b", "15")])]
    else:
        assert facts == [(m.CONFLICT, sorted([*conflict, ("b", "15")]))]
