"""The value a number's text states: digits ("1,200", "3.5 million", "2k") and number words ("four million",
"twenty-five", "a dozen"), and where a run of number words holds one number each ("three and four" is two).
Reads no context around the number.
"""

from __future__ import annotations

import functools
import re

from . import lexicon as lx
from . import patterns as pt

_WORD_PARTS = re.compile(rf"[\s{pt.COMPOUND_DASHES}]+")


def parse_number_words(text: str) -> float | None:
    """ "four million" -> 4e6, "twenty-five" -> 25, "a dozen" -> 12, "one hundred and five" -> 105."""
    words = _WORD_PARTS.split(text.lower())
    total = 0.0
    current = 0.0
    seen = False
    for w in words:
        if w in ("and", ""):
            continue
        if w in ("a", "an"):
            current = 1
            seen = True
        elif w == "several":
            current = 3
            seen = True
        elif w == "few":
            current = 2
            seen = True
        elif w in lx.SMALL:
            current += lx.SMALL[w]
            seen = True
        elif w in lx.TENS:
            current += lx.TENS[w]
            seen = True
        elif w == "dozen":
            current = (current or 1) * 12
            seen = True
        elif w == "hundred":
            current = (current or 1) * 100
            seen = True
        elif w in lx.SCALES:
            total += (current or 1) * lx.SCALES[w]
            current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


_NO_GROUPS = str.maketrans("", "", ", " + pt.GROUP_SPACES)  # "1,200", "1\u202f200", "1, 200" -> "1200"


@functools.lru_cache(maxsize=lx.WORD_CACHE_SIZE)
def parse_digits(text: str) -> tuple[float, bool]:
    """ "1,200" -> 1200; "3.5 million" -> 3.5e6; returns (value, has_scale_word)."""
    m = pt.DIGITS_AND_SCALE.match(text)
    assert m is not None
    value = float(m.group(1).translate(_NO_GROUPS))
    scale = m.group(2).lower()
    if scale in lx.SCALES:
        return value * lx.SCALES[scale], True
    short = {"k": 1e3, "m": 1e6, "mn": 1e6, "b": 1e9, "bn": 1e9, "t": 1e12, "tn": 1e12}
    if scale in short:
        return value * short[scale], True
    return value, False


_LETTER_WORDS = re.compile(r"[A-Za-z]+")


def number_pieces(text: str) -> list[tuple[int, int]]:
    """Where a run of number words holds one number each (offsets into ``text``): English joins number words into
    one number only as a unit after a tens word ("twenty-five", "forty two"), a scale after a number ("four
    million", "two hundred") and words after a scale ("one hundred and five", "two thousand five hundred"); any
    other neighbours are two numbers ("three and four", "three four-year-olds"), never their sum."""
    pieces: list[tuple[int, int]] = []
    start = end = -1
    prev = ""  # what the last word of the current piece is: "lead" (a, an, several, few), unit, teen, tens, scale
    after_and = False
    for w in _LETTER_WORDS.finditer(text):
        word = w.group().lower()
        if word == "and":
            after_and = prev in ("hundred", "scale")
            if not after_and:  # "three and four": the number ends before "and"
                pieces.append((start, end))
                start, prev = -1, ""
            continue
        small = lx.SMALL.get(word)
        kind = ("lead" if word in ("a", "an", "several", "few") else "unit" if small is not None and small < 10
                else "teen" if small is not None else "tens" if word in lx.TENS else "hundred" if word == "hundred"
                else "scale" if word in lx.SCALES else "dozen")  # fmt: skip
        joins = start >= 0 and (
            prev == "lead"
            or (kind in ("hundred", "scale", "dozen") and prev in ("unit", "teen", "tens"))
            or (kind == "scale" and prev == "hundred" and not after_and)
            or (kind == "unit" and prev in ("tens", "hundred", "scale"))
            or (kind in ("teen", "tens") and prev in ("hundred", "scale"))
        )
        if not joins:
            if start >= 0:
                pieces.append((start, end))
            start = w.start()
        end, prev, after_and = w.end(), kind, False
    if start >= 0:
        pieces.append((start, end))
    return pieces
