"""One set of numbers: the JSON summary, the terminal summary, the HTML, the PDF (read back with pdftotext) and the
window state the same totals (discrepancies, figure conflicts, unique sentences per article) on several reports.

Reports: the seeds, a 3- and a 5-article cluster of ``../shared/eval/news-clusters`` (skipped when absent), and
hand-made ones where counting links instead of discrepancies gives another number (one sentence told differently
by three articles; one sentence with two discrepant counterparts in the other article).
"""

from __future__ import annotations

import html as html_lib
import json
import re
import shutil
import subprocess
from io import StringIO
from pathlib import Path
from typing import Any

import pytest

from reportdiff.core import model as m
from reportdiff.gui.app import _write_pdf
from reportdiff.presentation import cli
from reportdiff.presentation.htmlreport import render_html
from reportdiff.presentation.summary import summary_text

ROOT = Path(__file__).resolve().parents[2]
SEEDS = ROOT / "seeds"
CLUSTERS = ROOT.parent / "shared" / "eval" / "news-clusters"
CLUSTER_3 = "gva_319426"  # three articles, id below 600000 (tuning split)
CLUSTER_5 = "gva_595069"  # five articles, id below 600000

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")

HEADLINE = re.compile(
    r"(\d+) articles? · (\d+) linked pairs? · (\d+) discrepanc(?:y|ies)(?: \(page \d+\))? · (\d+) figure conflicts?"
)


# -- hand-made reports ---------------------------------------------------------------------------------------------


def _article(index: int, source: str, parts: list[tuple[str, str]]) -> m.Article:
    """An article from (sentence, status) pairs, one paragraph."""
    text = " ".join(sentence for sentence, _ in parts)
    sentences, start = [], 0
    for i, (sentence, status) in enumerate(parts):
        begin = text.index(sentence, start)
        sentences.append(m.Sentence(i, sentence, begin, begin + len(sentence), status))
        start = begin + len(sentence)
    return m.Article(index, f"/tmp/{source.lower().replace(' ', '-')}.txt", f"{source} report", text, source,
                     tuple(sentences))


def _link(a: tuple[int, int], b: tuple[int, int], kind: str, flags: tuple[str, ...] = ()) -> m.Link:
    notes = tuple(f"{flag.replace('_', ' ')}" for flag in flags)
    return m.Link(m.SentenceRef(*a), m.SentenceRef(*b), 0.6, kind, flags, (), notes)


def _figure(report_articles: tuple[m.Article, ...], index: int, article: int, sentence: int, text: str,
            value: float, qualifier: str = "") -> m.Figure:
    s = report_articles[article].sentences[sentence]
    start = s.start + s.text.index(text)
    return m.Figure(index, article, sentence, text, value, start, start + len(text), qualifier, "killed")


def three_way_report() -> m.Report:
    """One statement told differently by three articles (3 discrepancy links, 1 discrepancy), a quotation told
    differently by two (1 more), a figure conflict and a compatible fact."""
    d, s, u = m.DISCREPANCY, m.SHARED, m.UNIQUE
    articles = (
        _article(0, "Daily A", [("Police said 25 people were killed.", d), ("The mayor spoke.", s),
                                ("Roads closed early.", s), ("Schools shut.", u)]),
        _article(1, "Herald B", [("Officials said 31 people were killed.", d), ("A witness saw it.", u),
                                 ("The mayor said we will rebuild.", d), ("Roads were closed early.", s)]),
        _article(2, "Courier C", [("At least 30 people were killed, officials said.", d),
                                  ("The mayor said we shall rebuild.", d), ("It rained.", u)]),
    )
    links = (
        _link((0, 0), (1, 0), d, (m.FIGURE_CONFLICT,)),
        _link((0, 0), (2, 0), d, (m.FIGURE_CONFLICT,)),
        _link((1, 0), (2, 0), d, (m.FIGURE_CONFLICT,)),
        _link((0, 1), (1, 2), m.PARAPHRASE),
        _link((1, 2), (2, 1), d, (m.QUOTE_MISMATCH,)),
        _link((0, 2), (1, 3), m.AGREEMENT),
    )
    figures = (
        _figure(articles, 0, 0, 0, "25", 25),
        _figure(articles, 1, 1, 0, "31", 31),
        _figure(articles, 2, 2, 0, "30", 30, "at least"),
    )
    facts = (
        m.Fact(0, "people killed", m.CONFLICT, (0, 1), "25 vs 31 killed"),
        m.Fact(1, "people killed (bound)", m.COMPATIBLE, (1, 2), "31 is at least 30"),
    )
    return m.Report(articles, links, figures, facts)


