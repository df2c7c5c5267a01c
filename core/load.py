"""Load one article file: bytes -> normalised text, title, source name, dateline, paragraphs and boilerplate.

Formats: plain text and Markdown now, simple HTML (paragraph text of <p>/<h1>-<h6>/<li>); other formats are
refused with a clear message. The text is normalised once (newlines to ``\\n``, Unicode NFC, BOM dropped) and
every offset the engine produces indexes into that normalised text, which is kept in the report, so the GUI
and exports can draw it exactly as loaded. This module never imports Qt.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

from .errors import InputError

# An article longer than this is not a news report (the longest wire stories are ~100 KB); refusing early keeps
# a stray 20 MB log file from freezing the comparison.
MAX_BYTES = 2_000_000
# More than this share of control characters in the decoded text means the file was binary, whatever decoded.
MAX_CONTROL_SHARE = 0.01
# A first line longer than this, or one ending in sentence punctuation, is body text, not a headline.
MAX_HEADLINE_CHARS = 200
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
REFUSED_SUFFIXES = {
    ".pdf": "PDF",
    ".docx": "Word",
    ".doc": "Word",
    ".odt": "OpenDocument",
    ".rtf": "RTF",
}

# Furniture that every outlet prints around the story: comment policies, rights lines, share prompts, credit
# lines. Matched against a whole paragraph (case-insensitive); such paragraphs stay in the text but are marked
# so they neither align nor count as unique content.
BOILERPLATE_PATTERNS = [
    r".*\bcomments? (posted|policy|section)\b.*",
    r".*\brefrain from\b.*\bcomments?\b.*",
    r".*\ball rights reserved\b.*",
    r"(copyright\s*(©|\(c\))?\s*\d{4}|©|\(c\)\s*\d{4}).{0,80}",  # a year or the sign: not "Copyright lawyers said"
    # prompts, as whole words: "Subscribe to our newsletter", not "Subscribers lost service"
    r"(click here|sign up|subscribe|follow us|share this|read more|related:|advertisement|listen to this)\b.{0,120}",
    r"\(?(reporting|writing|editing|additional reporting) by\b.{0,200}",
    r".{0,80}\bcontributed to this (report|story)\.?",
    r"(photo|image|video|file photo|raw video|watch|watch video)( credit)?:.{0,150}",
]
# A credit line is often wrapped in brackets: "(© 2016 KHOU)", "(Photo: Courtesy)".
_BOILERPLATE_RE = re.compile(r"[(\[]?(?:" + "|".join(f"(?:{p})" for p in BOILERPLATE_PATTERNS) + ")", re.IGNORECASE)
# A byline or agency tag alone on its line: "REUTERS", "(AP)", "By Jane Doe", "AFP / Staff".
_BYLINE_RE = re.compile(
    r"^\(?(?:[A-Z][A-Z&.\-]{1,20}(?:\s*/\s*[A-Z][A-Za-z.\-]+)?|By\s+[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,3})\)?\s*$"
)
# A dateline opening the first paragraph: "Amman:", "WASHINGTON (Reuters) -", "BEIRUT, Dec 2 (AFP) —".
_DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z.'\-]+(?:\s[A-Z][A-Za-z.'\-]+){0,3})"
    r"(?P<date>,\s*[A-Z][a-z]{2,8}\.?\s*\d{0,2})?"
    r"(?:\s*\((?P<agency>[A-Za-z .&]{2,30})\))?"
    r"\s*(?P<sep>:|\s[-–—]{1,2})\s+"
)


@dataclass(frozen=True)
class LoadedArticle:
    """A loaded, normalised article before comparison. Spans are (start, end) offsets into ``text``."""

    path: str
    text: str
    title: str
    source: str
    encoding: str
    paragraphs: tuple[tuple[int, int], ...]
    boilerplate: tuple[tuple[int, int], ...] = ()
    dateline: str | None = None
    dateline_span: tuple[int, int] | None = None
    title_span: tuple[int, int] | None = None


def decode(data: bytes) -> tuple[str, str]:
    """Bytes -> (text, encoding name). UTF-8 (with or without BOM), UTF-16 (BOM or NUL-pattern), else cp1252,
    else latin-1. Hand-written rather than charset-normalizer: on short texts a statistical guesser picks
    cp1250 or mac-roman for plain cp1252 news text, and these four cover what news files are really in."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace"), "utf-16"
    sample = data[:4000]
    if len(sample) >= 4 and sample.count(0) >= len(sample) // 4:
        # UTF-16 without a BOM: ASCII letters leave a NUL in every other byte.
        even_nuls = sample[0::2].count(0)
        odd_nuls = sample[1::2].count(0)
        if odd_nuls > even_nuls * 4:
            return data.decode("utf-16-le", errors="replace"), "utf-16-le"
        if even_nuls > odd_nuls * 4:
            return data.decode("utf-16-be", errors="replace"), "utf-16-be"
        raise ValueError("binary")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def normalise(text: str) -> str:
    """Newlines to ``\\n``, Unicode NFC, no BOM, no trailing spaces on lines, no NUL; paragraphs untouched."""
    text = text.replace("\ufeff", "").replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n\n").replace("\u00a0", " ")
    text = unicodedata.normalize("NFC", text)
    return "\n".join(line.rstrip() for line in text.split("\n")).strip("\n")


