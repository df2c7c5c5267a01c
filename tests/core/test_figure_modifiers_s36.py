"""A measure that modifies a noun ("a 28-yard pass", "an 86 - yard run") is scoped to that noun: it meets only
figures of the same noun, and never clashes with a total ("226 yards") or another noun's measure. With that, the
tokenised compound ("an 86 - yard run", ECB+'s spacing) is read as a measure; a tokenised duration ("a 4 - month
term") is not: it is the same span another sentence tells with a verb ("served five months")."""

from __future__ import annotations

import pytest

from reportdiff.core import model as m
from reportdiff.core.compare import compare
from reportdiff.core.figures import find_figures
from reportdiff.core.figures.found import FoundFigure
from reportdiff.core.load import load_text


def _figure(sentence: str, text: str) -> FoundFigure:
    return next(f for f in find_figures(sentence) if f.text == text)


@pytest.mark.parametrize(
    ("sentence", "text", "scope"),
    [
        ("The Jaguars opened the scoring with a 28-yard pass from Garrard to Northcutt.", "28-yard", "(pass)"),
        ("Vinatieri kicked a 45-yard field goal to tie the game.", "45-yard", "(goal)"),
        ("Luck found Wayne for a seven - yard touchdown pass, capping the 73 - yard game winning drive.",
         "73 - yard", "(drive)"),
        ("Charles' 80 - yard TD run came on the opening play.", "80 - yard", "(run)"),
        ("The Jags drove down to the Colts 7 yard line but the pass fell short.", "7 yard", "(line)"),
        ("Succop hit a 47 - yard field goal moments later to tie the game.", "47 - yard", "(goal)"),
        ("Two 30-yard passes fell incomplete.", "30-yard", "(pass)"),
        ("The 10-metre craft called Salahaddin was seized.", "10-metre", "(craft)"),
    ],
)
def test_a_compound_modifier_is_scoped_to_its_noun(sentence: str, text: str, scope: str) -> None:
    assert _figure(sentence, text).scope == scope


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Charles ran for 226 yards on Sunday.", "226 yards"),  # a total, no modifier
        ("He is 6 - feet tall and weighs about 200 pounds.", "6 - feet"),  # a height told with "tall"
        ("The 6 - foot - 9, 260 - pound Echenique scored 16.", "260 - pound"),  # a name is no noun modified
        ("He was given a five-year sentence in 1959.", "five-year"),  # a duration: as "sentenced to five years"
        ("He signed a 3-year contract extension.", "3-year"),
        ("The Colts drove to the 7-yard.", "7-yard"),  # no word after it
        ("He ran 86-yard for the score.", "86-yard"),  # a function word after it
    ],
)
def test_no_scope_without_a_noun_modified(sentence: str, text: str) -> None:
    assert _figure(sentence, text).scope == ""


def test_tokenised_compound_length_is_read() -> None:
    """ECB+'s tokenised "an 86 - yard run" is the measure "86-yard" is; its tokenised duration stays unread."""
    run = _figure("Charles broke an 86 - yard run in the first quarter.", "86 - yard")
    assert (run.value, run.unit, run.scope) == (86, "length:yard", "(run)")
    term = find_figures("LaRue served a 4 - month prison term for his role.")
    assert [(f.text, f.unit) for f in term] == [("4", "")]
    assert find_figures("LaRue served a 4-month prison term.")[0].unit == "duration:month"  # glued: as before


def _flags(first: str, second: str) -> list[str]:
    head = "Chiefs lose to the Colts\n\n"
    report = compare([load_text(head + first, "a.txt"), load_text(head + second, "b.txt")])
    return [note for link in report.links for note in link.notes if m.FIGURE_CONFLICT in link.flags]


def test_a_play_never_clashes_with_a_total() -> None:
    """Linked sentences: a run's length and a game's rushing total are two things, no figure conflict; two lengths
    of one noun still clash."""
    total = "Jamaal Charles rushed for 226 yards as the Chiefs lost to the Colts on Sunday."
    play = "Jamaal Charles broke an 86-yard run as the Chiefs lost to the Colts on Sunday."
    assert _flags(total, play) == []
    other = "Jamaal Charles broke an 80-yard run as the Chiefs lost to the Colts on Sunday."
    assert _flags(play, other) != []
