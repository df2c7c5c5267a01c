"""Two events of one kind loaded in one comparison are not outlets disagreeing (brief s32 task 1): where the articles
fall in two stories (each article shares much with two others or more, the two share little, directly or through
any third article: ``facts.two_stories``), a look-alike link between the two stories ("the Red Crescent said five
people were injured" / "... said 80 people were injured", of two earthquakes) joins no figures: two rows of their
own, no conflict row and no flag on the link. One story keeps its conflicts: three outlets of one quake, and an
article that shares a single sentence with each of the others (nothing shows it tells a story of its own)."""

from __future__ import annotations

from pathlib import Path

import pytest

from reportdiff.core import model as m
from reportdiff.core.compare import compare_files
from reportdiff.core.facts import two_stories

KISH = [
    "An earthquake struck Kish island off Iran's southern coast on Sunday morning, state media said.",
    "The quake damaged homes in two villages on the island, the provincial governor said.",
    "Rescue teams searched the rubble of mud-brick houses, and the Red Crescent said five people were injured.",
    "The island, a free trade zone, is popular with Iranian tourists.",
    "Ferries to the mainland were suspended for the day.",
    "The airport stayed open, an official at the terminal said.",
    "Residents spent the night in parks, fearing aftershocks.",
    "Schools on the island will stay closed until Wednesday.",
]
KISH_AGAIN = [
    "An earthquake struck Kish island off Iran's southern coast on Sunday morning, state television reported.",
    "The provincial governor said the quake damaged homes in two villages on the island.",
    "Rescue teams searched the rubble of mud-brick houses; the Red Crescent said five people were injured.",
    "The island, a free trade zone, is a popular destination for Iranian tourists.",
    "Ferry services to the mainland were suspended for the day.",
    "The airport stayed open, according to an official at the terminal.",
    "Fearing aftershocks, residents spent the night in parks.",
    "Schools on the island are to stay closed until Wednesday.",
]
LAR = [
    "Seven villages near the city of Lar were flattened when a strong quake hit Fars province overnight.",
    "Families were asleep when the walls fell, the deputy interior minister told reporters.",
    "The Red Crescent said 80 people were injured as rescue teams searched the rubble of mud-brick houses.",
    "Army helicopters flew the badly hurt to hospitals in Shiraz.",
    "Officials said the toll could rise as many villagers were still missing.",
    "The region was hit by a deadly quake in 2010.",
    "Tents and blankets were handed out in the village squares.",
    "The president is expected to visit the area on Tuesday.",
]
LAR_AGAIN = [
    "A strong quake hit Fars province overnight, flattening seven villages near the city of Lar.",
    "The deputy interior minister told reporters that families were asleep when the walls fell.",
    "The Red Crescent said 80 people were hurt as rescue teams searched through the rubble of mud-brick homes.",
    "The badly hurt were flown by army helicopters to hospitals in Shiraz.",
    "Officials warned that the toll could rise, as many villagers were still missing.",
    "A deadly quake struck the region in 2010.",
    "Tents and blankets were distributed in the village squares.",
    "The president is expected to visit the stricken area on Tuesday.",
]
KISH_THIRD = [
    "State media said an earthquake struck Kish island off Iran's southern coast on Sunday morning.",
    "The quake damaged homes in two villages on the island, according to the provincial governor.",
    "Rescue teams searched the rubble of mud-brick houses, and the Red Crescent said that five people were injured.",
    "The island, a free trade zone, is popular with tourists from Iran.",
    "Ferries to the mainland were suspended for the rest of the day.",
    "An official at the terminal said the airport stayed open.",
    "Residents, fearing aftershocks, spent the night in parks.",
    "Schools on the island will remain closed until Wednesday.",
]
LAR_THIRD = [
    "Seven villages near the city of Lar were flattened overnight when a strong quake hit Fars province.",
    "Families were asleep when the walls fell, the deputy interior minister said.",
    "The Red Crescent said 80 people were injured while rescue teams searched the rubble of mud-brick houses.",
    "The badly hurt were flown to hospitals in Shiraz by army helicopters.",
    "Officials said the toll could rise because many villagers were still missing.",
    "The region was struck by a deadly quake in 2010.",
    "Tents and blankets were handed out in village squares.",
    "The president is expected to visit the area on Tuesday.",
]
# The Kish quake's aftermath a week on, sharing one sentence with each report of the day: eight injured, not five.
KISH_WEEK_ON = [
    "A week after the tremor, shopkeepers on Kish were sweeping up broken glass.",
    "Rescue teams searched the rubble of mud-brick houses, and the Red Crescent said eight people were injured.",
    "Hotel bookings fell by half, the tourism board said.",
    "Engineers were checking the pier for cracks.",
    "A mosque in the old town lost its minaret.",
    "Insurers sent assessors from Tehran.",
    "Fishermen said the catch had not changed.",
    "The governor promised loans to rebuild the houses.",
]


