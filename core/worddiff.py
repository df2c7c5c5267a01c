"""Word-level diff of two linked sentences: a minimal edit script over words, computed by rapidfuzz's compiled LCS.

As diff-match-patch's line mode maps each unique line to one character, each unique word (with the spaces after
it) and each punctuation mark is mapped to one character, the characters are diffed, and the result is mapped back:
fast, and every highlight starts and ends on a word boundary. Output shape, from ``a`` to ``b``::

    [(0, "At least "), (-1, "25 "), (1, "31 "), (0, "people were killed")]

The diff keeps a longest common subsequence of the two unit strings equal (``rapidfuzz.distance.Indel``: a
bit-parallel LCS in C++, insertions and deletions only) and is written out in diff-match-patch's conventions: equal
runs merged, and between two equal runs the deletions first, then the insertions, one chunk each. Where several
longest common subsequences exist (a repeated "the", a comma), the one kept can differ from the one diff-match-patch
(Myers' bisection, used here until issue 12) kept, and so can the chunk boundaries and, by a few words, the equal
share of very different sentences; the number of equal units cannot (tests/core/test_worddiff.py checks it against
a textbook LCS and the pure-Python diff-match-patch). On the links of the seeds, the news clusters and bench/scale.py's
cases, 1.4-2.5 us a diff against 49-115 us for fast-diff-match-patch, which reads the CPU clock (a system call) at
every step of its search even with no time limit. No Qt here.
"""

from __future__ import annotations

import re
from itertools import accumulate

from rapidfuzz.distance import Indel

# A unit is a word or a punctuation mark with the spaces after it: half as many symbols as words and spaces
# apart, and the chunks read as whole words. Written as r"\w+(?:['’]\w+)*\s*|[^\w\s]\s*|\s+" reads it, faster: each
# quantifier possessive (nothing after one can fail, so no match ever gave anything back) and "[^\w\s]" as "\S" (the
# first branch takes every \w): the same units, found ~14% faster (every sentence of the 100k-word pair, best of 25:
# 30.7 -> 26.4 ms; 15% fewer instructions); tests/core/test_worddiff.py compares with the plain pattern.
_UNIT_RE = re.compile(r"\w++(?:['’]\w++)*+\s*+|\S\s*+|\s++")
_WORD_RE = re.compile(r"\w+")


# Codes handed out by one WordDiffer before it starts a fresh vocabulary: below the last code point, with room
# for the surrogate block it skips. A comparison of two 2 MB files holds about 60,000 distinct units.
MAX_CODES = 0x10FFFF - 4096


def _code(n: int) -> str:
    """The n-th code (n >= 1), skipping the surrogate block so every code is a valid single character."""
    return chr(n + (2048 if n >= 0xD800 else 0))


class _Vocabulary(dict[str, str]):
    """Unit -> its code, the same character for the same unit on either side of every diff; a unit met for the
    first time gets the next code, and its number of words is noted (``words``, by unit: a unit found in a sentence
    has its hash already, a code read back from a string of codes would be a new string to hash)."""

    def __init__(self) -> None:
        super().__init__()
        self.words: dict[str, int] = {}

    def __missing__(self, unit: str) -> str:
        code = self[unit] = _code(len(self) + 1)
        first = unit[0]
        # a word unit (\w): its words are split by its apostrophes only
        self.words[unit] = 1 + unit.count("'") + unit.count("’") if first.isalnum() or first == "_" else 0
        return code


def word_diff(a: str, b: str) -> list[tuple[int, str]]:
    """Diff ``a`` -> ``b`` on word boundaries; concatenating the 0 and -1 parts gives ``a``, 0 and 1 gives ``b``."""
    return list(WordDiffer().diff(a, b)[0])


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

# Indel.editops, looked up once: called for every link of a comparison.
_editops = Indel.editops


