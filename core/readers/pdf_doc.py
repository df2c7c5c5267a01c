"""PDF -> article text with PDFium, the PDF engine of Chromium, through pypdfium2 (BSD/Apache; PyMuPDF is AGPL,
not for an MIT app).

PDFium was measured against pypdf (the reader before) and pdfminer.six on articles printed to PDF two ways: by
Qt's PDF writer, pypdf and pdfminer give a TAB between every word and keep the ligatures (ﬁ ﬂ ﬀ) as single
characters (the seeds' linked pairs fell from 17 to 12); by groff and Ghostscript, pypdf glues and splits words
("knowthe", "No vember 27", "beganin2011") and pdfminer is right. PDFium reads the seed article right from both
but for one word pair, and is 10 to 20 times faster than either (15-36 ms a file instead of 28-313 ms with pypdf);
on other groff + Ghostscript output it still glues some words ("Wehav e neverseen", review-s22), where poppler's
pdftotext splits them: PDFium infers spaces from glyph gaps, which that pipeline keeps narrow. A compound word
hyphenated at a line end ("low-" / "lying") is joined without its hyphen, as any hyphenated word is.
PDFium gives each page's text as lines in reading order. From those lines this module rebuilds the article:
running headers and footers (a line at the top or bottom of most pages, page numbers masked) and bare page
numbers are dropped, a word hyphenated at a line end is joined again, and lines are joined into paragraphs (a
line clearly shorter than the page's typical line ends its paragraph). An encrypted PDF that opens with the
empty password is read; otherwise it is "password-protected". A PDF with no text at all is a scan. Whatever
the PDF's producer wrote, tabs become spaces and typographic ligatures their letters, as the text of any other
format has them.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from . import Extracted, ReaderError, library_version

MAX_PAGES = 300  # a news article is 1-10 pages; a 300-page report is not one
EDGE_LINES = 2  # lines looked at, at the top and the bottom of each page, for running headers and footers
RUNNING_SHARE = 0.5  # a top/bottom line seen on at least this share of the pages (and two) is furniture
# A line shorter than SHORT_LINE_SHARE of the typical line ends its paragraph when it ends a sentence; one without
# a sentence's end only when it is shorter than HEADING_LINE_SHARE and the next line starts with a capital (a
# headline, a subhead). Ragged-right text (Qt's, a browser's, a word processor's PDF) wraps lines of 70-90% of the
# longest: the plain rule "short ends the paragraph" cut the seeds' Reuters article, printed by Qt, at 12 lines
# mid-sentence ("killing at least 25 | people including 10 children"), 27 sentences instead of 15 and 24 links
# instead of 17 (tests/gui/test_pdf_article_input.py); now 15 and 17, as from its text.
SHORT_LINE_SHARE = 0.8
HEADING_LINE_SHARE = 0.6
MAX_PAGE_NUMBER_LINE = 40  # longer lines are never taken for a page number
_PAGE_NUMBER = re.compile(r"[\s\-–—]*(?:page|p\.|seite|página)?\s*\d{1,4}(?:\s*(?:of|/|von|de)\s*\d{1,4})?[\s\-–—]*",
                          re.IGNORECASE)  # fmt: skip
_DIGITS = re.compile(r"\d+")
_HYPHENATED = re.compile(r"[^\W\d_]-$")  # a letter then a hyphen at the line end ("govern-")
_SENTENCE_END = re.compile(r"[.!?…:;]['\"’”»)\]]*$")  # "closed." "said: " "over.”"
# Typographic ligatures (U+FB00-FB06) as the letters they join (their NFKC forms), tabs as spaces, and PDFium's
# mark of a word hyphenated at a line end (U+FFFE, where it joins the two halves: "Mon\ufffeday") taken out, as
# pdf_text joins a hyphenated word that another reader leaves split over two lines.
_PLAIN = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                        "\ufb05": "st", "\ufb06": "st", "\t": " ", "\ufffe": ""})  # fmt: skip


def read_pdf(data: bytes) -> Extracted:
    """The article text of a PDF; ReaderError for encrypted, image-only, damaged or oversized documents."""
    try:
        import pypdfium2 as pdfium
    except ImportError:  # pragma: no cover - a broken install
        raise ReaderError("needs pypdfium2, which is not installed") from None
    try:
        document = pdfium.PdfDocument(data)  # an empty user password is tried when the file is encrypted
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium.raw.FPDF_ERR_PASSWORD:
            raise ReaderError("is password-protected; save an unprotected copy to compare it") from None
        raise ReaderError("is not a readable PDF (it is damaged or not a PDF)") from None
    except Exception as exc:  # a hostile file: one line, never a traceback
        raise ReaderError(f"is not a readable PDF ({type(exc).__name__})") from None
    try:
        if len(document) > MAX_PAGES:
            raise ReaderError(f"has {len(document)} pages; ReportDiff reads PDFs of up to {MAX_PAGES} pages")
        pages = [_page_text(document, k) for k in range(len(document))]
        title = str(document.get_metadata_dict().get("Title") or "").strip()
    except ReaderError:
        raise
    except Exception as exc:  # a damaged page or text layer: one line, never a traceback
        raise ReaderError(f"is not a readable PDF ({type(exc).__name__})") from None
    finally:
        document.close()
    if not any(page.strip() for page in pages):
        raise ReaderError("has no text layer (a scanned image?); run text recognition (OCR) on it first")
    text = pdf_text([page.translate(_PLAIN).splitlines() for page in pages])
    return Extracted(text, title if _plausible_title(title) else "", library_version("pypdfium2"))


def _page_text(document: Any, index: int) -> str:
    """Page ``index``'s text, its lines ending in CR LF, PDFium's objects closed at once (not left to the
    collector: their memory is PDFium's, not Python's)."""
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            return str(textpage.get_text_range())
        finally:
            textpage.close()
    finally:
        page.close()


def _plausible_title(title: str) -> bool:
    # Word processors write "Microsoft Word - draft3.docx" or "Untitled" as the title.
    lowered = title.lower()
    return 3 <= len(title) <= 200 and not lowered.startswith(("microsoft word", "untitled")) and "." not in title[-5:]


def _mask(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.split()).lower())


def _is_page_number(line: str) -> bool:
    return len(line) <= MAX_PAGE_NUMBER_LINE and _PAGE_NUMBER.fullmatch(line) is not None


def drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Each page's lines without running headers/footers and bare page numbers at the top or bottom."""
    pages = [[line.strip() for line in page if line.strip()] for page in pages]
    edge_counts: Counter[str] = Counter()
    for lines in pages:
        edges = set(lines[:EDGE_LINES]) | set(lines[-EDGE_LINES:])
        edge_counts.update({_mask(line) for line in edges})
    need = max(2, RUNNING_SHARE * len(pages))
    kept: list[list[str]] = []
    for lines in pages:
        n = len(lines)
        out = []
        for k, line in enumerate(lines):
            at_edge = k < EDGE_LINES or k >= n - EDGE_LINES
            if at_edge and (_is_page_number(line) or (len(pages) > 1 and edge_counts[_mask(line)] >= need)):
                continue
            out.append(line)
        kept.append(out)
    return kept


