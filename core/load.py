"""Load one article: a file (or pasted text) -> normalised text, title, source name, dateline, paragraphs,
boilerplate, and where the text came from.

Formats: plain text, Markdown, HTML and saved web pages, Word (.docx), PDF and RTF, each read by its module in
``core/readers/``; old Word (.doc) and OpenDocument are refused with a clear message. Files are read with
``core/read_file.read_bounded`` (regular files only, a bounded read) and decoded by ``core/decode.py``. The text
is normalised once (newlines to ``\\n``, Unicode NFC, BOM dropped) and every offset the engine produces indexes
into that normalised text, which is kept in the report. No regular expression here is worse than linear on any
input (tests/core/test_bad_input.py quadruples adversarial inputs and checks the work). Never imports Qt.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import patterncache
from .article_files import (  # the suffix tables live with the folder rule
    EMAIL_SUFFIXES,
    HTML_SUFFIXES,
    MARKDOWN_SUFFIXES,
    PAGE_ARCHIVE_SUFFIXES,
    REFUSED_SUFFIXES,
    TEXT_SUFFIXES,
)
from .decode import BinaryData, Decoded, decode, normalise
from .errors import InputError, display_name
from .model import Origin
from .read_file import read_bounded
from .readers import Extracted, ReaderError
from .readers.html_page import html_to_text

_RX = patterncache.Patterns("load")  # compiled patterns kept between runs (core/patterncache.py)

__all__ = [
    "LoadedArticle", "analyse", "decode", "html_to_text", "load_article", "load_text", "markdown_to_text",
    "normalise", "split_paragraphs",
]  # fmt: skip

# -- limits and formats, in one place -------------------------------------------------------------------------
# An article longer than this is not a news report (the longest wire stories are ~100 KB); the bound applies to
# the text a reader extracts, so a 5 MB web page around a 10 KB article is fine.
MAX_TEXT_CHARS = 2_000_000
MAX_TEXT_BYTES = 2_000_000  # a plain text or Markdown file is its text: refused by size before it is read
# Web pages, Word files and PDFs carry markup, fonts and images around the text; refused past this size.
MAX_DOCUMENT_BYTES = 50_000_000
# Formats read from bytes by a reader of their own (no text encoding to detect first).
DOCUMENT_FORMATS = ("pdf", "docx", "rtf", "mhtml", "email")
# More than this share of control characters in the decoded text means the file was binary, whatever decoded.
MAX_CONTROL_SHARE = 0.01
# A first line longer than this, or one ending in sentence punctuation, is body text, not a headline.
MAX_HEADLINE_CHARS = 200
# Magic numbers of formats that are no text at all.
BINARY_MAGIC = (b"\x7fELF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\xd0\xcf\x11\xe0", b"\x1f\x8b", b"BZh", b"7z\xbc")

# Furniture that every outlet prints around the story: comment policies, rights lines, share prompts, credit
# lines. Such paragraphs stay in the text but are marked so they neither align nor count as unique content.
# Two kinds, so that no pattern needs a leading ".*" (which made "refrain from" x150k quadratic):
# phrases found anywhere in the paragraph ...
FURNITURE_PHRASES = _RX.compile(r"\bcomments? (?:posted|policy|section)\b|\ball rights reserved\b", re.IGNORECASE)
# ... "refrain from" followed anywhere later by "comment(s)" (a comment policy), searched in two linear steps ...
_REFRAIN = _RX.compile(r"\brefrain from\b", re.IGNORECASE)
_COMMENTS = _RX.compile(r"\bcomments?\b", re.IGNORECASE)
# ... and paragraphs that open with a credit or prompt, matched whole with a bounded tail.
FURNITURE_OPENINGS = [
    # a year or the sign: not "Copyright lawyers said"
    r"copyright(?:\s*(?:©|\(c\)))?\s*\d{4}.{0,80}|©.{0,80}|\(c\)\s*\d{4}.{0,80}",
    # prompts, as whole words: "Subscribe to our newsletter", not "Subscribers lost service"
    r"(?:click here|sign up|subscribe|follow us|share this|read more|related:|advertisement|listen to this)\b.{0,120}",
    r"\(?(?:reporting|writing|editing|additional reporting) by\b.{0,200}",
    r".{0,80}\bcontributed to this (?:report|story)\.?",
    r"(?:photo|image|video|file photo|raw video|watch|watch video|credit)(?: credit)?:.{0,150}",
    # a photographer's credit alone: "( DAVID M WARREN / Staff Photographer )", "Jason Davis / Getty Images"
    r"[^()/\n]{1,60}/\s*(?:(?:staff|freelance|contributing|special)\s+)?(?:photographer|photo|getty images)\s*[)\]]?",
    # a list of links to other stories under its heading, and a link naming its site: "Earlier coverage:",
    # "ABAJournal.com: “3 dead, 2 wounded in Delaware courthouse shooting”" (review-s25 finding 11)
    r"(?:earlier|related|previous|more|recent|latest|further|continuing) (?:coverage|stories|articles|reading|links):?",
    r"[\w\-]+(?:\.[\w\-]+)*\.(?:com|org|net|gov|edu|info|news|co\.uk)\s*:\s*\S.{0,200}",
    # wire copy's own markers: "MORE TO FOLLOW", "(MORE)", "ENDS", "-30-", "###", "(END)"
    r"[(\-]*(?:more to follow|more|ends?|end of story|30|#{3})[)\-.]*",
]
# A credit line is often wrapped in brackets: "(© 2016 KHOU)", "(Photo: Courtesy)".
_OPENING_RE = _RX.compile(r"[(\[]?(?:" + "|".join(f"(?:{p})" for p in FURNITURE_OPENINGS) + ")", re.IGNORECASE)
# A byline or agency tag alone on its line: "REUTERS", "(AP)", "By Jane Doe", "AFP / Staff".
_BYLINE_RE = _RX.compile(
    r"^\(?(?:[A-Z][A-Z&.\-]{1,20}(?:\s*/\s*[A-Z][A-Za-z.\-]+)?|By\s+[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){0,3})\)?\s*$"
)
# A byline line that says more: "By Jonas Mereth, Coastline Post · 12 March 2025", "By Piet Hals – Kellford Gazette",
# "By JANE DOE, Associated Press Writer", "By Northern Star staff", "By Jane Doe and John Roe | Reuters". Near the top
# it is furniture, like the short byline; the outlet it names (the words after the names, roles and dates dropped)
# names the source where no agency tag or dateline does. Emphasis marks around it (Markdown's "*By ...*") count.
_NAME_WORDS = r"[A-Z][\w.&'\-]*(?:\s+(?:[A-Z][\w.&'\-]*|of|the|and|&|for|de|la|van|von|al|bin))*"
_BYLINE_LONG = _RX.compile(
    rf"^[*_]*By\s+(?P<who>{_NAME_WORDS})(?P<staff>\s+(?:staff|reporters|team|correspondents?))?"
    rf"(?:\s*(?:,|–|—|-|\||·|/)\s*(?P<outlet>{_NAME_WORDS})"  # the outlet: capitalised words, never a clause
    r"(?:\s*[·|]\s*[^·|]{0,40}|,\s*[A-Z][\w.'\-]*(?:\s+[A-Z][\w.'\-]*){0,2})?)?"  # a date, a place
    r"\.?[*_]*\s*$"
)
BYLINE_MAX_CHARS = 120
# Words of a byline that say what the writer is, not where: dropped before an outlet is read from it.
_BYLINE_ROLES = _RX.compile(
    r"\b(?:senior|chief|special|staff|writers?|reporters?|correspondents?|editors?|contributors?|columnist|"
    r"producer|in|the|team|desk|news\s+desk)\b\.?",
    re.IGNORECASE,
)
_BYLINE_DATE = _RX.compile(r"\b(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b.*$|\d.*$",
                           re.IGNORECASE)  # fmt: skip
# A page's date and time stamp standing alone: "Published: March 13, 2013, 2:29 PM", "26 September 2013, 10:00
# (GMT+05:00)", "Updated 4 / 9 / 2007 6:04 PM | Posted ...". Every word a month, a weekday, a number, a clock word, a
# time zone or a stamp's label, and a digit somewhere. It states nothing; left in, two stamps of different days were
# linked as "the same statement, reworded" and counted as shared (review-s25 finding 11). On ECB+ topics 1-35 and the
# news clusters below id 600000 (12,312 body paragraphs) it takes 258 paragraphs, every one a stamp when read. Tokens
# are atomic and separators possessive: nothing is tried twice, so a long line of digits fails at once. Cost: ECB+
# tuning in process .933 / .413 / .840 -> .934 / .406 / .832 (decoy .845 -> .846, 360 -> 350 cross-event links):
# no gold pair holds a stamp line, but the trees, fitted with stamps among the sentences, read two articles' shared
# stamp dates as a sign of one event (article_share); a refit without them is left to issue 11's next model.
STAMP_MAX_CHARS = 160
_MONTH = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
          r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")  # fmt: skip
_WEEKDAY = r"(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?"
_ZONE = r"(?:gmt|utc|[ecmp][sd]?t|bst|cet|cest|ist|jst|aest|local\s+time)(?:\s*[+\-−]\s*\d{1,2}(?::?\d{2})?)?"
_STAMP_WORD = r"published|updated|posted|last|first|modified|edited|date|time|hrs|at|on|of|the"
_STAMP_RE = _RX.compile(
    rf"(?:(?:(?>(?:{_MONTH}|{_WEEKDAY}|{_ZONE}|{_STAMP_WORD}))\b\.?|(?>\d{{1,4}}(?:st|nd|rd|th)?)|[ap]\.?m\.?(?!\w))"
    r"[\s,:/.\-–—|·()\[\]+]*+)++",
    re.IGNORECASE,
)


# ... and something only a date or a time has: a word (every word it holds is a stamp's), a clock time or three
# number groups ("2013 - 09 - 26"); a score alone ("20 - 13.") is no stamp.
_STAMP_ANCHOR = _RX.compile(r"[^\W\d_]|\d:\d\d|\d+\s*[/.\-]\s*\d+\s*[/.\-]\s*\d+")


def is_stamp(paragraph: str) -> bool:
    """A date and time stamp and nothing else (see STAMP_MAX_CHARS)."""
    stripped = paragraph.strip(" \t\n()[]*_")
    return (
        len(stripped) <= STAMP_MAX_CHARS
        and _DIGIT.search(stripped) is not None
        and _STAMP_RE.fullmatch(stripped) is not None
        and _STAMP_ANCHOR.search(stripped) is not None
    )


# A wire credit with its date: "AP — December 1, 2008", "(Reuters) - 12 March 2025": an agency's tag and a stamp.
_TAG_AND_STAMP = _RX.compile(r"[(\[*_]*(?P<tag>[A-Z][A-Z&.\-]{1,20})[)\]*_]*\s*[—–\-|·,]\s*(?P<stamp>.+)")


# Where a lone all-caps tag names the source: within this many paragraphs of the article's start or end, where an
# agency prints its tag ("REUTERS" closes wire copy, "AP" stands under the headline). Further in, an all-caps line
# is a page's section label: "ORIGINAL" above the first version of a story a local station updated, "ALSO" above a
# teaser for another story (2 of the 24 news clusters' articles were named so; no tag inside a story was a source).
SOURCE_TAG_EDGE = 3
# Labels a web page prints alone in capitals over a part of the page, and the section kickers over a headline
# ("POLITICS", "WORLD"): never an outlet's name, wherever they stand.
SECTION_LABELS = frozenset(
    "ALSO ANALYSIS BREAKING CORRECTION EXCLUSIVE GALLERY LATEST LISTEN LIVE MORE OPINION ORIGINAL PHOTO PHOTOS "
    "PODCAST POPULAR READ RECOMMENDED RELATED SHARE SPONSORED TRENDING UPDATE UPDATED UPDATES VIDEO VIDEOS WATCH "
    "ADVERTISEMENT ADVERTISING COMMENTS NEWS TOPICS TAGS "
    "POLITICS WORLD LOCAL NATIONAL METRO REGION REGIONAL BUSINESS ECONOMY MARKETS MONEY FINANCE SPORT SPORTS "
    "ENTERTAINMENT CULTURE ARTS LIFESTYLE LIFE HEALTH SCIENCE TECHNOLOGY TECH CLIMATE ENVIRONMENT EDUCATION "
    "TRAVEL WEATHER CRIME JUSTICE COURTS ELECTIONS FEATURES FEATURE EDITORIAL COMMENTARY INVESTIGATION OBITUARY "
    "OBITUARIES".split()
)
# A dateline opening the first paragraph: "Amman:", "WASHINGTON (Reuters) -", "BEIRUT, Dec 2 (AFP) —".
_DATELINE_RE = _RX.compile(
    r"^(?P<place>[A-Z][A-Za-z.'\-]+(?:\s[A-Z][A-Za-z.'\-]+){0,3})"
    r"(?P<date>,\s*[A-Z][a-z]{2,8}\.?\s*\d{0,2})?"
    r"(?:\s*\((?P<agency>[A-Za-z .&]{2,30})\))?"
    r"\s*(?P<sep>:|\s[-–—]{1,2})\s+"
)
# A subheading or a page's button row inside the body ("Key facts", "Early years", "Twitter"): a paragraph of at
# most this many words, with a letter and no digit, ending in no sentence or clause mark, between two body
# paragraphs. It states nothing, so it is furniture rather than a sentence only one outlet carries. On ECB+ topics
# 1-35 and the news clusters below id 600000 (12,359 body paragraphs), 5 words catch 62 lines; read one by one they
# are subheads ("Scope of exceptions", "Phone call disputed"), fact-box and list headings, share buttons ("Email",
# "Print", "Skip Ad") and caption names. The paragraph right after a title is a deck, a headline's second line or a
# one-line news summary ("No injuries reported", "US mafia godfather Gigante dies": both ECB+ event mentions), and
# stays a sentence; so does a line with a figure ("3 dead in Perris"), and so do the items of a list a line ending
# in ":" opens ("The victims were:" over their names).
HEADING_MAX_WORDS = 5
# A masthead: the outlet's name alone on the first line, over the headline ("Radio Kell", "THE WHITE HOUSE"): one
# to three capitalised words (a name's small words allowed), no figure, no closing mark, with a headline-shaped
# line after it. It is furniture and names the source where nothing else does (review-s23: a radio station's PDF
# took its name for the title and a sentence only it carried). Three words, not four: ECB+ and the news clusters
# (1,055 files) hold two first lines of this shape over a headline; "THE WHITE HOUSE" over "Office of the Press
# Secretary" is one, "Hawaiian Gardens Gang Member" over "Charged with Murdering Sheriff's Deputy" (four words: one
# headline on two lines) is not.
_MASTHEAD = _RX.compile(r"[A-Z][\w.&'’\-]*(?:\s+(?:[A-Z][\w.&'’\-]*|of|the|and|&|de|la)){0,2}")
_HEADING_END = _RX.compile(r"[.!?:;,\"”'’)\]…]\s*$")
_DIGIT = _RX.compile(r"\d")
_LETTER = _RX.compile(r"[^\W\d_]")
# A pull quote: a paragraph wholly in quotation marks, of at least this many words, whose words the body prints
# again in another paragraph (a web page's <blockquote class="pullquote">, a print layout's call-out). Counted
# once, where the body has it. Fewer words ("'No'") are too common to call a repeat. The search stops after this
# many characters compared, so 20,000 quoted lines cannot make it quadratic (a news page compares a few thousand).
PULL_QUOTE_MIN_WORDS = 4
PULL_QUOTE_MAX_SCAN = 50_000_000
_QUOTED_PARAGRAPH = _RX.compile(r"[\"“”„«‹'‘’].*[\"“”»›'’‘]", re.DOTALL)
_PARAGRAPH_BREAK = _RX.compile(r"\n[ \t]*\n")
# Control characters other than line breaks, tabs and form feeds, and C1 controls: a text holding many is binary.
_CONTROL_CHAR = _RX.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
_NON_WORDS = _RX.compile(r"\W+")
_SENTENCE_END = _RX.compile(r"(?<=[.!?])\s")
_MARKUP_START = _RX.compile(r"\s*<(?:!doctype|html)\b", re.IGNORECASE)


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
    origin: Origin = field(default_factory=Origin)


# Letters every match of a pattern holds (lower-cased): a paragraph whose lower-cased text lacks them cannot match,
# and the case-insensitive scan (~10 us a paragraph, 0.07 s of the 100k-word pair's 0.09 s of loading) is skipped.
# Only letters whose case-insensitive variants are exactly their ASCII capital and small letter: not s, i or k, which
# also match "ſ", "ı"/"İ" and the Kelvin sign (tests/core/test_load.py checks every code point).
_COMMENT_LETTERS = "omment"  # in FURNITURE_PHRASES' "comments? ..." and in _COMMENTS
_RIGHTS_LETTERS = ("ght", "rved")  # both in FURNITURE_PHRASES' "all rights reserved" ("ght" alone: night, fight)
_REFRAIN_LETTERS = "refra"  # in _REFRAIN


def is_furniture(paragraph: str) -> bool:
    """A comment policy, rights line, share prompt or credit line (case-insensitive); each test is linear."""
    lower = paragraph.lower()
    comment = _COMMENT_LETTERS in lower
    rights = all(letters in lower for letters in _RIGHTS_LETTERS)
    if (comment or rights) and FURNITURE_PHRASES.search(paragraph):
        return True
    if comment and _REFRAIN_LETTERS in lower:
        refrain = _REFRAIN.search(paragraph)
        if refrain and _COMMENTS.search(paragraph, refrain.end()):
            return True
    return _OPENING_RE.fullmatch(paragraph) is not None


def is_heading(paragraph: str) -> bool:
    """A short line that names a part of the page rather than stating anything: see HEADING_MAX_WORDS."""
    stripped = paragraph.strip()
    return (
        len(stripped.split()) <= HEADING_MAX_WORDS
        and _LETTER.search(stripped) is not None
        and _DIGIT.search(stripped) is None
        and _HEADING_END.search(stripped) is None
    )


def repeated_quotes(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The paragraphs among ``spans`` that are pull quotes (see PULL_QUOTE_MIN_WORDS): wholly quoted, and printed
    again in another paragraph (word for word, ignoring punctuation and case). Of two identical standalone
    quotes, the later one is the repeat."""
    quoted = [k for k, (a, b) in enumerate(spans) if _QUOTED_PARAGRAPH.fullmatch(text[a:b].strip())]
    if not quoted:  # most articles: no paragraph is one quotation, and nothing is squashed
        return []
    squashed = [_squash(text[a:b]) for a, b in spans]
    whole = " | ".join(squashed)
    starts = []
    pos = 0
    for sq in squashed:
        starts.append(pos)
        pos += len(sq) + 3
    repeats: list[tuple[int, int]] = []
    budget = PULL_QUOTE_MAX_SCAN
    hay = f" {whole} "
    for k in quoted:
        sq = squashed[k]
        if len(sq.split()) < PULL_QUOTE_MIN_WORDS:
            continue
        budget -= len(whole)
        if budget < 0:
            break
        needle = f" {sq} "
        at = hay.find(needle)
        while at >= 0:
            other = bisect.bisect_right(starts, at) - 1  # hay's leading space shifts every start by one
            if other != k and (other < k or squashed[other] != sq):
                repeats.append(spans[k])
                break
            at = hay.find(needle, at + 1)
    return repeats


