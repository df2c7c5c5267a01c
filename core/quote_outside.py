"""The text outside a sentence's or a paragraph's quotations, as speakers are read in it (``outside_text``):
quotations blanked, a term's closing comma kept, spaced hyphens read as hyphens where the article writes them so.
No Qt here."""

from __future__ import annotations

import re

from .quote_lexicon import FUNCTION_WORDS, RX
from .quote_terms import term_words

# A hyphen written with a space on each side ("61 - year - old", "so - called", "WDIV - TV"), as ECB+'s tokenised
# text and some scraped copy write every hyphen, reads as a dash: a clause's end, so "said 61 - year - old Anargyros
# Bizianis" named nobody. In a text that writes no hyphen without spaces, the words joined so are read as one word
# (``hyphens_joined``); in one that does ("a 61-year-old man"), a spaced hyphen is a dash ("the cave - every
# one of them"), and so is one before a function word ending the run ("12 top hoodlums - but not Gigante"; not
# "three - and - out", where the function word is inside).
_SPACED_HYPHEN_RE = RX.compile(r"(?<![\w'’])\w[\w'’]*(?: - [\w'’]+)+")
HYPHEN_RE = RX.compile(r"\w-\w")


def _joined(run: re.Match[str]) -> str:
    """A run of words with spaced hyphens between them (``_SPACED_HYPHEN_RE``) joined into one word, the spaces
    taken out put after it (the text keeps its length: offsets hold); a last word that is a function word stays
    apart."""
    parts = run.group().split(" - ")
    keep = 1  # the words joined: up to a function word ending the run, or a word in lower case after a capital
    while keep < len(parts):
        word, before = parts[keep], parts[keep - 1]
        if (keep == len(parts) - 1 and word.lower() in FUNCTION_WORDS) or (before[0].isupper() and word[0].islower()):
            break  # a dash: "hoodlums - but not Gigante", "Jonathan Wright - director of wholesale products"
        keep += 1
    if keep == 1:
        return run.group()
    joined = "-".join(parts[:keep])
    tail = "".join(" - " + word for word in parts[keep:])
    return joined + tail + " " * (len(run.group()) - len(joined) - len(tail))


def hyphens_joined(text: str, spaced: bool) -> str:
    """``text`` with its spaced hyphens read as hyphens (``_SPACED_HYPHEN_RE``) when its article writes its hyphens
    spaced (``spaced``: no hyphen in it without spaces)."""
    return _SPACED_HYPHEN_RE.sub(_joined, text) if spaced and " - " in text else text


def outside_text(text: str, spans: list[tuple[int, int, int, int]], spaced_hyphens: bool) -> str:
    """``text`` with every quotation (``quotation_spans``) blanked out, marks and all: no quoted word names a speaker. A
    comma ending a term's words inside its closing mark (American style: 'his work in “Revolutionary Road,” said',
    'an e-mailed “traffic disruption update,” adding') is kept: it is the sentence's, closing an aside or a clause
    (blanked, the aside 'who ... in' ran on to "said", and "in" was read as a subject naming nobody). A quotation of
    speech keeps nothing: its comma ('“...,” he said') is the quotation's own."""
    out = blanked(text, [(mark_start, mark_end) for mark_start, _start, _end, mark_end in spans])
    kept = [
        end - 1
        for _mark_start, start, end, mark_end in spans
        if mark_end == end + 1 and end > start and text[end - 1] == "," and term_words(text[start:end])
    ]
    if kept:
        chars = list(out)  # one pass: a paragraph may hold thousands of quotations
        for at in kept:
            chars[at] = ","
        out = "".join(chars)
    return hyphens_joined(out, spaced_hyphens)


def blanked(text: str, ranges: list[tuple[int, int]]) -> str:
    """``text`` with every character inside ``ranges`` (start, end) a space, built in one pass."""
    pieces = []
    pos = 0
    for start, end in sorted(ranges):
        if end <= pos:
            continue
        start = max(start, pos)
        pieces.append(text[pos:start])
        pieces.append(" " * (end - start))
        pos = end
    pieces.append(text[pos:])
    return "".join(pieces)
