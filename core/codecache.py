"""The code of dataclass methods kept between runs: ``dataclasses`` writes each class's ``__init__``, ``__repr__``,
``__eq__``, ``__hash__`` ... as source text and compiles it at every import; ``install()`` makes it compile each
distinct text once per Python version and read the code back from the user's cache folder (core/usercache.py)
at later starts.

Why: the engine defines ~35 dataclasses; compiling their ~200 generated methods costs ~40 ms of CPU at every
start (of ~50 ms for the dataclasses in all), a tenth of a whole 5-article comparison; the cached code costs ~2 ms.

How: the only ``exec`` in CPython 3.11's ``dataclasses`` (in ``_create_fn``) is resolved through the module's
globals before the builtins, so a module global ``exec`` there receives every generated text. It runs the code
compiled from exactly that text with exactly the flags ``exec`` would use (file name "<string>", no inherited
``__future__`` flags: ``dataclasses`` has none), so the classes are the same; only where the code comes from
differs. Keyed by the interpreter's version and bytecode magic number; a Python whose ``dataclasses`` differs
(no ``_create_fn``) is left alone. New code is written at exit, only when some was compiled afresh.
"""

from __future__ import annotations

import atexit
import builtins
import dataclasses
import importlib.util
import sys
from pathlib import Path
from types import CodeType
from typing import Any

from . import usercache

CACHE_FILE = "dataclass-code.marshal"
# Texts kept at most: every class of the app and the tests fits many times; a file grown past it (classes edited
# over many versions) is rewritten with this run's texts only.
MAX_TEXTS = 4096
_KEY = (sys.implementation.name, sys.hexversion, importlib.util.MAGIC_NUMBER, 1)


class _Cache:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.codes: dict[str, CodeType] = {}
        self.used: set[str] = set()
        self.missing = False
        codes = usercache.read_keyed(path, _KEY)
        if isinstance(codes, dict):  # else none yet, another Python, or corrupt: compile again
            self.codes = codes

    def exec(self, source: Any, globals: Any = None, locals: Any = None) -> None:
        """``exec`` as ``dataclasses`` calls it, with the compiled code of a known text reused."""
        if not isinstance(source, str):
            return builtins.exec(source, globals, locals)
        self.used.add(source)
        code = self.codes.get(source)
        if code is None:
            code = self.codes[source] = compile(source, "<string>", "exec", dont_inherit=True)
            self.missing = True
        return builtins.exec(code, globals, locals)

    def save(self) -> None:
        if not self.missing or self.path is None:
            return
        if len(self.codes) > MAX_TEXTS:
            self.codes = {text: code for text, code in self.codes.items() if text in self.used}
        usercache.write_keyed(self.path, _KEY, self.codes)
        self.missing = False


_installed: _Cache | None = None


def install(folder: Path | None = None) -> bool:
    """Serve dataclass code from the cache from now on in this process; True when installed (idempotent)."""
    global _installed
    if _installed is not None:
        return True
    if not hasattr(dataclasses, "_create_fn") or "exec" in vars(dataclasses):
        return False  # another dataclasses than the one described above
    base = folder if folder is not None else usercache.cache_folder()
    _installed = _Cache(base / CACHE_FILE if base is not None else None)
    dataclasses.exec = _installed.exec  # type: ignore[attr-defined]
    atexit.register(_installed.save)
    return True


def uninstall() -> None:
    """Back to ``dataclasses``' own compiling (tests); stores what was compiled afresh."""
    global _installed
    if _installed is not None:
        _installed.save()
        atexit.unregister(_installed.save)
        del dataclasses.exec  # type: ignore[attr-defined]
        _installed = None
