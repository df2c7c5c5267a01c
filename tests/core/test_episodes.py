"""Figures told of another event or time than the story's ("That temblor killed at least six people, injured almost
50 ... in September") never join or conflict with the story's own figures (review-s27 finding 1): on real ECB+
tuning articles, the false "two vs nearly 50 injured" conflict is gone, the real "five vs two injured" shows, and a
background count put beside the story's in a link is no figure conflict."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from reportdiff.core import episodes
from reportdiff.core import model as m
from reportdiff.core.compare import compare_files
from reportdiff.core.episodes import episode_scope, other_times

ECB = Path(__file__).resolve().parents[2].parent / "shared" / "eval" / "ecbplus" / "docs"
SEEDS = Path(__file__).resolve().parents[2] / "seeds"
TUNING_TOPICS = 35  # ECB+ topics 36-45 are held out
needs_eval = pytest.mark.skipif(not ECB.is_dir(), reason="evaluation data (../shared/eval) absent")


def _lines(name: str) -> list[str]:
    return (ECB / f"{name}.txt").read_text(encoding="utf-8").splitlines()


@needs_eval
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # "The same island was hit by a 6.1 quake in September. That temblor killed at least six people ..."
        ("20_4ecb", {4: "in September", 5: "in September"}),
        # a Sunday quake's story recalls September's: "... struck southern Iran in September ..., killing at least 7"
        ("20_1ecb", {7: "in September"}),
        # two other shootings told as background: "In early March, a gunman ...", "In February, a gunman killed five"
        ("18_1ecbplus", {21: "in early March", 23: "in February"}),
        # a verdict "exactly two years ago" in its lead, "In 2010" in its headline: the story's own time, no episode
        ("22_7ecbplus", {}),
    ],
)
def test_other_times_of_real_articles(name: str, expected: dict[int, str]) -> None:
    """The sentences told of another time are those whose time phrase the lead does not state."""
    assert other_times(_lines(name)) == expected


def test_episode_scope_is_for_counts_without_a_scope() -> None:
    """Counts take the episode in brackets; a toll's own scope, dates and ages keep theirs."""
    assert episode_scope("", "", "in September") == "(in September)"
    assert episode_scope("vague", "", "last year") == "(last year)"
    assert episode_scope("", "since Nov. 27", "in September") == "since Nov. 27"
    assert episode_scope("date", "", "in September") == ""
    assert episode_scope("", "", "") == ""


@needs_eval
def test_an_earlier_quake_makes_no_conflict_with_the_story() -> None:
    """20_3 "injured two people" and 20_4 "two villagers slightly injured" agree; 20_4's September toll ("injured
    almost 50") stays in a row of its own, not "two vs nearly 50 people injured"."""
    report = compare_files([ECB / "20_3ecb.txt", ECB / "20_4ecb.txt"])
    assert not [f for f in report.facts if f.status == m.CONFLICT]
    injured = [f for f in report.facts if f.status == m.AGREE and "injured" in f.label]
    assert len(injured) == 1 and {report.figures[i].value for i in injured[0].figures} == {2}
    fifty = next(f for f in report.figures if f.value == 50)
    assert fifty.scope == "(in September)"
    assert report.fact_of_figure(fifty.index).status == m.SINGLE_SOURCE


@needs_eval
def test_the_story_conflict_shows_once_the_earlier_quake_is_apart() -> None:
    """20_1 says five injured on Sunday and 40 in September; 20_3 and 20_4 say two: the story's row is five vs two,
    with no September figure in it."""
    report = compare_files([ECB / f"20_{k}ecb.txt" for k in (1, 3, 4)])
    story = [f for f in report.facts if f.status == m.CONFLICT and f.label == "people injured"]
    assert len(story) == 1
    values = {(report.figures[i].article, report.figures[i].value) for i in story[0].figures}
    assert values == {(0, 5), (1, 2), (2, 2)}
    assert story[0].clashing == ((0, 1), (0, 2))


@needs_eval
def test_a_background_count_in_a_link_is_no_figure_conflict() -> None:
    """ "In January, five cables ... were cut" linked to "three undersea cables ... were damaged" (the story): the link
    is not flagged five vs three."""
    report = compare_files([ECB / "30_1ecb.txt", ECB / "30_11ecb.txt"])
    assert not [k for k in report.links if m.FIGURE_CONFLICT in k.flags]


# Time phrases and event words in their cases and near misses, digits and characters re.I folds onto ASCII letters.
PIECES = st.sampled_from([
    "in", "In", "back in", "early", "mid-", "September", "Sept.", "Sep.", "SEPTEMBER", "september", "May", "Jan.",
    "JAN.", "Dec.", "last", "LAST", "year", "Years", "month", "decades", "ago", "earlier", "before", "this", "two",
    "a few", "12", "1967", "2003", "2099", "another", "Another", "a separate", "an earlier", "a previous",
    "an unrelated", "a similar", "shooting", "quake", "temblors", "That", "The same", "ſeptember", "laſt", "K", "é",
    ".", ",", "\n",
])  # fmt: skip


def _check_needs(sentence: str) -> None:
    lowered = sentence.lower() if sentence.isascii() else None
    if any(episodes._TIME.match(sentence, k) for k in range(len(sentence))):
        assert episodes._may_name_time(sentence, lowered), sentence
    if any(episodes._OTHER.match(sentence, k) for k in range(len(sentence))):
        assert episodes._may_hold(episodes._OTHER_NEEDS, lowered), sentence


@given(st.lists(st.one_of(PIECES, st.text(max_size=4)), max_size=20).map(" ".join))
def test_needs_never_hide_a_match(sentence: str) -> None:
    """Wherever a time phrase or another event is read, the sentence holds one of the texts its test looks for."""
    _check_needs(sentence)


@pytest.mark.parametrize(
    "sentence",
    ["It hit in early March.", "back in 1967", "Last Summer", "eight years ago", "a few months earlier",
     "2 decades before", "Earlier this year", "in 2003", "in mid-September", "Another fatal shooting",
     "a separate attack", "An earlier quake"],
)  # fmt: skip
def test_needs_of_each_kind_of_phrase(sentence: str) -> None:
    """One phrase of each way the patterns read another time or event is read, and holds what its test looks for."""
    assert episodes._TIME.search(sentence) or episodes._OTHER.search(sentence)
    _check_needs(sentence)


def test_same_episodes_without_the_needs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The seeds' lines and the ECB+ tuning documents (when there) have the same episodes when every sentence is
    scanned."""
    articles = [[line for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
                for p in sorted(SEEDS.glob("*.txt"))]  # fmt: skip
    if ECB.is_dir():
        articles += [_lines(p.stem) for p in sorted(ECB.glob("*.txt")) if int(p.stem.split("_")[0]) <= TUNING_TOPICS]
    guarded = [other_times(a) for a in articles]
    monkeypatch.setattr(episodes, "_may_hold", lambda needs, lowered: True)
    monkeypatch.setattr(episodes, "_may_name_time", lambda sentence, lowered: True)
    assert guarded == [other_times(a) for a in articles]
    assert any(guarded)
