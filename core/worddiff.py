"""Word-level diff of two linked sentences, with diff-match-patch run on words.

As dmp's line mode maps each unique line to one character, each unique word (with the spaces after it) and
each punctuation mark is mapped to one character, the characters are diffed, and the result is mapped back: fast,
and every highlight starts and ends on a word boundary. ``diff_cleanupSemantic`` is not applied: on word diffs it
merges small differences into whole-sentence chunks. Output shape, from ``a`` to ``b``::

    [(0, "At least "), (-1, "25 "), (1, "31 "), (0, "people were killed")]

No Qt here.
"""

from __future__ import annotations

import re

from diff_match_patch import diff_match_patch

# No timeout: sentences are capped at segment.MAX_SENTENCE_CHARS, so a word diff is a few hundred symbols at
# most and finishes in milliseconds; dmp's default 1 s timeout would instead silently return a coarse diff.
DIFF_TIMEOUT = 0.0

# A unit is a word or a punctuation mark with the spaces after it: half as many symbols as words and spaces
# apart, so the O(ND) diff runs about three times faster, and the chunks read as whole words.
_UNIT_RE = re.compile(r"\w+(?:['’]\w+)*\s*|[^\w\s]\s*|\s+", re.UNICODE)
_dmp = diff_match_patch()
_dmp.Diff_Timeout = DIFF_TIMEOUT


def _encode(text: str, vocabulary: dict[str, str], units: list[str]) -> str:
    chars = []
    for unit in _UNIT_RE.findall(text):
        if unit not in vocabulary:
            units.append(unit)
            # Skip the surrogate block so every code is a valid single character.
            code = len(units) + (2048 if len(units) >= 0xD800 else 0)
            vocabulary[unit] = chr(code)
        chars.append(vocabulary[unit])
    return "".join(chars)


def word_diff(a: str, b: str) -> list[tuple[int, str]]:
    """Diff ``a`` -> ``b`` on word boundaries; concatenating the 0 and -1 parts gives ``a``, 0 and 1 gives ``b``."""
    vocabulary: dict[str, str] = {}
    units: list[str] = []
    ea, eb = _encode(a, vocabulary, units), _encode(b, vocabulary, units)
    decode = {code: unit for unit, code in vocabulary.items()}
    result: list[tuple[int, str]] = []
    for op, chars in _dmp.diff_main(ea, eb, False):
        text = "".join(decode[c] for c in chars)
        if result and result[-1][0] == op:
            result[-1] = (op, result[-1][1] + text)
        else:
            result.append((op, text))
    return result


def equal_share(diff: list[tuple[int, str]]) -> float:
    """Share of words (not spaces or punctuation) the two sides have in common, over the longer side."""
    words = {-1: 0, 0: 0, 1: 0}
    for op, text in diff:
        words[op] += len(re.findall(r"\w+", text))
    longer = max(words[0] + words[-1], words[0] + words[1])
    return words[0] / longer if longer else 1.0
