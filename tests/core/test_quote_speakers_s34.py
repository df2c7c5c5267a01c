"""Session 34's speaker names: a role noun capitalised before a full name is no part of the name ("Actor Leonardo
DiCaprio" is Leonardo DiCaprio), while titles stay ("Governor Marta Ilves"); a text writing its hyphens with spaces
("said 61 - year - old Ann Cole") is read as if they were written unspaced."""

from __future__ import annotations

from pathlib import Path

import pytest
from quotetexts import speakers_of

from reportdiff.core.compare import compare_files


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role noun opening the sentence (ECB+ 2): was "Actor Leonardo DiCaprio"
        (
            "Actor Leonardo DiCaprio, who on Thursday earned a nomination for his work, said the strike is hitting "
            "“everyone in this town.”",
            ["Leonardo DiCaprio"],
        ),
        # a role noun used as a title after the quotation (ECB+ 21 writes "Coach Sean Payton said"): was "Coach ..."
        ('"We have gone through this before," Coach Sean Payton said.', ["Sean Payton"]),
        ("Lawyer Alexis Kougias said: “This tragedy is the result of greed and nothing else.”", ["Alexis Kougias"]),
        # kept: a title, a religious rank, and a role before a surname alone (the role may be all that tells who)
        ('"We need to know why this happened," said Governor Marta Ilves.', ["Governor Marta Ilves"]),
        ('"We need to know why this happened," said Sister Carol Keehan.', ["Sister Carol Keehan"]),
        ('"We have gone through this before," Coach Payton said.', ["Coach Payton"]),
    ],
)
def test_a_role_noun_before_a_full_name_is_not_part_of_it(text: str, expected: list[str]) -> None:
    """The speaker of a quotation after "Actor Leonardo DiCaprio said" is the name without the role noun."""
    assert speakers_of(text) == expected


def test_the_given_name_behind_a_role_tells_the_sex() -> None:
    """With the role noun left out, the name's first word is the given name: "she said" after "Coach Sean Payton
    watched" is not his (it was: "Coach" told no sex), "he said" is."""
    opening = "Coach Sean Payton watched from the sideline.\n\n"
    assert speakers_of(opening + '"We have gone through this before," she said.') == [""]
    assert speakers_of(opening + '"We have gone through this before," he said.') == ["Sean Payton"]


def test_two_outlets_naming_one_speaker_with_and_without_the_role(tmp_path: Path) -> None:
    """The window's quotations list names one speaker for one person, whichever outlet wrote the role before the
    name; the rewording is flagged, the speaker is not."""
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(
        "Strike\n\nActor Leonardo DiCaprio said: “It's really important that we come up with a solution.”\n",
        encoding="utf-8",
    )
    second.write_text(
        "Strike\n\n“It is really important that we come up with a solution,” Leonardo DiCaprio said.\n",
        encoding="utf-8",
    )
    report = compare_files([first, second])
    assert {q.speaker for q in report.quotes} == {"Leonardo DiCaprio"}
    assert not any("quote_speaker" in link.flags for link in report.links)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ECB+ writes every hyphen spaced: the age was read as a dash ending the clause (ECB+ 8, 16): was nobody
        ('"I am kind of relieved that it is over, " said 17 - year - old Dana Price, one of the sons.', ["Dana Price"]),
        (
            '"I am satisfied with the result, " said the 36 - year - old Marek, who improved his record to 58 - 3.',
            ["Marek"],
        ),
        # a hyphenated name is one name: was "Kahn"
        ('"Everyone must remain extremely vigilant, " Strauss - Kahn said.', ["Strauss-Kahn"]),
        # a day after the name is when it was said (ECB+ 26): was nobody, then "Joe Coffey Monday"
        ('"He was the last of the old - school bosses, " said ex - NYPD detective Joe Coffey Monday.', ["Joe Coffey"]),
        # kept: a spaced hyphen between a name and a word in lower case is a dash
        ('"Chances are it was an anchor again, " Jon Wright - director of wholesale products - said.', ["Jon Wright"]),
    ],
)
def test_spaced_hyphens_join_words(text: str, expected: list[str]) -> None:
    """In a text writing its hyphens with spaces ("61 - year - old"), the words they join are one word: the
    speech verb reaches the speaker after them."""
    assert speakers_of(text) == expected


def test_spaced_hyphens_are_dashes_where_hyphens_are_unspaced() -> None:
    """An article that writes "a 40-year-old man" uses " - " as a dash: the run after it is not joined, and "said
    the 36 - year - old Marek" stays as before (nobody named: the dash ends the clause)."""
    text = (
        'The 40-year-old challenger never recovered.\n\n"I am satisfied with the result, " said the 36 - year - old '
        "Marek, who improved his record."
    )
    assert speakers_of(text) == [""]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name read four words at most cut the given name off after a title: was "Anger" (ECB+ 16)
        (
            '"It is not a happy day for anybody," said Deputy District Attorney Lowell Anger, who prosecuted the case.',
            ["Lowell Anger"],
        ),
        # the seeds' Reuters sentence: was "Araqchi"
        (
            "Iranian Foreign Minister Abbas Araqchi, visiting Damascus, characterized the situation as “very "
            "difficult for all of us.”",
            ["Abbas Araqchi"],
        ),
        # after a role noun: was "Payton"
        ('"We have gone through this before," said Saints Head Coach Sean Payton.', ["Sean Payton"]),
        # kept: the word cut off is a title, not a given name
        ('"We will not comment on the case," said Wells Fargo Bank Chairman Smith.', ["Smith"]),
    ],
)
def test_a_name_cut_after_four_words_keeps_its_given_name(text: str, expected: list[str]) -> None:
    """A speaker's name after a long title ("Deputy District Attorney Lowell Anger") is read whole: the given name
    the four-word reading of a name left in the title's run is put back before the surname."""
    assert speakers_of(text) == expected
