"""The fixed text every match of a regular expression holds, read from the pattern itself.

``required_text(pattern)`` gives strings (lower case) one of which every match of the pattern holds: an ASCII
sentence whose lower-cased text holds none of them cannot match, so the pattern need not be scanned there. The
figure guards (``patterns.py``) are derived from it instead of being hand copies of what a pattern can match, so a
word added to a pattern is guarded in by construction.

Read from the parse tree of ``re``'s own parser (``re._parser``, the private module core/patterncache.py relies on
too); when it is missing or the tree holds something unknown, the answer is None and the pattern is always scanned.
Sound, not exact: the strings may be found in a sentence the pattern does not match (that sentence is just scanned).

How: in a sequence, each run of literal characters is required, and so is what any part that must occur (a group,
a repeat of at least one, an alternation all of whose alternatives require something) requires; of these the most
selective is kept. An alternation requires one of its alternatives' requirements, a class of a few listed characters
one of them. A non-ASCII literal, any other class, a look-around or an anchor ends a run and requires nothing (under
re.I a non-ASCII letter may match an ASCII one: "ſ" matches "s"). Pure standard library.
"""

from __future__ import annotations

import hashlib
import importlib
import re
from pathlib import Path
from typing import Any

try:  # private, stable in CPython 3.11 (pinned); absent -> nothing derived, every pattern scanned
    _parser: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._constants")
    _REPEATS = frozenset({_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)})
    # Parts that consume nothing: they end a run of literals and require nothing.
    _ZERO_WIDTH = frozenset({_c.AT, _c.ASSERT, _c.ASSERT_NOT})
    # Parts that consume a character not known in advance.
    _ANY_CHARACTER = frozenset({_c.IN, _c.ANY, _c.NOT_LITERAL, _c.CATEGORY})
except (ImportError, AttributeError):  # pragma: no cover - another interpreter
    _parser = None


def _source_label() -> str | None:
    """The label "needs-" and a digest of this file: a stored answer of ``required_text`` (core/patterncache.py
    ``derived``) is read back only by the code that derived it. None where the source cannot be read (a bundled
    app): then the answer is derived at every start."""
    try:
        return "needs-" + hashlib.blake2b(Path(__file__).read_bytes(), digest_size=8).hexdigest()
    except OSError:
        return None


LABEL = _source_label()


class _Unknown(Exception):
    """A part of the parse tree this reader does not know: derive nothing."""


def _best(options: list[frozenset[str]]) -> frozenset[str] | None:
    """The most selective requirement: its shortest string longest, then the fewest strings."""
    if not options:
        return None
    return max(options, key=lambda o: (min(map(len, o)), -len(o)))


def _sequence(items: Any) -> frozenset[str] | None:
    options: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            options.append(frozenset({"".join(run)}))
            run.clear()

    for op, av in items:
        if op is _c.LITERAL:
            ch = chr(av)
            if ch.isascii():
                run.append(ch.lower())
                continue
            flush()
        elif op is _c.SUBPATTERN:
            flush()
            inner = _sequence(av[-1])
            if inner:
                options.append(inner)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            flush()
            inner = _sequence(av)
            if inner:
                options.append(inner)
        elif op is _c.BRANCH:
            flush()
            alternatives = [_sequence(alt) for alt in av[1]]
            if all(alternatives):
                options.append(frozenset().union(*alternatives))  # type: ignore[arg-type]
        elif op in _REPEATS:
            flush()
            low, _high, body = av
            inner = _sequence(body) if low >= 1 else None
            if inner:
                options.append(inner)
        elif op is _c.IN:
            flush()
            chars = _class_characters(av)
            if chars:
                options.append(chars)
        elif op in _ZERO_WIDTH or op in _ANY_CHARACTER or op is _c.GROUPREF:
            flush()
        else:
            raise _Unknown(op)
    flush()
    return _best(options)


# A class of at most this many listed characters requires one of them ("[$€£]"); a larger one is no help.
_MAX_CLASS = 8
_ASCII = "".join(map(chr, range(128)))


def _class_characters(items: Any) -> frozenset[str] | None:
    """The characters a class lists, lower-cased, when it lists only a few plain characters; None otherwise. A
    non-ASCII character is kept only when it folds onto no ASCII one (re.I matches "ſ" with "s"): kept, it is never in
    ASCII text, so an ASCII text must hold one of the others."""
    if len(items) > _MAX_CLASS or any(op is not _c.LITERAL for op, _av in items):
        return None
    chars = [chr(av) for _op, av in items]
    if any(not ch.isascii() and re.search(re.escape(ch), _ASCII, re.I) for ch in chars):
        return None
    return frozenset(ch.lower() for ch in chars)


def _simplest(strings: frozenset[str]) -> frozenset[str]:
    """Without a string that holds another of them: a text holding it holds the other, so the test is the same."""
    return frozenset(s for s in strings if not any(t != s and t in s for t in strings))


def required_text(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lower-case strings one of which every match of ``pattern`` in ASCII text holds (the text lower-cased; empty:
    no ASCII text matches); None when nothing can be said (then the pattern must always be scanned)."""
    if _parser is None or not isinstance(pattern.pattern, str):
        return None
    try:
        found = _sequence(_parser.parse(pattern.pattern, pattern.flags))
    except (_Unknown, re.error, AttributeError, TypeError, ValueError):
        return None
    if not found:
        return None
    # Only ASCII text is tested: a non-ASCII string (a sign that folds onto no ASCII character) is never in it.
    return _simplest(frozenset(t for t in found if t.isascii()))


def may_hold(needs: frozenset[str] | None, lowered: str) -> bool:
    """Whether lower-cased ASCII text may hold a match of a pattern needing ``needs`` (None: it may)."""
    return needs is None or any(s in lowered for s in needs)