class _HTMLText(HTMLParser):
    """Collect the readable paragraphs of an HTML page; skip scripts, styles, navigation and forms."""

    BLOCKS: ClassVar[set[str]] = {
        "p",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "blockquote",
        "div",
        "br",
        "tr",
        "article",
    }
    SKIP: ClassVar[set[str]] = {
        "script",
        "style",
        "nav",
        "header",
        "footer",
        "aside",
        "form",
        "noscript",
        "svg",
        "figure",
        "button",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.SKIP:
            self._skip += 1
        elif tag == "title":
            self._in_title = True
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self._skip:
            self._skip -= 1
        elif tag == "title":
            self._in_title = False
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data
        elif not self._skip:
            self.parts.append(re.sub(r"\s+", " ", data))

    def text(self) -> str:
        raw = "".join(self.parts)
        paragraphs = [p.strip() for p in re.split(r"\n\s*\n", raw)]
        return "\n\n".join(p for p in paragraphs if p)


def html_to_text(markup: str) -> tuple[str, str]:
    """HTML -> (readable text with blank lines between paragraphs, <title>)."""
    parser = _HTMLText()
    parser.feed(markup)
    parser.close()
    return parser.text(), parser.title.strip()  # convert_charrefs already unescaped it


_MD_RULES = [
    (re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t]*#*[ \t]*$", re.M), r"\1"),  # ATX headings
    (re.compile(r"^[ \t]{0,3}>[ \t]?", re.M), ""),  # block quotes
    (re.compile(r"^[ \t]*(?:[-*+]|\d+[.)])[ \t]+", re.M), ""),  # list markers
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), ""),  # images
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # links keep their text
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])"), r"\1"),  # italics
    (re.compile(r"^[ \t]{0,3}(?:[-*_][ \t]*){3,}$", re.M), ""),  # horizontal rules
]


