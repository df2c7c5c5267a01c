"""A web page saved as one file (.mhtml / .mht: Chrome's and Edge's "Webpage, Single File") or an e-mail (.eml, a
wire story forwarded by mail) -> article text, with Python's own ``email`` package.

Both are MIME messages: headers, then parts in quoted-printable or base64. Read as plain text they gave the raw
source ("From: <Saved by Blink>", "<html lang=3D"en">") as the article, with figures from the markup. Here the
message's main part is decoded and read as what it is: a saved page's HTML document through the web page reader
(readers/html_page.py), an e-mail's plain text (its HTML when it has no text part), the Subject as the title, less
"Fwd:" / "Re:". No Qt.
"""

from __future__ import annotations

import re

from . import Extracted, ReaderError, damaged

# A message's headers end within this many bytes (Blink writes ~300; mail servers' Received chains run to a few KB).
HEADER_BYTES = 65536
_HEADER_LINE = re.compile(rb"[A-Za-z][A-Za-z0-9-]*:[ \t]")
_MIME_MARK = re.compile(rb"^(?:mime-version|content-type)[ \t]*:", re.IGNORECASE | re.MULTILINE)
_REPLY_PREFIX = re.compile(r"^(?:\s*(?:re|fwd?|aw|wg|tr)\s*:\s*)+", re.IGNORECASE)


def looks_like_mime(data: bytes) -> bool:
    """Whether ``data`` starts as a MIME message: a header line first, and a MIME-Version or Content-Type header
    before the first blank line."""
    head = data[:HEADER_BYTES].lstrip(b"\xef\xbb\xbf")
    if not _HEADER_LINE.match(head):
        return False
    end = re.search(rb"\r?\n\r?\n", head)
    return _MIME_MARK.search(head[: end.start() if end else len(head)]) is not None


def read_mime(data: bytes, is_page: bool) -> Extracted:
    """The article of a saved page (``is_page``) or an e-mail."""
    import email  # here, not at the top: looks_like_mime is asked of every file loaded, mail or not
    import email.policy
    from email.message import EmailMessage

    try:
        message = email.message_from_bytes(data, policy=email.policy.default)
    except Exception:  # the parser is lenient; a hostile file still gets one line
        raise damaged("saved page or e-mail") from None
    if not isinstance(message, EmailMessage):  # pragma: no cover - the default policy makes EmailMessage
        raise damaged("saved page or e-mail")
    order = ("html",) if is_page else ("plain", "html")
    try:
        body = message.get_body(preferencelist=order)
        content = body.get_content() if body is not None else None
        subject = _REPLY_PREFIX.sub("", str(message.get("Subject", "") or "")).strip()
    except Exception:  # an unknown charset, a damaged part or header: one line, never a traceback
        raise damaged("saved page or e-mail") from None
    if body is None or not isinstance(content, str) or not content.strip():
        kind = "web page" if is_page else "text"
        raise ReaderError(f"holds no {kind} part to read")
    if body.get_content_subtype() == "html":
        from .html_page import read_html

        page = read_html(content)
        title = page.title or subject if is_page else subject or page.title
        return Extracted(page.text, title, page.extractor, page.notes, page.site)
    return Extracted(content, subject, "email (plain text part)")
