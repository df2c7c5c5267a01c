"""Test documents made on the spot: PDFs written byte by byte, Word files through python-docx, RTF by hand.

Nothing here comes from elsewhere: every fixture is generated, so a reviewer can read what each one holds.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from reportdiff.core.model import Fact, Report


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(
    pages: list[list[str]] | list[list[str | tuple[str, float]]],
    title: str | None = None,
    image_only: bool = False,
    word_gap: int | None = None,
) -> bytes:
    """A PDF with one text line per entry, top to bottom, in Helvetica 11 pt on US Letter pages; with
    ``image_only`` the pages hold only a filled rectangle (a scan has no text layer either). With ``word_gap``
    (thousandths of an em) each line is set as a typesetter sets justified text (groff, through Ghostscript): no
    space characters between words, each word moved that far from the last; and a "|" in a line is a space
    character the typesetter writes and then moves back over, so no gap shows ("hav|e" is seen as "have"). A line
    given as (text, size) is set in that size (points), 1.3 times its size below the line before, as a page's header
    line, headline and byline are."""
    objects: list[bytes] = []
    page_ids = []
    font_id = 3
    # object numbers: 1 catalog, 2 pages, 3 font, then (page, content) pairs, then info
    for k in range(len(pages)):
        page_ids.append(4 + 2 * k)
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    kids = " ".join(f"{p} 0 R" for p in page_ids)
    objects.append(f"<< /Type /Pages /Kids [{kids}] /Count {len(pages)} >>".encode())
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    for k, lines in enumerate(pages):
        if image_only:
            stream = b"0.5 g 72 72 400 600 re f"
        else:
            ops = ["BT", "/F1 11 Tf", "14 TL", "72 740 Td"]
            sized = any(isinstance(line, tuple) for line in lines)
            for line in lines:
                if sized:  # each line moved down by its own size first, so a large line overlaps none
                    text, size = line if isinstance(line, tuple) else (line, 11)
                    ops.append(f"/F1 {size:g} Tf {size * 1.3:.1f} TL T* {_shown(text, word_gap)}")
                    continue
                ops.append(f"{_shown(line, word_gap)} T*")
            ops.append("ET")
            stream = "\n".join(ops).encode("cp1252")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 {font_id} 0 R >> >> "
            f"/Contents {5 + 2 * k} 0 R >>".encode()
        )
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    info_ref = b""
    if title is not None:
        objects.append(f"<< /Title ({_escape(title)}) >>".encode())
        info_ref = f" /Info {len(objects)} 0 R".encode()
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R" % (len(objects) + 1) + info_ref + b" >>\n")
    out.write(b"startxref\n%d\n%%%%EOF\n" % xref)
    return out.getvalue()


def _shown(line: str, word_gap: int | None) -> str:
    """The text-showing operator for ``line`` (see make_pdf)."""
    if word_gap is None:
        return f"({_escape(line)}) Tj"
    space = 278  # Helvetica's space, thousandths of an em
    parts: list[str] = []
    for n, word in enumerate(line.split()):
        if n:
            parts.append(str(-word_gap))  # a negative adjustment moves the next glyph right
        for m, piece in enumerate(word.split("|")):
            if m:
                parts.append(f"( ) {space}")  # a space glyph, then back by its width
            parts.append(f"({_escape(piece)})")
    return "[" + " ".join(parts) + "] TJ"


def encrypt_pdf(data: bytes, password: str) -> bytes:
    """``data`` encrypted with RC4-128 (needs no optional crypto library) and a user password."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=password, owner_password="owner", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def make_docx(path: Path, title: str, paragraphs: list[str], table: list[list[str]] | None = None) -> Path:
    """A Word document: a Title paragraph, body paragraphs, then an optional table."""
    import docx

    document = docx.Document()
    document.add_paragraph(title, style="Title")
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                grid.cell(r, c).text = cell
    document.save(str(path))
    return path


RTF = (
    r"{\rtf1\ansi\deff0{\fonttbl{\f0 Times New Roman;}}"
    "\n"
    r"{\pard\b Flood toll rises to twelve in the north\b0\par}"
    "\n"
    r"{\pard At least 12 people died in floods, police said on Monday. "
    r"Caf\'e9 owners said \ldblquote it is over\rdblquote .\par}"
    "\n"
    r"{\pard Roads were closed \u8212? schools shut.\par}"
    "\n}"
)


