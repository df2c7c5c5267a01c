"""A page's own time stamp is not a claim about the event, and a rate is not a total (review-s22 finding 3).

"Posted: Jul 07, 2012 7:40 PM ET" / "Last Updated: ... 8:44 PM ET" of three station pages read as figure conflicts
between outlets, one outlet's two stamps chained in one conflict fact; "$22 million per season" was flagged against
a "$200 million" total. Real texts through the whole comparison.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.figures import find_figures

BODY = ("A gunman opened fire at a shopping mall in Springfield on Saturday afternoon, killing three people and "
        "wounding five, police said.")  # fmt: skip
STAMPED = {
    "wxyz.txt": f"Gunman kills three at mall\n\nPosted: Jul 07, 2012 7:40 PM ET\n\nLast Updated: Jul 07, 2012 8:44 PM "
                f"ET\n\n{BODY}\n\nThe suspect, 24, was arrested at the scene.\n",
    "cnn.txt": f"Three killed in mall shooting\n\nPublished 10:04 PM ET, Sat July 7, 2012\n\n{BODY}\n\nPolice arrested "
               "a 24-year-old man.\n",
    "wish.txt": f"Mall shooting leaves three dead\n\nPosted: Jul 07, 2012 9:15 PM ET\n\nUpdated: Jul 08, 2012 10:46 AM "
                f"ET\n\n{BODY}\n\nA 24-year-old suspect is in custody.\n",
    "wane.txt": f"Three dead in mall shooting\n\nJuly 8, 2012\n\n{BODY}\n\nThe suspect, 24, is in custody.\n",
}  # fmt: skip


def _report(tmp_path: Path, files: dict[str, str]) -> m.Report:
    return compare_texts(tmp_path, files)


def test_page_stamps_are_never_figure_conflicts(tmp_path: Path) -> None:
    """Four pages posted and updated at different times, one with a bare dateline of the next day: no link flags a
    figure, no fact is a conflict, no fact holds two pages' stamps or one page's two, and the event's own figures
    (three killed, five wounded) still agree across all four."""
    report = _report(tmp_path, STAMPED)
    assert [link.notes for link in report.links if m.FIGURE_CONFLICT in link.flags] == []
    assert [fact.note for fact in report.facts if fact.status == m.CONFLICT] == []
    # a stamp standing alone is page furniture (load.is_stamp): set aside, so none of its numbers is a figure
    stamp_lines = [s for a in report.articles for s in a.sentences if any(w in s.text for w in ("Posted", "Updated",
                   "Published", "July 8, 2012"))]  # fmt: skip
    assert len(stamp_lines) == 6 and all(s.status == m.BOILERPLATE for s in stamp_lines)
    assert [f for f in report.figures if f.counts == "stamp"] == []
    killed = [fact for fact in report.facts if fact.label.startswith("people killed")]
    assert [(fact.status, len({report.figures[i].article for i in fact.figures})) for fact in killed] == [(m.AGREE, 4)]


@pytest.mark.parametrize(
    ("line", "stamp"),
    [
        ("Posted: Jul 07, 2012 7:40 PM ET", ["Jul 07, 2012", "7:40 PM"]),
        ("Last updated 13:26 14 / 09 / 2013", ["13:26", "14 / 09 / 2013"]),  # its date in digits is a date (s29 F13)
        ("Friday, Sep 10, 2010 | Updated 8:52 PM EDT", ["Sep 10, 2010", "8:52 PM"]),
        ("Updated 9:06 AM", ["9:06 AM"]),
        ("May 23, 2005", ["May 23, 2005"]),  # a dateline
        # sentences, not stamps: a time told of an event, a page's line holding a claim
        ("At 7:40 PM on Saturday", []),
        ("A message posted at 7:40 p.m. said the office would close.", []),
        ("Police said the shooting happened on Jul 07, 2012 at 7:40 PM.", []),
    ],
)
def test_a_stamp_is_read_from_the_line_s_shape(line: str, stamp: list[str]) -> None:
    """Only a line of nothing but a date (or a time and a stamp verb), stamp words and capital codes stamps the
    page, whatever its wording."""
    assert [f.text for f in find_figures(line) if f.counts == "stamp"] == stamp


CONTRACT = {
    "wcvb.txt": "Red Sox bid for Teixeira\n\nThe Red Sox offered Mark Teixeira an eight-year deal worth $184 million, "
                "or $23 million per season, a local sportscaster reported.\n\nThe Yankees have not made an offer.\n",
    "newsday.txt": "Red Sox bid for Teixeira\n\nTeixeira has an eight-year offer from the Red Sox worth roughly $22 "
                   "million per season, Newsday reported.\n\nThe Yankees have not made an offer.\n",
    "herald.txt": "Red Sox offer Teixeira $200 million\n\nThe Red Sox offered Mark Teixeira an eight-year deal worth "
                  "$200 million, a newspaper reported.\n\nThe Yankees have not made an offer.\n",
}  # fmt: skip


def test_a_rate_is_never_compared_with_a_total(tmp_path: Path) -> None:
    """'$22 million per season' never clashes with the '$200 million' total nor sits in its conflict fact; the two
    per-season amounts are one fact ('roughly $22 million' allows $23 million); the totals $184 million and $200
    million still conflict, flagged on their links (the $184 million sentence links to the other outlet's $200
    million sentence, and may to its headline: each link flags the same two totals)."""
    report = _report(tmp_path, CONTRACT)
    flagged = sorted(note for link in report.links for note in link.notes if note.startswith("figure conflicts"))
    assert flagged and set(flagged) == {"figure conflicts: $184 million vs $200 million ($184 million)"}
    facts = {tuple(sorted(report.figures[i].text for i in fact.figures)): fact.status for fact in report.facts}
    assert facts[("$184 million", "$200 million", "$200 million")] == m.CONFLICT
    assert facts[("$22 million", "$23 million")] == m.COMPATIBLE


@pytest.mark.parametrize(
    ("sentence", "scopes"),
    [
        ("He signed for $184 million, or $23 million per season.", ["", "per season"]),
        ("She earns $50,000 a year and the shares pay $2 a share annually.", ["per year", "per share"]),
        ("Victims rose by 50 percent daily.", ["per day"]),
        ("He averaged 14 points a game.", ["per game"]),
        ("The fine was $3 a year ago.", [""]),  # a time, not a rate
    ],
)
def test_a_rate_is_the_figure_s_scope(sentence: str, scopes: list[str]) -> None:
    assert [f.scope for f in find_figures(sentence)] == scopes
