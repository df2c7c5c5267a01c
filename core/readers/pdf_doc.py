"""PDF -> article text with PDFium, the PDF engine of Chromium, through pypdfium2 (BSD/Apache; PyMuPDF is AGPL,
not for an MIT app).

PDFium was measured against pypdf (the reader before) and pdfminer.six on articles printed to PDF two ways: by
Qt's PDF writer, pypdf and pdfminer give a TAB between every word and keep the ligatures (ﬁ ﬂ ﬀ) as single
characters (the seeds' linked pairs fell from 17 to 12); by groff and Ghostscript, pypdf glues and splits words
("knowthe", "No vember 27", "beganin2011") and pdfminer is right. PDFium is 10 to 20 times faster than either (15-36
ms a file instead of 28-313 ms with pypdf), but its own spacing glued words of groff + Ghostscript output too
("Wehav e neverseen", "Monday.The": 15-17 words an article, review-s22), so words are spaced here by where PDFium
says their glyphs stand (``_spaced_by_position``, ~6 ms more a file): on 13 PDFs of three articles (Qt,
LibreOffice ragged and justified, one and two columns, groff) every word is as in the text printed, but for a
compound hyphenated at a line end of justified text with no other spelling of it ("low-lying"), footnote marks
and footnotes, and a one-page document's header.

PDFium gives each page's text in reading order. From its lines this module rebuilds the article: running headers
and footers (a line at the top, or at the bottom, of most pages, page numbers masked) and bare page numbers are
dropped, a word hyphenated at a line end is joined again (a compound's own hyphen kept: readers/hyphens.py), and lines
are joined into paragraphs (a line clearly shorter than the page's typical line ends its paragraph). An encrypted
PDF that opens with the empty password is read; otherwise it is "password-protected". A PDF with no text at all is
a scan. Whatever the PDF's producer wrote, tabs become spaces and typographic ligatures their letters, as the text
of any other format has them.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from . import Extracted, ReaderError, damaged, library_version
from .hyphens import Spellings

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
# Two glyphs of a line stand in two words when the gap between their loose boxes exceeds this share of the line's
# height (ascent to descent, about 1.2 em). Within a word loose boxes touch (kerning moves them by 0.01-0.05 em);
# between words the gap is a space, 0.2-0.3 em even in a tightly justified line. groff + Ghostscript output of
# review-s22's article: letters 0.00-0.03 of the height apart, words 0.21-0.25; PDFium's own spacing glued 15
# words there ("Wehav e neverseen").
WORD_GAP = 0.1
# Where the text changes size (a label or a superscript beside body text) PDFium's space, if it has one, stands:
# the gap rule measures one size of text (ReportDiff's own PDF sets a small "D1" label 0.08 em after a full stop).
SIZE_CHANGE = 0.8
# A line ends its paragraph where the next line's text is of another size (a headline, a byline, a caption: tallest
# glyphs under LINE_SIZE_CHANGE of the other line's) or stands more than PARAGRAPH_GAP line heights lower (a blank
# line's space between paragraphs). PDFium's lines carry no such mark, and by their lengths alone a headline that
# fills most of the line ran into the byline ("... burst their banks By Maria Lopez" as the title).
LINE_SIZE_CHANGE = 0.85
PARAGRAPH_GAP = 1.6
PARAGRAPH_END = "\ue000"  # a private-use character, at the end of a line that ends its paragraph
# Lines set flush right (a justified column, where typesetters hyphenate words at line ends): at least this share
# of the lines end within JUSTIFIED_TOLERANCE points of the commonest right end. Ragged-right PDFs of review-s22's
# article and the seeds (Qt, LibreOffice from text and left-aligned): 0.07-0.16; justified (groff, LibreOffice
# justified, one or two columns): 0.39-0.95. Under JUSTIFIED_MIN_LINES lines there is no telling (justified assumed,
# the rule before).
JUSTIFIED_SHARE = 0.3
JUSTIFIED_TOLERANCE = 1.5
JUSTIFIED_MIN_LINES = 6
MAX_PAGE_NUMBER_LINE = 40  # longer lines are never taken for a page number
# The headline is the first page's largest type: lines at least HEADLINE_SIZE times the body's height (the median line
# height of the document), among the first HEADLINE_MAX_LINE lines of page 1, of at least HEADLINE_MIN_WORDS words
# when any is (a masthead in still larger type, "The Chardon Courier", is shorter). A one-page PDF has no running
# header to drop, and its header line (a site's name and a date, or a browser's date and page title, in small type)
# was taken for the title (review-s26): the printed headline is the title instead, and what stands above it is the
# page's furniture (core/load.py).
HEADLINE_SIZE = 1.3
HEADLINE_MAX_LINE = 15
HEADLINE_MIN_WORDS = 4
_PAGE_NUMBER = re.compile(r"[\s\-–—]*(?:page|p\.|seite|página)?\s*\d{1,4}(?:\s*(?:of|/|von|de)\s*\d{1,4})?[\s\-–—]*",
                          re.IGNORECASE)  # fmt: skip
_DIGITS = re.compile(r"\d+")
_LETTERS = re.compile(r"[^\W\d_]{2}")
_CLOSED_DASH = re.compile(r"\w[—–]$")  # a dash set close to its word ("al-Sham—" / "an"): no space after it either
_SENTENCE_END = re.compile(r"[.!?…:;]['\"’”»)\]]*$")  # "closed." "said: " "over.”"
# Typographic ligatures (U+FB00-FB06) as the letters they join (their NFKC forms), tabs as spaces, and PDFium's
# mark of a word hyphenated at a line end (U+FFFE, where it joins the two halves: "Mon\ufffeday") made the hyphen
# and the line end it stands for, as
# pdf_text joins a hyphenated word that another reader leaves split over two lines.
_PLAIN = str.maketrans({"\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                        "\ufb05": "st", "\ufb06": "st", "\t": " ", "\ufffe": "-\n"})  # fmt: skip


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
        raise damaged("PDF") from None
    except Exception:  # a hostile file: one line, never a traceback
        raise damaged("PDF") from None
    try:
        if len(document) > MAX_PAGES:
            raise ReaderError(f"has {len(document)} pages; ReportDiff reads PDFs of up to {MAX_PAGES} pages")
        read = [_page_text(document, k) for k in range(len(document))]
        title = str(document.get_metadata_dict().get("Title") or "").strip()
    except ReaderError:
        raise
    except Exception:  # a damaged page or text layer: one line, never a traceback
        raise damaged("PDF") from None
    finally:
        document.close()
    pages = [text for text, _, _ in read]
    if not any(page.strip() for page in pages):
        raise ReaderError("has no text layer (a scanned image?); run text recognition (OCR) on it first")
    ends = [end for _, page_ends, _ in read for end in page_ends]
    text = pdf_text([page.translate(_PLAIN).splitlines() for page in pages], justified=_justified(ends))
    heights = sorted(height for _, _, page_heights in read for height in page_heights)
    printed = headline(read[0][0].split("\r\n"), read[0][2], heights[len(heights) // 2]) if heights else ""
    if printed:
        return Extracted(text, printed, library_version("pypdfium2"), title_printed=True)
    return Extracted(text, title if _plausible_title(title) else "", library_version("pypdfium2"))


def headline(lines: list[str], heights: list[float], body: float) -> str:
    """The headline of a page whose lines (PDFium's, each with its tallest glyph's height) are ``lines`` and
    ``heights``: the largest type among its first lines (see HEADLINE_SIZE), its lines joined; "" when no line
    stands out from the body's ``body`` height."""
    runs: list[tuple[float, list[str]]] = []  # consecutive lines of one size: (height, lines)
    open_run = False  # the line before began or continued a run and did not end its paragraph
    for line, height in zip(lines[:HEADLINE_MAX_LINE], heights[:HEADLINE_MAX_LINE], strict=False):
        if height < HEADLINE_SIZE * body:
            open_run = False
            continue
        clean = line.removesuffix(PARAGRAPH_END).translate(_PLAIN).strip()
        if open_run and abs(runs[-1][0] - height) <= 0.05 * height:
            runs[-1][1].append(clean)
        else:
            runs.append((height, [clean]))
        open_run = not line.endswith(PARAGRAPH_END)
    texts = [(height, " ".join(" ".join(run).split())) for height, run in runs]
    texts = [(height, text) for height, text in texts if len(text.split()) >= 2 and _LETTERS.search(text)]
    long = [(height, text) for height, text in texts if len(text.split()) >= HEADLINE_MIN_WORDS]
    return max(long or texts, key=lambda run: run[0], default=(0.0, ""))[1]


