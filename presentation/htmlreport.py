"""Report -> one self-contained HTML document: the same document as the PDF export, for a browser.

Pure Python, no Qt. The document structure comes from ``presentation/docmodel.py`` (shared with ``gui/pdf.py``), the
colours from ``presentation/colours.py`` (shared with the window). The output is a single file with inline CSS:
no scripts, no fonts or images fetched from anywhere, so it opens the same offline, in a mail client or years later.
"""

from __future__ import annotations

import datetime as _dt
from html import escape

from reportdiff.core.model import Report

from .docmodel import (
    ABSENT_TEXT,
    CHANGED_WORDS_HELP,
    FACT_CHIP,
    FACT_LABELS,
    FIGURE_INK,
    FIGURE_LINE,
    LEGEND_TEXT,
    MUTED_TEXT,
    PALETTE,
    RULE,
    SINGLE_SOURCE_HEADING,
    STATUS_LABELS,
    ArticleView,
    Discrepancy,
    ExportDocument,
    SentenceView,
    build_document,
    pair_marker,
    percent,
)
from .labels import NO_FIGURES, NO_SHARED_FIGURES, plural
from .quotations import NO_QUOTATIONS, quotations_heading

ABSENT = '<span class="absent">—</span>'  # a fact an article does not give


def render_html(report: Report, created: _dt.datetime | None = None) -> str:
    """The whole comparison as one HTML string (UTF-8, inline CSS, no scripts, no remote resources)."""
    return render_document(build_document(report, created))


def render_document(doc: ExportDocument) -> str:
    """Draw an already built export document as HTML."""
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="generator" content="ReportDiff">',
        f"<title>{escape(doc.title)}</title>",
        f"<style>{_css(doc)}</style>",
        "</head>",
        "<body>",
        _cover(doc),
        _columns(doc),
        _discrepancies(doc),
        _facts(doc),
        _quotations(doc),
        f'<footer class="files">{escape(doc.footer_files)} — compared {escape(doc.created)} with ReportDiff</footer>',
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(parts)


# -- sections --------------------------------------------------------------------------------------------------


def _cover(doc: ExportDocument) -> str:
    out = ['<header class="cover">', '<p class="kicker">ReportDiff · comparison of news reports</p>']
    out.append(f"<h1>{escape(doc.title)}</h1>")
    # The totals line every surface states (presentation.totals), linked to the sections that list them.
    t = doc.totals
    found = [f"Compared {escape(doc.created)}", plural(len(doc.articles), "article")]
    found.append(plural(t.linked_pairs, "linked_pair"))
    count = plural(t.discrepancies, "discrepancy")
    found.append(f'<a href="#discrepancies">{count}</a>' if t.discrepancies else count)
    count = plural(t.figure_conflicts, "figure_conflict")
    found.append(f'<a href="#figures">{count}</a>' if t.figure_conflicts else count)
    count = plural(t.facts, "fact_with_figures")
    found.append(f'<a href="#figures">{count}</a>' if t.facts else count)
    out.append(f'<p class="meta">{" · ".join(found)}</p>')
    out.append('<table class="grid articles"><thead><tr><th></th><th>Article</th><th>File</th>'
               '<th class="num">Sentences</th><th class="num">Unique</th></tr></thead><tbody>')
    for a in doc.articles:
        out.append(
            f'<tr><td class="letter">{a.letter}</td><td><strong>{escape(a.source)}</strong><br>{escape(a.title)}'
            f'</td><td class="file">{escape(a.file_name)}</td><td class="num">{a.sentence_count}</td>'
            f'<td class="num">{a.unique_count}</td></tr>'
        )
    out.append("</tbody></table>")
    out.append('<p class="hint">Unique: sentences no other article reports (boilerplate aside).</p>')
    if doc.pair_matrix:
        out.append(_pair_matrix(doc))
    elif doc.pairs:
        out.append(_pair_list(doc))
    if doc.warnings:
        out.append('<ul class="warnings">' + "".join(f"<li>{escape(w)}</li>" for w in doc.warnings) + "</ul>")
    out.append("</header>")
    return "\n".join(out)


def _pair_list(doc: ExportDocument) -> str:
    out = ['<h2>Pairs</h2><table class="grid pairs"><thead><tr><th>Pair</th><th class="num">Sentences shared</th>'
           '<th class="num">Told differently</th><th class="num">Unique to each</th></tr></thead><tbody>']
    for p in doc.pairs:
        a, b = doc.articles[p.a], doc.articles[p.b]
        out.append(
            f"<tr><td>{a.letter} {escape(a.source)} – {b.letter} {escape(b.source)}</td>"
            f'<td class="num">{a.letter} {percent(p.share_a)} · {b.letter} {percent(p.share_b)}</td>'
            f'<td class="num">{escape(p.differences)}</td>'
            f'<td class="num">{a.letter} {p.unique_a} · {b.letter} {p.unique_b}</td></tr>'
        )
    out.append("</tbody></table>")
    out.append('<p class="hint">Sentences shared: the share of each article\'s sentences (boilerplate aside) that '
               "the other also reports. Told differently: discrepancies between linked sentences, and figure "
               "conflicts between the two articles' own figures, linked or not. Unique to each: sentences the other "
               "article of the pair does not have.</p>")
    return "\n".join(out)


