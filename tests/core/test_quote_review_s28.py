"""Review s28's speakers of quotations, in the shapes of the tuning articles: a title joined to its complement by
"in" or "of" ("Agent in Charge Ed Reinhold") cut the name; organisations ("the Post", "CNA") taken up by a later
"she said"; a name after the verb and the words it reports ("said he backed King"); a name's appositives read one
at a time ("Chief Public Relations Officer, Defence,"). Each case of the tables failed before but those marked kept."""

from __future__ import annotations

from pathlib import Path

import pytest
from quotetexts import speakers_of  # tests/core/quotetexts.py

from reportdiff.core.compare import compare_files
from reportdiff.core.quotes import same_speaker

LEAD = "Investigators spent Friday at the two military sites where a gunman opened fire on Thursday, killing four."


def _compare(tmp_path: Path, *bodies: str) -> tuple[list[str], list[tuple[str, ...]]]:
    """Speakers of the quotations and flags of the links of articles (a headline, the lead, the body) compared."""
    paths = []
    for k, body in enumerate(bodies):
        path = tmp_path / f"report_{k}.txt"
        path.write_text(f"Chattanooga shooting sites searched\n\n{LEAD}\n\n{body}\n", encoding="utf-8")
        paths.append(path)
    report = compare_files(paths)
    return [q.speaker for q in report.quotes], [link.flags for link in report.links]


def test_a_title_with_in_names_the_agent(tmp_path: Path) -> None:
    """The agent in charge speaks (gva_375022): the speaker was "Agent"; the other outlet's "Reinhold" is the same
    man, so the quotation's rewording is flagged under his name and nobody else's."""
    speakers, flags = _compare(
        tmp_path,
        '"We will be here several days processing crime scenes," said Agent in Charge Ed Reinhold, a spokesperson '
        "for the FBI.",
        '"We will be here for several days processing the crime scenes," Reinhold said.',
    )
    assert speakers == ["Agent in Charge Ed Reinhold", "Reinhold"]
    assert ("quote_mismatch",) in flags and not any("quote_speaker" in f for f in flags)


def test_two_agents_in_charge_are_two_speakers(tmp_path: Path) -> None:
    """The same words given to another agent in charge are flagged: "Agent in Charge" is their title, not a name
    the two share."""
    speakers, flags = _compare(
        tmp_path,
        '"We will be here several days processing crime scenes," said Agent in Charge Ed Reinhold.',
        '"We will be here several days processing crime scenes," said Special Agent in Charge Tim Jones.',
    )
    assert speakers == ["Agent in Charge Ed Reinhold", "Special Agent in Charge Tim Jones"]
    assert any("quote_speaker" in f for f in flags)
    assert same_speaker("Agent in Charge Ed Reinhold", "Ed Reinhold")
    assert same_speaker("Secretary of State Kerry", "John Kerry")


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a title, "of the" and its complement before the name (ECB+ 9): was "Secretary"
        (
            "“The rule strengthens the regulations,” said Secretary of the Interior Dirk Kempthorne.",
            ["Secretary of the Interior Dirk Kempthorne"],
        ),
        # the title's subject before the verb too: was "Chief"
        ("Chief of Police Ann Cole said “we have made an arrest in the case.”", ["Chief of Police Ann Cole"]),
        # kept: a name before "of" is no title, the name after it a place
        ("“We have made an arrest,” said Ann Cole of Chicago.", ["Ann Cole"]),
        # "he" after the verb opens the words reported: King is who Snider backed (ECB+ 5): was "King"
        (
            "Snider, who attended King's news conference, said he backed King.\n\n“I really don't question Billy "
            "at all,” he said.",
            ["Snider"],
        ),
        # a function word after the verb's object: who follows in whose footsteps (ECB+ 25): was "Gary Player"
        (
            "“It is something extremely special I will cherish,” added Immelman who follows in the footsteps of "
            "compatriots Gary Player and Ernie Els.",
            ["Immelman"],
        ),
        # kept: an unnamed speaker's organisation after "in" is the source
        ("“Greece has surrendered itself to flames,” said an editorial in the daily Eleftheros Typos.",
         ["Eleftheros Typos"]),
        # a name's appositives, each read (ECB+ 12, 30, 34): were "Defence", "Association", "MD"
        (
            "“The pirate skiffs tried to flee the area,” Captain Manohar Nambiar, Chief Public Relations Officer, "
            "Defence, said.",
            ["Captain Manohar Nambiar"],
        ),
        (
            "Speaking to reporters, Rajesh Chharia, president of the Internet Service Providers' Association of India, "
            "said: “Call centres are the worst affected.”",
            ["Rajesh Chharia"],
        ),
        ("AMA President James Rohack, MD, said she received what is known as the “genius grant for her work.”",
         ["AMA President James Rohack"]),
        # kept: a name apposed to a title ("Chancellor") or to an unnamed role is the speaker
        ("The German Chancellor, Angela Merkel, said “the future of Europe is at stake.”", ["Angela Merkel"]),
        (
            "In a statement issued later, the club’s owner, Gene Linton, said that he has “earned the reputation "
            "as one of the most respected businessmen.”",
            ["Gene Linton"],
        ),
    ],
)
def test_speakers(text: str, speakers: list[str]) -> None:
    """The speaker named by the grammar of the attribution, titles and appositives read whole."""
    assert speakers_of(text) == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # an organisation is the source of a quotation naming nobody after it (gva_485821: "According to the
        # Sentinel"), kept as "Sentinel" as "the FBI said" gives "FBI"
        ("According to the Sentinel, it is a series of “hip hop style street parties with violence in the past.” "
         "\n\n“They draw thousands of people every year.”", ["Sentinel", "Sentinel"]),
        ("“It was a terrible thing to see,” the FBI said.", ["FBI"]),
        # ... but "she said" is a person's: the Post named nearer does not speak (ECB+ 28): was "Post"
        (
            "His daughter said her father went to sleep, she told the Washington Post.\n\nHe died at his home in "
            "Santa Rosa, the Post stated.\n\n“He slipped away,” she said.",
            [""],
        ),
        (
            "Bernard August, 61, said the shooting was a blow to the community.\n\nAugust said the women were "
            "longtime friends. He described Mulford, a nurse, as a “caring and loving person for all her life.”",
            ["August"],
        ),  # kept: "He" continues the man named before (gva_480327)
        # her age stands for her name, as "she" would (gva_595069): was unattributed
        (
            "Jackson's great-aunt, Rosaland Jackson, said the party happened beside her family's corner store.\n\n"
            "“A lot of strange sounds went off,” the 56-year-old said Tuesday. “Everybody was scrambling.”",
            ["Rosaland Jackson", "Rosaland Jackson"],
        ),
    ],
)
def test_continuations(text: str, speakers: list[str]) -> None:
    """A quotation naming nobody takes the speaker named before it; "he" or "she" takes a person, not an
    organisation."""
    assert speakers_of(text) == speakers
