"""sentence_features' patterns come from the stored compiled patterns (core/patterncache.py) and are the ones
``re.compile`` gives: read afresh and read back from a stored file, they equal re.compile's and find the same words
and attribution tails."""

from __future__ import annotations

import re
from pathlib import Path

from reportdiff.core import patterncache
from reportdiff.core import sentence_features as words

NAMES = ("_TOKEN_RE", "_ASCII_TOKEN_RE", "_ATTRIBUTION_TAIL", "_ATTRIBUTION_HINT")


def test_every_pattern_equals_re_compile(tmp_path: Path) -> None:
    """Each pattern the module compiled through the cache, compiled afresh and read back as a new process reads
    it, equals re.compile's (same text, flags and code)."""
    keys = [key for key in words._RX.stored if len(key) == 2]
    assert len(keys) == len(NAMES)
    first = patterncache.Patterns("test-sentence-features", tmp_path)
    fresh = [first.compile(p, f) for p, f in keys]
    first.save()
    second = patterncache.Patterns("test-sentence-features", tmp_path)
    again = [second.compile(p, f) for p, f in keys]
    assert not second.missing  # all served from the file
    expected = [re.compile(p, f) for p, f in keys]
    assert fresh == expected and again == expected


def test_the_module_patterns_are_re_compiles() -> None:
    """The patterns in use equal re.compile's and find the same spans in a sentence with a closing attribution."""
    text = "Russian warplanes struck Idlib on Tuesday, killing 25 people, the Syrian Observatory said in a statement."
    for name in NAMES:
        ours = getattr(words, name)
        theirs = re.compile(ours.pattern, ours.flags)
        assert ours == theirs
        assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)]
    assert words.attribution_tail(text) == text.index(", the Syrian")