def _pair_matrix(doc: ExportDocument) -> str:
    heads = "".join(f'<th class="num">{a.letter}</th>' for a in doc.articles)
    out = [f'<h2>Pairs</h2><table class="grid matrix"><thead><tr><th></th>{heads}</tr></thead><tbody>']
    for a in doc.articles:
        cells = []
        for b in doc.articles:
            row = doc.pair(a.index, b.index)
            if row is None:
                cells.append(f'<td class="num">{ABSENT}</td>')
                continue
            marker = pair_marker(row)
            mark = f' <span class="marker">{escape(marker)}</span>' if marker else ""
            cells.append(f'<td class="num">{percent(doc.share_of(row, a.index))}{mark}</td>')
        out.append(f'<tr><th>{a.letter}</th>{"".join(cells)}</tr>')
    out.append("</tbody></table>")
    out.append(f'<p class="hint">{escape(doc.matrix_caption)}</p>')
    return "\n".join(out)


def _legend() -> str:
    out = ['<ul class="legend">']
    for status, label in STATUS_LABELS.items():
        out.append(f'<li><span class="sample"><span class="s {status}">{label}</span></span>'
                   f"{escape(LEGEND_TEXT[status])}</li>")
    out.append('<li><span class="sample"><span class="s paraphrase"><span class="chg">words</span></span></span>'
               f"{escape(CHANGED_WORDS_HELP)}</li>")
    for status, label in FACT_LABELS.items():
        out.append(f'<li><span class="sample"><span class="fig {_fig_class(status)}">25</span></span>'
                   f"Figure whose fact is: {label}</li>")
    out.append('<li><span class="sample"><span class="marker">D1</span></span>'
               "Sentence of discrepancy 1, listed after the articles</li>")
    out.append("</ul>")
    return "\n".join(out)


def _columns(doc: ExportDocument) -> str:
    out = ['<section class="side-by-side">']
    for group in doc.groups:
        names = ", ".join(doc.articles[i].letter for i in group)
        heading = "Articles side by side" if len(doc.groups) == 1 else f"Articles {names} side by side"
        out.append(f"<h2>{heading}</h2>")
        if group is doc.groups[0]:
            out.append(_legend())  # right above the text it explains, as in the PDF
        out.append(f'<div class="columns" style="grid-template-columns: repeat({len(group)}, minmax(0, 1fr))">')
        for i in group:
            out.append(_article(doc.articles[i]))
        out.append("</div>")
    out.append("</section>")
    return "\n".join(out)


def _article(article: ArticleView) -> str:
    out = [
        f'<article id="article-{article.index}">',
        f'<h3><span class="letter">{article.letter}</span> {escape(article.source)}</h3>',
        f'<p class="file">{escape(article.file_name)} · {article.sentence_count} sentences</p>',
    ]
    for paragraph in article.paragraphs:
        out.append("<p>" + " ".join(_sentence(view, anchor=True) for view in paragraph) + "</p>")
    out.append("</article>")
    return "\n".join(out)


def _sentence(view: SentenceView, anchor: bool) -> str:
    body = []
    for run in view.runs:
        text = escape(run.text)
        if run.changed:
            text = f'<span class="chg">{text}</span>'
        if run.figure is not None:
            text = f'<span class="fig {_fig_class(run.figure)}">{text}</span>'
        if run.badge:
            text += f' <span class="badge {_fig_class(run.figure or "")}">{escape(run.badge)}</span>'
        body.append(text)
    ident = f' id="{view.anchor}"' if anchor else ""
    marker = ""
    if view.marker:
        target = "d" + view.marker[1:]
        marker = f'<sup class="marker"><a href="#{target}">{view.marker}</a></sup>' if anchor else ""
    return f'<span class="s {view.status}"{ident} title="{escape(view.note)}">{"".join(body)}</span>{marker}'


def _discrepancies(doc: ExportDocument) -> str:
    out = ['<section class="discrepancies" id="discrepancies">', "<h2>Discrepancies</h2>"]
    if not doc.discrepancies:
        out.append(f'<p class="hint">{escape(doc.totals.no_discrepancy_note())}</p>')
    else:
        out.append('<p class="hint">Statements the articles share but tell differently. Each wording is shown '
                   "with the words that differ marked; the marker (D1, D2, ...) stands next to the sentence in the "
                   "columns.</p>")
    for d in doc.discrepancies:
        out.append(_discrepancy(doc, d))
    out.append("</section>")
    return "\n".join(out)