def split_paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans. With blank lines in the text, blocks between them are paragraphs (single newlines are
    soft wraps); with none, every line is a paragraph (wire copy often puts one paragraph on each line)."""
    spans: list[tuple[int, int]] = []
    separator = r"\n[ \t]*\n+" if _PARAGRAPH_BREAK.search(text) else r"\n+"
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
    return _NON_WORDS.sub(" ", s).strip().lower()


def _looks_like_headline(line: str) -> bool:
    stripped = line.strip()
    return (
        not _BYLINE_RE.match(stripped)  # "By Jane Doe" opens many articles: a byline, not a title
        and 0 < len(stripped) <= MAX_HEADLINE_CHARS
        and not stripped.endswith((".", ":", ";", ",", "”", '"'))
        and len(stripped.split()) >= 3
    )


def _byline_outlet(byline: re.Match[str]) -> str:
    """The outlet a byline names ("Coastline Post", "Associated Press"), or "": the words after the writers' names
    (up to a comma), or the byline's own words when they name no writer ("By Northern Star staff", "By The
    Associated Press", "By AFP"), without roles or a date."""
    who, outlet = byline.group("who"), byline.group("outlet") or ""
    words = who.split()
    if not outlet and (byline.group("staff") or _BYLINE_ROLES.search(who) or words[0] == "The"
                       or (len(words) == 1 and who.isupper())):  # fmt: skip
        outlet = who  # "By Northern Star staff", "By Reuters Staff", "By The Associated Press", "By AFP"
    outlet = outlet.split(",")[0]  # "BBC News, Beirut"
    outlet = _BYLINE_ROLES.sub(" ", _BYLINE_DATE.sub("", outlet.strip(" *_")))
    outlet = " ".join(outlet.split()).strip(" ,.-–—")
    return outlet if outlet[:1].isupper() and len(outlet.split()) <= 5 else ""


