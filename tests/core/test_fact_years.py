"""Dates of different years are not one fact unless the text puts one for the other (review-s21: "Sep 10, 2012", a
later article's dateline, agreed with "September 10, 2010"; "the 2012 season" conflicted with "the 2013 draft")."""

from __future__ import annotations

from pathlib import Path

from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.core.facts import compatible, date_year
from reportdiff.core.model import Figure

BAKERY = (
    "Gunman kills three in Hartford\n\nSeptember 10, 2012\n\nA gunman killed three people at a Hartford bakery on "
    "Monday, police said. The same bakery was robbed on September 10, 2010, by two men with knives.\n",
    "Three dead in bakery shooting\n\nSeptember 10, 2010\n\nThree people were shot dead at a Hartford bakery on "
    "Monday, police said. Two men with knives robbed the bakery on September 10, 2010.\n",
)
BOND = (
    "Hartford bond\n\nVoters in 2009 approved a $3 million bond to pay for the new bakery district, the mayor said. "
    "The Colts took care of business in 2012.\n",
    "Hartford bond\n\nPalmer voters in 2010 approved a $3 million bond to pay for the new bakery district, the mayor "
    "said. The Colts kept their grip on the first pick in the 2013 draft.\n",
)
ARREST = (
    "Court date set\n\nOn June 6, 2012, the suspect was arrested at his home in Hartford, police said.\n",
    "Court date set\n\nOn June 7, 2013, the suspect was arrested at his home in Hartford, police said.\n",
)


def _report(tmp_path: Path, texts: tuple[str, str]) -> m.Report:
    return compare_texts(tmp_path, {f"{k}.txt": text for k, text in enumerate(texts)})


def _facts(report: m.Report) -> list[tuple[str, list[str]]]:
    return sorted((fact.status, sorted(report.figures[i].text for i in fact.figures)) for fact in report.facts)


def test_a_date_of_another_year_is_another_fact(tmp_path: Path) -> None:
    """The two statements of September 10, 2010 agree, and the 2012 page's date never joins them. Each page's own
    date, alone on its line, is a stamp: page furniture, no figure at all (load.is_stamp; before, each was a fact of
    its own, review-s22 finding 3)."""
    facts = _facts(_report(tmp_path, BAKERY))
    assert (m.AGREE, ["September 10, 2010"] * 2) in facts
    assert not [fact for fact in facts if fact[0] == m.SINGLE_SOURCE and "September" in fact[1][0]]


def test_dates_a_day_and_a_year_apart_do_not_conflict(tmp_path: Path) -> None:
    """June 6, 2012 and June 7, 2013 in linked sentences are two arrests, not one date told two ways."""
    report = _report(tmp_path, ARREST)
    assert not any(link.flags for link in report.links)
    assert not any(fact.status == m.CONFLICT for fact in report.facts)


def test_years_conflict_only_put_one_for_the_other(tmp_path: Path) -> None:
    """'Voters in 2009 approved' / 'Palmer voters in 2010 approved' is a conflict; 'took care of business in 2012' /
    'the first pick in the 2013 draft' names two years for two things."""
    report = _report(tmp_path, BOND)
    flagged = [link.notes for link in report.links if link.flags]
    assert flagged == [("figure conflicts: 2009 vs 2010 (year 2009)",)]
    assert [fact.note for fact in report.facts if fact.status == m.CONFLICT] == ["2009 vs 2010"]


def test_date_year() -> None:
    """The year a date states in its own words, if any."""

    def date(text: str) -> Figure:
        return Figure(0, 0, 0, text, 910, 0, len(text), unit="date")

    assert date_year(date("Sep 10, 2012")) == 2012
    assert date_year(date("10 September 2010")) == 2010
    assert date_year(date("Sept. 10")) is None
    assert not compatible(date("Sep 10, 2012"), date("September 10, 2010"))
    assert compatible(date("Sep 10"), date("September 10, 2010"))


def test_a_year_put_for_another_in_one_date_is_a_conflict(tmp_path: Path) -> None:
    """Review-s22 finding 6: 'collapsed on March 3, 2024, killing five' / '... March 3, 2023, killing five': the diff
    puts one year for the other in one date, so the link is flagged and the two dates are one conflict fact, not two
    single-source dates."""
    texts = tuple(
        f"Bridge collapse\n\nThe bridge collapsed on March 3, {year}, killing five people, officials said.\n\n"
        "Rescue teams worked through the night.\n"
        for year in (2024, 2023)
    )
    report = _report(tmp_path, (texts[0], texts[1]))
    flagged = [link.notes for link in report.links if link.flags]
    assert len(flagged) == 1 and "March 3, 2024" in flagged[0][0] and "March 3, 2023" in flagged[0][0]
    assert (m.CONFLICT, ["March 3, 2023", "March 3, 2024"]) in _facts(report)


def test_two_articles_stamps_are_no_year_conflict(tmp_path: Path) -> None:
    """Two articles' stamps ('Friday, Sep 10, 2010 | Updated 8:52 PM EDT' / 'Monday, Sep 10, 2012 | Updated 9:01 AM
    EDT') put one year for the other too, but they date two articles, not one event."""
    texts = tuple(
        f"Bakery shooting\n\n{day}, Sep 10, {year} | Updated {time} EDT\n\nA gunman killed three people at a Hartford "
        "bakery on Monday, police said.\n"
        for day, year, time in (("Friday", 2010, "8:52 PM"), ("Monday", 2012, "9:01 AM"))
    )
    report = _report(tmp_path, (texts[0], texts[1]))
    assert not any("Sep 10" in note for link in report.links for note in link.notes)
    assert not any(fact.status == m.CONFLICT and "Sep 10" in fact.note for fact in report.facts)
