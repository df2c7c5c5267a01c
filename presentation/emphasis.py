"""What the calm view emphasises in a sentence: how well the other sources corroborate it, and which of its
differing words inform a reader. Pure Python: no Qt; the window draws it (``gui/highlight.py``).

A paraphrase differs from its counterpart in most of its words (70-83% of the characters of linked sentences on
the seeds and a 5-article cluster), so marking every differing word paints shared content blue. The default view
marks differing words only where they tell the reader something:

- near-identical sentences: at most ``NEAR_IDENTICAL_MAX_CHANGED`` of the sentence differs, so the few changed
  words are the news (an edited quote, a changed figure);
- in a reworded sentence, a number or a negation the counterpart does not contain anywhere (a word the diff
  marks only because it moved is not news); where the engine calls the link a discrepancy, also a name where
  the counterpart has another name in its place (in plain paraphrases across outlets names differ by nature:
  marking them painted every name of a 5-article cluster);
- inside a quotation, when the link says the quote wording differs.

Everything else a word diff finds is shown only for the sentence the reader selects or hovers (``all_spans``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass

from reportdiff.core.model import (
    BOILERPLATE,
    DIFF_DELETE,
    DIFF_EQUAL,
    DIFF_INSERT,
    DISCREPANCY,
    QUOTE_MISMATCH,
    Link,
    Report,
    SentenceRef,
)

from .spans import merged_spans

# A word diff covering at most this share of a sentence's characters means "nearly the same words": the few
# changed words are shown. Measured on the seeds and gva_595069: agreement links mark 4-22% of their sentence,
# paraphrases 45-90%, so 0.3 keeps the first and drops the second.
NEAR_IDENTICAL_MAX_CHANGED = 0.30
NEGATIONS = frozenset(
    "not no never none nobody nothing neither nor without denied denies deny refused refuses cannot".split()
)
_WORD = re.compile(r"[\w'’-]+")


@dataclass(frozen=True)
class Corroboration:
    """How many of the other shown articles report a sentence (``others`` of ``of``), and which."""

    others: int
    of: int
    articles: tuple[int, ...]

    @property
    def heat(self) -> float:
        """1.0 for a sentence only this article has, 0.0 for one every other article reports (Juxta's heat: the
        less corroborated, the hotter)."""
        return 1.0 - self.others / self.of if self.of else 0.0


def corroboration(report: Report, ref: SentenceRef, shown: Collection[int] | None = None) -> Corroboration:
    """Which other articles (among ``shown``, default all) have a sentence linked to ``ref``."""
    shown_set = set(range(len(report.articles))) if shown is None else set(shown)
    articles = sorted(
        {link.other(ref).article for link in report.index.links_of(ref)} & shown_set - {ref.article}
    )
    return Corroboration(len(articles), max(len(shown_set - {ref.article}), 0), tuple(articles))


def closest_link(report: Report, ref: SentenceRef) -> Link | None:
    """The most similar counterpart's link (the one whose word diff a sentence is drawn with)."""
    links = report.index.links_of(ref)
    return links[0] if links else None


def all_spans(report: Report, ref: SentenceRef, link: Link | None = None) -> list[tuple[int, int]]:
    """Every differing word of ``ref`` against ``link`` (default its closest counterpart), merged into phrases;
    offsets within the sentence text. A word changed only in how it is typeset or transliterated is no
    difference (see ``spelling_variants``)."""
    link = link or closest_link(report, ref)
    if link is None or report.sentence(ref).status == BOILERPLATE:
        return []
    side = "source" if link.source == ref else "target"
    variants = spelling_variants(link, side)
    sentence = report.sentence(ref)
    spans = [s for s in link.spans(side) if s not in variants]
    return merged_spans(sentence.text, _outside(spans, ignored_spans(report, ref)))


def ignored_spans(report: Report, ref: SentenceRef) -> list[tuple[int, int]]:
    """The parts of ``ref`` that are no part of what it states (``Article.ignored``: the lead's dateline, a page's
    label opening the paragraph, "UPDATE: "), offsets within the sentence text. The engine leaves them out of the
    similarity and of the diff that tells a link's kind; a link's diff spells them out as changed words, so that it
    still reads as both sentences, and no view marks them."""
    sentence = report.sentence(ref)
    return [
        (max(start, sentence.start) - sentence.start, min(end, sentence.end) - sentence.start)
        for start, end in report.articles[ref.article].ignored
        if start < sentence.end and sentence.start < end
    ]