def _names_an_outlet(tag: str) -> bool:
    """Whether a lone capitalised tag can be an outlet's name: all capitals, at most three words, no section label."""
    return tag.isupper() and len(tag.split()) <= 3 and tag.upper() not in SECTION_LABELS


def analyse(
    path: str,
    text: str,
    encoding: str,
    html_title: str = "",
    origin: Origin | None = None,
    prefer_doc_title: bool = False,
    site_name: str = "",
) -> LoadedArticle:
    """Find paragraphs, title, repeated headline, dateline, boilerplate and a source name in normalised text;
    ``html_title`` is the document's own title (HTML <title>, a Word heading), used when the text has none, or
    first when ``prefer_doc_title``; ``site_name`` (a web page's own, og:site_name) names the source when the
    text carries no agency tag or dateline agency, before the file's name does."""
    paragraphs = split_paragraphs(text)
    boilerplate: list[tuple[int, int]] = []
    title = ""
    title_span = None
    source = ""
    byline_outlet = ""
    masthead = ""
    paragraphs_for_title = paragraphs
    if len(paragraphs) >= 2:
        top = " ".join(text[paragraphs[0][0] : paragraphs[0][1]].split())
        second = text[paragraphs[1][0] : paragraphs[1][1]]
        masthead_like = _MASTHEAD.fullmatch(top) and not _DIGIT.search(top) and not _BYLINE_RE.match(top)
        if masthead_like and _looks_like_headline(second):  # an agency's tag ("REUTERS") is read below
            boilerplate.append(paragraphs[0])
            paragraphs_for_title = paragraphs[1:]
            # a section's kicker ("WORLD", "Breaking News") is furniture too, but names no outlet
            masthead = "" if all(word.upper() in SECTION_LABELS for word in top.split()) else top
    if paragraphs_for_title:
        first = text[paragraphs_for_title[0][0] : paragraphs_for_title[0][1]]
        if prefer_doc_title and html_title.strip():
            # A web page's own title (trafilatura reads <h1>, og:title, <title>) beats a first line that may
            # be a menu the extractor let in.
            title = html_title.strip()
            title_span = paragraphs_for_title[0] if _squash(first) == _squash(title) else None
        elif _looks_like_headline(first):
            title, title_span = first.strip(), paragraphs_for_title[0]
        if title_span:
            # A headline printed twice (page title + article heading) counts once.
            for span in paragraphs_for_title[1:3]:
                if _squash(text[span[0] : span[1]]) == _squash(first):
                    boilerplate.append(span)
    for k, span in enumerate(paragraphs):
        para = text[span[0] : span[1]].strip()
        if span in boilerplate or span == title_span:
            continue
        lines = para.splitlines()
        # a byline over a stamp ("By Ali Akbar Dareini | Associated Press" / "Published 11:04 AM EST Nov 30, 2008")
        # reads as its first line
        head = lines[0].strip() if len(lines) > 1 and all(is_stamp(line) for line in lines[1:]) else para
        if is_furniture(para) or is_stamp(para) or not (_LETTER.search(para) or _DIGIT.search(para)):
            # ... or a page's stamp, or a separator alone ("·" left between two stripped stamps, "* * *", "—")
            boilerplate.append(span)
        elif (
            (tagged := _TAG_AND_STAMP.fullmatch(para))
            and is_stamp(tagged.group("stamp"))
            and _names_an_outlet(tagged.group("tag"))
        ):
            # a wire credit and its date; it names no source, since a dateline's place reads the same
            # ("WASHINGTON - April 27 -")
            boilerplate.append(span)
        elif k < SOURCE_TAG_EDGE and len(head) <= BYLINE_MAX_CHARS and (byline := _BYLINE_LONG.match(head)):
            boilerplate.append(span)
            byline_outlet = byline_outlet or _byline_outlet(byline)
        elif _BYLINE_RE.match(head) and len(head) <= 40:
            boilerplate.append(span)
            tag = re.sub(r"[()]", "", head).strip()
            at_edge = k < SOURCE_TAG_EDGE or k >= len(paragraphs) - SOURCE_TAG_EDGE
            if not source and at_edge and _names_an_outlet(tag):
                # The first agency tag names the source; one word is title-cased ("REUTERS" -> "Reuters"),
                # abbreviations and names of several words stay as printed ("AP", "BBC NEWS").
                source = tag.title() if len(tag) > 4 and " " not in tag else tag
    set_aside = {*boilerplate, title_span}
    body = [p for p in paragraphs if p not in set_aside]
    listed = False  # inside a list a line ending in ":" opens ("The victims were:"): its items are content
    for before, span in itertools.pairwise(body[:-1]):  # every body paragraph but the first and the last
        line = text[span[0] : span[1]]
        listed = (listed or text[before[0] : before[1]].rstrip().endswith(":")) and is_heading(line)
        if not listed and is_heading(line):
            boilerplate.append(span)
    set_aside.update(boilerplate)
    boilerplate.extend(repeated_quotes(text, [p for p in paragraphs if p not in set_aside]))
    dateline = None
    dateline_span = None
    furniture = set(boilerplate)
    body = [p for p in paragraphs if p not in furniture and p != title_span]
    if body:
        first_body = text[body[0][0] : body[0][1]]
        match = _DATELINE_RE.match(first_body)
        # "Amman:" is a dateline; with a dash it takes a capitalised place, an agency or a date ("WASHINGTON -",
        # "Paris (AFP) -"), so that "Donald Trump — the president — said" is not one.
        dash_ok = match is not None and (
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
        first_sentence = _SENTENCE_END.split(lead.strip(), maxsplit=1)[0]
        title = first_sentence if len(first_sentence) <= 90 else first_sentence[:87].rsplit(" ", 1)[0] + "…"
    if not source:
        source = site_name.strip() or byline_outlet or masthead or Path(display_name(path)).stem
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
        origin=origin or Origin(display_name(path), "text"),
    )


