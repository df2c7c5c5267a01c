"""A measure's conversion in brackets in a conflicting fact ("about 60 metres (200 feet)") is part of its fact, and
is marked once, on the figure it converts: the window frames and underlines "60 metres" only, and the PDF and the
HTML mark it alike (before, the window's conflict outline framed "200 feet" too, and the exports underlined both)."""

from __future__ import annotations

from pathlib import Path

from documents import compare_texts  # tests/core/documents.py

from reportdiff.core import model as m
from reportdiff.gui.highlight import plan_sentence
from reportdiff.presentation.docmodel import build_document
from reportdiff.presentation.htmlreport import render_html

TEXTS = {
    "a.txt": "Climber dies in fall\n\nDuncan Raite died after slipping and falling about 60 metres (200 feet) "
             "from a ridge, police said.",
    "b.txt": "Climber killed in fall\n\nDuncan Raite died after slipping and falling about 150 metres from a "
             "ridge, police said.",
}


def test_a_conversion_is_marked_once_on_its_figure(tmp_path: Path) -> None:
    report = compare_texts(tmp_path, TEXTS)
    metres = next(f for f in report.figures if f.text.endswith("60 metres"))
    feet = next(f for f in report.figures if f.text == "200 feet")
    fact = report.index.fact_of_figure(metres.index)
    assert fact is not None and fact.status == m.CONFLICT and feet.index in fact.figures  # one fact, in conflict
    ref = m.SentenceRef(feet.article, feet.sentence)
    sentence = report.sentence(ref)

    plan = plan_sentence(report, ref)  # the window: outlines (article offsets) and figure pieces
    assert plan.conflicts == ((metres.start, metres.end),)
    marked = [sentence.text[a:b] for a, b, _mark, figure in plan.pieces if figure]
    assert "".join(marked) == metres.text  # in pieces where a changed word starts or ends

    document = build_document(report)  # the PDF's and the HTML's runs
    view = next(v for a in document.articles for p in a.paragraphs for v in p if v.ref == ref)
    figures = [(run.text, run.figure) for run in view.runs if run.figure is not None]
    assert "".join(text for text, _ in figures) == metres.text, figures
    assert {status for _, status in figures} == {m.CONFLICT}
    html = render_html(report)
    parts = html.split("200 feet")
    assert len(parts) > 1 and all('<span class="fig' not in part[-40:] for part in parts[:-1])
