"""Who a statement is attributed to: two linked sentences saying the same words, each attributed to a source, that
differ in the source alone ("..., killing 17 people, police said." / "..., the ferry operator said.").

``source_change(diff)`` reads a link's word diff only: each sentence's attribution (a source before a reporting
verb at the end, "according to SOURCE", or a source and verb opening the sentence), and whether every word outside
the two sources is the same. Quoted speech is left to ``linkflags.quote_mismatches`` (a sentence with quote marks
is not read here), and a pronoun ("he said") names no source to compare. No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_VERBS = r"said|says|reported|reports|announced|confirmed|stated|told reporters|told the \w+"
_SOURCE = r"(?P<src>[A-Za-z][\w'’.\- ]{1,60}?)"
# The attribution forms, each with the source in group "src".
_FORMS = (
    re.compile(rf"[,;]\s+{_SOURCE}\s+(?:{_VERBS})\b[^,;]{{0,40}}[.!]?\s*$"),  # "..., police said on Tuesday."
    re.compile(rf"\baccording to\s+{_SOURCE}(?=\s*[,.;]|\s*$)"),  # "according to the coastguard"
    re.compile(rf"^{_SOURCE}\s+(?:{_VERBS})\b"),  # "Police said the ferry ..."
)
_VERB_NEXT = re.compile(rf"\s*(?:{_VERBS})\b")
_ACCORDING_BEFORE = re.compile(r"according to\s*$")
_QUOTE_MARKS = re.compile("[\"“”«»‘’]|(?:^|\\s)'")
_WORD = re.compile(r"[\w'’]+")
# Words that name no source of their own, left out when two sources are compared.
_FILLER = frozenset("the a an his her its their our local state regional national city county".split())
_PRONOUNS = frozenset("he she they it we i you who which that".split())


def _attribution(text: str) -> tuple[int, int] | None:
    """Where the source of ``text``'s attribution lies, or None."""
    for form in _FORMS:
        match = form.search(text)
        if match:
            return match.span("src")
    return None


def _initials(source: str) -> set[str]:
    """The ways a source may be written short: its acronyms, and the initials of its capitalised words
    ("California Highway Patrol" -> {"chp"}; "the CHP" -> {"chp"})."""
    words = _WORD.findall(source)
    found = {w.lower() for w in words if len(w) > 1 and w.isupper()}
    capitals = "".join(w[0] for w in words if w[0].isupper())
    if len(capitals) > 1:
        found.add(capitals.lower())
    return found


def _words(text: str) -> list[str]:
    return [w.lower() for w in _WORD.findall(text)]


def source_change(diff: Sequence[tuple[int, str]]) -> str | None:
    """"police vs the ferry operator" when the two sentences of a word diff (diff-match-patch chunks, first
    sentence -1, second +1) say the same words but for their attribution's source, and the two sources share no
    word; else None."""
    changed = [k for k, (op, _text) in enumerate(diff) if op]
    if not changed or any(diff[k][0] == 0 and diff[k][1].strip() for k in range(changed[0], changed[-1])):
        return None  # nothing changed, or words changed in two places: not one source put for another
    after = diff[changed[-1] + 1][1] if changed[-1] + 1 < len(diff) else ""
    before = diff[changed[0] - 1][1] if changed[0] else ""
    if not (_VERB_NEXT.match(after) or _ACCORDING_BEFORE.search(before)):
        return None  # the changed words stand before no reporting verb and after no "according to"
    first = "".join(text for op, text in diff if op <= 0)
    second = "".join(text for op, text in diff if op >= 0)
    if _QUOTE_MARKS.search(first) or _QUOTE_MARKS.search(second):
        return None
    here, there = _attribution(first), _attribution(second)
    if here is None or there is None:
        return None
    (a0, a1), (b0, b1) = here, there
    if _words(first[:a0] + " " + first[a1:]) != _words(second[:b0] + " " + second[b1:]):
        return None  # words besides the sources differ: a rewording, not another source
    sources = first[a0:a1].strip(), second[b0:b1].strip()
    named = [set(_words(s)) - _FILLER for s in sources]
    if not named[0] or not named[1] or named[0] & _PRONOUNS or named[1] & _PRONOUNS or named[0] & named[1]:
        return None
    if _initials(sources[0]) & _initials(sources[1]):
        return None  # "the CHP" and "the California Highway Patrol"
    return f"{sources[0]} vs {sources[1]}"
