"""Word-level diff of two linked sentences: Google's diff-match-patch run on words, in its C++ port.

As dmp's line mode maps each unique line to one character, each unique word (with the spaces after it) and
each punctuation mark is mapped to one character, the characters are diffed, and the result is mapped back: fast,
and every highlight starts and ends on a word boundary. ``diff_cleanupSemantic`` is not applied: on word diffs it
merges small differences into whole-sentence chunks. Output shape, from ``a`` to ``b``::

    [(0, "At least "), (-1, "25 "), (1, "31 "), (0, "people were killed")]

The diff itself runs in ``fast_diff_match_patch`` (the C++ port of the same algorithm: Myers' bisection, common
prefix and suffix, the same merge clean-up): on 20,000 random pairs and on every link of the seeds and the news
clusters its runs are the pure-Python port's, chunk for chunk (tests/core/test_worddiff.py), at a third to a
tenth of the time. No Qt here.
"""

from __future__ import annotations

import re

from fast_diff_match_patch import diff as _dmp_diff

# No timeout: sentences are capped at segment.MAX_SENTENCE_CHARS, so a word diff is a few hundred symbols at
# most and finishes in milliseconds; a time limit would instead silently return a coarse diff.
DIFF_TIMEOUT = 0.0

# A unit is a word or a punctuation mark with the spaces after it: half as many symbols as words and spaces
# apart, so the O(ND) diff runs about three times faster, and the chunks read as whole words.
_UNIT_RE = re.compile(r"\w+(?:['’]\w+)*\s*|[^\w\s]\s*|\s+", re.UNICODE)
_WORD_RE = re.compile(r"\w+")
_OPS = {"=": 0, "-": -1, "+": 1}


# Codes handed out by one WordDiffer before it starts a fresh vocabulary: below the last code point, with room
# for the surrogate block it skips. A comparison of two 2 MB files holds about 60,000 distinct units.
MAX_CODES = 0x10FFFF - 4096


def _code(n: int) -> str:
    """The n-th code (n >= 1), skipping the surrogate block so every code is a valid single character."""
    return chr(n + (2048 if n >= 0xD800 else 0))


def _encode(units: list[str], vocabulary: dict[str, str]) -> str:
    """One character per unit, the same character for the same unit on either side."""
    chars = []
    for unit in units:
        code = vocabulary.get(unit)
        if code is None:
            code = vocabulary[unit] = _code(len(vocabulary) + 1)
        chars.append(code)
    return "".join(chars)


def _rebuild(
    ops: list[tuple[str, int]], units_a: list[str], units_b: list[str],
    words_a: list[int] | None = None, words_b: list[int] | None = None,
) -> tuple[list[tuple[int, str]], list[int]]:  # fmt: skip
    """The diff's chunks from dmp's (op, count) runs, and the words of each op (equal, deleted, inserted) when the
    words per unit are given."""
    result: list[tuple[int, str]] = []
    words = [0, 0, 0]  # indexed by op: 0 equal, 1 inserted, -1 deleted
    ia = ib = 0
    for op, n in ops:
        if op == "+":
            text = "".join(units_b[ib : ib + n])
            if words_b is not None:
                words[1] += words_b[ib + n] - words_b[ib]
            ib += n
        else:
            text = "".join(units_a[ia : ia + n])
            if words_a is not None:
                words[_OPS[op]] += words_a[ia + n] - words_a[ia]
            ia += n
            if op == "=":
                ib += n
        code = _OPS[op]
        if result and result[-1][0] == code:
            result[-1] = (code, result[-1][1] + text)
        else:
            result.append((code, text))
    return result, words


def word_diff(a: str, b: str) -> list[tuple[int, str]]:
    """Diff ``a`` -> ``b`` on word boundaries; concatenating the 0 and -1 parts gives ``a``, 0 and 1 gives ``b``."""
    if a == b:  # wire copies: most links of a syndicated story
        return [(0, a)] if a else []
    units_a, units_b = _UNIT_RE.findall(a), _UNIT_RE.findall(b)
    vocabulary: dict[str, str] = {}
    ea, eb = _encode(units_a, vocabulary), _encode(units_b, vocabulary)
    ops = _dmp_diff(ea, eb, timelimit=DIFF_TIMEOUT, checklines=False, cleanup="No", counts_only=True)
    return _rebuild(ops, units_a, units_b)[0]


def equal_share(diff: list[tuple[int, str]]) -> float:
    """Share of words (not spaces or punctuation) the two sides have in common, over the longer side."""
    words = {-1: 0, 0: 0, 1: 0}
    for op, text in diff:
        words[op] += len(_WORD_RE.findall(text))
    return _share(words[0], words[-1], words[1])


def _share(equal: int, deleted: int, inserted: int) -> float:
    longer = max(equal + deleted, equal + inserted)
    return equal / longer if longer else 1.0


class WordDiffer:
    """Word diffs of the many links of one comparison, in bulk: each sentence is cut into units and encoded once,
    over one vocabulary (a sentence takes part in up to 19 links among 20 articles), and the equal share comes
    from words counted per unit. The diffs and shares are ``word_diff``'s and ``equal_share``'s: codes differ, but
    dmp compares characters only for equality, so the same units give the same runs (tests/core/test_worddiff.py).
    """

    def __init__(self) -> None:
        self._vocabulary: dict[str, str] = {}
        # sentence text -> (its units, their codes, words before each unit: a prefix sum one longer than the units)
        self._sentences: dict[str, tuple[list[str], str, list[int]]] = {}

    def _sentence(self, text: str) -> tuple[list[str], str, list[int]]:
        known = self._sentences.get(text)
        if known is not None:
            return known
        units = _UNIT_RE.findall(text)
        words = [0]
        total = 0
        for unit in units:
            first = unit[0]
            if first.isalnum() or first == "_":  # a word unit (\w): its words are split by its apostrophes only
                total += 1 + unit.count("'") + unit.count("’")
            words.append(total)
        known = self._sentences[text] = (units, _encode(units, self._vocabulary), words)
        return known

    def diff(self, a: str, b: str) -> tuple[list[tuple[int, str]], float]:
        """``word_diff(a, b)`` and its ``equal_share``."""
        if a == b:
            return ([(0, a)] if a else []), 1.0
        if len(self._vocabulary) > MAX_CODES - len(a) - len(b):  # never in practice: start afresh, not overflow
            self._vocabulary.clear()
            self._sentences.clear()
        units_a, ea, words_a = self._sentence(a)
        units_b, eb, words_b = self._sentence(b)
        ops = _dmp_diff(ea, eb, timelimit=DIFF_TIMEOUT, checklines=False, cleanup="No", counts_only=True)
        result, words = _rebuild(ops, units_a, units_b, words_a, words_b)
        return result, _share(words[0], words[-1], words[1])