def markdown_to_text(markup: str) -> str:
    """Markdown -> plain text: markers dropped, link texts kept, one paragraph per block."""
    from .readers.markdown_doc import read_markdown

    return read_markdown(markup).text


def load_text(text: str, name: str = "article.txt", encoding: str = "utf-8", fmt: str = "text") -> LoadedArticle:
    """An article from a string already in memory (pasted text, tests): ``fmt`` is "text", "markdown" or
    "html". Raises InputError when it holds no readable text."""
    readers = {"html": _read_html_text, "markdown": _read_markdown_text}
    try:
        extracted = readers[fmt](text) if fmt in readers else Extracted(text, "", "", ())
    except ReaderError as exc:
        raise InputError(f"{display_name(name)} {exc}", name) from None
    return _finish(name, name, extracted, fmt, Decoded(text, encoding))


def sniff_format(path: str | Path, data: bytes) -> str:
    """The format of a file from its first bytes, then its name: pdf, docx, rtf, mhtml (a page saved as one file),
    email, html, markdown or text.
    Raises ReaderError for formats that are refused (old Word, OpenDocument, images, archives, programs)."""
    suffix = Path(path).suffix.lower()
    if data.startswith(b"%PDF"):
        return "pdf"
    if data.startswith(b"{\\rtf"):
        return "rtf"
    if data.startswith(b"PK\x03\x04"):
        if suffix in REFUSED_SUFFIXES:
            raise ReaderError(REFUSED_SUFFIXES[suffix])
        if b"word/" in data[:65536] or suffix == ".docx":
            return "docx"
        raise ReaderError("is a zip archive, not an article")
    if suffix in REFUSED_SUFFIXES:
        raise ReaderError(REFUSED_SUFFIXES[suffix])
    if data.startswith(b"\xd0\xcf\x11\xe0") and suffix in (".docx", ".docm"):  # Office encrypts into this container
        raise ReaderError("is password-protected; save an unprotected copy to compare it")
    if data.startswith(BINARY_MAGIC):
        raise ReaderError("is not a text file (binary data)")
    if suffix in (".pdf", ".docx", ".rtf"):
        raise ReaderError(f"is not a valid {suffix[1:].upper()} file (its content does not match its name)")
    if suffix in PAGE_ARCHIVE_SUFFIXES or suffix in EMAIL_SUFFIXES:
        return "mhtml" if suffix in PAGE_ARCHIVE_SUFFIXES else "email"
    if _looks_like_mime(data):  # a saved page or a mail under another name: Blink's pages are multipart/related
        return "mhtml" if b"multipart/related" in data[:4096].lower() else "email"
    if suffix in HTML_SUFFIXES:
        return "html"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    return "text"


