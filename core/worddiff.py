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


def _rebuild(ops: list[tuple[str, int]], units_a: list[str], units_b: list[str]) -> list[tuple[int, str]]:
    """The diff's chunks from dmp's (op, count) runs."""
    result: list[tuple[int, str]] = []
    ia = ib = 0
    for op, n in ops:
        if op == "+":
            text = "".join(units_b[ib : ib + n])
            ib += n
        else:
            text = "".join(units_a[ia : ia + n])
            ia += n
            if op == "=":
                ib += n
        code = _OPS[op]
        if result and result[-1][0] == code:
            result[-1] = (code, result[-1][1] + text)
        else:
            result.append((code, text))
    return result


def word_diff(a: str, b: str) -> list[tuple[int, str]]:
    """Diff ``a`` -> ``b`` on word boundaries; concatenating the 0 and -1 parts gives ``a``, 0 and 1 gives ``b``."""
    if a == b:  # wire copies: most links of a syndicated story
        return [(0, a)] if a else []
    units_a, units_b = _UNIT_RE.findall(a), _UNIT_RE.findall(b)
    vocabulary: dict[str, str] = {}
    ea, eb = _encode(units_a, vocabulary), _encode(units_b, vocabulary)
    ops = _dmp_diff(ea, eb, timelimit=DIFF_TIMEOUT, checklines=False, cleanup="No", counts_only=True)
    return _rebuild(ops, units_a, units_b)


def equal_share(diff: list[tuple[int, str]]) -> float:
    """Share of words (not spaces or punctuation) the two sides have in common, over the longer side."""
    words = {-1: 0, 0: 0, 1: 0}
    for op, text in diff:
        words[op] += len(_WORD_RE.findall(text))
    return _share(words[0], words[-1], words[1])


def _share(equal: int, deleted: int, inserted: int) -> float:
    longer = max(equal + deleted, equal + inserted)
    return equal / longer if longer else 1.0


Chunks = tuple[tuple[int, str], ...]


class WordDiffer:
    """Word diffs of the many links of one comparison, in bulk: each sentence is cut into units and encoded once,
    over one vocabulary (a sentence takes part in up to 19 links among 20 articles), the equal share comes from
    words counted per unit, and a pair of texts met again (syndicated copy: one sentence shared by 20 articles
    is in 190 links, many of them between the same two wordings) is answered from the first diff. The diffs and
    shares are ``word_diff``'s and ``equal_share``'s: codes differ, but dmp compares characters only for
    equality, so the same units give the same runs (tests/core/test_worddiff.py).
    """

    def __init__(self) -> None:
        self._vocabulary: dict[str, str] = {}
        # sentence text -> (its codes, offset of each unit's start in the text and the text's length, words before
        # each unit: both prefix sums one longer than the units)
        self._sentences: dict[str, tuple[str, list[int], list[int]]] = {}
        self._pairs: dict[tuple[str, str], tuple[Chunks, float]] = {}

    def _sentence(self, text: str) -> tuple[str, list[int], list[int]]:
        known = self._sentences.get(text)
        if known is not None:
            return known
        # The units cover the text end to end (every character is a word, a mark or a space), so a run of units
        # is a slice of the text.
        units = _UNIT_RE.findall(text)
        offsets = [0]
        words = [0]
        end = total = 0
        for unit in units:
            end += len(unit)
            offsets.append(end)
            first = unit[0]
            if first.isalnum() or first == "_":  # a word unit (\w): its words are split by its apostrophes only
                total += 1 + unit.count("'") + unit.count("’")
            words.append(total)
        known = self._sentences[text] = (_encode(units, self._vocabulary), offsets, words)
        return known

    def diff(self, a: str, b: str) -> tuple[Chunks, float]:
        """``word_diff(a, b)`` (as a tuple) and its ``equal_share``."""
        known = self._pairs.get((a, b))
        if known is not None:
            return known
        if a == b:
            result: tuple[Chunks, float] = (((0, a),) if a else ()), 1.0
        else:
            if len(self._vocabulary) > MAX_CODES - len(a) - len(b):  # never in practice: start afresh
                self._vocabulary.clear()
                self._sentences.clear()
            ea, offsets_a, words_a = self._sentence(a)
            eb, offsets_b, words_b = self._sentence(b)
            ops = _dmp_diff(ea, eb, timelimit=DIFF_TIMEOUT, checklines=False, cleanup="No", counts_only=True)
            chunks: list[tuple[int, str]] = []
            equal = deleted = inserted = 0
            ia = ib = 0
            for op, n in ops:
                if op == "=":
                    code, text = 0, a[offsets_a[ia] : offsets_a[ia + n]]
                    equal += words_a[ia + n] - words_a[ia]
                    ia += n
                    ib += n
                elif op == "-":
                    code, text = -1, a[offsets_a[ia] : offsets_a[ia + n]]
                    deleted += words_a[ia + n] - words_a[ia]
                    ia += n
                else:
                    code, text = 1, b[offsets_b[ib] : offsets_b[ib + n]]
                    inserted += words_b[ib + n] - words_b[ib]
                    ib += n
                if chunks and chunks[-1][0] == code:  # dmp merges its runs; kept in case a run is ever split
                    chunks[-1] = (code, chunks[-1][1] + text)
                else:
                    chunks.append((code, text))
            result = tuple(chunks), _share(equal, deleted, inserted)
        self._pairs[(a, b)] = result
        return result