def _page_text(document: Any, index: int) -> tuple[str, list[float], list[float]]:
    """Page ``index``'s text, its lines ending in CR LF, PDFium's objects closed at once (not left to the
    collector: their memory is PDFium's, not Python's). Words are spaced by where their glyphs stand
    (``_spaced_by_position``), which also gives the right end of each line; PDFium's own text, and no line ends,
    where the page gives no usable positions."""
    page = document[index]
    try:
        textpage = page.get_textpage()
        try:
            return _spaced_by_position(textpage) or (str(textpage.get_text_range()), [], [])
        finally:
            textpage.close()
    finally:
        page.close()


def _spaced_by_position(textpage: Any) -> tuple[str, list[float], list[float]] | None:
    """The page's characters in PDFium's reading order, with a space wherever two glyphs of a line stand apart by
    more than WORD_GAP of the text's height and nowhere else: the space characters a PDF holds, and the ones PDFium
    adds, are ignored, because some producers write them where no gap is ("Wehav e neverseen" from groff and
    Ghostscript, which set each word by its position). Glyph boxes are PDFium's loose boxes (the font's advance and
    ascent to descent), so letters of a word touch whatever their shapes, in either writing direction. Lines end
    where PDFium ends them, and where the next glyph stands on another line; a line followed by text of another size
    or after a blank line's space ends with PARAGRAPH_END. With the text, the right end of each line (where its last
    glyph ends). None when the page has text off the horizontal or glyphs without a box: then PDFium's own spacing
    is kept."""
    import pypdfium2.raw as raw

    box = raw.FS_RECTF()
    lines: list[str] = []
    shapes: list[tuple[float, float, float]] = []  # each line's right end, bottom and tallest glyph
    chars: list[str] = []  # the current line's
    right = bottom = tall = 0.0
    previous: tuple[float, float, float, float] | None = None  # left, right, bottom, top of the line's last glyph
    spaced = False  # PDFium has a space since the last glyph

    def end_line() -> None:
        nonlocal chars, previous
        if chars:
            lines.append("".join(chars))
            shapes.append((right, bottom, tall))
        chars, previous = [], None

    for k in range(raw.FPDFText_CountChars(textpage)):
        char = chr(raw.FPDFText_GetUnicode(textpage, k))
        if char in "\r\n":
            end_line()
            continue
        if char.isspace() or char == "\x00":
            spaced = True
            continue
        if char == "\x02":  # PDFium's mark of a hyphen at a line end (U+FFFE in its text): the line ends there
            if chars:
                chars.append("-")
                if raw.FPDFText_GetLooseCharBox(textpage, k, box):
                    right = max(right, box.right)
            end_line()
            continue
        if not raw.FPDFText_GetLooseCharBox(textpage, k, box) or abs(raw.FPDFText_GetCharAngle(textpage, k)) > 0.01:
            return None
        left, top = box.left, box.top
        height = top - box.bottom
        if height <= 0:
            return None
        if previous is not None:
            p_left, p_right, p_bottom, p_top = previous
            p_height = p_top - p_bottom
            if box.bottom >= p_top or top <= p_bottom:
                end_line()  # PDFium runs some visual lines together (Qt's ragged-right lines)
            elif (spaced and min(height, p_height) < SIZE_CHANGE * max(height, p_height)) or max(
                left - p_right, p_left - box.right  # the gap between the boxes, either direction
            ) > WORD_GAP * max(height, p_height):
                chars.append(" ")
        if not chars:
            right, bottom, tall = box.right, box.bottom, height
        right, bottom, tall = max(right, box.right), min(bottom, box.bottom), max(tall, height)
        chars.append(char)
        previous = (left, box.right, box.bottom, top)
        spaced = False
    end_line()
    for k in range(1, len(lines)):
        (_, above, above_tall), (_, below, below_tall) = shapes[k - 1], shapes[k]
        resized = min(above_tall, below_tall) < LINE_SIZE_CHANGE * max(above_tall, below_tall)
        if resized or above - below > PARAGRAPH_GAP * max(above_tall, below_tall):
            lines[k - 1] += PARAGRAPH_END
    return "\r\n".join(lines), [shape[0] for shape in shapes], [shape[2] for shape in shapes]


