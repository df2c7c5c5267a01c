"""The HTML export and the export document behind it: self-contained, complete, and drawn from the Report.

A hand-made two-article report (readable below) checks the drawing rules one by one; the seeds check the whole
document end to end.
"""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reportdiff.core import model as m
from reportdiff.core.compare import compare_files
from reportdiff.presentation import docmodel as dm
from reportdiff.presentation.htmlreport import render_html

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
SEED_FILES = [SEEDS / "cnews-live-syria-airstrikes.txt", SEEDS / "reuters-syria-airstrikes.txt"]
WHEN = dt.datetime(2026, 11, 23, 9, 5)


def _sentences(text: str, statuses: list[str]) -> tuple[m.Sentence, ...]:
    out, start = [], 0
    for i, part in enumerate(text.split(". ")):
        body = part if part.endswith(".") else part + "."
        begin = text.index(body, start)
        out.append(m.Sentence(i, body, begin, begin + len(body), statuses[i], paragraph=0 if i < 2 else 1))
        start = begin + len(body)
    return tuple(out)


@pytest.fixture
def tiny() -> m.Report:
    """A: "Police said 25 people died. The mayor spoke. Roads closed."
    B: "A witness saw it. Officials said 31 people died. Roads were closed."
    A0-B1 disagree on the figure (25 vs 31), A2-B2 agree, A1 and B0 are unique."""
    a_text = "Police said 25 people died. The mayor spoke. Roads closed."
    b_text = "A witness saw it. Officials said 31 people died. Roads were closed."
    a = m.Article(0, "/news/daily-a.txt", "Police report", a_text, "Daily <A>",
                  _sentences(a_text, [m.DISCREPANCY, m.UNIQUE, m.SHARED]))
    b = m.Article(1, "/news/herald-b.txt", "Witness report", b_text, "Herald B",
                  _sentences(b_text, [m.UNIQUE, m.DISCREPANCY, m.SHARED]))
    links = (
        m.Link(m.SentenceRef(0, 0), m.SentenceRef(1, 1), 0.62, m.DISCREPANCY, (m.FIGURE_CONFLICT,),
               ((-1, "Police "), (1, "Officials "), (0, "said "), (-1, "25"), (1, "31"), (0, " people died.")),
               ("figure conflicts: 25 vs 31",)),
        m.Link(m.SentenceRef(0, 2), m.SentenceRef(1, 2), 0.81, m.AGREEMENT, (),
               ((0, "Roads "), (1, "were "), (0, "closed."))),
    )
    f25, f31 = a_text.index("25"), b_text.index("31")
    figures = (
        m.Figure(0, 0, 0, "25", 25.0, f25, f25 + 2, counts="died"),
        m.Figure(1, 1, 1, "31", 31.0, f31, f31 + 2, counts="died"),
    )
    facts = (m.Fact(0, "people died", m.CONFLICT, (0, 1), "25 vs 31 died"),)
    return m.Report((a, b), links, figures, facts)


@pytest.fixture(scope="module")
def seeds_report() -> m.Report:
    return compare_files([str(p) for p in SEED_FILES])


class _Tags(HTMLParser):
    """Collects start tags with their attributes, and checks that elements close in order."""

    VOID = frozenset({"meta", "br", "link", "img", "hr", "input"})

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.stack: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes <{self.stack[-1] if self.stack else None}>")
        else:
            self.stack.pop()


def _parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser


def _text(html: str) -> str:
    """The visible text, tags dropped and entities kept as typed (enough for the words we look for)."""
    body = re.sub(r"<style>.*?</style>", "", html, flags=re.S)
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", "", body))


# -- the document model --------------------------------------------------------------------------------------


def test_runs_mark_the_differing_words_and_the_figures(tiny: m.Report) -> None:
    """A0 "Police said 25 people died.": "Police" and "25" differ, "25" is a conflicting figure badged with what B
    says ("≠ 31 B"), the rest is plain."""
    doc = dm.build_document(tiny, WHEN)
    view = doc.articles[0].paragraphs[0][0]
    assert view.status == m.DISCREPANCY and view.marker == "D1"
    assert view.runs == (
        dm.Run("Police", changed=True),
        dm.Run(" said "),
        dm.Run("25", changed=True, figure=m.CONFLICT, badge="≠ 31 B"),
        dm.Run(" people died."),
    )
    assert view.text == tiny.articles[0].sentences[0].text


@pytest.mark.parametrize(
    ("article", "sentence", "status"),
    [
        (0, 0, m.DISCREPANCY),  # linked with a figure conflict
        (0, 1, m.UNIQUE),  # no counterpart
        (0, 2, m.AGREEMENT),  # "Roads closed." ~ "Roads were closed."
        (1, 0, m.UNIQUE),
        (1, 2, m.AGREEMENT),
    ],
)
def test_sentence_colours_follow_the_screen(tiny: m.Report, article: int, sentence: int, status: str) -> None:
    """Each sentence gets the legend entry the window gives it."""
    views = {v.ref: v for a in dm.build_document(tiny, WHEN).articles for p in a.paragraphs for v in p}
    assert views[m.SentenceRef(article, sentence)].status == status