def pdf_text(pages: list[list[str]]) -> str:
    """Page lines -> article text: running lines dropped, hyphenation undone, lines joined into paragraphs."""
    lines = [line for page in drop_running_lines(pages) for line in page]
    if not lines:
        return ""
    lengths = sorted(len(line) for line in lines)
    # The median line: a full line of the column where most lines are. Not a high percentile: PDFium joins some
    # visual lines of a ragged-right PDF into one (Qt's: 10 of 19 lines at 97-101 characters, 7 at 130-277), and a
    # typical line inflated so makes every full line look short.
    typical = lengths[len(lengths) // 2]
    paragraphs: list[str] = []
    parts: list[str] = []  # the current paragraph's lines and separators, joined once: linear on any input
    for k, line in enumerate(lines):
        last = parts[-1] if parts else ""
        if last.endswith("-") and _HYPHENATED.search(last[-2:]) and line[:1].islower():
            parts[-1] = last[:-1]  # "govern-" + "ment" -> "government"
        elif parts:
            parts.append(" ")
        parts.append(line)
        if _ends_paragraph(line, lines[k + 1] if k + 1 < len(lines) else "", typical):
            paragraphs.append("".join(parts))
            parts = []
    if parts:
        paragraphs.append("".join(parts))
    return "\n\n".join(paragraphs)


def _ends_paragraph(line: str, following: str, typical: int) -> bool:
    """Whether ``line`` ends its paragraph: a short line ending a sentence, or a shorter one before a capital."""
    if line.endswith("-") or len(line) >= SHORT_LINE_SHARE * typical:
        return False
    if _SENTENCE_END.search(line):
        return True
    return len(line) < HEADING_LINE_SHARE * typical and following[:1].isupper()
