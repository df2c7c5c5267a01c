"""Format readers: the bytes or text of one document -> its article text, title and how it was extracted.

One module per format (html_page, markdown_doc, docx_doc, odt_doc, pdf_doc, rtf_doc); ``core/load.py`` picks the
reader and analyses the result. A reader raises ``ReaderError`` with the reason in words; the loader adds the file name.
Readers never fetch anything over the network, never run a script, and never import Qt.
"""

from __future__ import annotations

from dataclasses import dataclass


class ReaderError(ValueError):
    """The document cannot be read; the message completes "<file> ..." ("is password-protected")."""


# What to do about a damaged document, by format: said in words a reader of the message can act on. A library's
# exception name ("(KeyError)", "(XMLSyntaxError)") told a journalist nothing (session 27).
REMEDIES = {
    "Word document": "open it in Word and save it again, or copy its text",
    "OpenDocument text": "open it in LibreOffice or Word and save it again, or copy its text",
    "PDF": "open it and save or print it as a PDF again, or copy its text",
    "saved page or e-mail": "save the page or the message again, or copy its text",
    "RTF document": "open it and save it again, or copy its text",
}


def damaged(what: str) -> ReaderError:
    """The error for a document of kind ``what`` (a key of REMEDIES) that its library could not read."""
    return ReaderError(f"is not a readable {what}: part of it is damaged or missing; {REMEDIES[what]}")


@dataclass(frozen=True)
class Extracted:
    """A reader's result: text with a blank line between paragraphs, the document's own title (may be empty),
    the extractor that produced it ("trafilatura 2.3.1"), notes for the article's origin, and the name of the
    site that published it when the document says (a web page's og:site_name; may be empty), and whether the title
    is the headline the document prints (then it beats the first line as the article's title)."""

    text: str
    title: str = ""
    extractor: str = ""
    notes: tuple[str, ...] = ()
    site: str = ""
    title_printed: bool = False  # the title is the headline as the document prints it (a PDF's largest type)


def library_version(name: str) -> str:
    """``name`` and its installed version, for an origin's extractor field."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"{name} {version(name)}"
    except PackageNotFoundError:
        return name
