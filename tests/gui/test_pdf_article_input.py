"""A PDF article as a newsroom makes one (printed to PDF by a Qt program, as by a browser or a word processor)
reads as the same words as the text it was printed from: no TAB between words, no ligature characters ("ﬁ"),
and the comparison links the same sentences as the plain-text original (core/readers/pdf_doc.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

from reportdiff.core.compare import compare_files
from reportdiff.core.load import load_article

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
REUTERS = SEEDS / "reuters-syria-airstrikes.txt"
CNEWS = SEEDS / "cnews-live-syria-airstrikes.txt"


def print_to_pdf(text: str, path: Path) -> Path:
    """``text`` laid out by Qt on A4 pages and written as a PDF (Qt sets each word with its own positioning,
    and its fonts join "fi" into one ligature glyph)."""
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    document = QTextDocument()
    document.setPlainText(text)
    document.print_(writer)
    del writer  # the file is finished when the writer goes
    return path


def test_a_printed_article_reads_as_the_words_it_was_printed_from(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = REUTERS.read_text(encoding="utf-8")
    article = load_article(print_to_pdf(text, tmp_path / "reuters.pdf"))
    assert "\t" not in article.text
    assert not any(0xFB00 <= ord(c) <= 0xFB06 for c in article.text)
    assert article.text.split() == load_article(REUTERS).text.split()


def test_a_printed_article_links_like_its_text(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    pdf = print_to_pdf(REUTERS.read_text(encoding="utf-8"), tmp_path / "reuters.pdf")
    from_text = compare_files([REUTERS, CNEWS])
    from_pdf = compare_files([pdf, CNEWS])
    def sentences(report):  # type: ignore[no-untyped-def]
        article = report.articles[0]
        return [" ".join(article.text[s.start : s.end].split()) for s in article.sentences]

    assert sentences(from_pdf) == sentences(from_text)
    assert len(from_pdf.links) == len(from_text.links)
    assert [f.status for f in from_pdf.facts] == [f.status for f in from_text.facts]


def test_a_printed_article_keeps_its_headline_byline_and_paragraphs(qapp, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """Paragraphs set apart by a blank line's space are paragraphs, whatever their lines' lengths: a headline that
    fills most of a line ran into the byline ("... burst their banks By Maria Lopez" was the article's title), and
    paragraphs whose last line happened to be long ran together."""
    headline = "Flooding kills 23 in northern province as rivers burst their banks, officials say"
    paragraphs = [headline, "By Maria Lopez", *REUTERS.read_text(encoding="utf-8").split("\n")]
    paragraphs = [p.strip() for p in paragraphs if p.strip()]
    article = load_article(print_to_pdf("\n\n".join(paragraphs), tmp_path / "floods.pdf"))
    assert article.title == headline
    assert [" ".join(p.split()) for p in article.text.split("\n\n")] == paragraphs