def many_to_one_report() -> m.Report:
    """One sentence of A with two discrepant counterparts in B: two links, one discrepancy."""
    d, u = m.DISCREPANCY, m.UNIQUE
    articles = (
        _article(0, "Daily A", [("Police said 25 people were killed and 40 hurt.", d), ("It rained.", u)]),
        _article(1, "Herald B", [("Officials said 31 people were killed.", d), ("Officials said 41 were hurt.", d)]),
    )
    links = (
        _link((0, 0), (1, 0), d, (m.FIGURE_CONFLICT,)),
        _link((0, 0), (1, 1), d, (m.FIGURE_CONFLICT,)),
    )
    return m.Report(articles, links)


# -- what each surface says ----------------------------------------------------------------------------------------


def headline_numbers(text: str) -> dict[str, int]:
    """The totals line found in ``text``: articles, linked pairs, discrepancies, figure conflicts."""
    found = HEADLINE.search(re.sub(r"\s+", " ", text))
    assert found, f"no totals line in {text[:400]!r}"
    articles, pairs, discrepancies, conflicts = (int(g) for g in found.groups())
    return {"articles": articles, "linked_pairs": pairs, "discrepancies": discrepancies, "figure_conflicts": conflicts}


def json_numbers(data: dict[str, Any]) -> dict[str, Any]:
    """The JSON ``summary`` object's totals."""
    s = data["summary"]
    return {
        "articles": len(data["articles"]),
        "linked_pairs": s["linked_pairs"],
        "discrepancies": s["discrepancies"],
        "figure_conflicts": s["figure_conflicts"],
        "unique": s["unique_sentences"],
    }


def terminal_numbers(text: str) -> dict[str, Any]:
    """The terminal summary's totals line, its discrepancy list and its "Only in" counts."""
    out: dict[str, Any] = headline_numbers(text)
    listed = int(re.search(r"^Discrepancies \((\d+)\)$", text, re.M).group(1))
    assert listed == out["discrepancies"], "the list of discrepancies has another count than the totals line"
    out["unique"] = [int(n) for n in re.findall(r"^Only in \[[A-Z]\d*\] .* \((\d+) sentences?\)$", text, re.M)]
    return out


def html_numbers(page: str) -> dict[str, Any]:
    """The HTML cover's totals line and its article table's Unique column."""
    cover = page[page.index('<header class="cover">') : page.index("</header>")]
    out: dict[str, Any] = headline_numbers(html_lib.unescape(re.sub(r"<[^>]+>", "", cover)))
    rows = re.findall(r'<td class="num">(\d+)</td><td class="num">(\d+)</td></tr>', cover)
    out["unique"] = [int(unique) for _, unique in rows]
    listed = len(re.findall(r'<div class="discrepancy" id="d\d+">', page))
    assert listed == out["discrepancies"], "the HTML lists another number of discrepancies than its cover"
    return out


def pdf_numbers(path: Path, articles: int) -> dict[str, Any]:
    """The PDF cover's totals line and its article table's Unique column, read back with pdftotext."""
    cover = subprocess.run(["pdftotext", "-f", "1", "-l", "1", "-layout", str(path), "-"],
                           capture_output=True, text=True, check=True).stdout
    out: dict[str, Any] = headline_numbers(cover)
    unique = []
    for i in range(articles):
        letter = chr(ord("A") + i)
        row = re.search(rf"^\s*{letter}\s+.*?(\d+)\s+(\d+)\s*$", cover, re.M)
        assert row, f"no row for article {letter} on the cover"
        unique.append(int(row.group(2)))
    out["unique"] = unique
    return out


