"""Atomic file writing: a target is either left as it was or replaced whole, never half-written.

Used by every export (JSON, HTML, PDF) and by saved sessions. The bytes go to a temporary file beside the
target; every write is checked (a full disk fails the export instead of leaving a truncated file), the result
is checked again by reading it back (``check``: e.g. the PDF re-opened), flushed to the disk with fsync, and
only then renamed over the target. A target that is a symbolic link is written through: the file it points to
is replaced and the link stays. A target that exists but is no regular file (a device such as /dev/null, a
named pipe, a socket, a folder) is refused: as root, a rename over /dev/null would replace the device.
Imports nothing of the project.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

# What an errno means to a person when an export fails.
_WRITE_ERRORS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is used up",
    errno.EACCES: "Permission denied",
    errno.EPERM: "Permission denied",
    errno.EROFS: "the disk is read-only",
    errno.ELOOP: "a symbolic link loop",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EIO: "a write error on the disk",
}


class WriteError(Exception):
    """The target cannot be written; the message names it and says why, in words for a person."""


def _why(exc: OSError) -> str:
    return _WRITE_ERRORS.get(exc.errno or 0) or exc.strerror or str(exc)


def _name(path: Path) -> str:
    text = os.fspath(path)
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    except UnicodeEncodeError:
        return text.encode("utf-8", "replace").decode("utf-8")


def resolve_target(target: str | os.PathLike[str]) -> Path:
    """The regular file an export to ``target`` replaces: symlinks followed; WriteError for a folder, a device,
    a pipe or a socket, a symlink loop, or a missing folder."""
    target = Path(target)
    shown = _name(target)
    real = Path(os.path.realpath(target)) if target.is_symlink() else target
    try:
        info = os.stat(real)
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise WriteError(f"cannot write {shown}: {_why(exc)}") from None
    if info is not None and not stat.S_ISREG(info.st_mode):
        kind = (
            "a folder" if stat.S_ISDIR(info.st_mode)
            else "a named pipe" if stat.S_ISFIFO(info.st_mode)
            else "a socket" if stat.S_ISSOCK(info.st_mode)
            else "a device" if stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode)
            else "not a regular file"
        )  # fmt: skip
        raise WriteError(f"cannot write {shown}: it is {kind}, not a file; choose a file name")
    folder = real.parent if str(real.parent) else Path(".")
    if not folder.is_dir():
        raise WriteError(f"cannot write {shown}: folder {_name(folder)} does not exist")
    return real


@contextlib.contextmanager
def atomic_target(
    target: str | os.PathLike[str], check: Callable[[Path], None] | None = None
) -> Iterator[Path]:
    """Yield a temporary path beside ``target``'s real file; once the caller has written it, it is checked
    (not empty, then ``check(path)``, which raises ValueError saying what is wrong), fsynced and renamed
    over the target. On any failure the temporary file is removed and the target is left as it was.

    Writing beside the target (not in /tmp) keeps the final rename on one file system, so it is atomic.
    """
    shown = _name(Path(target))
    real = resolve_target(target)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".part", dir=real.parent)
    except OSError as exc:
        raise WriteError(f"cannot write {shown}: {_why(exc)}") from exc
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise WriteError(f"cannot write {shown}: nothing was produced")
        if check is not None:
            try:
                check(tmp)
            except ValueError as exc:
                raise WriteError(f"cannot write {shown}: {exc}") from None
        fsync_path(tmp)
        os.chmod(tmp, _mode_for(real))
        os.replace(tmp, real)
        with contextlib.suppress(OSError):  # the rename itself reaches the disk (not every file system allows it)
            fsync_path(real.parent)
    except OSError as exc:
        raise WriteError(f"cannot write {shown}: {_why(exc)}") from exc
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def _mode_for(real: Path) -> int:
    try:
        return stat.S_IMODE(os.stat(real).st_mode)  # replacing a file keeps its permissions
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask  # mkstemp makes 0600; a new export gets the user's usual mode


def fsync_path(path: Path) -> None:
    """Flush ``path`` (a file or a folder) to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_bytes_checked(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` and check that every byte was written (a full disk raises OSError)."""
    write_pieces_checked(path, (data,))


def write_pieces_checked(path: Path, pieces: Iterable[bytes]) -> None:
    """Write ``pieces`` one after another to ``path`` and check that every byte was written (a full disk raises
    OSError). An exception from ``pieces`` itself goes up as it is, the file left partly written."""
    expected = 0
    written = 0
    with open(path, "wb") as f:
        for piece in pieces:
            expected += len(piece)
            written += f.write(piece)
        f.flush()
        os.fsync(f.fileno())
    if written != expected or os.stat(path).st_size != expected:
        raise OSError(errno.EIO, "the file was written short")


def utf8(text: str) -> bytes:
    """``text`` as UTF-8; a lone surrogate (only an undecodable byte of a file name brings one) becomes "?"."""
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # never a crash for a file name
        return text.encode("utf-8", "replace")


def write_text_atomic(target: str | os.PathLike[str], text: str) -> None:
    """Write ``text`` as UTF-8 (``utf8``) to ``target`` atomically; WriteError naming the target on any failure."""
    write_bytes_atomic(target, utf8(text))


def write_bytes_atomic(target: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``target`` atomically; WriteError naming the target on any failure."""
    with atomic_target(target) as tmp:
        write_bytes_checked(tmp, data)


def write_pieces_atomic(target: str | os.PathLike[str], pieces: Iterable[bytes]) -> None:
    """Write ``pieces`` one after another to ``target`` atomically (a long document need not exist whole in
    memory); WriteError naming the target on any failure. An exception raised by ``pieces`` goes up as it is,
    the temporary file removed and the target left as it was."""
    with atomic_target(target) as tmp:
        write_pieces_checked(tmp, pieces)


def check_pdf(path: Path) -> None:
    """Re-open a PDF just written: it must parse and have at least one page; ValueError otherwise (a writer
    that hit a full disk can leave a truncated file while saying nothing). For ``atomic_target(check=...)``."""
    data = path.read_bytes()
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise ValueError(f"the PDF came out incomplete ({len(data)} bytes; is the disk full?)")
    try:
        import io

        from pypdf import PdfReader

        pages = len(PdfReader(io.BytesIO(data), strict=True).pages)
    except ImportError:  # pragma: no cover - pypdf is a dependency; the byte checks above still ran
        return
    except Exception as exc:  # the reader's complaint, whatever it is, means the file is damaged
        raise ValueError(f"the PDF came out damaged ({type(exc).__name__})") from None
    if pages < 1:
        raise ValueError("the PDF came out with no pages")
