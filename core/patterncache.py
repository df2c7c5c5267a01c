"""Compiled regular expressions kept between runs: a module's patterns are compiled once per Python version and
read back at later starts, instead of parsed and compiled by ``re`` at every import.

Why: ``re`` parses and compiles in Python; the ~90 patterns the engine compiles at import (most in
core/figures/patterns.py) cost 50-55 ms of CPU at every start, a tenth of a whole 5-article comparison, and the
same patterns rebuilt from their stored compiled form cost ~1.5 ms. What is stored is exactly what
``re._compiler.compile`` hands to ``_sre.compile`` (final flags, code, group count, group names), so the pattern
objects are the ones ``re.compile`` returns (equal by ``==``, which compares the code; tests/core/test_patterncache.py
checks every cached pattern of the engine). The file is keyed by the interpreter's version and the regular
expression engine's magic number; anything unexpected (another Python, a missing private function, a corrupt file)
falls back to ``re.compile``. Only ``str`` patterns are cached.

    CACHE = patterncache.Patterns("figures.patterns")
    WORD = CACHE.compile(r"\\bword\\b", re.I)
    ...
    NEEDS = CACHE.derived(needs.LABEL, WORD, needs.required_text)  # a value read from a pattern, kept the same way
    CACHE.save()  # at the end of the module: writes the file when a pattern was missing from it
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from . import usercache

_KEY: tuple[Any, ...] | None
try:  # private parts of ``re``, stable in CPython 3.11 (the version this project pins); absent -> no cache
    _sre: Any = importlib.import_module("_sre")
    _compiler: Any = importlib.import_module("re._compiler")
    _parser: Any = importlib.import_module("re._parser")
    _KEY = (sys.implementation.name, sys.hexversion, _sre.MAGIC, _sre.CODESIZE, 1)
except (ImportError, AttributeError):  # pragma: no cover - another interpreter
    _KEY = None

Parts = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
T = TypeVar("T")


def compiled_parts(pattern: str, flags: int) -> Parts:
    """What ``re._compiler.compile`` passes to ``_sre.compile`` for ``pattern``: final flags, code, groups - 1,
    group names -> numbers, numbers -> names."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    names: dict[str, int] = dict(parsed.state.groupdict)
    numbers: list[str | None] = [None] * parsed.state.groups
    for name, number in names.items():
        numbers[number] = name
    return int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, names, tuple(numbers)


class Patterns:
    """One module's patterns: ``compile`` serves them from the stored file when it has them."""

    def __init__(self, name: str, folder: Path | None = None) -> None:
        base = folder if folder is not None else usercache.cache_folder()
        self.path = base / f"patterns-{name}.marshal" if base is not None and _KEY is not None else None
        # (pattern, flags) -> its compiled parts; (label, pattern, flags) -> a value derived from it (``derived``)
        self.stored: dict[tuple[Any, ...], Any] = {}
        self.used: set[tuple[Any, ...]] = set()
        self.missing = False
        stored = usercache.read_keyed(self.path, _KEY)
        if isinstance(stored, dict):  # else none yet, another Python, or corrupt: compile and store again
            self.stored = stored

    def compile(self, pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
        """``re.compile(pattern, flags)``, from the stored compiled form when there is one."""
        if self.path is None:
            return re.compile(pattern, flags)
        key = (pattern, int(flags))
        self.used.add(key)
        parts = self.stored.get(key)
        try:
            if parts is None:
                parts = self.stored[key] = compiled_parts(pattern, int(flags))
                self.missing = True
            return _sre.compile(pattern, *parts)
        except Exception:
            self.stored.pop(key, None)
            return re.compile(pattern, flags)

    def derived(self, label: str | None, pattern: re.Pattern[str], read: Callable[[re.Pattern[str]], T]) -> T:
        """``read(pattern)``, stored beside the compiled patterns and read back at later starts: for a value a module
        derives from a pattern's text at import (core/figures/needs.py parses the pattern: ~1-3 ms each). The value
        must be one ``marshal`` writes (None, str, tuple, frozenset, ...). ``label`` names what ``read`` derives and
        must change when its answer may (needs.LABEL digests its source); None: derived afresh, never stored."""
        if self.path is None or label is None:
            return read(pattern)
        key = (label, pattern.pattern, int(pattern.flags))
        self.used.add(key)
        if key not in self.stored:
            self.stored[key] = read(pattern)
            self.missing = True
        value: T = self.stored[key]
        return value

    def save(self) -> None:
        """Store the patterns compiled so far when one was compiled afresh (first run, a pattern changed, another
        Python) or a stored one is no longer used: the file holds exactly this module's current patterns."""
        if self.path is not None and (self.missing or self.used != self.stored.keys()):
            self.stored = {key: parts for key, parts in self.stored.items() if key in self.used}
            usercache.write_keyed(self.path, _KEY, self.stored)
            self.missing = False