def load_article(path: str | Path) -> LoadedArticle:
    """Read and analyse one article file; raise InputError with a one-line message naming the file."""
    raw = str(path)
    name = display_name(raw)
    suffix = Path(raw).suffix.lower()
    if suffix == ".rdarticle":  # one article of a reopened saved comparison (core/session.py)
        from .session import read_snapshot

        return read_snapshot(raw)
    limit = MAX_TEXT_BYTES if suffix in TEXT_SUFFIXES | MARKDOWN_SUFFIXES else MAX_DOCUMENT_BYTES
    data = read_bounded(raw, limit, "text file" if limit == MAX_TEXT_BYTES else "document")
    if not data.strip():
        raise InputError(f"{name} is empty", raw)
    try:
        fmt = sniff_format(raw, data)
        if fmt in DOCUMENT_FORMATS:
            extracted = _read_document(fmt, data)
            return _finish(raw, name, extracted, fmt, Decoded(extracted.text, fmt))
        decoded = decode(data)
    except ReaderError as exc:
        raise InputError(f"{name} {exc}" if str(exc).startswith(("is ", "has ")) else f"{name}: {exc}", raw) from None
    except BinaryData:
        raise InputError(f"{name} is not a text file (binary data)", raw) from None
    text = decoded.text
    controls = len(_CONTROL_CHAR.findall(text)) if _CONTROL_CHAR.search(text) else 0
    if controls > max(2, len(text) * MAX_CONTROL_SHARE):
        raise InputError(f"{name} is not a text file (binary data)", raw)
    if fmt == "text" and suffix not in TEXT_SUFFIXES and _MARKUP_START.match(text):
        fmt = "html"  # a saved page with an odd name (.php, .aspx, none of ours)
    if fmt == "text" and len(data) > MAX_TEXT_BYTES:
        raise InputError(f"{name} is {len(data) / 1e6:.1f} MB; ReportDiff compares texts up to "
                         f"{MAX_TEXT_BYTES / 1e6:.0f} MB", raw)  # fmt: skip
    try:
        if fmt == "html":
            extracted = _read_html_text(text)
        elif fmt == "markdown":
            extracted = _read_markdown_text(text)
        else:
            extracted = Extracted(text)
    except ReaderError as exc:
        raise InputError(f"{name} {exc}", raw) from None
    return _finish(raw, name, extracted, fmt, decoded)


