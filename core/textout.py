"""Writing to standard output, whatever it is: JSON as UTF-8 (or ASCII escapes where the stream takes another
encoding), readable text in the stream's own encoding, and a closed or failing stream as one ``WriteError``.

A terminal or pipe in Latin-1 or ASCII (``PYTHONIOENCODING``, a C locale without coercion) cannot take every
character of an article: JSON then goes out with ``\\uXXXX`` escapes (the same data, valid in any ASCII-compatible
encoding), a summary with ``\\uXXXX``-style replacements, and an HTML document as the UTF-8 bytes its
``<meta charset>`` declares. Pure Python, no Qt.
"""

from __future__ import annotations

import codecs
import contextlib
import re
from collections.abc import Iterator
from typing import TextIO

from .atomic import WriteError

_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if code > 0xFFFF:  # outside the basic plane: a surrogate pair, as JSON spells it
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def ascii_json(data: bytes) -> str:
    """UTF-8 JSON ``data`` with every non-ASCII character escaped (``\\u00e9``): the same JSON value. Outside
    strings JSON holds ASCII only, so each such character is inside a string, where the escape means it."""
    return _NON_ASCII.sub(_escape, data.decode("utf-8"))


def _utf8(out: TextIO) -> bool:
    encoding = getattr(out, "encoding", None)
    if not isinstance(encoding, str):
        return False
    try:
        return codecs.lookup(encoding).name == "utf-8"
    except LookupError:
        return False


@contextlib.contextmanager
def _writing(out: TextIO | None) -> Iterator[TextIO]:
    """``out`` to write on; a closed stream or a failed write (a full disk) as ``WriteError``. A broken pipe (the
    reader left) goes up as it is: the command stops quietly."""
    if out is None:  # started with standard output closed (`>&-`)
        raise WriteError("cannot write to standard output: it is closed")
    try:
        yield out
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise WriteError(f"cannot write to standard output: {exc.strerror or exc}") from exc


def write_json_line(out: TextIO | None, data: bytes) -> None:
    """``data`` (UTF-8 JSON, one line) and a newline on ``out``: straight to its byte stream when it encodes
    UTF-8 (standard output, as a rule), else as ASCII-escaped JSON text (a stream in another encoding, a
    StringIO). A closed stream or a failed write (a full disk) raises ``WriteError``."""
    with _writing(out) as stream:
        raw = getattr(stream, "buffer", None)
        if raw is not None and _utf8(stream):
            stream.flush()  # whatever was written as text goes first
            raw.write(data)
            raw.write(b"\n")
            raw.flush()
        else:
            stream.write(ascii_json(data) + "\n")
            stream.flush()


def write_text(out: TextIO | None, text: str, document: bool = False) -> None:
    """``text`` on ``out``: a readable summary in the stream's encoding (characters it lacks written as
    ``\\uXXXX``), or with ``document`` an HTML document as UTF-8 bytes when the stream has a byte buffer.
    A closed stream or a failed write raises ``WriteError``."""
    with _writing(out) as stream:
        raw = getattr(stream, "buffer", None)
        if raw is None or _utf8(stream):
            stream.write(text)
        else:
            encoding = "utf-8" if document else stream.encoding
            stream.flush()
            raw.write(text.encode(encoding, "backslashreplace"))
        stream.flush()


__all__ = ["ascii_json", "write_json_line", "write_text"]