def test_discrepancies_and_fact_rows(tiny: m.Report) -> None:
    """One discrepancy with both wordings and where they stand; one fact row with each article's value."""
    doc = dm.build_document(tiny, WHEN)
    (d,) = doc.discrepancies
    assert d.headline == "Figures conflict" and d.notes == ("25 vs 31",)
    assert [v.text for v in d.sides] == ["Police said 25 people died.", "Officials said 31 people died."]
    assert [doc.where(v) for v in d.sides] == ["Daily <A> (A), paragraph 1", "Herald B (B), paragraph 1"]
    assert [(r.label, r.status, r.values, r.note) for r in doc.facts] == [
        ("people died", m.CONFLICT, ("25", "31"), "25 vs 31 died")
    ]
    assert doc.articles[0].unique_count == 1 and doc.articles[1].unique_count == 1
    assert [len(p) for p in doc.articles[0].paragraphs] == [2, 1]


@pytest.mark.parametrize(
    ("count", "groups"),
    [
        (2, ((0, 1),)),  # side by side on portrait paper
        (4, ((0, 1, 2, 3),)),  # four still fit a landscape page
        (5, ((0, 1, 2), (3, 4))),  # balanced rather than 4 + 1
        (10, ((0, 1, 2, 3), (4, 5, 6), (7, 8, 9))),
    ],
)
def test_column_groups(count: int, groups: tuple[tuple[int, ...], ...]) -> None:
    """Beyond four articles the columns come in balanced groups of at most four."""
    assert dm.column_groups(count) == groups


def test_merged_spans_join_a_phrase() -> None:
    """Differing words separated only by spaces or commas read as one marked phrase; spaces are trimmed."""
    text = "intensified bombing raids, across"
    assert dm.merged_spans(text, [(0, 12), (12, 20), (20, 27)]) == [(0, 26)]
    assert dm.merged_spans(text, [(0, 11), (27, 33)]) == [(0, 11), (27, 33)]


def test_blend_matches_the_screen_palette() -> None:
    """Okabe-Ito bluish green at 15 % over white, as gui/palette.py computes it."""
    assert dm.blend("#009E73", 0.15) == "#D9F0EA"
    assert dm.PALETTE[m.AGREEMENT]["fill"] == "#D9F0EA"


# -- the HTML ------------------------------------------------------------------------------------------------


def test_html_is_self_contained(tiny: m.Report) -> None:
    """No script, no remote resource, no external style sheet; well nested; names are escaped."""
    html = render_html(tiny, WHEN)
    parsed = _parse(html)
    assert not parsed.errors and parsed.stack == []
    tags = [tag for tag, _ in parsed.tags]
    assert "script" not in tags and "link" not in tags and "img" not in tags and "iframe" not in tags
    assert not re.search(r"(src|href)\s*=\s*[\"']?\s*(https?:)?//", html, re.I)
    assert not re.search(r"url\(|@import", html, re.I)
    assert "on" not in {name[:2] for _, attrs in parsed.tags for name in attrs}  # no onclick= and friends
    assert "Daily &lt;A&gt;" in html and "Daily <A>" not in html


def test_html_carries_the_whole_document(tiny: m.Report) -> None:
    """Cover, both columns with their highlight classes, the discrepancy, the figure table, the footer."""
    html = render_html(tiny, WHEN)
    text = _text(html)
    assert "23 November 2026, 09:05" in text
    assert "daily-a.txt" in text and "herald-b.txt" in text
    assert 'class="s discrepancy" id="a0s0"' in html and 'class="s agreement" id="a0s2"' in html
    assert 'class="s unique" id="a1s0"' in html
    assert '<span class="chg">Police</span>' in html
    assert '<span class="fig f-conflict"><span class="chg">25</span></span>' in html
    assert 'href="#a0s0"' in html and 'href="#d1"' in html  # discrepancy <-> sentence, both ways
    assert "Figures conflict" in text and "people died" in text
    for status, colours in dm.PALETTE.items():
        assert f".s.{status} {{ background: {colours['fill']}; }}" in html


def test_seeds_html_has_both_wordings_and_the_unique_facts(seeds_report: m.Report) -> None:
    """The seeds: Assad's quote as Cnews and Reuters render it, the unique facts, the figure rows."""
    html = render_html(seeds_report, WHEN)
    text = _text(html)
    assert "Terrorists only understand the language of power" in text  # Cnews
    assert "Terrorists only know the language of force" in text  # Reuters
    assert "Khansir" in text and "Mazloum Abdi" in text
    section = text[text.rindex("Discrepancies") :]
    assert "understand the language of power" in section and "know the language of force" in section
    figures = text[text.rindex("Discrepancies") :]  # the figures section comes last
    for value in ("25", "four million", "56", "November 27"):
        assert value in figures
    assert not _parse(html).errors


def test_hostile_file_names_stay_text(tiny: m.Report) -> None:
    """A file named like markup cannot open a script or close the style sheet (it appears in the CSS footer)."""
    import dataclasses

    evil = '/tmp/x"</style><script>alert(1)</script>.txt'
    article = dataclasses.replace(tiny.articles[0], path=evil)
    html = render_html(dataclasses.replace(tiny, articles=(article, tiny.articles[1])), WHEN)
    assert "<script" not in html.lower()
    assert html.count("</style>") == 1
    assert not _parse(html).errors
