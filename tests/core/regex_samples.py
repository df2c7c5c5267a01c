"""Example strings read from a regular expression's own text, for tests of what guards a pattern.

``samples(pattern)`` covers the pattern: every alternative of every alternation, every character or range end a
class lists, every optional part taken (and left out), each at least once. So a word added to a pattern is at once
an example its guard is tested on, and a guard that is a hand copy of the pattern cannot silently fall behind it.
Some examples may not match (a look-around or a boundary the filler characters break): ``matching`` keeps the ones
that do, in a few contexts. Read from ``re``'s own parser (``re._parser``, private, CPython 3.11).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from typing import Any

_parser: Any = importlib.import_module("re._parser")
_c: Any = importlib.import_module("re._constants")

_REPEATS = (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT))
# One character of each class category (the Unicode and the ASCII spellings alike).
_CATEGORY = {
    "DIGIT": "5", "NOT_DIGIT": "x", "SPACE": " ", "NOT_SPACE": "x", "WORD": "a", "NOT_WORD": " ",
    "LINEBREAK": "\n", "NOT_LINEBREAK": "x",
}  # fmt: skip
# Characters tried for a negated class, first fit wins.
_OUTSIDE = " xQ0-!é\n"


def _category(name: str) -> str:
    return _CATEGORY[name.removeprefix("CATEGORY_").removeprefix("UNI_").removeprefix("LOC_")]


def _in_class(ch: str, items: list[tuple[Any, Any]]) -> bool:
    tests = {"DIGIT": str.isdigit, "SPACE": str.isspace, "WORD": lambda c: c.isalnum() or c == "_",
             "LINEBREAK": lambda c: c == "\n"}  # fmt: skip
    for op, av in items:
        if op is _c.LITERAL and ch == chr(av):
            return True
        if op is _c.RANGE and av[0] <= ord(ch) <= av[1]:
            return True
        if op is _c.CATEGORY:
            name = str(av).removeprefix("CATEGORY_").removeprefix("UNI_").removeprefix("LOC_")
            base = name.removeprefix("NOT_")
            if tests[base](ch) != name.startswith("NOT_"):
                return True
    return False


def _class(items: list[tuple[Any, Any]]) -> list[str]:
    if items and items[0][0] is _c.NEGATE:
        rest = items[1:]
        return [next(ch for ch in _OUTSIDE if not _in_class(ch, rest))]
    out: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            out.append(chr(av))
        elif op is _c.RANGE:
            out += [chr(av[0]), chr(av[1])]
        elif op is _c.CATEGORY:
            out.append(_category(str(av)))
        else:
            raise ValueError(f"class item {op}")
    return out or ["x"]


def _item(op: Any, av: Any) -> tuple[list[str], bool]:
    """The examples of one part of a sequence, and whether the part may be left out (a repeat of at least none)."""
    if op is _c.LITERAL:
        return [chr(av)], False
    if op is _c.NOT_LITERAL:
        return ["x" if av != ord("x") else "y"], False
    if op is _c.ANY:
        return ["x"], False
    if op is _c.IN:
        return _class(av), False
    if op is _c.BRANCH:
        return [s for alternative in av[1] for s in _sequence(alternative)], False
    if op is _c.SUBPATTERN:
        return _sequence(av[-1]), False
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _sequence(av), False
    if op in _REPEATS:
        low, _high, body = av
        return [s * max(low, 1) for s in _sequence(body)], low == 0
    if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT, _c.GROUPREF):
        return [""], False
    raise ValueError(f"regex part {op}")


def _sequence(items: Iterable[tuple[Any, Any]]) -> list[str]:
    """Each part's examples cycled side by side (as many strings as the part with the most, each example used), with
    the optional parts all left out, each taken alone, and all taken: a guard that only one of them trips is met."""
    parts = [_item(op, av) for op, av in items]
    if not parts:
        return [""]
    optional = [k for k, (_examples, may_skip) in enumerate(parts) if may_skip]
    chosen = [set(), *({k} for k in optional), set(optional)] if optional else [set()]
    out: list[str] = []
    for taken in chosen:
        lists = [ex if not may_skip or k in taken else [""] for k, (ex, may_skip) in enumerate(parts)]
        count = max(len(p) for p in lists)
        out += ["".join(p[j % len(p)] for p in lists) for j in range(count)]
    return list(dict.fromkeys(out))


def samples(pattern: re.Pattern[str] | str, flags: int = 0) -> list[str]:
    """Strings covering every alternative, class character and optional part of ``pattern`` (deduplicated, in
    order); with re.I also their upper-case and title-case forms."""
    text, flags = (pattern.pattern, pattern.flags) if isinstance(pattern, re.Pattern) else (pattern, flags)
    found = _sequence(_parser.parse(text, flags))
    if flags & re.IGNORECASE:
        found += [s.upper() for s in found] + [s.title() for s in found]
    return list(dict.fromkeys(found))


CONTEXTS = ("{}", " {} ", "x {} x", "Ab{}", "At least 25 people were killed, {}, police said 3.")


def matching(pattern: re.Pattern[str], examples: Iterable[str] | None = None) -> list[str]:
    """Texts built from the pattern's samples (or ``examples``) in a few contexts, each one the pattern matches."""
    out = []
    for example in samples(pattern) if examples is None else examples:
        for context in CONTEXTS:
            text = context.format(example)
            if pattern.search(text):
                out.append(text)
    return out