class WordDiffer:
    """Word diffs of the many links of one comparison, in bulk: each sentence is cut into units and encoded once,
    over one vocabulary (a sentence takes part in up to 19 links among 20 articles), the equal share comes from
    words counted per unit, and a pair of texts met again (syndicated copy: one sentence shared by 20 articles
    is in 190 links, many of them between the same two wordings) is answered from the first diff. The shares are
    ``equal_share``'s, and the diffs do not depend on the codes (the LCS compares characters only for equality),
    so a fresh vocabulary gives the same chunks (tests/core/test_worddiff.py).
    """

    def __init__(self) -> None:
        self._vocabulary = _Vocabulary()
        # sentence text -> (its codes, offset of each unit's start in the text and the text's length, words before
        # each unit: both prefix sums one longer than the units)
        self._sentences: dict[str, tuple[str, list[int], list[int]]] = {}
        self._pairs: dict[tuple[str, str], tuple[Chunks, float]] = {}

    def _sentence(self, text: str) -> tuple[str, list[int], list[int]]:
        """The sentence's codes and prefix sums, computed at its first diff. The units cover the text end to end
        (every character is a word, a mark or a space), so a run of units is a slice of the text."""
        units = _UNIT_RE.findall(text)
        vocabulary = self._vocabulary
        codes = "".join(map(vocabulary.__getitem__, units))
        known = self._sentences[text] = (
            codes,
            list(accumulate(map(len, units), initial=0)),
            list(accumulate(map(vocabulary.words.__getitem__, units), initial=0)),
        )
        return known

    def diff(self, a: str, b: str) -> tuple[Chunks, float]:
        """``word_diff(a, b)`` (as a tuple) and its ``equal_share``. The LCS may pick other equal runs when the
        two sides swap, so a pair is always diffed in one order (the smaller text first) and the other order
        reads the same LCS with deletions and insertions exchanged: ``compare A B`` and ``compare B A`` highlight
        the same words."""
        known = self._pairs.get((a, b))
        if known is not None:
            return known
        if a == b:
            result: tuple[Chunks, float] = (((0, a),) if a else ()), 1.0
            self._pairs[(a, b)] = result
            return result
        sentences = self._sentences
        known_a, known_b = sentences.get(a), sentences.get(b)
        if known_a is None or known_b is None:  # new codes only for a sentence met for the first time
            if len(self._vocabulary) > MAX_CODES - len(a) - len(b):  # never in practice: start afresh
                self._vocabulary = _Vocabulary()
                sentences.clear()
                known_a = known_b = None
            known_a = known_a or self._sentence(a)
            known_b = known_b or sentences.get(b) or self._sentence(b)
        ea, offsets_a, words_a = known_a
        eb, offsets_b, words_b = known_b
        chunks: list[tuple[int, str]] = []
        append = chunks.append
        equal = 0  # words in equal runs
        ia = ib = 0  # units of a and b written out so far
        # The LCS's equal runs, straight from its edit operations (Indel.opcodes builds its opcodes from the same
        # ones). Each run is maximal: an edit lies between any two (rapidfuzz's as_matching_blocks), so each gap
        # before a run is one change, its deletions then its insertions, and each run is one equal chunk; the last
        # block is (len, len, 0). Two loops, not one with the sides looked up: the loop runs ~9 times a link.
        if b < a:  # the LCS of (b, a), read the other way
            for block in _editops(eb, ea).as_matching_blocks():
                jb, ja, n = block.a, block.b, block.size
                if ja > ia:
                    append((-1, a[offsets_a[ia] : offsets_a[ja]]))
                if jb > ib:
                    append((1, b[offsets_b[ib] : offsets_b[jb]]))
                if n:
                    ia, ib = ja + n, jb + n
                    append((0, a[offsets_a[ja] : offsets_a[ia]]))
                    equal += words_a[ia] - words_a[ja]
        else:
            for block in _editops(ea, eb).as_matching_blocks():
                ja, jb, n = block.a, block.b, block.size
                if ja > ia:
                    append((-1, a[offsets_a[ia] : offsets_a[ja]]))
                if jb > ib:
                    append((1, b[offsets_b[ib] : offsets_b[jb]]))
                if n:
                    ia, ib = ja + n, jb + n
                    append((0, a[offsets_a[ja] : offsets_a[ia]]))
                    equal += words_a[ia] - words_a[ja]
        # the other words of each side are its deleted or inserted ones (``_share``, inlined: once a link)
        longer = max(words_a[-1], words_b[-1])
        result = tuple(chunks), (equal / longer if longer else 1.0)
        self._pairs[(a, b)] = result
        return result


def with_heads(chunks: Chunks, head_a: str, head_b: str) -> Chunks:
    """A diff of two sentences' rests (each without its opening ``head_a`` / ``head_b``: a dateline, a page's label
    opening the paragraph, "UPDATE: "), with each head put back as its side's own words before the first change:
    the chunks spell out both whole sentences again, and the heads were never matched against the other's words."""
    if not head_a and not head_b:
        return chunks
    first = next((k for k, (op, _text) in enumerate(chunks) if op == 0), len(chunks))
    deleted = head_a + "".join(text for op, text in chunks[:first] if op < 0)
    inserted = head_b + "".join(text for op, text in chunks[:first] if op > 0)
    return ((-1, deleted),) * bool(deleted) + ((1, inserted),) * bool(inserted) + chunks[first:]
