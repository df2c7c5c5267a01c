"""The whole engine on real articles: the seeds must read as a journalist expects."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reportdiff.core import compare as compare_module
from reportdiff.core import model as m
from reportdiff.core.compare import compare_files
from reportdiff.core.errors import InputError

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
CNEWS = SEEDS / "cnews-live-syria-airstrikes.txt"
REUTERS = SEEDS / "reuters-syria-airstrikes.txt"


@pytest.fixture(scope="module")
def report() -> m.Report:
    return compare_files([CNEWS, REUTERS])


def _find(report: m.Report, article: int, words: str) -> m.SentenceRef:
    for s in report.articles[article].sentences:
        if words in s.text:
            return m.SentenceRef(article, s.index)
    raise AssertionError(f"no sentence with {words!r}")


def _linked(report: m.Report, a: m.SentenceRef, b: m.SentenceRef) -> m.Link | None:
    return next((k for k in report.links_of(a) if k.other(a) == b), None)


def test_assad_quote_is_a_discrepancy(report: m.Report) -> None:
    """Assad's words, rendered two ways, link as a discrepancy flagged quote_mismatch with both wordings."""
    cn = _find(report, 0, "Terrorists only understand")
    rt = _find(report, 1, "Terrorists only know")
    link = _linked(report, cn, rt)
    assert link is not None
    assert link.kind == m.DISCREPANCY
    assert m.QUOTE_MISMATCH in link.flags
    assert any("language of power" in n and "language of force" in n for n in link.notes)
    assert report.sentence(cn).status == m.DISCREPANCY


@pytest.mark.parametrize(
    ("cnews_words", "reuters_words"),
    [
        ("At least 25 people were killed", "killing at least 25 people"),  # the lead, reworded
        ("The insurgents, a coalition", "The insurgents, comprising"),  # who the insurgents are
        ("Western nations", "The United States, France, Germany, and Britain"),  # the joint statement
        ("ongoing since 2011", "which began in 2011"),  # the background paragraph
        ("Since November 27", "since November 27"),  # one Reuters sentence carries the toll since Nov 27
    ],
)
def test_reworded_and_reordered_statements_link(report: m.Report, cnews_words: str, reuters_words: str) -> None:
    """Sentences reporting the same thing link even when reworded and in another order."""
    assert _linked(report, _find(report, 0, cnews_words), _find(report, 1, reuters_words)) is not None


@pytest.mark.parametrize(
    ("article", "words"),
    [
        (0, "Khansir"),  # only Cnews reports the capture of Khansir
        (0, "Israeli strikes"),  # only Cnews mentions Israeli strikes
        (1, "Ahmad Tutenji"),  # only Reuters quotes the merchant
        # (Reuters' dismissal of General Kisel is no longer unique: Cnews says "Russian military leadership
        # reshuffled commanders", and the two now link.)
        (1, "Abbas Araqchi"),  # only Reuters quotes Iran's foreign minister
        (1, "Mazloum Abdi"),  # only Reuters carries the SDF
    ],
)
def test_facts_only_one_outlet_carries_are_unique(report: m.Report, article: int, words: str) -> None:
    """A fact only one outlet has is marked unique."""
    assert report.sentence(_find(report, article, words)).status == m.UNIQUE


def test_furniture_is_boilerplate(report: m.Report) -> None:
    """The repeated headline, the comment policy and the lone REUTERS line neither link nor count as unique."""
    statuses = {s.text: s.status for a in report.articles for s in a.sentences}
    assert statuses["REUTERS"] == m.BOILERPLATE
    assert statuses["The comments posted here are not from Cnews Live."] == m.BOILERPLATE
    assert sum(1 for s in report.articles[0].sentences if s.status == m.BOILERPLATE) == 3
    boiler = {ref for ref, s in report.iter_sentences() if s.status == m.BOILERPLATE}
    assert not any(k.source in boiler or k.target in boiler for k in report.links)


@pytest.mark.parametrize("value", [25, 56, 4_000_000, 2011, 2020])
def test_shared_figures_agree(report: m.Report, value: float) -> None:
    """The figures both outlets print (25 dead, 56 since Nov 27, four million, 2011, 2020) agree across sources."""
    facts = [
        t
        for t in report.facts
        if any(report.figures[i].value == value for i in t.figures)
        and {report.figures[i].article for i in t.figures} == {0, 1}
    ]
    assert facts, f"no fact with {value} from both articles"
    assert all(t.status == m.AGREE for t in facts)


def test_links_and_figures_are_consistent(report: m.Report) -> None:
    """Links join different articles, source first; each diff rebuilds both sentences; figures sit in their sentence."""
    for link in report.links:
        assert link.source.article < link.target.article
        a, b = report.sentence(link.source), report.sentence(link.target)
        assert "".join(t for op, t in link.diff if op <= 0) == a.text
        assert "".join(t for op, t in link.diff if op >= 0) == b.text
        assert 0.0 <= link.similarity <= 1.0
    for f in report.figures:
        s = report.articles[f.article].sentences[f.sentence]
        assert s.start <= f.start < f.end <= s.end
        assert report.articles[f.article].text[f.start : f.end] == f.text


def test_json_round_trip(report: m.Report) -> None:
    """A report written to JSON and read back is equal to the original."""
    data = json.loads(json.dumps(report.to_json()))
    assert data["format"] == "reportdiff.report/1"
    assert m.Report.from_json(data) == report


def test_same_file_twice_is_compared_once() -> None:
    """The same file given twice is a stated warning, and alone it is too few articles."""
    with pytest.raises(InputError, match="at least two"):
        compare_files([CNEWS, CNEWS])
    report = compare_files([CNEWS, REUTERS, CNEWS])
    assert len(report.articles) == 2
    assert any("given twice" in w for w in report.warnings)


def test_identical_texts_agree_everywhere(tmp_path: Path) -> None:
    """Two copies of one article: every content sentence is shared and every link an agreement."""
    copy = tmp_path / "copy.txt"
    copy.write_text(REUTERS.read_text(encoding="utf-8"), encoding="utf-8")
    report = compare_files([REUTERS, copy])
    for article in report.articles:
        assert all(s.status in (m.SHARED, m.BOILERPLATE) for s in article.sentences)
    assert report.links and all(k.kind == m.AGREEMENT for k in report.links)


@pytest.mark.parametrize(
    "spans",
    [
        [],  # no boilerplate
        [(10, 20), (30, 40)],  # apart
        [(30, 40), (10, 20)],  # given out of order
        [(10, 50), (20, 30), (45, 60)],  # nested and overlapping: a later short span must not hide an earlier reach
        [(5, 5), (7, 8)],  # empty and one-character spans
    ],
)
def test_within_spans_is_any_span(spans: list[tuple[int, int]]) -> None:
    """The furniture test by binary search answers as a test per span would, at every offset."""
    inside = compare_module._Within(spans)
    for offset in range(-1, 65):
        assert inside(offset) == any(b0 <= offset < b1 for b0, b1 in spans), offset
