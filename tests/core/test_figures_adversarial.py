"""Adversarial figure cases, each a small pair of readable reports run through the whole comparison.

Hedges, totals and parts, roles, noise, synonyms, units and two incidents: what a fact-checker would be misled by
if the engine got it wrong. Each case states what must hold of the report's facts; none is fitted to one article.
"""

from __future__ import annotations

from typing import Any

import pytest

from reportdiff.core.compare import compare
from reportdiff.core.load import LoadedArticle
from reportdiff.core.model import AGREE, COMPATIBLE, CONFLICT, Report


def _article(name: str, text: str) -> LoadedArticle:
    return LoadedArticle(path=f"{name}.txt", text=text, title="", source=name, encoding="utf-8",
                         paragraphs=((0, len(text)),))  # fmt: skip


def _run(a: str, b: str) -> Report:
    return compare([_article("A", a), _article("B", b)])


# (report A, report B, expectations). Expectations: "conflicts" (how many conflict facts, default 0), "facts"
# [(label part, value, status)]: some fact with that status has that label part and a figure of that value,
# "absent" [(counts part, value)]: no figure counts that with that value, "no_figures": nothing is a figure,
# "notes" [(label part, note part)]: some fact with that label part says that in its note.
CASES: list[tuple[str, str, dict[str, Any]]] = [
    # --- hedged times ------------------------------------------------------------------------------------------
    # "about 1:50" and "shortly before 2" can be the same moment
    ("The shooting happened about 1:50 a.m. outside the bar.", "The shooting was reported shortly before 2 a.m.",
     {"facts": [("time", 150, COMPATIBLE)]}),
    # "just after 6 p.m." covers 6:07 p.m.
    ("Shots were fired just after 6 p.m. on Main Street.", "The shooting happened at 6:07 p.m. on Main Street.",
     {"facts": [("time", 1807, COMPATIBLE)]}),
    # officers arriving and the shooting itself are two events: two times, no conflict
    ("Officers arrived at 8:30 p.m. and found two men shot.", "The shooting took place at 8:05 p.m. on Elm Street.",
     {}),
    # the call and the shooting are two events
    ("Police were called to the house at 11:40 p.m.", "The shooting at the house happened at 11:25 p.m.", {}),
    # "shortly after midnight" covers 12:15 a.m.
    ("The shooting happened shortly after midnight.", "The shooting happened at 12:15 a.m. on Sunday.",
     {"facts": [("time", 15, COMPATIBLE)]}),
    # --- bounds --------------------------------------------------------------------------------------------------
    # "at least 25" and 31: an early and a later toll, compatible, not equal
    ("At least 25 people were killed in the attack.", "The attack killed 31 people.",
     {"facts": [("killed", 31, COMPATIBLE)]}),
    # "more than two dozen" and "at least 25"
    ("More than two dozen people were killed in the attack.", "At least 25 people were killed in the attack.", {}),
    # "dozens" and "at least 40"
    ("Dozens of people were injured in the blast.", "At least 40 people were injured in the blast.",
     {"facts": [("injured", 40, COMPATIBLE)]}),
    # a real conflict must still be one: 25 vs 31 killed, both exact
    ("Twenty-five people were killed in the attack on the market.",
     "31 people were killed in the attack on the market.", {"conflicts": 1}),
    # "shot seven times" vs "shot eight times" in the same statement is a conflict
    ("The officer was shot seven times in the parking lot behind the station. The mayor spoke on Friday.",
     "The officer was shot eight times in the parking lot behind the station. Schools were closed on Monday.",
     {"conflicts": 1}),
    # --- totals and parts ----------------------------------------------------------------------------------------
    # three found, then a fourth and a fifth: five in all
    ("Police found three people shot, then a fourth and a fifth.", "Five people were shot near the park.", {}),
    # "3 dead" counting the gunman, and "killed two people and then himself"
    ("Three people are dead, counting the gunman.", "The gunman killed two people and then himself.", {}),
    # "three, including the gunman" and "two, then the gunman took his own life" tell one toll
    ("Three people, including the gunman, were killed.", "The gunman killed two people and then took his own life.",
     {"facts": [("killed", 3, AGREE)]}),
    # exact unequal tolls of one shooting, unaligned but each outlet's only toll: a conflict
    ("Five people were killed Saturday in the shooting at the club.",
     "Four people were killed Saturday in the club shooting.", {"conflicts": 1}),
    # "two of the victims" is a part of "four people shot"
    ("Two of the victims were shot in the head.", "Four people were shot at the party.", {}),
    # one killed of five shot: shot counts everyone hit
    ("Five people were shot, one fatally.", "One person was killed and four others were injured.",
     {"facts": [("killed", 1, AGREE)]}),
    # shot = killed + injured where a source says so: a note on the shot count, no conflict
    ("Five people were shot at the party early Sunday.", "One person was killed and four were injured at the party.",
     {"notes": [("shot", "1 killed + 4 injured")]}),
    # --- roles ---------------------------------------------------------------------------------------------------
    # the attacker is not a victim
    ("A gunman killed two people at the mall.", "Two people were killed at the mall.",
     {"facts": [("killed", 2, AGREE)], "absent": [("gunm", 1)]}),
    # ages are not counts
    ("Two men, 45 and 52, were killed in the crash.", "Two men died in the crash on the highway.",
     {"facts": [("killed", 2, AGREE)], "absent": [("killed", 45), ("killed", 52)]}),
    # an age set off after a person noun is an age, in words or digits
    ("The gunman, 24, killed three people.", "Three people were killed by a 24-year-old gunman.",
     {"facts": [("killed", 3, AGREE), ("age", 24, AGREE)], "absent": [("killed", 24), ("people", 24)]}),
    # "10 of the dead were children" counts children killed
    ("Ten of the dead were children.", "Ten children were killed in the strike.",
     {"facts": [("children killed", 10, AGREE)]}),
    # a toll that "rose to 31" is a killed count
    ("The death toll rose to 31 on Monday.", "31 people have died since the attack.",
     {"facts": [("killed", 31, AGREE)]}),
    # --- not figures ---------------------------------------------------------------------------------------------
    # phone and text numbers
    ("Anyone with information can call 555-1234 or text 274637.", "Tips can be phoned in at 1-800-222-8477.",
     {"no_figures": True}),
    # addresses, routes, zones
    ("He lived at 3900 Graceland Avenue.", "Police from Zone 5 closed Route 9 near Engine 12.",
     {"no_figures": True}),
    # stations, channels, caption counters
    ("Watch the report on Channel 3 and Fox 5.", "Photo 3 of 12: the scene on Friday.", {"no_figures": True}),
    # "No. 1", model names, fused adjectives
    ("He was the No. 1 pick and owned a Glock 19.", "She drove a four-door sedan to the Ten Point Coalition.",
     {"no_figures": True}),
    # "a"/"an" without a casualty is no count; a time inside another token is no time
    ("A man was seen near the store.", "An officer arrived later. Posted 10:35PMEDT", {"no_figures": True}),
    # --- synonyms: corroboration across outlets ------------------------------------------------------------------
    ("Three other people were wounded in the shooting.", "Police said three others were injured.",
     {"facts": [("injured", 3, AGREE)]}),
    ("Two people lost their lives in the fire.", "Two people were fatally shot.",
     {"facts": [("killed", 2, AGREE)]}),
    ("Four people were hurt in the crash.", "Four victims were hospitalized after the crash.",
     {"facts": [("injured", 4, AGREE)]}),
    # --- model names ---------------------------------------------------------------------------------------------
    # a model printed with a tokenised hyphen is one with the glued one, and tells its rifles from the other rifles
    ("Police seized seven AK-47 rifles and three other rifles.", "Police seized 7 AK - 47 rifles and 3 other rifles.",
     {"facts": [("AK-47 rifles", 7, AGREE), ("rifles", 3, AGREE)], "absent": [("", 47)]}),
    # --- units ---------------------------------------------------------------------------------------------------
    # "$1.2 million" = "1.2m dollars", never metres
    ("The robbery netted $1.2 million in cash.", "The thieves took 1.2m dollars from the vault.",
     {"facts": [("1.2", 1_200_000, AGREE)]}),
    # percent in two spellings
    ("Turnout rose to 45 percent this year.", "Turnout was 45% this year, officials said.",
     {"facts": [("45", 45, AGREE)]}),
    # a range covers a value
    ("Between 10 and 15 people were hurt at the concert.", "12 people were injured at the concert.",
     {"facts": [("injured", 12, COMPATIBLE)]}),
    # --- two incidents in one story ------------------------------------------------------------------------------
    ("A man was killed in a shooting on Monday. In a separate shooting on Tuesday, three people were wounded.",
     "Three people were injured on Tuesday. One person died on Monday.",
     {"facts": [("injured", 3, AGREE)]}),
    ("Two people were killed in the first attack. Seven people were killed in the second attack.",
     "Seven people died in the second attack.", {"facts": [("killed", 7, AGREE)]}),
    # --- labels with context -------------------------------------------------------------------------------------
    ("Since November 27, 56 people have been killed in the region.", "56 people have been killed since Nov. 27.",
     {"facts": [("killed since November 27", 56, AGREE)]}),
]  # fmt: skip


@pytest.mark.parametrize(("a", "b", "expect"), CASES)
def test_adversarial_pair(a: str, b: str, expect: dict[str, Any]) -> None:
    """The pair's facts hold what the case states: conflicts counted, facts found, noise absent."""
    report = _run(a, b)
    conflicts = [f for f in report.facts if f.status == CONFLICT]
    assert len(conflicts) == expect.get("conflicts", 0), [(f.label, f.note) for f in conflicts]
    if expect.get("no_figures"):
        assert [f.text for f in report.figures] == []
    for part, value, status in expect.get("facts", ()):
        found = [
            fact for fact in report.facts
            if part in fact.label and any(report.figures[i].value == value or report.figures[i].high == value
                                          for i in fact.figures)
        ]  # fmt: skip
        assert found, (part, value, [(f.label, f.status, [report.figures[i].value for i in f.figures])
                                     for f in report.facts])  # fmt: skip
        assert status in {f.status for f in found}, [(f.label, f.status, f.note) for f in found]
    for part, text in expect.get("notes", ()):
        assert any(part in f.label and text in f.note for f in report.facts), [(f.label, f.note) for f in report.facts]
    for part, value in expect.get("absent", ()):
        assert not [f for f in report.figures if part in f.counts and f.value == value], report.figures
