"""A report listed in the window's column order (review s23 Minor: exports ignored the columns' order)."""

from __future__ import annotations

from pathlib import Path

from reportdiff.core import model as m
from reportdiff.core.compare import compare_files
from reportdiff.presentation.discrepancies import discrepancies
from reportdiff.presentation.docmodel import build_document
from reportdiff.presentation.reorder import reordered
from reportdiff.presentation.totals import totals

SEEDS = sorted((Path(__file__).resolve().parents[2] / "seeds").glob("*.txt"))


def sides(link: m.Link) -> tuple[str, str]:
    """The two sentences a link's word diff spells: source (equal + deleted) and target (equal + inserted)."""
    source = "".join(text for op, text in link.diff if op <= 0)
    target = "".join(text for op, text in link.diff if op >= 0)
    return source, target


def test_reordered_report_is_the_same_comparison_listed_otherwise() -> None:
    """The seeds swapped: each article, link, figure and quotation keeps its text and its partner; a link turned
    round spells its new source sentence from its diff; the totals are the same; the export's A is the first."""
    report = compare_files([str(p) for p in SEEDS])
    swapped = reordered(report, [1, 0])
    assert [a.path for a in swapped.articles] == [report.articles[1].path, report.articles[0].path]
    assert [a.index for a in swapped.articles] == [0, 1]
    assert len(swapped.links) == len(report.links) and report.links
    for before, after in zip(report.links, swapped.links, strict=True):
        assert after.source.article < after.target.article
        assert swapped.sentence(after.source).text == report.sentence(before.target).text
        assert swapped.sentence(after.target).text == report.sentence(before.source).text
        if after.diff:
            assert sides(after) == (swapped.sentence(after.source).text, swapped.sentence(after.target).text)
    for before, after in zip(report.figures, swapped.figures, strict=True):
        assert swapped.articles[after.article].path == report.articles[before.article].path
        assert swapped.articles[after.article].text[after.start : after.end] == after.text
    for before, after in zip(report.quotes, swapped.quotes, strict=True):
        assert swapped.articles[after.article].path == report.articles[before.article].path
    t, u = totals(report), totals(swapped)
    assert t.headline() == u.headline()
    assert build_document(swapped).articles[0].path == report.articles[1].path
    assert reordered(report, [0, 1]) is report and reordered(report, [0, 0]) is report


def test_discrepancies_numbered_in_an_order_are_the_reordered_reports(tmp_path: Path) -> None:
    """Two reports telling a toll and a rescue count differently, in opposite order, swapped: D1, D2 numbered in the
    columns' order (the window's tab) name the same sentences as the reordered report's (the PDF's), and their
    outlets in the columns' order; in the compared order nothing changes."""
    texts = {
        "agency.txt": "A ferry capsized on Lake Tamsin on Tuesday, killing 17 people, police said. Rescuers pulled "
        "42 people from the water alive, coastguard spokesman Pavel Dorn told reporters.",
        "rewrite.txt": "Rescuers pulled 40 people from the water alive, coastguard spokesman Pavel Dorn told "
        "reporters. A ferry capsized on Lake Tamsin on Tuesday, killing 19 people, police said.",
    }
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = compare_files([str(tmp_path / name) for name in texts])
    swapped = reordered(report, [1, 0])
    in_order = discrepancies(report, [1, 0])
    on_paper = discrepancies(swapped)
    assert len(in_order) == len(on_paper) > 1
    for mine, theirs in zip(in_order, on_paper, strict=True):
        assert mine.number == theirs.number
        assert [report.sentence(r).text for r in mine.refs] == [swapped.sentence(r).text for r in theirs.refs]
        assert [report.articles[a].path for a in mine.articles] == [swapped.articles[a].path for a in theirs.articles]
    assert [i.refs for i in discrepancies(report, [0, 1])] == [i.refs for i in discrepancies(report)]