def markdown_to_text(markup: str) -> str:
    """Markdown -> plain text: markers dropped, link texts kept, paragraphs as they were."""
    for pattern, replacement in _MD_RULES:
        markup = pattern.sub(replacement, markup)
    return markup


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans. With blank lines in the text, blocks between them are paragraphs (single newlines are
    soft wraps); with none, every line is a paragraph (wire copy often puts one paragraph on each line)."""
    spans: list[tuple[int, int]] = []
    separator = r"\n[ \t]*\n+" if re.search(r"\n[ \t]*\n", text) else r"\n+"
    pos = 0
    for match in re.finditer(separator, text):
        if text[pos : match.start()].strip():
            spans.append(_strip_span(text, pos, match.start()))
        pos = match.end()
    if text[pos:].strip():
        spans.append(_strip_span(text, pos, len(text)))
    return spans


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _squash(s: str) -> str:
    return re.sub(r"\W+", " ", s).strip().lower()


def _looks_like_headline(line: str) -> bool:
    stripped = line.strip()
    return (
        not _BYLINE_RE.match(stripped)  # "By Jane Doe" opens many articles: a byline, not a title
        and 0 < len(stripped) <= MAX_HEADLINE_CHARS
        and not stripped.endswith((".", ":", ";", ",", "”", '"'))
        and len(stripped.split()) >= 3
    )


def analyse(path: str, text: str, encoding: str, html_title: str = "") -> LoadedArticle:
    """Find paragraphs, title, repeated headline, dateline, boilerplate and a source name in normalised text."""
    paragraphs = split_paragraphs(text)
    boilerplate: list[tuple[int, int]] = []
    title = ""
    title_span = None
    source = ""
    if paragraphs:
        first = text[paragraphs[0][0] : paragraphs[0][1]]
        if _looks_like_headline(first):
            title, title_span = first.strip(), paragraphs[0]
            # A headline printed twice (page title + article heading) counts once.
            for span in paragraphs[1:3]:
                if _squash(text[span[0] : span[1]]) == _squash(first):
                    boilerplate.append(span)
    for span in paragraphs:
        para = text[span[0] : span[1]].strip()
        if span in boilerplate or span == title_span:
            continue
        if _BOILERPLATE_RE.fullmatch(para):
            boilerplate.append(span)
        elif _BYLINE_RE.match(para) and len(para) <= 40:
            boilerplate.append(span)
            tag = re.sub(r"[()]", "", para).strip()
            if not source and tag.isupper() and len(tag.split()) <= 3:
                # The first agency tag names the source; one word is title-cased ("REUTERS" -> "Reuters"),
                # abbreviations and names of several words stay as printed ("AP", "BBC NEWS").
                source = tag.title() if len(tag) > 4 and " " not in tag else tag
    dateline = None
    dateline_span = None
    furniture = set(boilerplate)
    body = [p for p in paragraphs if p not in furniture and p != title_span]
    if body:
        first_body = text[body[0][0] : body[0][1]]
        match = _DATELINE_RE.match(first_body)
        # "Amman:" is a dateline; with a dash it takes a capitalised place, an agency or a date ("WASHINGTON -",
        # "Paris (AFP) -"), so that "Donald Trump — the president — said" is not one.
        dash_ok = bool(match) and (
            match.group("sep") == ":"
            or match.group("place").isupper()
            or bool(match.group("agency") or match.group("date"))
        )
        if match and dash_ok and len(match.group("place").split()) <= 4:
            dateline = match.group(0).strip(" :-–—")
            dateline_span = (body[0][0], body[0][0] + match.end())
            if match.group("agency") and not source:
                source = match.group("agency").strip()
    if not title:
        title = html_title.strip()
    if not title:
        lead = text[body[0][0] : body[0][1]] if body else text
        lead = lead[dateline_span[1] - body[0][0] :] if dateline_span and body else lead
        first_sentence = re.split(r"(?<=[.!?])\s", lead.strip(), maxsplit=1)[0]
        title = first_sentence if len(first_sentence) <= 90 else first_sentence[:87].rsplit(" ", 1)[0] + "…"
    if not source:
        source = Path(path).stem
    return LoadedArticle(
        path=path,
        text=text,
        title=title,
        source=source,
        encoding=encoding,
        paragraphs=tuple(paragraphs),
        boilerplate=tuple(sorted(boilerplate)),
        dateline=dateline,
        dateline_span=dateline_span,
        title_span=title_span,
    )


def load_text(text: str, name: str = "article.txt", encoding: str = "utf-8") -> LoadedArticle:
    """An article from a string already in memory (tests, pasted text). Raises InputError when empty."""
    text = normalise(text)
    if not text.strip():
        raise InputError(f"{name} is empty", name)
    return analyse(name, text, encoding)


def load_article(path: str | Path) -> LoadedArticle:
    """Read and analyse one article file; raise InputError with a one-line message naming the file."""
    p = Path(path)
    name = str(path)
    if not p.exists():
        raise InputError(f"{name}: no such file", name)
    if p.is_dir():
        raise InputError(f"{name} is a folder, not an article", name)
    suffix = p.suffix.lower()
    if suffix in REFUSED_SUFFIXES:
        raise InputError(f"{name}: {REFUSED_SUFFIXES[suffix]} files are not supported yet; save it as text", name)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise InputError(
                f"{name} is {size / 1e6:.1f} MB; ReportDiff compares articles up to {MAX_BYTES / 1e6:.0f} MB", name
            )
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})", name) from exc
    if not data.strip():
        raise InputError(f"{name} is empty", name)
    if data.startswith((b"%PDF", b"PK\x03\x04", b"\x7fELF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff")):
        raise InputError(f"{name} is not a text file (binary data)", name)
    try:
        text, encoding = decode(data)
    except ValueError:
        raise InputError(f"{name} is not a text file (binary data)", name) from None
    controls = sum(1 for ch in text if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f")
    if controls > max(2, len(text) * MAX_CONTROL_SHARE):
        raise InputError(f"{name} is not a text file (binary data)", name)
    html_title = ""
    if suffix in HTML_SUFFIXES or (suffix not in TEXT_SUFFIXES and re.match(r"\s*<(!doctype|html)", text, re.I)):
        text, html_title = html_to_text(text)
    elif suffix in MARKDOWN_SUFFIXES:
        text = markdown_to_text(normalise(text))
    text = normalise(text)
    if not text.strip():
        raise InputError(f"{name} has no readable text", name)
    return analyse(name, text, encoding, html_title)
