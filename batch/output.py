"""Where a batch's reports go: one JSON Lines file, or a folder of JSON files; neither is ever left half-written.

JSON Lines (``--out results.jsonl``): one line per story, in the order stories finish. A compared story's line is
the report exactly as ``reportdiff compare --json`` writes it, with ``"story"`` (the subfolder's name) added in
front; a failed story's line is ``{"story": ..., "error": ..., "articles": N}`` (no ``"format"``, so
``Report.from_json`` refuses it). Lines go to ``results.jsonl.part`` as they come, whole and flushed, and the
file takes its name only when the batch ends; an interrupted batch leaves the ``.part`` with every finished story.

Folder (``--out-dir DIR``): ``STORY.json`` per compared story, each written atomically, byte for byte what
``compare --json`` writes, and ``failures.jsonl`` with the failed stories (empty when none failed; it cannot clash
with a story's file, which ends in ``.json``). A report goes out as the UTF-8 bytes the worker encoded (never
decoded and encoded again). No Qt here.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import BinaryIO, Protocol, TextIO

from reportdiff.core.atomic import WriteError, utf8, write_bytes_atomic
from reportdiff.core.textout import write_json_line

from .run import Outcome

FAILURES_FILE = "failures.jsonl"


class Sink(Protocol):
    """Receives outcomes as they finish; ``close`` says whether the batch ran to its end; ``done`` names the
    stories an earlier run finished (with ``--resume``)."""

    done: set[str]

    def write(self, outcome: Outcome) -> None: ...

    def close(self, complete: bool) -> str: ...


def outcome_line(outcome: Outcome) -> bytes:
    """One JSON line (no newline) for a story, UTF-8."""
    name = json.dumps(outcome.story, ensure_ascii=False)
    if outcome.report_json is not None:
        return b'{"story": ' + utf8(name) + b", " + outcome.report_json[1:]  # the report's own object, story first
    return utf8(json.dumps({"story": outcome.story, "error": outcome.error, "articles": outcome.articles},
                           ensure_ascii=False))  # fmt: skip


class _StdoutBytes:
    """Lines of bytes onto a text stream, as ``textout.write_json_line`` writes them: into its byte buffer when it
    takes UTF-8 (the process's standard output, as a rule), else as ASCII-escaped JSON."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, data: bytes) -> None:
        write_json_line(self.stream, data.removesuffix(b"\n"))

    def flush(self) -> None:
        self.stream.flush()

    def close(self) -> None:
        self.stream.flush()  # the stream is not ours to close


def _finished_lines(path: Path) -> dict[str, str]:
    """Story -> line of each compared story in an earlier output (failed stories and a torn last line are not
    kept: they run again)."""
    kept: dict[str, str] = {}
    try:
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                try:
                    data = json.loads(line)
                except ValueError:
                    continue
                if isinstance(data, dict) and "format" in data and isinstance(data.get("story"), str):
                    kept[data["story"]] = line.rstrip("\n")
    except OSError as exc:
        raise WriteError(f"cannot read {path} to resume: {exc.strerror or exc}") from exc
    return kept


class JsonLinesSink:
    """``--out FILE``: lines into ``FILE.part``, renamed to ``FILE`` at the end; ``-`` writes to stdout. With
    ``resume``, the compared stories of an earlier ``FILE.part`` (an interrupted run) or ``FILE`` are kept and
    listed in ``done``, so the batch runs only the others."""

    def __init__(self, target: str, stdout: TextIO | None = None, resume: bool = False) -> None:
        self.target = target
        self.lines = 0
        self.done: set[str] = set()
        self.stream: BinaryIO | _StdoutBytes
        if target == "-":
            self.part = None
            self.stream = _StdoutBytes(stdout or sys.stdout)
            return
        path = Path(target)
        folder = path.parent if str(path.parent) else Path(".")
        if not folder.is_dir():
            raise WriteError(f"cannot write {target}: folder {folder} does not exist")
        if path.is_dir():
            raise WriteError(f"cannot write {target}: it is a folder (use --out-dir for a folder of JSON files)")
        self.part = Path(f"{target}.part")
        kept: dict[str, str] = {}
        if resume:
            for earlier in (path, self.part):  # the .part, if any, is the later of the two
                if earlier.is_file():
                    kept.update(_finished_lines(earlier))
        try:
            self.stream = self.part.open("wb")
            for line in kept.values():
                self.stream.write(utf8(line) + b"\n")
        except OSError as exc:
            raise WriteError(f"cannot write {self.part}: {exc.strerror or exc}") from exc
        self.done = set(kept)
        self.lines = len(kept)

    def write(self, outcome: Outcome) -> None:
        try:
            self.stream.write(outcome_line(outcome) + b"\n")
            self.stream.flush()  # a whole line reaches the file before the next story
            self.lines += 1
        except OSError as exc:
            raise WriteError(f"cannot write {self.part or 'standard output'}: {exc.strerror or exc}") from exc

    def close(self, complete: bool) -> str:
        """Close; on a complete batch give the file its name. Returns where the lines are."""
        if self.part is None:
            self.stream.flush()
            return "standard output"
        self.stream.close()
        if not complete:
            if self.lines == 0:  # nothing finished: leave nothing behind
                self.part.unlink(missing_ok=True)
                return "no file (no story finished)"
            return str(self.part)
        try:
            os.replace(self.part, self.target)
        except OSError as exc:
            raise WriteError(f"cannot write {self.target}: {exc.strerror or exc}") from exc
        return self.target


class FolderSink:
    """``--out-dir DIR``: ``STORY.json`` per compared story and ``failures.jsonl``. With ``resume``, stories
    whose ``STORY.json`` is there already are listed in ``done``."""

    def __init__(self, target: str, resume: bool = False) -> None:
        self.folder = Path(target)
        if self.folder.exists() and not self.folder.is_dir():
            raise WriteError(f"cannot write to {target}: it is a file (use --out for one JSON Lines file)")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WriteError(f"cannot create {target}: {exc.strerror or exc}") from exc
        self.failures: list[bytes] = []
        self.done: set[str] = {p.name.removesuffix(".json") for p in self.folder.glob("*.json")} if resume else set()

    def write(self, outcome: Outcome) -> None:
        if outcome.report_json is None:
            self.failures.append(outcome_line(outcome))
        else:
            write_bytes_atomic(self.folder / f"{outcome.story}.json", outcome.report_json)

    def close(self, complete: bool) -> str:
        path = self.folder / FAILURES_FILE
        try:  # write_bytes_atomic refuses an empty file; an empty failures list is a real answer here
            tmp = self.folder / f".{FAILURES_FILE}.part"
            tmp.write_bytes(b"".join(line + b"\n" for line in self.failures))
            os.replace(tmp, path)
        except OSError as exc:
            raise WriteError(f"cannot write {path}: {exc.strerror or exc}") from exc
        return str(self.folder)
