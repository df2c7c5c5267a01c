"""HTML and saved web pages -> the article: trafilatura's main-content extraction, our paragraph reader as the
fallback when it finds nothing.

Measured on trafilatura's 990 labelled test pages: our paragraph reader alone let in 53.6% of the page furniture
(menus, cookie notices, comment sections), trafilatura 9.7%, readability-lxml 11.1%. trafilatura works on the
markup it is given: it fetches nothing (no images, CSS or scripts; lxml's HTML parser has no network access) and
runs no script. Imported lazily: it takes ~0.4 s to import, which plain-text comparisons never pay.
"""

from __future__ import annotations

import re
from typing import Any

from . import Extracted, ReaderError, library_version

# libxml2 checks each attribute of a tag against the ones before it: a tag with n attributes costs n² (4,000
# attributes 0.08 s, 100,000 about a minute). Real pages stay far below this per tag; a longer one is refused.
MAX_ATTRIBUTES = 1000
# trafilatura's work is linear in the page's elements but heavy on degenerate pages (100,000 empty <p>: 25 s);
# a large real news page has 5,000-30,000 tags. Past this many, our (libxml2-only) reader takes the page alone.
MAX_TAGS_FOR_EXTRACTOR = 50_000
_TAG = re.compile(r"<[A-Za-z][^<>]*")  # a start tag up to its end (linear: one class, no nesting)

# A page is an article only if it holds at least MIN_ARTICLE_CHARS characters (not spaces) of text outside links
# and outside menus, scripts and the like (SKIP): a section front's headlines and menus are links, a "Please enable
# JavaScript" notice sits in <noscript>, and comparing either as an article's sentences fills the view with false
# "only here" statements. Counted in characters, not words or sentence ends: a Chinese, Japanese or Thai page has
# no spaces, a live blog's entries and a key-points list no final period, and all are articles. A one-sentence
# news alert ("Three people were killed in a shooting at Springfield Mall, police say.") is 60 characters.
MIN_ARTICLE_CHARS = 40
_SPACES = re.compile(r"\s+")
_BLANK_LINES = re.compile(r"\n\s*\n")


def check_markup(markup: str) -> None:
    """ReaderError for markup that would make the HTML parser quadratic (a tag with thousands of attributes)."""
    for tag in _TAG.finditer(markup):
        if tag.end() - tag.start() > 4 * MAX_ATTRIBUTES and markup.count("=", tag.start(), tag.end()) > MAX_ATTRIBUTES:
            raise ReaderError(f"is not a page ReportDiff can read (a tag with over {MAX_ATTRIBUTES} attributes)")


# A footnote or reference mark set as a superscript: a link to a note on the page ("<sup><a href="#fn1">1</a></sup>"),
# a bracketed number, a star or a dagger. Its text joined the word or number before it ("killing 17<sup>1</sup>
# people" read as 171 killed: review-s23 F31), so it is left out; any other superscript (km², 5th) stays as written.
_FOOTNOTE_MARK = re.compile(
    r"<sup\b[^>]*>\s*(?:<a\b[^>]*href\s*=\s*[\"']?#[^>]*>\s*[^<]{1,8}\s*</a>|\[\d{1,3}\]|[*†‡§]{1,3})\s*</sup>",
    re.IGNORECASE,
)


_GROUP_SPACE = re.compile(
    r"(?<=\d)(?:[\u00a0\u202f\u2009\u2007]|&nbsp;|&#160;|&#xa0;|&#8239;|&#x202f;|&thinsp;|&#8201;)(?=\d{3}(?!\d))",
    re.IGNORECASE,
)


def read_html(markup: str) -> Extracted:
    """The article of an HTML page; trafilatura first, then every paragraph of the page when it finds nothing."""
    check_markup(markup)
    if "<sup" in markup or "<SUP" in markup:
        markup = _FOOTNOTE_MARK.sub("", markup)
    # trafilatura makes every no-break, narrow or thin space a plain one, and "1&nbsp;200 passengers" became the
    # figures 1 and 200: digit groups so joined are written together ("1200"), the number the page prints
    markup = _GROUP_SPACE.sub("", markup)
    tags = markup.count("<")
    article = _trafilatura(markup) if tags <= MAX_TAGS_FOR_EXTRACTOR else None
    if article is not None:
        if article.text.strip() and _unlinked_chars(markup) < MIN_ARTICLE_CHARS:
            raise ReaderError(_NO_ARTICLE)
        return article
    text, title = html_to_text(markup)
    note = "trafilatura found no article; every paragraph kept"
    if tags > MAX_TAGS_FOR_EXTRACTOR:
        note = f"page of {tags} tags, too many for trafilatura; every paragraph kept"
    elif text.strip() and _unlinked_chars(markup) < MIN_ARTICLE_CHARS:
        raise ReaderError(_NO_ARTICLE)
    return Extracted(text, title, "ReportDiff paragraph reader", (note,))


_NO_ARTICLE = (
    "holds no article text, only menus and links (or a notice that the page needs JavaScript); "
    "open the article's own page and save it once it has loaded, or copy its text"
)


