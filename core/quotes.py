"""Quotations: quoted speech inside a sentence, its speaker where the sentence names one, and whether two
renderings of a quote differ in wording.

Quote marks recognised: straight double quotes, curly double quotes, guillemets, and curly single quotes when
they open after a space (so apostrophes in "rebels’ gains" are not taken for quotes). No Qt here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from . import patterncache

_RX = patterncache.Patterns("quotes")  # compiled patterns kept between runs (core/patterncache.py)


@dataclass(frozen=True)
class QuoteSettings:
    """Knobs of quote comparison, today's values as defaults."""

    # A quotation of fewer words is a term in scare quotes ("difficult"), not speech whose wording can differ.
    min_speech_words: int = 4
    # Two renderings whose word sets overlap less than this (Jaccard) are probably different quotations, not one
    # quotation worded two ways; more than this but not equal is a wording mismatch.
    same_quote_min_overlap: float = 0.15


DEFAULT_QUOTE_SETTINGS = QuoteSettings()

# Each form of quotation: what must hold before its opening mark, the mark, then the quoted words (a group named
# by the form) and the closing mark. The scan and the marks a sentence is checked for are both built from this.
_QUOTE_FORMS = (
    ("", "“", r"(?P<a>[^”“]{2,}?)”"),
    ("", '"', r'(?P<b>[^"]{2,}?)"'),
    ("", "«", r"\s*(?P<c>[^»«]{2,}?)\s*»"),
    (r"(?:(?<=\s)|^)", "‘", r"(?P<d>[^’‘]{2,}?)’(?=[\s.,;:!?)]|$)"),
)
_QUOTE_RE = _RX.compile("|".join(before + re.escape(mark) + rest for before, mark, rest in _QUOTE_FORMS))
_SPEECH_VERBS = (
    r"said|says|say|stated|stating|states|declared|declaring|declares|told|tells|added|adding|adds|vowed|"
    r"warned|warning|insisted|wrote|writes|explained|noted|claimed|argued|announced|remarked|replied|"
    r"asked|urged|described|describing|characterized|characterised|according to"
)
_NAME = r"(?:[A-Z][\w'’\-]+(?:\s+(?:al-|bin\s|de\s|van\s)?[A-Z][\w'’\-]+){0,3})"
_NAME_RE = _RX.compile(_NAME)
_VERB_RE = _RX.compile(rf"\b(?:{_SPEECH_VERBS})\b")
_PARTICLES = {"al", "el", "bin", "ibn", "de", "da", "van", "von", "der", "la", "le", "abu"}
_APPOSITIVE_RE = _RX.compile(r",\s[^,“”\"]{1,80}?,")
_WORD_RE = _RX.compile(r"\w+(?:['’]\w+)*")
# Capitalised words that start a sentence or name a role are not speakers.
_NOT_NAMES = {"The", "A", "An", "In", "On", "At", "But", "And", "He", "She", "They", "It", "We", "I", "This", "That",
              "President", "Minister", "Foreign", "General", "Commander", "Mr", "Mrs", "Ms", "Dr"}  # fmt: skip


@dataclass(frozen=True)
class FoundQuote:
    """A quotation in one sentence: offsets of the quoted words (without the marks) within the sentence."""

    text: str
    start: int
    end: int
    speaker: str


# Every quotation _QUOTE_RE finds opens with the mark of its form: a sentence with none of them (most) is not scanned,
# which the alternation would do at every character (~10 us a sentence).
_OPENING_MARKS = tuple(mark for _before, mark, _rest in _QUOTE_FORMS)


def find_quotes(sentence: str) -> list[FoundQuote]:
    """Quotations in a sentence, with the speaker named outside the quote marks if any."""
    if not any(mark in sentence for mark in _OPENING_MARKS):
        return []
    found = []
    for match in _QUOTE_RE.finditer(sentence):
        group = next(g for g in ("a", "b", "c", "d") if match.group(g) is not None)
        start, end = match.start(group), match.end(group)
        outside = sentence[: match.start()] + " " * (match.end() - match.start()) + sentence[match.end() :]
        found.append(FoundQuote(sentence[start:end], start, end, _speaker(outside, match.start(), match.end())))
    return found


def _speaker(outside: str, q_start: int, q_end: int) -> str:
    """The name nearest a speech verb outside the quote: "Assad declared", "said Ahmad Tutenji", "X, ..., stating"."""
    # An appositive between commas (", visiting Damascus Sunday,") sits between a speaker and their verb; blank
    # it out unless it holds the verb itself.
    outside = _APPOSITIVE_RE.sub(
        lambda m: m.group(0) if _VERB_RE.search(m.group(0)) else " " * len(m.group(0)), outside
    )
    verbs = list(_VERB_RE.finditer(outside))
    matches = [
        m for m in _NAME_RE.finditer(outside) if m.group(0).split()[0] not in _NOT_NAMES or len(m.group(0).split()) > 1
    ]
    names = [n for n in (_trim_name(m) for m in matches) if n]
    if not names:
        return ""
    if not verbs:
        return ""
    # Nearest name to any speech verb, preferring names before the verb ("Assad declared") and then after it.
    best = min(
        (
            (abs(v.start() - (n_start if n_start > v.start() else n_end)), name)
            for v in verbs
            for name, n_start, n_end in names
        ),
        key=lambda t: t[0],
    )
    return best[1]


def _trim_name(match: re.Match[str]) -> tuple[str, int, int] | None:
    words = match.group(0).split()
    while words and words[0] in _NOT_NAMES:
        words = words[1:]
    if not words:
        return None
    name = " ".join(words)
    name = re.sub(r"['’]s$", "", name)
    end = match.end()
    return name, end - len(" ".join(words)), end


def words(text: str) -> list[str]:
    """Lower-cased words of a quotation, punctuation dropped."""
    return [w.lower().replace("’", "'") for w in _WORD_RE.findall(text)]


def is_speech(quote: str, settings: QuoteSettings = DEFAULT_QUOTE_SETTINGS) -> bool:
    """Long enough to be speech whose exact wording matters."""
    return len(words(quote)) >= settings.min_speech_words


def wording_differs(a: str, b: str, settings: QuoteSettings = DEFAULT_QUOTE_SETTINGS) -> bool:
    """Two renderings of (apparently) one quotation differ in wording: not equal word for word, one not a part
    of the other, and still sharing enough words to be the same quotation."""
    wa, wb = words(a), words(b)
    if wa == wb:
        return False
    sa, sb = " ".join(wa), " ".join(wb)
    if sa in sb or sb in sa:  # one outlet quoted only part of the sentence
        return False
    union = set(wa) | set(wb)
    return bool(union) and len(set(wa) & set(wb)) / len(union) >= settings.same_quote_min_overlap


def same_speaker(a: str, b: str) -> bool:
    """Speakers compatible: unknown on either side, or sharing a name word ("Assad" and "Bashar al-Assad")."""
    if not a or not b:
        return True
    return bool(_name_words(a) & _name_words(b))


def _name_words(name: str) -> set[str]:
    """Words of a name without particles: "Bashar al-Assad" -> {"bashar", "assad"}."""
    return {w for w in re.split(r"[\s\-]+", name.lower()) if w and w not in _PARTICLES}


_RX.save()  # stores the patterns compiled afresh above, if any