def window_numbers(window: Any, report: m.Report) -> dict[str, Any]:
    """HOOK for the window: the totals its top bar states, and the count on its "next discrepancy" (F7) button.

    The window draws ``presentation.totals.totals(report).headline()`` in its top bar and steps F7 through
    ``presentation.discrepancies.discrepancies(report)``; if the window's widgets are renamed, adapt only here."""
    from PySide6.QtWidgets import QApplication

    window.show_report(report)
    while not window.is_drawn():  # columns past the first two are laid out on later event-loop turns
        QApplication.processEvents()
    out: dict[str, Any] = headline_numbers(window.summary_label.text())
    nav = re.search(r"\((\d+)\)", window.nav_labels["discrepancy"].text())
    assert nav, "the F7 button shows no count"
    assert int(nav.group(1)) == out["discrepancies"], "F7 counts another number of discrepancies than the top bar"
    conflicts = re.search(r"\((\d+)\)", window.nav_labels["conflict"].text())
    assert conflicts and int(conflicts.group(1)) == out["figure_conflicts"], "the conflicts button disagrees"
    unique = re.search(r"\((\d+)\)", window.nav_labels["unique"].text())
    per_column = [int(re.search(r"(\d+) unique", c.stats_label.full_text()).group(1)) for c in window.columns]
    out["unique"] = per_column
    assert unique and int(unique.group(1)) == sum(per_column), "F8 counts other unique sentences than the columns"
    return out


def _expected(report: m.Report) -> dict[str, Any]:
    return json_numbers(json.loads(json.dumps(report.to_json())))


def _cluster(name: str) -> list[str]:
    folder = CLUSTERS / name
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    return [str(p) for p in sorted(folder.glob("article_*.txt"))]


# -- the tests ---------------------------------------------------------------------------------------------------


@needs_poppler
@pytest.mark.parametrize(
    "files",
    [
        pytest.param(lambda: [str(p) for p in sorted(SEEDS.glob("*.txt"))], id="seeds"),
        pytest.param(lambda: _cluster(CLUSTER_3), id="cluster-3"),
        pytest.param(lambda: _cluster(CLUSTER_5), id="cluster-5"),
    ],
)
def test_command_line_surfaces_agree(files, tmp_path: Path, qapp) -> None:  # type: ignore[no-untyped-def]
    """`reportdiff compare --json --html --pdf` on real articles: JSON, terminal, HTML and PDF state the same totals."""
    paths = files()
    out_json, out_html, out_pdf = tmp_path / "r.json", tmp_path / "r.html", tmp_path / "r.pdf"
    terminal = StringIO()
    status = cli.main([*paths, "--json", str(out_json), "--html", str(out_html), "--pdf", str(out_pdf)],
                      pdf_writer=_write_pdf, stdout=terminal)
    assert status == 0
    data = json.loads(out_json.read_text(encoding="utf-8"))
    expected = json_numbers(data)
    report = m.Report.from_json(data)
    assert expected == _expected(report), "the JSON summary is not what the report recomputes"
    assert expected["articles"] == len(paths)
    assert terminal_numbers(terminal.getvalue()) == expected
    assert html_numbers(out_html.read_text(encoding="utf-8")) == expected
    assert pdf_numbers(out_pdf, len(paths)) == expected


@needs_poppler
@pytest.mark.parametrize(
    ("make", "discrepancies", "conflicts"),
    [
        (three_way_report, 2, 1),  # 4 discrepancy links, 2 discrepancies; the compatible fact is no conflict
        (many_to_one_report, 1, 0),  # 2 links, 1 discrepancy
    ],
)
def test_hand_made_reports_count_discrepancies_not_links(make, discrepancies: int, conflicts: int,  # type: ignore[no-untyped-def]
                                                         tmp_path: Path, qapp) -> None:
    """Where links and discrepancies differ in number, every export states the discrepancies, the same way."""
    report = make()
    expected = _expected(report)
    assert expected["discrepancies"] == discrepancies and expected["figure_conflicts"] == conflicts
    assert terminal_numbers(summary_text(report)) == expected
    assert html_numbers(render_html(report)) == expected
    _write_pdf(report, tmp_path / "r.pdf", "A4")
    assert pdf_numbers(tmp_path / "r.pdf", len(report.articles)) == expected


def test_window_states_the_same_totals(window) -> None:  # type: ignore[no-untyped-def]
    """The window's top bar and F7 button state the JSON summary's totals on the hand-made reports."""
    for report in (three_way_report(), many_to_one_report()):
        expected = _expected(report)
        shown = window_numbers(window, report)
        assert shown == expected