def make_docx_xml(path: Path, body: str) -> Path:
    """A Word document whose body is the WordprocessingML ``body`` (python-docx's template declares the w, mc, v and
    wps prefixes): content controls, tracked changes, text boxes as Word writes them."""
    import re
    import zipfile

    import docx

    docx.Document().save(str(path))
    with zipfile.ZipFile(path) as archive:
        files = {name: archive.read(name) for name in archive.namelist()}
    xml = files["word/document.xml"].decode()
    xml = re.sub(r"<w:body>.*</w:body>", lambda _: f"<w:body>{body}</w:body>", xml, flags=re.S)
    files["word/document.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def compare_texts(folder: Path, texts: dict[str, str]) -> Report:
    """The report of comparing ``texts`` (file name -> article text), each written as a UTF-8 file in ``folder``."""
    from reportdiff.core.compare import compare_files

    paths = []
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
        paths.append(str(folder / name))
    return compare_files(paths)


def age_facts(report: Report) -> list[Fact]:
    """The facts of ``report`` whose figures are ages."""
    return [fact for fact in report.facts if report.figures[fact.figures[0]].unit.startswith("age")]


def fact_rows(folder: Path, texts: Sequence[str]) -> list[tuple[str, str, int]]:
    """(label, status, number of figures) of each fact of comparing ``texts`` (articles ``0.txt``, ``1.txt``, ...),
    sorted."""
    report = compare_texts(folder, {f"{k}.txt": text for k, text in enumerate(texts)})
    return sorted((fact.label, fact.status, len(fact.figures)) for fact in report.facts)


_ODT_NS = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
    'xmlns:xlink="http://www.w3.org/1999/xlink" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
)


def make_odt(path: Path, body: str, title: str = "", automatic_styles: str = "", encrypted: bool = False) -> Path:
    """An OpenDocument text as LibreOffice lays it out: the ``mimetype`` member first and stored, then content.xml
    whose ``office:text`` holds ``body`` (ODF XML, the prefixes of _ODT_NS declared), meta.xml with ``title``, and
    the manifest (declaring encryption with ``encrypted``, as a password-protected file's does)."""
    import zipfile

    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODT_NS} office:version="1.3">'
               f"<office:automatic-styles>{automatic_styles}</office:automatic-styles>"
               f"<office:body><office:text>{body}</office:text></office:body></office:document-content>")
    meta = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-meta {_ODT_NS} office:version="1.3">'
            f"<office:meta><dc:title>{title}</dc:title></office:meta></office:document-meta>")
    crypt = '<manifest:encryption-data manifest:checksum-type="SHA1/1K"/>' if encrypted else ""
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
                f'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">{crypt}'
                "</manifest:file-entry></manifest:manifest>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text",
                         compress_type=zipfile.ZIP_STORED)
        archive.writestr("content.xml", content)
        archive.writestr("meta.xml", meta)
        archive.writestr("META-INF/manifest.xml", manifest)
    return path


def print_pdf(
    path: Path,
    headline: str,
    paragraphs: list[str],
    header: tuple[str, ...] = ("", "", ""),
    footer: tuple[str, ...] = ("", "", ""),
    headline_pt: float = 20,
    edge_pt: float = 7,
) -> int:
    """An article printed to PDF as a browser prints a page, with Qt's PDF writer: the headline in bold at
    ``headline_pt`` over the paragraphs in 11 pt, on US Letter pages, and on every page a header and a footer drawn
    along the page's edges in ``edge_pt``: (left, centre, right), "{page}" and "{pages}" filled in ("Page 1 of 2").
    The header and the footer are drawn before the text, as a browser does. Returns the number of pages."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt
    from PySide6.QtGui import QFont, QPageSize, QPainter, QPdfWriter, QTextDocument
    from PySide6.QtWidgets import QApplication

    _app = QApplication.instance() or QApplication([])
    writer = QPdfWriter(str(path))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.Letter))
    writer.setResolution(96)
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    doc = QTextDocument()
    doc.setDefaultFont(QFont("DejaVu Sans", 11))
    story = "".join(f"<p>{p}</p>" for p in paragraphs)
    doc.setHtml(f"<p style='font-size:{headline_pt}pt'><b>{headline}</b></p>{story}")
    width, height, margin = writer.width(), writer.height(), 60
    body = QRectF(margin, margin, width - 2 * margin, height - 2 * margin)
    doc.setPageSize(QSizeF(body.width(), body.height()))
    pages = doc.pageCount()
    painter = QPainter(writer)
    aligns = (Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignHCenter, Qt.AlignmentFlag.AlignRight)
    for k in range(pages):
        if k:
            writer.newPage()
        painter.setFont(QFont("DejaVu Sans", edge_pt))
        for items, top in ((header, 15), (footer, height - 35)):
            for item, align in zip(items, aligns, strict=True):
                if item:
                    painter.drawText(QRectF(20, top, width - 40, 20), align, item.format(page=k + 1, pages=pages))
        painter.save()
        painter.translate(body.left(), body.top() - k * body.height())
        doc.drawContents(painter, QRectF(0, k * body.height(), body.width(), body.height()))
        painter.restore()
    painter.end()
    return pages
