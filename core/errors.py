"""Errors a user can cause with their input; each message is one sentence that names the file."""


class InputError(Exception):
    """An input file cannot be compared (missing, a folder, empty, binary, undecodable, too large) or there
    are too few articles. ``path`` is the offending file, or None when the problem is the set of files."""

    def __init__(self, message: str, path: str | None = None) -> None:
        super().__init__(message)
        self.path = path
