"""The presentation layer's pieces: names, fact rows, badges, totals, words and colours, each computed once."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from reportdiff.core import model as m
from reportdiff.presentation import colours, labels
from reportdiff.presentation.discrepancies import discrepancies
from reportdiff.presentation.facts_table import article_names, fact_rows, figure_badge
from reportdiff.presentation.status import sentence_status
from reportdiff.presentation.totals import totals

ROOT = Path(__file__).resolve().parents[2]


def report_with(sources: list[tuple[str, str]], figures: tuple[m.Figure, ...] = (),
                facts: tuple[m.Fact, ...] = ()) -> m.Report:
    """Articles with the given (source, path) and one unique sentence each."""
    articles = tuple(
        m.Article(i, path, "t", "One.", source, (m.Sentence(0, "One.", 0, 4, m.UNIQUE),))
        for i, (source, path) in enumerate(sources)
    )
    return m.Report(articles, (), figures, facts)


@pytest.mark.parametrize(
    ("sources", "names"),
    [
        ([("Reuters", "/a/r.txt"), ("AP", "/a/ap.txt")], ("Reuters", "AP")),  # sources as they are
        ([("", "/a/local-news.txt"), ("AP", "/a/ap.txt")], ("local-news", "AP")),  # no source: the file stem
        ([("AP", "/a/1.txt"), ("ap", "/b/2.txt")], ("AP (1)", "ap (2)")),  # equal names are numbered
        ([("The Washington Post Company", "/x.txt"), ("B", "/y.txt")], ("The Washingto…", "B")),  # long: cut
        ([("The Washington Post Company", "/x.txt"), ("The Washington Post Magazine", "/y.txt")],
         ("The… Company", "The… Magazine")),  # equal once cut: their common start gives way
        ([("", f"/a/Outlet number {n}.txt") for n in (1, 2, 12)],
         ("Outlet… 1", "Outlet… 2", "Outlet… 12")),  # file names sharing a long start
        ([("", "/a/houston-shooting-chronicle.txt"), ("", "/a/houston-shooting-abc13.txt")],
         ("…chronicle", "…abc13")),  # the distinguishing word alone, when the start's first word does not fit
        ([("", f"/a/houston-chronicle-shooting-coverage-part-{n}.txt") for n in (1, 2)],
         ("…part-1", "…part-2")),  # the start's last parts that fit, next to the rest
        ([("The Washington Post Company", "/x.txt"), ("The Washington Post Company", "/y.txt")],
         ("The Washi… (1)", "The Washi… (2)")),  # the same long name twice: numbered
    ],
)
def test_article_names_are_short_and_distinct(sources: list[tuple[str, str]], names: tuple[str, ...]) -> None:
    """Column headers: source else file stem, at most 14 characters, never two alike, told apart by what differs."""
    assert article_names(report_with(sources)) == names


def figures_and_facts() -> tuple[tuple[m.Figure, ...], tuple[m.Fact, ...]]:
    """Four facts, one of each status, listed in the engine's order agree, single, conflict, compatible."""
    figures = (
        m.Figure(0, 0, 0, "25", 25.0, 0, 2, qualifier="at least"), m.Figure(1, 1, 0, "25", 25.0, 0, 2),
        m.Figure(2, 0, 0, "3", 3.0, 0, 1),
        m.Figure(3, 0, 0, "7", 7.0, 0, 1), m.Figure(4, 1, 0, "9", 9.0, 0, 1),
        m.Figure(5, 0, 0, "dozens", 24.0, 0, 6, unit="vague"),
        m.Figure(6, 1, 0, "40", 40.0, 0, 2, qualifier="at least"),
    )
    facts = (
        m.Fact(0, "killed", m.AGREE, (0, 1)),
        m.Fact(1, "arrests", m.SINGLE_SOURCE, (2,)),
        m.Fact(2, "injured", m.CONFLICT, (3, 4), "7 vs 9 injured"),
        m.Fact(3, "displaced", m.COMPATIBLE, (5, 6)),
    )
    return figures, facts


