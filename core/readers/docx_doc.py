"""Word (.docx) -> article text with python-docx: body paragraphs and table rows in document order, the first
Title or Heading paragraph as the title.

python-docx (MIT) rather than mammoth (BSD, docx -> HTML): we need paragraphs and their style names, not HTML we
would parse again. A .docx is a zip: before python-docx inflates anything, the archive's declared sizes are
checked against named bounds (Python's zipfile never inflates a member past its declared size), so a zip bomb is
refused instead of filling memory. python-docx's XML parser resolves no external entities.
"""

from __future__ import annotations

import io
import zipfile

from . import Extracted, ReaderError, library_version

# A long article's document.xml is ~200 KB; with styles, numbering and embedded fonts a real .docx inflates to a
# few MB. These bounds are ~10x beyond what Word writes for a news article.
MAX_MEMBERS = 2000  # files inside the archive
MAX_MEMBER_BYTES = 50_000_000  # one inflated member (a large embedded image)
MAX_TOTAL_BYTES = 200_000_000  # all members inflated together
MAX_RATIO = 200  # inflated / compressed size of one member; XML compresses ~10x, a bomb ~1000x
RATIO_FLOOR_BYTES = 1_000_000  # below this inflated size the ratio is not checked (tiny members compress oddly)


def check_zip(data: bytes) -> None:
    """Raise ReaderError when the archive is not a zip or would inflate past the bounds."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise ReaderError(f"is not a valid Word document (damaged archive: {exc})") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ReaderError(f"holds {len(infos)} files; a Word document that large is refused (a zip bomb?)")
        total = 0
        for info in infos:
            total += info.file_size
            ratio_bad = info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1)
            if info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES or ratio_bad:
                raise ReaderError(
                    f"would inflate to more than {max(total, info.file_size) / 1e6:.0f} MB; refused (a zip bomb?)"
                )


def read_docx(data: bytes) -> Extracted:
    """The paragraphs of a .docx in order; headings become paragraphs of their own, the first one the title."""
    check_zip(data)
    try:
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:  # pragma: no cover - a broken install
        raise ReaderError("needs python-docx, which is not installed") from None
    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs: list[str] = []
        title = ""
        for block in document.iter_inner_content():
            if isinstance(block, Paragraph):
                text = block.text.strip()
                style = (block.style.name if block.style is not None else "") or ""
                if text and not title and (style == "Title" or style.startswith("Heading")):
                    title = text
                if text:
                    paragraphs.append(text)
            elif isinstance(block, Table):
                for row in block.rows:
                    cells = [cell.text.strip() for cell in row.cells]
                    if any(cells):
                        paragraphs.append(" | ".join(dict.fromkeys(c for c in cells if c)))  # merged cells repeat
        title = title or (document.core_properties.title or "").strip()
    except ReaderError:
        raise
    except Exception as exc:  # python-docx and lxml on a damaged or hostile file: one line, never a traceback
        raise ReaderError(f"is not a readable Word document ({type(exc).__name__})") from None
    return Extracted("\n\n".join(paragraphs), title, library_version("python-docx"))
