"""Word (.docx) -> article text with python-docx: body paragraphs and table rows in document order, the first
Title or Heading paragraph as the title. The body's XML is walked here (python-docx's paragraphs and text leave out
content controls, in which templates put the headline and the body, and text inserted with Track Changes on, so a
toll changed from 17 to 19 read "has risen to , the coastguard said."): the text is what Word shows with the
changes accepted.

python-docx (MIT) rather than mammoth (BSD, docx -> HTML): we need paragraphs and their style names, not HTML we
would parse again. A .docx is a zip: before python-docx inflates anything, the archive's declared sizes are
checked against named bounds (Python's zipfile never inflates a member past its declared size), so a zip bomb is
refused instead of filling memory. python-docx's XML parser resolves no external entities.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

from . import REMEDIES, Extracted, ReaderError, damaged, library_version

# A long article's document.xml is ~200 KB; with styles, numbering and embedded fonts a real .docx inflates to a
# few MB. These bounds are ~10x beyond what Word writes for a news article.
MAX_MEMBERS = 2000  # files inside the archive
MAX_MEMBER_BYTES = 50_000_000  # one inflated member (a large embedded image)
MAX_TOTAL_BYTES = 200_000_000  # all members inflated together
MAX_RATIO = 200  # inflated / compressed size of one member; XML compresses ~10x, a bomb ~1000x
RATIO_FLOOR_BYTES = 1_000_000  # below this inflated size the ratio is not checked (tiny members compress oddly)


def check_zip(data: bytes, kind: str = "Word document") -> None:
    """Raise ReaderError when the archive is not a zip or would inflate past the bounds; ``kind`` names the format
    in the message (the OpenDocument reader checks its archives here too)."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise ReaderError(f"is not a valid {kind}: its archive is damaged; {REMEDIES[kind]}") from None
    with archive:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise ReaderError(f"holds {len(infos)} files; a {kind} that large is refused (a zip bomb?)")
        total = 0
        for info in infos:
            total += info.file_size
            ratio_bad = info.file_size > RATIO_FLOOR_BYTES and info.file_size > MAX_RATIO * max(info.compress_size, 1)
            if info.file_size > MAX_MEMBER_BYTES or total > MAX_TOTAL_BYTES or ratio_bad:
                raise ReaderError(
                    f"would inflate to more than {max(total, info.file_size) / 1e6:.0f} MB; refused (a zip bomb?)"
                )


# WordprocessingML names (the main namespace; markup compatibility for alternative content).
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Text a paragraph shows: its runs' text, tabs, breaks and non-breaking hyphens, in document order. Not shown:
# what Track Changes deleted or moved away (the text reads as with the changes accepted, as Word's "Simple
# Markup" shows it), text boxes (drawn apart from the paragraph: their own paragraphs, once), a drawing's fallback
# copy for old readers, and field instructions.
_SHOWN = {_W + "t": None, _W + "tab": " ", _W + "br": " ", _W + "cr": " ", _W + "noBreakHyphen": "-"}
_HIDDEN = {_W + "del", _W + "moveFrom", _W + "txbxContent", _MC + "Fallback", _W + "instrText", _W + "delText",
           _W + "pPr", _W + "rPr"}  # the last two: properties (a paragraph's tab stops are w:tab too)


def read_docx(data: bytes) -> Extracted:
    """The paragraphs of a .docx in order; headings become paragraphs of their own, the first one the title.
    Paragraphs inside content controls (templates put a headline and a body in them) and text boxes are read
    too; tracked changes are read as accepted."""
    check_zip(data)
    try:
        import docx
    except ImportError:  # pragma: no cover - a broken install
        raise ReaderError("needs python-docx, which is not installed") from None
    try:
        document = docx.Document(io.BytesIO(data))
        styles = {style.style_id: style.name or "" for style in document.styles}
        paragraphs: list[str] = []
        title = ""
        for kind, text, style_id in _blocks(document.element.body):
            if kind == "p" and text and not title:
                style = styles.get(style_id, "")
                if style == "Title" or style.startswith("Heading"):
                    title = text
            if text:
                paragraphs.append(text)
        title = title or (document.core_properties.title or "").strip()
    except ReaderError:
        raise
    except Exception:  # python-docx and lxml on a damaged or hostile file: one line, never a traceback
        raise damaged("Word document") from None
    return Extracted("\n\n".join(paragraphs), title, library_version("python-docx"))


def _blocks(container: Any) -> Iterator[tuple[str, str, str]]:
    """("p", text, style id) for each paragraph and ("row", text, "") for each table row under ``container``
    (the body, a content control's content, a cell, a text box), in document order."""
    for child in container:
        tag = child.tag
        if tag == _W + "p":
            style = child.find(f"{_W}pPr/{_W}pStyle")
            yield "p", _paragraph_text(child), style.get(_W + "val", "") if style is not None else ""
            for box in _text_boxes(child):
                yield from _blocks(box)
        elif tag == _W + "tbl":
            for row in child.iterfind(_W + "tr"):
                cells = [" ".join(text for _, text, _ in _blocks(cell) if text) for cell in row.iterfind(_W + "tc")]
                if any(cells):
                    yield "row", " | ".join(dict.fromkeys(c for c in cells if c)), ""
        elif tag in (_W + "sdt", _W + "customXml", _W + "ins", _W + "moveTo"):  # content controls, tracked blocks
            content = child.find(_W + "sdtContent") if tag == _W + "sdt" else child
            if content is not None:
                yield from _blocks(content)


def _paragraph_text(paragraph: Any) -> str:
    """What the paragraph shows (``_SHOWN``, minus ``_HIDDEN``), its spaces squeezed."""
    parts: list[str] = []
    stack = [iter(paragraph)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        tag = child.tag
        if not isinstance(tag, str) or tag in _HIDDEN:
            continue
        if tag in _SHOWN:
            shown = _SHOWN[tag]
            parts.append(shown if shown is not None else str(child.text or ""))
        else:
            stack.append(iter(child))
    return " ".join("".join(parts).split())


def _text_boxes(paragraph: Any) -> list[Any]:
    """The text boxes anchored in a paragraph, each once (its drawing's fallback copy is left out)."""
    return [box for box in paragraph.iter(_W + "txbxContent")
            if not any(a.tag == _MC + "Fallback" for a in box.iterancestors())]  # fmt: skip
