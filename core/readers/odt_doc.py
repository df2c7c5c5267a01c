"""OpenDocument text (.odt: LibreOffice, OpenOffice, Google Docs' and Word's "Save as ODT") -> the article's
paragraphs and title, read with the standard library alone.

An .odt is a zip whose ``content.xml`` holds the text (ISO/IEC 26300): paragraphs (``text:p``), headings
(``text:h``), lists, tables, sections and text boxes, in reading order. Python's zipfile and ElementTree read it;
no library is needed (odfdo, the maintained one, would add lxml-based layers over the same walk, for one member
read once). The archive is checked against the Word reader's zip-bomb bounds before anything is inflated
(``docx_doc.check_zip``), and ElementTree's parser (expat 2.4 and later) refuses entity expansion attacks and fetches
no external entity. An encrypted document ("Save with password") is told by its manifest and refused in words.

What a reader sees is what is read: the text of spans, links and fields; a tab, a line break or a run of spaces
(``text:s``) as one space. Not read: footnotes and endnotes (``text:note``: apart from the sentence that cites
them), comments (``office:annotation``), what Track Changes deleted (kept apart in ``text:tracked-changes``; the
text reads as with the changes accepted), a table of contents or an index (generated from the headings), and
drawings' shapes. A text box's paragraphs are paragraphs of their own, after the paragraph it is anchored in.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from . import Extracted, ReaderError, damaged
from .docx_doc import check_zip

_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"
_STYLE = "{urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
_SVG = "{urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0}"
_DC = "{http://purl.org/dc/elements/1.1/}"
MIMETYPE = b"application/vnd.oasis.opendocument.text"  # also the prefix of a template's (-template)

# Elements whose text is never read (see the module's docstring).
_HIDDEN = frozenset({
    _TEXT + "note", _OFFICE + "annotation", _OFFICE + "annotation-end", _TEXT + "tracked-changes",
    _TEXT + "table-of-content", _TEXT + "alphabetical-index", _TEXT + "illustration-index", _TEXT + "table-index",
    _TEXT + "object-index", _TEXT + "user-index", _TEXT + "bibliography", _TEXT + "sequence-decls",
    _TEXT + "variable-decls", _TEXT + "user-field-decls", _OFFICE + "forms", _DRAW + "image",
    _SVG + "title", _SVG + "desc",  # a picture's alternative text and description
})  # fmt: skip
# Inside a paragraph, elements that stand for white space.
_SPACES = {_TEXT + "s": " ", _TEXT + "tab": " ", _TEXT + "line-break": " "}
_PARAGRAPHS = (_TEXT + "p", _TEXT + "h")


def read_odt(data: bytes) -> Extracted:
    """The paragraphs of an .odt in reading order; its title is the first heading or "Title" paragraph, else the
    document's own title (meta.xml). ReaderError for a damaged, encrypted or hostile file."""
    check_zip(data, "OpenDocument text")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "META-INF/manifest.xml" in names and b"encryption-data" in archive.read("META-INF/manifest.xml"):
                raise ReaderError("is password-protected; save an unprotected copy to compare it")
            if "content.xml" not in names:
                raise ReaderError("is not a valid OpenDocument text (no content.xml inside)")
            content = archive.read("content.xml")
            meta = archive.read("meta.xml") if "meta.xml" in names else b""
    except ReaderError:
        raise
    except Exception:  # a damaged member (bad CRC, truncated): one line, never a traceback
        raise damaged("OpenDocument text") from None
    import xml.etree.ElementTree as ET  # here: a plain-text comparison never pays for it

    try:
        root = ET.fromstring(content)
        body = root.find(f"{_OFFICE}body/{_OFFICE}text")
        if body is None:
            raise ReaderError("is not an OpenDocument text (no text body: a spreadsheet or a presentation?)")
        titled = _title_styles(root)
        paragraphs: list[str] = []
        title = ""
        for element, text in _blocks(body):
            if not text:
                continue
            if not title and (element.tag == _TEXT + "h" or element.get(_TEXT + "style-name") in titled):
                title = text
            paragraphs.append(text)
        if not title and meta:
            title = " ".join((ET.fromstring(meta).findtext(f"{_OFFICE}meta/{_DC}title") or "").split())
    except ReaderError:
        raise
    except Exception:  # expat on a damaged or hostile file (entity expansion, bad XML): one line
        raise damaged("OpenDocument text") from None
    return Extracted("\n\n".join(paragraphs), title, "OpenDocument reader (Python's zipfile and ElementTree)")


def _title_styles(root: Any) -> set[str]:
    """The paragraph style names that are the "Title" style or automatic styles derived from it ("P1" over
    "Title"), as LibreOffice writes a title someone formatted by hand."""
    titled = {"Title"}
    styles = root.find(f"{_OFFICE}automatic-styles")
    if styles is not None:
        for style in styles.iter(_STYLE + "style"):
            if style.get(_STYLE + "parent-style-name") == "Title":
                titled.add(style.get(_STYLE + "name") or "Title")
    return titled


def _blocks(container: Any) -> Iterator[tuple[Any, str]]:
    """(element, text) for each paragraph or heading under ``container`` in reading order, and one ("row") per table
    row with its cells' texts joined by " | "; lists, sections and text boxes are walked into. Iterative: a hostile
    nesting depth cannot overflow Python's stack."""
    stack = [iter(container)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        tag = child.tag
        if not isinstance(tag, str) or tag in _HIDDEN:
            continue
        if tag in _PARAGRAPHS:
            text, boxes = _paragraph_text(child)
            yield child, text
            for box in reversed(boxes):  # walked next, in order, before the paragraph's siblings
                stack.append(iter(box))
        elif tag == _TABLE + "table-row":
            cells = [" ".join(t for _, t in _blocks(cell) if t) for cell in child.iter(_TABLE + "table-cell")]
            if any(cells):
                yield child, " | ".join(dict.fromkeys(c for c in cells if c))
        else:  # a list, a list item, a section, a table's parts, a frame or a text box: its blocks in order
            stack.append(iter(child))


def _paragraph_text(paragraph: Any) -> tuple[str, list[Any]]:
    """What the paragraph shows, its spaces squeezed, and the text boxes anchored in it (read apart)."""
    parts: list[str] = [paragraph.text or ""]
    boxes: list[Any] = []
    stack: list[tuple[Any, Iterator[Any]]] = [(paragraph, iter(paragraph))]
    while stack:
        element, children = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if stack:  # the text after a closed element, inside its parent
                parts.append(element.tail or "")
            continue
        tag = child.tag
        if not isinstance(tag, str) or tag in _HIDDEN:
            parts.append(child.tail or "")
        elif tag in _SPACES:
            parts.append(_SPACES[tag])
            parts.append(child.tail or "")
        elif tag == _DRAW + "text-box":
            boxes.append(child)
            parts.append(child.tail or "")
        else:
            parts.append(child.text or "")
            stack.append((child, iter(child)))
    return " ".join("".join(parts).split()), boxes
