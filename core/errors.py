"""Errors a user can cause with their input, and how a file's name is shown in a message.

Every message is one line that names the file. A name is shown as the user would type it; bytes that are not
valid UTF-8 (possible in a POSIX file name) show as U+FFFD, so a message or a JSON document can always be
written. Imports nothing of the project.
"""

from __future__ import annotations

import os


class InputError(Exception):
    """An input file cannot be compared (missing, a folder, empty, binary, undecodable, too large) or there
    are too few articles. ``path`` is the offending file, or None when the problem is the set of files."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path


def display_name(path: str | os.PathLike[str] | bytes) -> str:
    """``path`` as text safe to print or write as UTF-8: undecodable bytes become U+FFFD, control characters
    (a newline in a file name would split a one-line message) become their escape."""
    name = os.fsdecode(path)
    try:
        name = name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:  # a lone surrogate that did not come from a file name's bytes
        name = name.encode("utf-8", "replace").decode("utf-8")
    if any(ch < " " or ch == "\x7f" for ch in name):
        name = "".join(repr(ch)[1:-1] if ch < " " or ch == "\x7f" else ch for ch in name)
    return name