def _looks_like_mime(data: bytes) -> bool:
    from .readers.mime_doc import looks_like_mime

    return looks_like_mime(data)


def _read_document(fmt: str, data: bytes) -> Extracted:
    if fmt in ("mhtml", "email"):
        from .readers.mime_doc import read_mime

        return read_mime(data, is_page=fmt == "mhtml")
    if fmt == "pdf":
        from .readers.pdf_doc import read_pdf

        return read_pdf(data)
    if fmt == "docx":
        from .readers.docx_doc import read_docx

        return read_docx(data)
    from .readers.rtf_doc import read_rtf

    return read_rtf(data)


def _read_html_text(markup: str) -> Extracted:
    from .readers.html_page import read_html

    return read_html(markup)


def _read_markdown_text(markup: str) -> Extracted:
    from .readers.markdown_doc import read_markdown

    return read_markdown(normalise(markup))


def _finish(raw: str, name: str, extracted: Extracted, fmt: str, decoded: Decoded) -> LoadedArticle:
    """Size check, normalisation and analysis of extracted text; the origin records how it was read."""
    if len(extracted.text) > MAX_TEXT_CHARS:
        raise InputError(
            f"{name}: its text is {len(extracted.text) / 1e6:.1f} million characters; ReportDiff compares "
            f"articles up to {MAX_TEXT_CHARS / 1e6:.0f} million",
            raw,
        )
    text = normalise(extracted.text)
    if fmt in ("text", "email") and _PARAGRAPH_BREAK.search(text):  # paragraphs apart, lines wrapped: "over-" / "night"
        from .readers.hyphens import join_wrapped

        text = join_wrapped(text)
    if not text.strip():
        raise InputError(f"{name} is empty" if fmt == "text" else f"{name} has no readable text", raw)
    notes = list(extracted.notes)
    if decoded.bad_bytes:
        s = "s" if decoded.bad_bytes != 1 else ""
        notes.append(f"{decoded.bad_bytes} byte{s} not valid {decoded.encoding.upper()}, shown as �")
    origin = Origin(name, fmt, extracted.extractor, tuple(notes))
    encoding = decoded.encoding if fmt not in DOCUMENT_FORMATS else ""  # no byte encoding: a document format
    return analyse(raw, text, encoding, normalise(extracted.title), origin, prefer_doc_title=fmt in ("html", "mhtml"),
                   site_name=normalise(extracted.site))  # fmt: skip


_RX.save()  # stores the patterns compiled afresh above, if any
