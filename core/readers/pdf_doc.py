"""PDF -> article text with pypdf (BSD, pure Python; PyMuPDF is AGPL, not for an MIT app).

pypdf gives each page's text as lines in reading order. From those lines this module rebuilds the article:
running headers and footers (a line at the top or bottom of most pages, page numbers masked) and bare page
numbers are dropped, a word hyphenated at a line end is joined again, and lines are joined into paragraphs (a
line clearly shorter than the page's typical line ends its paragraph). An encrypted PDF that opens with the
empty password is read; otherwise it is "password-protected". A PDF with no text at all is a scan.
"""

from __future__ import annotations

import io
import re
from collections import Counter

from . import Extracted, ReaderError, library_version

MAX_PAGES = 300  # a news article is 1-10 pages; a 300-page report is not one, and pypdf reads ~20 pages/s
EDGE_LINES = 2  # lines looked at, at the top and the bottom of each page, for running headers and footers
RUNNING_SHARE = 0.5  # a top/bottom line seen on at least this share of the pages (and two) is furniture
SHORT_LINE_SHARE = 0.8  # a line shorter than this share of the typical line ends its paragraph
MAX_PAGE_NUMBER_LINE = 40  # longer lines are never taken for a page number
_PAGE_NUMBER = re.compile(r"[\s\-–—]*(?:page|p\.|seite|página)?\s*\d{1,4}(?:\s*(?:of|/|von|de)\s*\d{1,4})?[\s\-–—]*",
                          re.IGNORECASE)  # fmt: skip
_DIGITS = re.compile(r"\d+")
_HYPHENATED = re.compile(r"[^\W\d_]-$")  # a letter then a hyphen at the line end ("govern-")


def read_pdf(data: bytes) -> Extracted:
    """The article text of a PDF; ReaderError for encrypted, image-only, damaged or oversized documents."""
    try:
        from pypdf import PdfReader
        from pypdf.errors import PdfReadError
    except ImportError:  # pragma: no cover - a broken install
        raise ReaderError("needs pypdf, which is not installed") from None
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted and not _opens_without_password(reader):
            raise ReaderError("is password-protected; save an unprotected copy to compare it")
        if len(reader.pages) > MAX_PAGES:
            raise ReaderError(f"has {len(reader.pages)} pages; ReportDiff reads PDFs of up to {MAX_PAGES} pages")
        pages = [page.extract_text() or "" for page in reader.pages]
        title = ""
        if reader.metadata is not None and reader.metadata.title:
            title = str(reader.metadata.title).strip()
    except ReaderError:
        raise
    except PdfReadError as exc:
        raise ReaderError(f"is not a readable PDF ({exc})") from None
    except Exception as exc:  # pypdf on a damaged or hostile file: one line, never a traceback
        raise ReaderError(f"is not a readable PDF ({type(exc).__name__})") from None
    if not any(page.strip() for page in pages):
        raise ReaderError("has no text layer (a scanned image?); run text recognition (OCR) on it first")
    text = pdf_text([page.split("\n") for page in pages])
    return Extracted(text, title if _plausible_title(title) else "", library_version("pypdf"))


def _opens_without_password(reader: object) -> bool:
    try:
        return bool(reader.decrypt(""))  # type: ignore[attr-defined]
    except Exception:  # AES without the optional crypto library, or a broken encryption dictionary
        return False


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
    typical = lengths[int(0.9 * (len(lengths) - 1))]  # 90th percentile: a full line of the column
    paragraphs: list[str] = []
    parts: list[str] = []  # the current paragraph's lines and separators, joined once: linear on any input
    for line in lines:
        last = parts[-1] if parts else ""
        if last.endswith("-") and _HYPHENATED.search(last[-2:]) and line[:1].islower():
            parts[-1] = last[:-1]  # "govern-" + "ment" -> "government"
        elif parts:
            parts.append(" ")
        parts.append(line)
        if len(line) < SHORT_LINE_SHARE * typical and not line.endswith("-"):
            paragraphs.append("".join(parts))
            parts = []
    if parts:
        paragraphs.append("".join(parts))
    return "\n\n".join(paragraphs)