def _discrepancy(doc: ExportDocument, d: Discrepancy) -> str:
    out = [
        f'<div class="discrepancy" id="d{d.number}">',
        f'<h3><span class="marker">{d.label}</span> {escape(d.headline)}</h3>',
        *(f'<p class="note">{escape(note)}</p>' for note in d.notes),
        '<table class="wordings"><tbody>',
    ]
    for view in d.sides:
        article = doc.articles[view.ref.article]
        out.append(
            f'<tr><td class="where"><span class="letter">{article.letter}</span> {escape(article.source)}'
            f'<br><a href="#{view.anchor}">paragraph {view.paragraph}</a></td>'
            f'<td class="text">{_sentence(view, anchor=False)}</td></tr>'
        )
    out.append("</tbody></table></div>")
    return "\n".join(out)


def _facts(doc: ExportDocument) -> str:
    out = ['<section class="facts" id="figures">', "<h2>Figures</h2>"]
    if not doc.facts:
        out.append(f'<p class="hint">{NO_FIGURES}</p></section>')
        return "\n".join(out)
    rows = doc.compared_facts
    if not rows:
        out.append(f'<p class="hint">{NO_SHARED_FIGURES}</p>')
    else:
        heads = "".join(
            f'<th title="{escape(a.file_name)}">{a.letter} {escape(a.source)}</th>' for a in doc.articles
        )
        out.append('<div class="wide">')  # many articles: the table scrolls sideways, the page does not
        out.append(f'<table class="grid facts"><thead><tr><th>Fact</th>{heads}<th>Status</th></tr></thead><tbody>')
        for row in rows:
            cells = "".join(
                f'<td><span class="fig {_fig_class(row.status)}">{escape(v)}</span></td>' if v else f"<td>{ABSENT}</td>"
                for v in row.values
            )
            note = f'<div class="note">{escape(row.note)}</div>' if row.note else ""
            out.append(
                f'<tr class="{_fig_class(row.status)}"><td>{escape(row.label)}{note}</td>{cells}'
                f'<td><span class="chip {_fig_class(row.status)}">{escape(row.status_label)}</span></td></tr>'
            )
        out.append("</tbody></table></div>")
    single = doc.single_source_facts
    if single:
        # Folded, as in the window: what two or more sources say comes first; a click (no script) unfolds.
        out.append(f'<details class="single"><summary>{SINGLE_SOURCE_HEADING} ({len(single)})</summary>')
        out.append('<table class="grid single"><thead><tr><th>Fact</th><th>Article</th><th>Value</th></tr></thead>'
                   "<tbody>")
        for row, article in single:
            a = doc.articles[article]
            out.append(
                f"<tr><td>{escape(row.label)}</td><td>{a.letter} {escape(a.source)}</td>"
                f'<td><span class="fig {_fig_class(row.status)}">{escape(row.values[article])}</span></td></tr>'
            )
        out.append("</tbody></table></details>")
    out.append("</section>")
    return "\n".join(out)


def _quotations(doc: ExportDocument) -> str:
    out = ['<section class="quotes" id="quotations">', f"<h2>{quotations_heading(len(doc.quotes))}</h2>"]
    if not doc.quotes:
        out.append(f'<p class="hint">{NO_QUOTATIONS}</p>')
    else:
        out.append('<table class="grid quotes"><thead><tr><th>Speaker</th><th>Article</th><th>Words</th></tr>'
                   "</thead><tbody>")
        for quote in doc.quotes:
            a = doc.articles[quote.article]
            out.append(f"<tr><td><b>{escape(quote.speaker)}</b></td><td>{a.letter} {escape(a.source)}</td>"
                       f"<td><i>“{escape(quote.words)}”</i></td></tr>")
        out.append("</tbody></table>")
    out.append("</section>")
    return "\n".join(out)


# -- style -----------------------------------------------------------------------------------------------------


def _css_string(text: str) -> str:
    """``text`` as a quoted CSS string that cannot end the string or the <style> element early."""
    return '"' + "".join(c if c.isalnum() or c in " .-_·:/()," else f"\\{ord(c):x} " for c in text) + '"'


def _fig_class(status: str) -> str:
    return "f-" + (status or "none").replace("_", "-")