def _plausible_title(title: str) -> bool:
    # Word processors write "Microsoft Word - draft3.docx" or "Untitled" as the title.
    lowered = title.lower()
    return 3 <= len(title) <= 200 and not lowered.startswith(("microsoft word", "untitled")) and "." not in title[-5:]


def _mask(line: str) -> str:
    return _DIGITS.sub("#", " ".join(line.removesuffix(PARAGRAPH_END).split()).lower())


def _is_page_number(line: str) -> bool:
    return len(line) <= MAX_PAGE_NUMBER_LINE and _PAGE_NUMBER.fullmatch(line) is not None


def drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Each page's lines without running headers/footers and bare page numbers at the top or bottom. A running
    line keeps to its edge: one seen at the top of most pages is a header, at the bottom a footer. A line at the
    bottom of one page and the top of the next is the line Qt's PDF writer draws on both sides of a page break
    (one copy hidden by the margin): it is kept once."""
    pages = [[line.strip() for line in page if line.strip()] for page in pages]
    tops: Counter[str] = Counter()
    bottoms: Counter[str] = Counter()
    for lines in pages:
        tops.update({_mask(line) for line in lines[:EDGE_LINES]})
        bottoms.update({_mask(line) for line in lines[-EDGE_LINES:]})
    need = max(2, RUNNING_SHARE * len(pages))
    kept: list[list[str]] = []
    for index, lines in enumerate(pages):
        n = len(lines)
        out = []
        for k, line in enumerate(lines):
            at_top, at_bottom = k < EDGE_LINES, k >= n - EDGE_LINES
            if (at_top or at_bottom) and _is_page_number(line.removesuffix(PARAGRAPH_END)):
                continue
            running = (at_top and tops[_mask(line)] >= need) or (at_bottom and bottoms[_mask(line)] >= need)
            if running and len(pages) > 1:
                continue
            out.append(line)
        if index and out and kept[-1] and _mask(out[0]) == _mask(kept[-1][-1]):
            out = out[1:]  # the line across a page break, drawn on both pages
        kept.append(out)
    return kept


def _justified(ends: list[float]) -> bool:
    """Whether the lines whose right ends are ``ends`` are set justified (flush right), as typesetters that
    hyphenate words set them; True when there are too few lines to tell."""
    if len(ends) < JUSTIFIED_MIN_LINES:
        return True
    mode = Counter(round(end) for end in ends).most_common(1)[0][0]
    return sum(1 for end in ends if abs(end - mode) <= JUSTIFIED_TOLERANCE) >= JUSTIFIED_SHARE * len(ends)


def pdf_text(pages: list[list[str]], justified: bool = True) -> str:
    """Page lines -> article text: running lines dropped, hyphenation undone, lines joined into paragraphs.
    ``justified``: whether the lines are set flush right, as by typesetters that hyphenate words at line ends
    (``hyphens.Spellings``)."""
    marked = [line for page in drop_running_lines(pages) for line in page]
    if not marked:
        return ""
    lines = [line.removesuffix(PARAGRAPH_END) for line in marked]
    lengths = sorted(len(line) for line in lines)
    # The median line: a full line of the column where most lines are. Not a high percentile: PDFium joins some
    # visual lines of a ragged-right PDF into one (Qt's: 10 of 19 lines at 97-101 characters, 7 at 130-277), and a
    # typical line inflated so makes every full line look short.
    typical = lengths[len(lengths) // 2]
    paragraphs: list[str] = []
    parts: list[str] = []  # the current paragraph's lines and separators, joined once: linear on any input
    evidence = Spellings(lines, justified)
    for k, line in enumerate(lines):
        last = parts[-1] if parts else ""
        hyphen = evidence.line_end_hyphen(last, line) if last.endswith("-") else None
        if hyphen == "":
            parts[-1] = last[:-1]  # "govern-" + "ment" -> "government"
        elif hyphen is None and parts and not _CLOSED_DASH.search(last[-2:]):
            parts.append(" ")
        parts.append(line)
        ends = marked[k].endswith(PARAGRAPH_END) and not line.endswith("-")
        if ends or _ends_paragraph(line, lines[k + 1] if k + 1 < len(lines) else "", typical):
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
