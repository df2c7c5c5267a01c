"""Format readers: the bytes or text of one document -> its article text, title and how it was extracted.

One module per format (html_page, markdown_doc, docx_doc, odt_doc, pdf_doc, rtf_doc); ``core/load.py`` picks the
reader and analyses the result. A reader raises ``ReaderError`` with the reason in words; the loader adds the file name.
Readers never fetch anything over the network, never run a script, and never import Qt.
"""

from __future__ import annotations

from dataclasses import dataclass


class ReaderError(ValueError):
    """The document cannot be read; the message completes "<file> ..." ("is password-protected")."""


@dataclass(frozen=True)
class Extracted:
    """A reader's result: text with a blank line between paragraphs, the document's own title (may be empty),
    the extractor that produced it ("trafilatura 2.3.1"), notes for the article's origin, and the name of the
    site that published it when the document says (a web page's og:site_name; may be empty)."""

    text: str
    title: str = ""
    extractor: str = ""
    notes: tuple[str, ...] = ()
    site: str = ""


def library_version(name: str) -> str:
    """``name`` and its installed version, for an origin's extractor field."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"{name} {version(name)}"
    except PackageNotFoundError:
        return name
