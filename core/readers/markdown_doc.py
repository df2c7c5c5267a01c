"""Markdown -> plain article text through a real parser (markdown-it-py, CommonMark with tables).

Measured here: markdown-it-py handled 7 of 13 constructs better than our old regexes (setext headings, reference
links, escapes, code spans, ``_em_``, autolinks, entities), and four of those regexes were quadratic on runs like
``**x`` or ``[a``; markdown-it's parser is linear on them (tests/core/test_bad_input.py doubles such input).
Markers go, link texts stay, images and raw HTML go; each block is one paragraph, the first heading the title.
A blog's or a CMS's front matter (a leading block between "---" lines, YAML, or "+++" lines, TOML: Hugo, Jekyll,
Ghost, Obsidian) is metadata, never text: under CommonMark it read as a heading, so "title: ... author: ... date:
2025-03-12" was the article's title, a sentence and two figures. Its title, when it has one, is the title.
"""

from __future__ import annotations

import functools
import re

from markdown_it import MarkdownIt
from markdown_it.token import Token

from . import Extracted, library_version
from .html_page import html_to_text

_TEXT_BLOCKS = {"paragraph_open", "heading_open", "tr_open"}
# Front matter: "---" (YAML) or "+++" (TOML) on the first line, the same fence closing it within MAX_FRONT_LINES
# lines (YAML may close with "..."); a title line inside it, "title: ..." or "title = ...".
MAX_FRONT_LINES = 200
_FRONT_OPEN = re.compile(r"\A\ufeff?[ \t]*(---|\+\+\+)[ \t]*\n")
_FRONT_KEY = re.compile(r"^([\w-]+)[ \t]*[:=]")  # "title: ...", "date = ..."
# Keys every static site generator's front matter uses; a block naming none is text ("Update: ..." between rules).
FRONT_KEYS = frozenset({"title", "date", "author", "authors", "tags", "categories", "layout", "slug", "description",
                        "draft", "published", "summary", "lang", "permalink", "excerpt"})  # fmt: skip
_FRONT_TITLE = re.compile(r"^title[ \t]*[:=][ \t]*(.+?)[ \t]*$", re.IGNORECASE | re.MULTILINE)


def split_front_matter(markup: str) -> tuple[str, str]:
    """(the front matter's title, or "", the document after its front matter); the document as it is when it
    opens with none."""
    opening = _FRONT_OPEN.match(markup)
    if opening is None:
        return "", markup
    fence = opening.group(1)
    closers = (fence, "...") if fence == "---" else (fence,)
    lines = markup[opening.end() :].split("\n", MAX_FRONT_LINES)
    for k, line in enumerate(lines[:MAX_FRONT_LINES]):
        if line.strip() in closers:
            block = "\n".join(lines[:k])
            keys = [m.group(1).lower() for x in lines[:k] if (m := _FRONT_KEY.match(x))]
            shaped = all(_FRONT_KEY.match(x) or not x.strip() or x[:1] in " \t-#" for x in lines[:k])
            if not (shaped and FRONT_KEYS.intersection(keys)):
                return "", markup  # not metadata: a thematic break and a setext heading, or text
            title = _FRONT_TITLE.search(block)
            value = title.group(1).strip().strip("\"'").strip() if title else ""
            return value, "\n".join(lines[k + 1 :])
    return "", markup


# Lines that open a block of their own, whatever is around them: a heading, a list item, a quotation, a table row.
_BLOCK_OPENER = re.compile(r"^[ \t]{0,3}+(?:#{1,6}+(?![^ \t\n])|[-*+][ \t]|\d{1,9}+[.)][ \t]|>|\|)", re.MULTILINE)
_BLOCK_AFTER_BLANK = re.compile(r"\n[ \t]*+\n[ \t\n]*+(?=\S)")


def count_blocks(markup: str) -> int:
    """At least how many paragraphs ``read_markdown`` will make of ``markup``, counted in C before any parsing
    (markdown-it takes ~25 us a line): the lines that open a block, or the blocks between blank lines, whichever
    is more."""
    return max(_BLOCK_OPENER.subn("", markup)[1], _BLOCK_AFTER_BLANK.subn("", markup)[1] + 1)  # subn: counted in C


@functools.cache
def _parser() -> MarkdownIt:
    """One parser for the process: building it (rules, the table extension) takes ~20 ms, parsing a story ~1 ms."""
    return MarkdownIt("commonmark").enable(["table", "strikethrough"])


def _inline_text(token: Token) -> str:
    out: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type == "softbreak":
            out.append(" ")
        elif child.type == "hardbreak":
            out.append("\n")
        # images, raw inline HTML and the markers themselves are dropped; a link's text arrives as text
    return "".join(out).strip()


def read_markdown(markup: str) -> Extracted:
    """A Markdown document's paragraphs, headings and list items as plain text; the first heading is the title."""
    paragraphs: list[str] = []
    front_title, markup = split_front_matter(markup)
    title = ""
    row: list[str] | None = None
    tokens = _parser().parse(markup)
    for k, token in enumerate(tokens):
        if token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            if any(row):
                paragraphs.append(" | ".join(row))
            row = None
        elif token.type == "inline":
            text = _inline_text(token)
            if row is not None:
                row.append(text)
            elif text:
                paragraphs.append(text)
                if not title and k and tokens[k - 1].type == "heading_open":
                    title = text
        elif token.type in ("fence", "code_block"):
            if token.content.strip():
                paragraphs.append(token.content.strip())
        elif token.type == "html_block":
            text, _ = html_to_text(token.content)
            if text:
                paragraphs.append(text)
    return Extracted("\n\n".join(paragraphs), front_title or title, library_version("markdown-it-py"))