def _outside(spans: list[tuple[int, int]], ignored: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with every part inside ``ignored`` cut out (a changed head "UPDATE: U.S." keeps "U.S.")."""
    for cut_a, cut_b in ignored:
        spans = [part for a, b in spans for part in ((a, min(b, cut_a)), (max(a, cut_b), b)) if part[0] < part[1]]
    return spans


# Characters a reader takes for one another: curly and straight quotes and apostrophes, every dash and the minus
# sign as a hyphen (an editor types "Forty-two" for a copy set "Forty–two", "pre-dawn" for "pre‑dawn"), and the
# spaces typesetters put between figures and units (no-break, thin, narrow no-break). One character for one: the
# window's Find (gui/sentence_view.py) maps a match back to the article text by position.
TYPOGRAPHY_FOLD = str.maketrans(
    {
        "\u02bc": "'",  # modifier letter apostrophe
        "\u2039": "'",  # single guillemets, as the double ones are double quotes
        "\u203a": "'",
        "\u2010": "-",  # hyphen
        "\u2011": "-",  # non-breaking hyphen
        "\u2012": "-",  # figure dash
        "\u2013": "-",  # en dash
        "\u2014": "-",  # em dash
        "\u2015": "-",  # horizontal bar
        "\u2212": "-",  # minus sign
        "\ufe63": "-",
        "\uff0d": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u2033": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
        "\u2007": " ",
    }
)
# Letters a word diff tells apart and a reader does not: with and without their accents ("Łukasz Wiśniewski" /
# "Lukasz Wisniewski", the same name as two outlets' systems write it: review-s23; NFKD below), and letters with no
# decomposition spelled as their ASCII twins.
_LETTERS = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss"})


def _folded(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.translate(TYPOGRAPHY_FOLD).translate(_LETTERS))
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def spelling_variants(link: Link, side: str) -> set[tuple[int, int]]:
    """The spans of ``side``'s changed words (as ``Link.spans`` gives them) that the other side has in the same
    place, the same but for typography or accents: a deletion and the insertion right after it that fold alike."""
    own = DIFF_DELETE if side == "source" else DIFF_INSERT
    out: set[tuple[int, int]] = set()
    pos = 0  # within this side's sentence
    previous: tuple[int, str, int] | None = None  # the last chunk: op, text, its start on this side (or -1)
    for op, text in link.diff:
        start = pos if op in (DIFF_EQUAL, own) else -1
        replaced = previous is not None and previous[0] == DIFF_DELETE and op == DIFF_INSERT and text.strip()
        if previous is not None and replaced and _folded(previous[1]) == _folded(text):
            at = previous[2] if own == DIFF_DELETE else start
            chunk = previous[1] if own == DIFF_DELETE else text
            out.add((at, at + len(chunk.rstrip())))
        if op in (DIFF_EQUAL, own):
            pos += len(text)
        previous = (op, text, start)
    return out


def _words(text: str) -> set[str]:
    return {w.lower().strip("'’-") for w in _WORD.findall(text)}


def _names(text: str, spans: list[tuple[int, int]]) -> set[str]:
    """Capitalised words inside ``spans`` of ``text``, the sentence's first word aside."""
    first = _WORD.search(text)
    out = set()
    for a, b in spans:
        for match in _WORD.finditer(text, a, b):
            word = match.group().strip("'’-")
            if word and word[0].isupper() and not (first and match.start() == first.start()):
                out.add(word.lower())
    return out


def _informs(word: str, at_start: bool, theirs: set[str], names_differ: bool, discrepancy: bool) -> bool:
    bare = word.strip("'’-")
    if not bare or bare.lower() in theirs:
        return False
    if bare.lower() in NEGATIONS or bare.lower().endswith("n't") or any(c.isdigit() for c in bare):
        return True
    if not discrepancy:
        return False
    # A name only when the counterpart has another name in its place (Houston / Dallas, Reuters / AP): a name
    # one side merely adds ("Turkish border" / "the border") is rewording.
    return names_differ and bare[0].isupper() and not at_start


def informative_spans(report: Report, ref: SentenceRef) -> list[tuple[int, int]]:
    """The differing words of ``ref`` the default view marks (see the module docstring); offsets within the
    sentence text."""
    link = closest_link(report, ref)
    spans = all_spans(report, ref, link)
    if not spans or link is None:
        return []
    sentence = report.sentence(ref)
    text = sentence.text
    changed = sum(b - a for a, b in spans)
    if changed <= NEAR_IDENTICAL_MAX_CHANGED * max(len(text.strip()), 1):
        return spans
    other = link.other(ref)
    other_text = report.sentence(other).text
    theirs = _words(other_text)
    their_names = _names(other_text, all_spans(report, other, link)) - _words(text)
    quoted: list[tuple[int, int]] = []
    if QUOTE_MISMATCH in link.flags:
        quoted = [
            (q.start - sentence.start, q.end - sentence.start)
            for q in report.quotes
            if q.article == ref.article and q.sentence == ref.sentence
        ]
    discrepancy = link.kind == DISCREPANCY
    first_word = _WORD.search(text)
    first_at = first_word.start() if first_word else 0
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if any(qa < b and a < qb for qa, qb in quoted):
            out.append((a, b))
            continue
        for match in _WORD.finditer(text, a, b):
            if _informs(match.group(), match.start() == first_at, theirs, bool(their_names), discrepancy):
                out.append((match.start(), match.end()))
    return out