def test_fact_rows_put_conflicts_first_and_keep_hedges() -> None:
    """Conflict, compatible, agree, single source; values as stated ("at least 25"); a blank where none."""
    figures, facts = figures_and_facts()
    rows = fact_rows(report_with([("A", "/a.txt"), ("B", "/b.txt")], figures, facts))
    assert [r.label for r in rows] == ["injured", "displaced", "killed", "arrests"]
    assert [r.status_label for r in rows] == ["conflict", "compatible, not equal", "agree", "single source"]
    assert rows[2].values == ("at least 25", "25") and rows[3].values == ("3", "")
    assert [r.folded for r in rows] == [False, False, False, True]


def test_badge_names_the_other_value_and_source() -> None:
    """A conflicting figure's badge says what the other source says; an agreeing figure has none."""
    figures, facts = figures_and_facts()
    report = report_with([("Reuters", "/a.txt"), ("AP", "/b.txt")], figures, facts)
    assert figure_badge(report, figures[3]) == "7 ≠ 9 AP"
    assert figure_badge(report, figures[6]) == "at least 40 ≈ dozens Reuters"
    assert figure_badge(report, figures[0]) == ""


def test_totals_and_their_words() -> None:
    """The totals line spells counts one way; the columns' stats line adds up."""
    d, s = m.DISCREPANCY, m.SHARED
    sentences_a = (m.Sentence(0, "A.", 0, 2, d), m.Sentence(1, "B.", 3, 5, s), m.Sentence(2, "C.", 6, 8, m.UNIQUE))
    sentences_b = (m.Sentence(0, "A.", 0, 2, d), m.Sentence(1, "B.", 3, 5, s))
    articles = (m.Article(0, "/a.txt", "t", "A. B. C.", "A", sentences_a),
                m.Article(1, "/b.txt", "t", "A. B.", "B", sentences_b))
    links = (m.Link(m.SentenceRef(0, 0), m.SentenceRef(1, 0), 0.6, d, (m.FIGURE_CONFLICT,)),
             m.Link(m.SentenceRef(0, 1), m.SentenceRef(1, 1), 0.95, m.AGREEMENT))
    report = m.Report(articles, links)
    t = totals(report)
    assert t.headline() == "2 articles · 2 linked pairs · 1 discrepancy · 0 figure conflicts"
    assert t.articles[0].stats_line() == "3 sentences · 2 shared · 1 unique · 1 discrepancy"
    assert [item.label for item in discrepancies(report)] == ["D1"]
    assert discrepancies(report)[0].first([1, 0]) == m.SentenceRef(1, 0)
    assert sentence_status(report, m.SentenceRef(0, 1)) == m.AGREEMENT
    assert labels.plural(0, "figure_conflict") == "0 figure conflicts"


def test_every_status_has_one_wording_and_a_colour() -> None:
    """Each fact status and each sentence status has a label, a help text and a colour, light and dark."""
    for status in m.FACT_STATUSES:
        assert labels.FACT_LABELS[status] and labels.FACT_HELP[status] and status in colours.FIGURE_LINE
        assert colours.fact_ink(status) != colours.fact_ink(status, dark=True) or status != m.SINGLE_SOURCE
    assert len({colours.fact_ink(s) for s in m.FACT_STATUSES}) == 4  # four statuses, four hues
    for status in labels.SENTENCE_LABELS:
        assert status in colours.PALETTE and labels.SENTENCE_HELP[status]


