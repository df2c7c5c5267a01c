"""Guards: cheap tests that tell a pattern or a pass cannot find anything in a sentence, so it is never tried.

Speed only: with ``USE_GUARDS`` off every pattern scans every sentence, and the figures are the same (the tests
switch it off on this module and compare). Holds the guard of each pattern of ``patterns.py`` (``GUARDS``,
``may_match``), the words of an ASCII sentence made in one pass (``SPLIT_WORDS``), the checks of the letters after a
count made before a role verb or a unit is matched there, and the bound on how many numbers a sentence may hold.
Reads nothing of the other parts of ``figures``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from . import lexicon as lx
from . import patterns as pt

# The guards of patterns.py are used (False: every pattern scans every sentence, as the test compares).
USE_GUARDS = True
# The role verb after a count is looked for without testing the sentence for the words it needs at the first counts
# of a sentence: the test (~35 substrings, ~6 us) costs about four matches (~1.5 us each), so it pays only in
# sentences of many counts (figures8k: ~6 a sentence; the 100k-word pair: ~1, where testing first was ~2% slower).
ROLE_AFTER_GUARD_FROM = 3

# Each guarded pattern's (words needed, hint, words-or-hint), looked up by the pattern's identity: a compiled pattern
# hashes its whole compiled code at every dict lookup (CPython does not cache a pattern's hash), ~1 us for the large
# ones, and find_figures asks ~20 times a sentence (17% of finding figures on the 100k-word pair).
_Guard = tuple[frozenset[str] | None, re.Pattern[str] | None, tuple[frozenset[str], re.Pattern[str]] | None]
GUARDS: dict[int, _Guard] = {
    id(p): (pt.WORD_NEEDS.get(p), pt.HINTS.get(p), pt.WORD_OR_HINT.get(p))
    for p in (*pt.WORD_NEEDS, *pt.HINTS, *pt.WORD_OR_HINT)
}


def may_match(
    pattern: re.Pattern[str], sentence: str, words: frozenset[str] | None,
    hinted: Callable[[re.Pattern[str]], bool] | None = None,
) -> bool:
    """False when the pattern's guard shows it cannot match ``sentence`` (``words``: its words, or None).
    ``hinted``: whether the sentence holds a match of a guard's hint, when the caller remembers the answers
    (``Scan.hinted``); else each hint is searched."""
    if not USE_GUARDS:
        return True
    guard = GUARDS.get(id(pattern))
    if guard is None:
        return True
    need, hint, either = guard
    if need is not None and words is not None and words.isdisjoint(need):
        return False
    if (either is not None and words is not None and words.isdisjoint(either[0])
            and not (hinted(either[1]) if hinted else either[1].search(sentence))):  # fmt: skip
        return False
    if hint is None:
        return True
    return hinted(hint) if hinted else hint.search(sentence) is not None


_WORD = re.compile(r"\w+")
# In ASCII text \w is [A-Za-z0-9_]: every other ASCII character made a space, split() gives _WORD's words (~20%
# faster than findall; tests/core/test_figures_guards.py compares); capitals made small letters in the same pass,
# so the words come in lower case with no lower() first.
SPLIT_WORDS = str.maketrans({
    **{chr(c): " " for c in range(128) if not (chr(c).isalnum() or chr(c) == "_")},
    **{chr(c): chr(c).lower() for c in range(ord("A"), ord("Z") + 1)},
})
_DIGIT_RUN = re.compile(r"[0-9]+")
# where a word of ASCII text may hold a second run of digits: a digit found first (a scan in C skips to digits; a
# letter first was tried at every letter, ~2 us a sentence), then the character before it
_DIGIT_AFTER_LETTER = re.compile(r"[0-9](?<=[A-Za-z_][0-9])")
# The number words NUMBER_TOKEN matches, in lower case (what re.I matches of them in ASCII text).
_TOKEN_WORDS = frozenset(w.lower() for w in pt.TOKEN_WORDS)


def _number_tokens(sentence: str, split: list[str]) -> int:
    """How many matches of NUMBER_TOKEN an ASCII sentence holds, from its words (``split``: its ``\\w+`` runs in lower
    case): a run of digits, or a whole word that is a number word (under re.I, in ASCII text, the word in lower
    case), never a piece of a word, since \\b stands on both sides (tests/core/test_figures_bounds.py compares)."""
    return sum(map(_TOKEN_WORDS.__contains__, split)) + len(_DIGIT_RUN.findall(sentence))


def may_hold_more(sentence: str, split: list[str], limit: int) -> bool:
    """Whether an ASCII sentence holds more than ``limit`` matches of NUMBER_TOKEN (``_number_tokens``), asked only of
    a sentence of more words than ``limit`` or with a digit right after a letter: each token lies in one word of
    ``split`` (a number word is one whole; a run of digits is inside a word, and a second run in the same word comes
    after a letter or "_"), so otherwise it holds at most one token a word. Asked of nearly every sentence: over the
    100k-word pair's, 21 -> 9.5 ms against counting each (tests/core/test_figures_bounds.py compares)."""
    if len(split) <= limit and _DIGIT_AFTER_LETTER.search(sentence) is None:
        return False
    return _number_tokens(sentence, split) > limit


def no_person(sentence: str, has_digit: bool, words: Iterable[str]) -> bool:
    """Whether an ASCII sentence (``words``: its words in lower case) surely holds no person noun for "a man", "one
    woman" to count (``articles``): with no digit and no "_", each word counted_noun reads is a run of letters between
    spaces and marks, so a person noun is one of its words (lexicon.PERSON_WORDS). Most sentences with an article hold
    none, and reading each article's noun phrase cost ~10 us an article (0.06 s of the 100k-word pair)."""
    return not has_digit and "_" not in sentence and lx.PERSON_WORDS.isdisjoint(words)


# A count followed by letters no unit opens with has no unit after it (patterns.UNIT_LEAD_WORDS); no letters ("") is
# let through, since "%" and "-" units start with none.
_UNIT_LEADS = pt.UNIT_LEAD_WORDS | {""}


def may_open_unit(sentence: str, pos: int) -> bool:
    """Whether UNIT_AFTER may match at ``pos`` of an ASCII sentence: the letters after the spaces are a unit's first
    letters (patterns.UNIT_LEAD_WORDS), or there are none ("%", "-mile" open with none)."""
    return pt.LEAD_WORD.match(sentence, pos).group(1).lower() in _UNIT_LEADS  # type: ignore[union-attr]


def may_open_role(sentence: str, pos: int) -> bool:
    """Whether ROLE_AFTER may match at ``pos`` of an ASCII sentence: the letters after the spaces and comma it opens
    with are an auxiliary's, a role form's first word or end in "ly" (patterns.ROLE_AFTER_LEAD_WORDS; none: no)."""
    lead = pt.LEAD_WORD_AFTER_COMMA.match(sentence, pos).group(1).lower()  # type: ignore[union-attr]
    return lead in pt.ROLE_AFTER_LEAD_WORDS or lead.endswith("ly")