def _report(folder: Path, articles: list[list[str]]) -> m.Report:
    """The report of comparing one article per list of sentences (a paragraph each)."""
    paths = []
    for k, sentences in enumerate(articles):
        path = folder / f"{k}.txt"
        path.write_text("\n\n".join(sentences) + "\n", encoding="utf-8")
        paths.append(str(path))
    return compare_files(paths)


def _injured(report: m.Report) -> list[tuple[str, list[int]]]:
    return sorted(
        (fact.status, sorted(report.figures[i].article for i in fact.figures))
        for fact in report.facts
        if fact.label.startswith("people injured")
    )


def test_two_quakes_loaded_together_do_not_conflict(tmp_path: Path) -> None:
    """Three reports of each of two quakes: each quake's count agrees; five and 80 are no conflict, and the
    look-alike links between the quakes carry no figure conflict."""
    report = _report(tmp_path, [KISH, KISH_AGAIN, KISH_THIRD, LAR, LAR_AGAIN, LAR_THIRD])
    assert any(link.source.article < 3 <= link.target.article for link in report.links)  # the look-alikes
    assert _injured(report) == [("agree", [0, 1, 2]), ("agree", [3, 4, 5])]
    assert m.CONFLICT not in [fact.status for fact in report.facts]
    assert not any(m.FIGURE_CONFLICT in link.flags for link in report.links)


def test_one_quake_told_three_ways_still_conflicts(tmp_path: Path) -> None:
    """Three outlets of one quake, one of them saying eight injured: a conflict, as before."""
    eight = [s.replace("five people", "eight people") for s in KISH_AGAIN]
    assert _injured(_report(tmp_path, [KISH, KISH_AGAIN, eight])) == [("conflict", [0, 1, 2])]


def test_an_article_sharing_one_sentence_with_each_keeps_its_conflict(tmp_path: Path) -> None:
    """An article linked to each of the others by one sentence only tells no story of its own: its eight injured
    still conflict with the day's five."""
    assert _injured(_report(tmp_path, [KISH, KISH_AGAIN, KISH_WEEK_ON])) == [("conflict", [0, 1, 2])]


@pytest.mark.parametrize(
    ("sentences", "linked", "apart"),
    [
        # two threes of rewrites, one look-alike sentence between them: two stories
        ([8] * 6, {(0, 1): 16, (0, 2): 16, (1, 2): 16, (3, 4): 16, (3, 5): 16, (4, 5): 16, (0, 3): 2, (1, 4): 2},
         {(x, y) for x in range(3) for y in range(3, 6)}),
        # two pairs: each tells its story with one other article only, too few to tell them apart
        ([8, 8, 8, 8], {(0, 1): 16, (2, 3): 16, (0, 2): 2, (1, 2): 2, (0, 3): 2, (1, 3): 2}, set()),
        # two articles alone: nothing shows a story of its own
        ([8, 8], {(0, 1): 2}, set()),
        # a third article close to both joins them in one story
        ([8, 8, 8], {(0, 1): 2, (0, 2): 8, (1, 2): 8}, set()),
        # an article sharing little with every other is told apart from none
        ([8, 8, 40], {(0, 1): 16, (0, 2): 2, (1, 2): 2}, set()),
    ],
)
def test_two_stories(
    sentences: list[int], linked: dict[tuple[int, int], int], apart: set[tuple[int, int]]
) -> None:
    assert two_stories(sentences, linked) == apart