def _unlinked_chars(markup: str) -> int:
    """Characters (not spaces) of the page's text outside links and outside the elements html_to_text skips."""
    from lxml import etree

    root = _document(markup)
    if root is None:
        return 0
    count = 0
    skip = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else None
        hidden = tag is None or tag in SKIP or tag == "a"
        skip += hidden if event == "start" else -hidden
        text = element.text if event == "start" else element.tail
        if not skip and text:
            count += len(text) - sum(map(len, _SPACES.findall(text)))
    return count


def _trafilatura(markup: str) -> Extracted | None:
    try:
        import trafilatura
    except ImportError:  # an install without it still reads pages, with more furniture
        return None
    import logging  # here: trafilatura imports it anyway; a plain-text comparison skips it (~4 ms at every start)

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # its "empty HTML tree" chatter is ours to report
    logging.getLogger("htmldate").setLevel(logging.CRITICAL)
    try:
        doc = trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, include_images=False, deduplicate=False
        )
    except Exception:  # a library failing on hostile markup: fall back to our reader rather than fail the file
        return None
    if doc is None:
        return None
    keys = ("text", "title", "author", "date", "sitename")
    # a trafilatura Document (with __slots__), or a dict when asked for one
    fields: dict[str, object] = doc if isinstance(doc, dict) else {k: getattr(doc, k, None) for k in keys}
    text = str(fields.get("text") or "")
    if not text.strip():
        return None
    paragraphs = [line.strip() for line in text.split("\n") if line.strip()]
    notes = [f"{label}: {fields[key]}" for key, label in (("author", "byline"), ("date", "date"), ("sitename", "site"))
             if fields.get(key)]  # fmt: skip
    title = str(fields.get("title") or "").strip()
    site = str(fields.get("sitename") or "").strip()
    return Extracted("\n\n".join(paragraphs), title, library_version("trafilatura"), tuple(notes), site)


# Block elements: their text is a paragraph of its own.
BLOCKS = frozenset("p h1 h2 h3 h4 h5 h6 li blockquote div br tr article section td th dd dt pre".split())
# Elements whose text is never article text: code, styles, navigation, forms, captions.
SKIP = frozenset("script style nav header footer aside form noscript svg figure button title template iframe".split())
_XML_DECLARATION = re.compile(r"\s*<\?xml[^>]*>")


def _document(markup: str) -> Any:
    """The page parsed by lxml (an XML declaration before it dropped), or None when it holds nothing to parse."""
    from lxml import etree
    from lxml import html as lxml_html

    markup = _XML_DECLARATION.sub("", markup, count=1) if markup.lstrip().startswith("<?xml") else markup
    # libxml2 stops reading at 256 levels of tags, silently: a page nested deeper read as "no readable text" though
    # its paragraphs were there (review-s23). huge_tree takes it to 2,048 (lxml's HTML parser expands no entities,
    # so the limit it lifts guards nothing here); deeper still is refused in words (MAX_DEPTH_MESSAGE).
    parser = lxml_html.HTMLParser(huge_tree=True)
    try:
        root = lxml_html.document_fromstring(markup, parser=parser)
    except (etree.ParserError, ValueError):  # nothing but whitespace or comments
        return None
    if any("Excessive depth" in entry.message for entry in parser.error_log):
        root.set(_TOO_DEEP, "1")
    return root


_TOO_DEEP = "data-reportdiff-too-deep"  # marks a root whose parse stopped at the depth limit
MAX_DEPTH_MESSAGE = "is nested too deeply to read (over 2,048 levels of tags); save the article's text instead"


def html_to_text(markup: str) -> tuple[str, str]:
    """HTML -> (every paragraph's text with blank lines between them, <title>): the fallback reader.

    Parsed by lxml (libxml2), linear on malformed input; Python's html.parser is quadratic on runs of
    unclosed tags such as ``<a href='`` x2000 on Python 3.11 (CVE-2025-6069)."""
    from lxml import etree

    check_markup(markup)
    root = _document(markup)
    if root is None:
        return "", ""
    title = _SPACES.sub(" ", root.findtext(".//title") or "").strip()
    parts: list[str] = []
    skip = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else None  # comments and processing instructions
        hidden = tag is None or tag in SKIP
        if event == "start":
            if hidden:
                skip += 1
            else:
                if tag in BLOCKS:
                    parts.append("\n\n")
                if not skip and element.text:
                    parts.append(_SPACES.sub(" ", element.text))
        else:
            if hidden:
                skip -= 1
            elif tag in BLOCKS:
                parts.append("\n\n")
            if not skip and element.tail:
                parts.append(_SPACES.sub(" ", element.tail))
    paragraphs = [p.strip() for p in _BLANK_LINES.split("".join(parts))]
    text = "\n\n".join(p for p in paragraphs if p)
    if root.get(_TOO_DEEP) and len(text) < MIN_ARTICLE_CHARS:
        raise ReaderError(MAX_DEPTH_MESSAGE)
    return text, title
