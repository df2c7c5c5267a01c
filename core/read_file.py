"""Read one input file's bytes safely: regular files only, a bounded read, and one line for every path error.

Devices, named pipes and sockets are refused by their type before anything is read (a pipe would block and
/dev/zero never ends); the file is opened non-blocking and checked again on the open descriptor, so a path
swapped for a pipe in between cannot hang the read either. At most ``limit`` bytes are accepted, read in
chunks, so a file that grows while it is read still stops at the bound. Never imports Qt.
"""

from __future__ import annotations

import errno
import os
import stat

from .errors import InputError, display_name

CHUNK = 1 << 20  # bytes per read call

# What each errno means to a person, for the path errors a user can cause.
_PATH_ERRORS = {
    errno.ENOENT: "no such file",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.ELOOP: "a symbolic link loop",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.ENXIO: "not a file (a socket or a device with nothing behind it)",
    errno.EIO: "a read error on the disk",
    errno.EISDIR: "is a folder, not an article",
}


def path_error(name: str, exc: OSError) -> str:
    """One line for an ``OSError`` on ``name``: the file, then what went wrong in words."""
    what = _PATH_ERRORS.get(exc.errno or 0) or (exc.strerror or str(exc)).lower()
    return f"{name} is a folder, not an article" if exc.errno == errno.EISDIR else f"{name}: {what}"


def kind_of(mode: int) -> str | None:
    """None for a regular file, else what the path is, in words ("a folder", "a named pipe", ...)."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def read_bounded(path: str | os.PathLike[str], limit: int, what: str = "file") -> bytes:
    """The bytes of the regular file ``path`` (symlinks followed); InputError naming the file when it is not
    a regular file, cannot be read, or holds more than ``limit`` bytes (``what`` names it: "web page", ...)."""
    name = display_name(path)
    raw = os.fspath(path)
    try:
        info = os.stat(raw)
    except OSError as exc:
        raise InputError(path_error(name, exc), os.fsdecode(raw)) from None
    except ValueError:  # an embedded NUL in the name
        raise InputError(f"{name}: not a valid file name", os.fsdecode(raw)) from None
    kind = kind_of(info.st_mode)
    if kind == "a folder":
        raise InputError(f"{name} is a folder, not an article", os.fsdecode(raw))
    if kind:
        raise InputError(f"{name} is {kind}, not an article file", os.fsdecode(raw))
    _check_size(name, raw, info.st_size, limit, what)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(raw, flags)
    except OSError as exc:  # vanished, permissions changed, or replaced by a socket since the stat
        raise InputError(path_error(name, exc), os.fsdecode(raw)) from None
    try:
        info = os.fstat(fd)
        kind = kind_of(info.st_mode)
        if kind:
            raise InputError(f"{name} is {kind}, not an article file", os.fsdecode(raw))
        _check_size(name, raw, info.st_size, limit, what)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(CHUNK, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        _check_size(name, raw, total, limit, what)
        return b"".join(chunks)
    except OSError as exc:
        raise InputError(path_error(name, exc), os.fsdecode(raw)) from None
    finally:
        os.close(fd)


def _check_size(name: str, raw: str | bytes, size: int, limit: int, what: str) -> None:
    if size > limit:
        raise InputError(
            f"{name} is {size / 1e6:.1f} MB; ReportDiff reads a {what} of up to {limit / 1e6:.0f} MB",
            os.fsdecode(raw),
        )
