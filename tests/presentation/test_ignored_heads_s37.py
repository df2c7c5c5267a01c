"""A page's label opening a paragraph ("UPDATE: ") and the lead's dateline ("CHICAGO - ") are no part of what their
sentence states: the engine leaves them out of similarity and of the diff that tells a link's kind, and every
surface shows them as plain text, never as changed words (before, the window, the PDF and the HTML highlighted
"UPDATE:" as words only one side has). The report carries them (``Article.ignored``) through its JSON."""

from __future__ import annotations

import pytest

from reportdiff.core import model as m
from reportdiff.core.compare import compare
from reportdiff.core.load import load_text
from reportdiff.gui.highlight import plan_sentence
from reportdiff.presentation import emphasis
from reportdiff.presentation.docmodel import build_document
from reportdiff.presentation.htmlreport import render_html

_LEAD = "Close friends rallied on Sunday around the family of a Navy sailor wounded in the attack.\n\n"
_DEATH = "Officer Smith died of his wounds on Saturday, the Navy said."
_MEMORIAL = "A memorial outside the recruiting office kept growing through the weekend as neighbours left flowers."


def _report(lead_a: str, body_a: str, lead_b: str, body_b: str) -> m.Report:
    return compare([
        load_text("Sailor dies days after the shooting\n\n" + lead_a + body_a + "\n\n" + _MEMORIAL, "a.txt"),
        load_text("Sailor dies\n\n" + lead_b + body_b + "\n\n" + _MEMORIAL, "b.txt"),
    ])  # fmt: skip


def _ref(report: m.Report, article: int, words: str) -> m.SentenceRef:
    return next(m.SentenceRef(article, s.index) for s in report.articles[article].sentences if words in s.text)


CASES = [
    # a body paragraph's label; the twin sentences are otherwise the same (near-identical: their few changed words
    # are shown in the calm view, so the label was)
    (_LEAD, "UPDATE: " + _DEATH, _LEAD, _DEATH, "Smith died", "UPDATE: "),
    (_LEAD, "PREVIOUS STORY: " + _DEATH, _LEAD, _DEATH, "Smith died", "PREVIOUS STORY: "),
    # the label joins the first change: "UPDATE: Officer" against "Petty Officer"; "Officer" stays no change
    (_LEAD, "UPDATE: " + _DEATH, _LEAD, "Petty " + _DEATH, "Smith died", "UPDATE: "),
    # the lead's dateline, the other lead without one
    ("CHICAGO - " + _LEAD, _DEATH, _LEAD, _DEATH, "Close friends", "CHICAGO - "),
]


@pytest.mark.parametrize(
    ("lead_a", "body_a", "lead_b", "body_b", "words", "head"), CASES, ids=["update", "story", "joins", "dateline"]
)
def test_ignored_head_is_plain_on_every_surface(
    lead_a: str, body_a: str, lead_b: str, body_b: str, words: str, head: str
) -> None:
    report = _report(lead_a, body_a, lead_b, body_b)
    article = report.articles[0]
    assert head in [article.text[a:b] for a, b in article.ignored]
    ref = _ref(report, 0, words)
    sentence = report.sentence(ref)
    assert sentence.text.startswith(head)
    label = (0, len(head.rstrip()))
    link = emphasis.closest_link(report, ref)
    assert link is not None and link.diff[0][0] == m.DIFF_DELETE and link.diff[0][1].startswith(head)  # spelt out

    def overlaps(spans: list[tuple[int, int]]) -> bool:
        return any(a < label[1] and label[0] < b for a, b in spans)

    assert not overlaps(emphasis.all_spans(report, ref))  # the selected sentence's every changed word
    assert not overlaps(emphasis.informative_spans(report, ref))
    plan = plan_sentence(report, ref)  # the window's calm view
    assert not overlaps([(a, b) for a, b, mark, _figure in plan.pieces if mark])

    document = build_document(report)  # the PDF's and the HTML's runs
    view = next(v for a in document.articles for p in a.paragraphs for v in p if v.ref == ref)
    assert view.text == sentence.text
    assert not any(run.changed and run.text.strip() and head.startswith(run.text.strip()) for run in view.runs)
    assert not any(run.changed and head.rstrip() in run.text for run in view.runs)
    html = render_html(report)
    assert f'<span class="chg">{head.rstrip()}' not in html and f'<span class="chg">{head}' not in html
    assert head.split()[0] in html


def test_words_after_the_label_stay_changed() -> None:
    """Only the label is cut from a changed run: "UPDATE: Officer" / "Petty Officer" keeps "Petty" changed on the
    other side, and a changed word after the label on this side stays marked."""
    report = _report(_LEAD, "UPDATE: Sailor " + _DEATH, _LEAD, "Petty " + _DEATH)
    ref = _ref(report, 0, "Smith died")
    text = report.sentence(ref).text
    assert [text[a:b] for a, b in emphasis.all_spans(report, ref)] == ["Sailor"]
    other = _ref(report, 1, "Smith died")
    assert [report.sentence(other).text[a:b] for a, b in emphasis.all_spans(report, other)] == ["Petty"]


def test_ignored_spans_survive_json() -> None:
    report = _report("CHICAGO - " + _LEAD, "UPDATE: " + _DEATH, _LEAD, _DEATH)
    data = report.to_json()
    assert data["articles"][0]["ignored"] == [list(span) for span in report.articles[0].ignored]
    assert len(report.articles[0].ignored) == 2 and data["articles"][1]["ignored"] == []
    again = m.Report.from_json(data)
    assert again.articles[0].ignored == report.articles[0].ignored
    ref = _ref(again, 0, "Smith died")
    assert emphasis.all_spans(again, ref) == emphasis.all_spans(report, ref) == []
    del data["articles"][0]["ignored"]  # a report written before the field: read, nothing ignored
    assert m.Report.from_json(data).articles[0].ignored == ()
