"""Files kept between runs in the user's cache folder (``$XDG_CACHE_HOME/reportdiff``, else
``~/.cache/reportdiff``): derived data that is slow to rebuild at every start (core/bpe.py's tokenizer tables,
core/patterncache.py's compiled patterns). Everything here may be deleted at any time: a missing, unreadable or
unwritable file only costs the rebuild. Writes go through a temporary file and a rename, so two processes starting
at once never read a half-written file. Imports nothing of the project.
"""

from __future__ import annotations

import marshal
import os
import tempfile
from pathlib import Path
from typing import Any


def cache_folder() -> Path | None:
    """``$XDG_CACHE_HOME/reportdiff`` (when absolute), else ``~/.cache/reportdiff``; None without a home."""
    base = os.environ.get("XDG_CACHE_HOME", "")
    if not os.path.isabs(base):
        home = os.environ.get("HOME", "")
        if not os.path.isabs(home):
            return None
        base = os.path.join(home, ".cache")
    return Path(base) / "reportdiff"


def read(path: Path | None) -> bytes | None:
    """The file's bytes, or None when there is no such file or it cannot be read."""
    if path is None:
        return None
    try:
        return path.read_bytes()
    except OSError:
        return None


def write_quietly(path: Path | None, data: bytes) -> None:
    """Replace ``path`` with ``data`` whole (temporary file, then rename); a cache that cannot be written is not an
    error, so every OSError is swallowed."""
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".part-", dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as stream:
                stream.write(data)
            os.replace(temporary, path)
        except BaseException:
            os.unlink(temporary)
            raise
    except OSError:
        pass


def read_keyed(path: Path | None, key: Any, missing: Any = None) -> Any:
    """The value stored by ``write_keyed(path, key, value)``; ``missing`` when there is none, it was stored under
    another key (another Python, another source file), or the file is corrupt."""
    data = read(path)
    if data is None:
        return missing
    try:
        stored_key, value = marshal.loads(data)
    except (ValueError, EOFError, TypeError):
        return missing  # corrupt (or not a pair): rebuilt by the caller
    return value if stored_key == key else missing


def write_keyed(path: Path | None, key: Any, value: Any) -> None:
    """Store ``value`` (marshal-able) under ``key`` for ``read_keyed``; quietly, as ``write_quietly``."""
    write_quietly(path, marshal.dumps((key, value)))