def test_core_never_imports_presentation() -> None:
    """Loading the engine and comparing loads nothing of reportdiff.presentation (nor Qt)."""
    code = (
        "import sys; from reportdiff.core.compare import compare_files; import reportdiff.core.model; "
        "print(sorted(k for k in sys.modules if k.startswith(('reportdiff.presentation', 'PySide6'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT).stdout
    assert out.strip() == "[]"


def test_terminal_summary_of_many_articles_fits_its_width() -> None:
    """Seven articles: the figures come as one line per fact naming who says what, within 100 characters, and
    the facts only one article gives are listed apart."""
    from reportdiff.presentation.summary import WIDTH, summary_text

    sources = [(f"Outlet number {i}", f"/n/{i}.txt") for i in range(7)]
    figures = tuple(m.Figure(i, i, 0, "25", 25.0, 0, 2, qualifier="about" if i == 3 else "") for i in range(7))
    figures += (m.Figure(7, 6, 0, "3", 3.0, 0, 1),)
    facts = (m.Fact(0, "people killed", m.AGREE, tuple(range(7))), m.Fact(1, "arrests", m.SINGLE_SOURCE, (7,)))
    text = summary_text(report_with(sources, figures, facts))
    assert max(len(line) for line in text.splitlines()) <= WIDTH
    assert "people killed — agree: [A] 25, [B] 25, [C] 25, [D] about 25," in text
    assert "Figures only one article gives (1)" in text and "  [G] arrests: 3" in text


def test_badge_leaves_out_values_equal_to_the_figure() -> None:
    """One toll told four ways (review s23 F4): "17", "at least 17" (A), "19" (B), "Seventeen" and "17" (C). Only
    19 is named against a 17, by value not by wording; 19's badge names each plain 17 once per article and leaves
    out "at least 17", which allows 19; the hedge's badge, clashing with none, names 19 after "≈"."""
    figures = (
        m.Figure(0, 0, 0, "17", 17.0, 0, 2, counts="killed"),
        m.Figure(1, 0, 0, "17", 17.0, 0, 2, qualifier="at least", counts="killed"),
        m.Figure(2, 1, 0, "19", 19.0, 0, 2, counts="killed"),
        m.Figure(3, 2, 0, "Seventeen", 17.0, 0, 9, counts="killed"),
        m.Figure(4, 2, 0, "17", 17.0, 0, 2, counts="killed"),
    )
    facts = (m.Fact(0, "killed", m.CONFLICT, (0, 1, 2, 3, 4), "17 vs 19 killed"),)
    report = report_with([("Meridian", "/a.txt"), ("Ledger", "/b.txt"), ("Star", "/c.txt")], figures, facts)
    assert figure_badge(report, figures[0]) == "17 ≠ 19 Ledger"
    assert figure_badge(report, figures[3]) == "Seventeen ≠ 19 Ledger"
    assert figure_badge(report, figures[2]) == "19 ≠ 17 Meridian, Seventeen Star"
    assert figure_badge(report, figures[1]) == "at least 17 ≈ 19 Ledger"


def test_a_figure_conflict_told_by_two_links_is_one_note() -> None:
    """Review s23 Minor: D1 listed "figure conflicts: 11 vs 12 (11 bodies)" and "12 vs 11 (12 bodies)", one
    disagreement once per link; the discrepancy lists it once, and a different conflict or note still shows."""
    sentences = (m.Sentence(0, "A.", 0, 2, m.DISCREPANCY),)
    articles = tuple(m.Article(i, f"/{i}.txt", "t", "A.", f"S{i}", sentences) for i in range(3))
    a, b, c = (m.SentenceRef(i, 0) for i in range(3))
    links = (
        m.Link(a, b, 0.9, m.DISCREPANCY, (m.FIGURE_CONFLICT,), (), ("figure conflicts: 11 vs 12 (11 bodies)",)),
        m.Link(b, c, 0.9, m.DISCREPANCY, (m.FIGURE_CONFLICT,), (), ("figure conflicts: 12 vs 11 (12 bodies)",
                                                                   "figure conflicts: 9 vs 11 (missing)")),
    )
    notes = discrepancies(m.Report(articles, links))[0].notes
    assert notes == ("11 vs 12 (11 bodies)", "9 vs 11 (missing)")  # under the headline "Figures conflict"


def test_a_value_stated_twice_in_other_capitals_shows_once() -> None:
    """"five" and "Five" (one at a sentence's start) are one value in the article's cell, its first spelling kept;
    other wordings of the value stay ("5" beside "five")."""
    figures = (
        m.Figure(0, 0, 0, "five", 5.0, 0, 4), m.Figure(1, 0, 1, "Five", 5.0, 0, 4), m.Figure(2, 0, 2, "5", 5.0, 0, 1),
        m.Figure(3, 1, 0, "Five", 5.0, 0, 4), m.Figure(4, 1, 1, "five", 5.0, 0, 4),
    )
    facts = (m.Fact(0, "people shot", m.AGREE, (0, 1, 2, 3, 4)),)
    (row,) = fact_rows(report_with([("A", "/a.txt"), ("B", "/b.txt")], figures, facts))
    assert row.values == ("five, 5", "Five")
