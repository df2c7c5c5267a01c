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


def _encode(units: list[str], vocabulary: dict[str, str]) -> str:
    """One character per unit, the same character for the same unit on either side."""
    chars = []
    for unit in units:
        code = vocabulary.get(unit)
        if code is None:
            n = len(vocabulary) + 1
            # Skip the surrogate block so every code is a valid single character.
            code = vocabulary[unit] = chr(n + (2048 if n >= 0xD800 else 0))
        chars.append(code)
    return "".join(chars)


def word_diff(a: str, b: str) -> list[tuple[int, str]]:
    """Diff ``a`` -> ``b`` on word boundaries; concatenating the 0 and -1 parts gives ``a``, 0 and 1 gives ``b``."""
    if a == b:  # wire copies: most links of a syndicated story
        return [(0, a)] if a else []
    units_a, units_b = _UNIT_RE.findall(a), _UNIT_RE.findall(b)
    vocabulary: dict[str, str] = {}
    ea, eb = _encode(units_a, vocabulary), _encode(units_b, vocabulary)
    result: list[tuple[int, str]] = []
    ia = ib = 0
    for op, n in _dmp_diff(ea, eb, timelimit=DIFF_TIMEOUT, checklines=False, cleanup="No", counts_only=True):
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


def equal_share(diff: list[tuple[int, str]]) -> float:
    """Share of words (not spaces or punctuation) the two sides have in common, over the longer side."""
    words = {-1: 0, 0: 0, 1: 0}
    for op, text in diff:
        words[op] += len(_WORD_RE.findall(text))
    longer = max(words[0] + words[-1], words[0] + words[1])
    return words[0] / longer if longer else 1.0