def _css(doc: ExportDocument) -> str:
    rules = [
        "@page { size: " + ("A4 landscape" if doc.landscape else "A4") + "; margin: 14mm 15mm 16mm;"
        f" @bottom-left {{ content: {_css_string(doc.footer_files)}; font-size: 7pt; color: {MUTED_TEXT}; }}"
        f' @bottom-right {{ content: "Page " counter(page) " of " counter(pages); font-size: 7pt;'
        f" color: {MUTED_TEXT}; }} }}",
        "body { font-family: 'DejaVu Sans', 'Segoe UI', Helvetica, Arial, sans-serif; color: #1E1E1E;"
        " margin: 2rem auto; max-width: " + ("1500px" if doc.landscape else "1100px") + "; padding: 0 1.5rem;"
        " font-size: 15px; line-height: 1.45; background: #FFFFFF; }",
        "h1 { font-size: 1.7rem; margin: 0 0 .3rem; }",
        "h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; padding-bottom: .2rem; border-bottom: 2px solid #1E1E1E; }",
        "h3 { font-size: 1rem; margin: .2rem 0; }",
        f".meta, .file, .hint, .note, footer {{ color: {MUTED_TEXT}; }}",
        ".hint { font-size: .85rem; }",
        "table.grid { border-collapse: collapse; width: 100%; font-size: .9rem; }",
        f"table.grid th, table.grid td {{ border-bottom: 1px solid {RULE}; padding: .3rem .5rem; text-align: left;"
        " vertical-align: top; }",
        "table.grid th { font-weight: 600; background: #F3F3F3; }",
        ".num { text-align: right !important; font-variant-numeric: tabular-nums; }",
        ".letter { font-weight: 700; }",
        "ul.legend { list-style: none; padding: 0; margin: 0 0 1rem; columns: 2 22rem; font-size: .85rem; }",
        "ul.legend li { margin: .2rem 0; break-inside: avoid; }",
        ".sample { display: inline-block; width: 7.5rem; font-family: 'DejaVu Serif', Georgia, serif; }",
        ".kicker { margin: 0; font-size: .8rem; color: " + MUTED_TEXT + "; }",
        "table.matrix td, table.matrix th { padding: .2rem .35rem; }",
        ".columns { display: grid; gap: 1.5rem; }",
        "article { border-top: 3px solid #1E1E1E; padding-top: .4rem; }",
        "article p { margin: 0 0 .8rem; }",
        "article p, table.wordings td.text { font-family: 'DejaVu Serif', Georgia, 'Noto Serif', serif; }",
        ".s { border-radius: 2px; padding: .05rem 0; -webkit-box-decoration-break: clone;"
        " box-decoration-break: clone; }",
        ".fig { font-weight: 700; text-decoration: underline; text-decoration-thickness: 2px;"
        " text-underline-offset: 2px; }",
        ".marker { color: " + PALETTE["discrepancy"]["ink"] + "; font-weight: 700; font-size: .75em; }",
        ".marker a { color: inherit; text-decoration: none; }",
        ".discrepancy { margin: 0 0 1.2rem; break-inside: avoid; }",
        "table.wordings { border-collapse: collapse; width: 100%; }",
        f"table.wordings td {{ padding: .35rem .5rem; border-bottom: 1px solid {RULE}; vertical-align: top; }}",
        "td.where { width: 12rem; font-size: .85rem; }",
        ".chip { display: inline-block; padding: 0 .45rem; border-radius: 3px; font-size: .85rem; }",
        ".badge { font-family: 'DejaVu Sans', Helvetica, Arial, sans-serif; font-size: .72em; font-weight: 700;"
        " white-space: nowrap; }",
        f".absent {{ color: {ABSENT_TEXT}; }}",
        ".wide { overflow-x: auto; } table.facts td { white-space: nowrap; } table.facts td:first-child"
        " { white-space: normal; min-width: 12rem; }",
        "details.single summary { cursor: pointer; font-weight: 600; margin: 1rem 0 .4rem; }",
        ".note { font-size: .8rem; }",
        f"footer {{ margin-top: 2rem; padding-top: .5rem; border-top: 1px solid {RULE}; font-size: .8rem; }}",
        ".warnings { color: " + PALETTE["discrepancy"]["ink"] + "; }",
        "@media print { body { margin: 0; max-width: none; font-size: 10pt; } .side-by-side, .discrepancies,"
        " .facts { break-before: page; } }",
    ]
    for status, colours in PALETTE.items():
        rules.append(f".s.{status} {{ background: {colours['fill']}; }}")
        rules.append(f".s.{status} .chg {{ background: {colours['strong']}; }}")
    rules.append(f".s.boilerplate {{ color: {MUTED_TEXT}; }}")
    for status, ink in FIGURE_INK.items():
        line = FIGURE_LINE.get(status, "dotted")
        rules.append(f".fig.{_fig_class(status)} {{ text-decoration-color: {ink}; text-decoration-style: {line}; }}")
        rules.append(f".chip.{_fig_class(status)} {{ background: {FACT_CHIP[status]}; }}")
        rules.append(f".badge.{_fig_class(status)} {{ color: {ink}; }}")
    return "\n" + "\n".join(rules) + "\n"
