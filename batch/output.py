"""Where a batch's reports go: one JSON Lines file, or a folder of JSON files; neither is ever left half-written.

JSON Lines (``--out results.jsonl``): one line per story, in the order stories finish. A compared story's line is
the report exactly as ``reportdiff compare --json`` writes it, with ``"story"`` (the subfolder's name) added in
front; a failed story's line is ``{"story": ..., "error": ..., "articles": N}`` (no ``"format"``, so
``Report.from_json`` refuses it). Lines go to ``results.jsonl.part`` as they come, whole and flushed, and the
file takes its name only when the batch ends; an interrupted batch leaves the ``.part`` with every finished story.

Folder (``--out-dir DIR``): ``STORY.json`` per compared story, each written atomically, byte for byte what
``compare --json`` writes, and ``failures.jsonl`` with the failed stories (empty when none failed; it cannot clash
with a story's file, which ends in ``.json``). A report goes out as the UTF-8 bytes the worker encoded (never
decoded and encoded again). With ``--resume`` a story's earlier report is kept only while it is current: none of
the story's files is newer than the report, and each is one of its articles (or named in its warnings, left out);
otherwise the story runs again (a late outlet's article, an updated one). No Qt here.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any, BinaryIO, NamedTuple, Protocol, TextIO

from reportdiff.core.atomic import WriteError, utf8, write_bytes_atomic
from reportdiff.core.textout import write_json_line

from .run import Outcome
from .stories import Story

FAILURES_FILE = "failures.jsonl"


class Sink(Protocol):
    """Receives outcomes as they finish; ``close`` says whether the batch ran to its end. ``resume`` keeps the
    current reports of an earlier run (with ``--resume``) and returns the stories still to run."""

    def resume(self, stories: list[Story]) -> Resumed: ...

    def write(self, outcome: Outcome) -> None: ...

    def close(self, complete: bool) -> str: ...


class Resumed(NamedTuple):
    """What ``--resume`` found: the stories still to run, how many earlier reports were kept, and how many stories
    run again because their folder changed since their report was written."""

    to_run: list[Story]
    kept: int
    changed: int


def is_current(report: dict[str, Any], story: Story, written: float) -> bool:
    """Whether ``report``, written at ``written`` (a file's modification time), still reports ``story``: no file
    of the story is newer, and each is one of the report's articles or named in its warnings (left out)."""
    articles = {os.path.abspath(str(a.get("path", ""))) for a in report.get("articles", ()) if isinstance(a, dict)}
    warnings = " ".join(str(w) for w in report.get("warnings", ()))
    for path in story.paths:
        try:
            if os.stat(path).st_mtime > written:
                return False
        except OSError:
            return False
        if os.path.abspath(path) not in articles and os.path.basename(path) not in warnings:
            return False
    return True


def _resumed(stories: list[Story], kept: dict[str, tuple[dict[str, Any], float]]) -> Resumed:
    current = {s.name for s in stories if s.name in kept and is_current(kept[s.name][0], s, kept[s.name][1])}
    changed = sum(1 for s in stories if s.name in kept and s.name not in current)
    return Resumed([s for s in stories if s.name not in current], len(kept) - changed, changed)


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


def _finished_lines(path: Path) -> dict[str, tuple[str, dict[str, Any]]]:
    """Story -> (line, report) of each compared story in an earlier output (failed stories and a torn last line are
    not kept: they run again)."""
    kept: dict[str, tuple[str, dict[str, Any]]] = {}
    try:
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                try:
                    data = json.loads(line)
                except ValueError:
                    continue
                if isinstance(data, dict) and "format" in data and isinstance(data.get("story"), str):
                    kept[data["story"]] = (line.rstrip("\n"), data)
    except OSError as exc:
        raise WriteError(f"cannot read {path} to resume: {exc.strerror or exc}") from exc
    return kept


class JsonLinesSink:
    """``--out FILE``: lines into ``FILE.part``, renamed to ``FILE`` at the end; ``-`` writes to stdout. With
    ``resume``, the compared stories of an earlier ``FILE.part`` (an interrupted run) or ``FILE`` whose reports are
    current are kept (``resume``), so the batch runs only the others."""

    def __init__(self, target: str, stdout: TextIO | None = None, resume: bool = False) -> None:
        self.target = target
        self.lines = 0
        self.kept: dict[str, tuple[str, dict[str, Any], float]] = {}  # story -> line, report, when written
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
        if resume:
            for earlier in (path, self.part):  # the .part, if any, is the later of the two
                if earlier.is_file():
                    written = earlier.stat().st_mtime
                    self.kept.update((k, (line, data, written)) for k, (line, data) in _finished_lines(earlier).items())
        try:
            self.stream = self.part.open("wb")
        except OSError as exc:
            raise WriteError(f"cannot write {self.part}: {exc.strerror or exc}") from exc

    def resume(self, stories: list[Story]) -> Resumed:
        """Write the earlier lines of the stories whose reports are current; the other stories are to run."""
        resumed = _resumed(stories, {k: (data, written) for k, (_, data, written) in self.kept.items()})
        to_run = {s.name for s in resumed.to_run}
        try:
            for name, (line, _, _) in self.kept.items():
                if name not in to_run:
                    self.stream.write(utf8(line) + b"\n")
                    self.lines += 1
        except OSError as exc:
            raise WriteError(f"cannot write {self.part}: {exc.strerror or exc}") from exc
        return resumed

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
    """``--out-dir DIR``: ``STORY.json`` per compared story and ``failures.jsonl``. With ``resume``, stories whose
    ``STORY.json`` is there and current are kept (``resume``)."""

    def __init__(self, target: str, resume: bool = False) -> None:
        self.folder = Path(target)
        if self.folder.exists() and not self.folder.is_dir():
            raise WriteError(f"cannot write to {target}: it is a file (use --out for one JSON Lines file)")
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise WriteError(f"cannot create {target}: {exc.strerror or exc}") from exc
        self.failures: list[bytes] = []
        self.reports = {p.name.removesuffix(".json"): p for p in self.folder.glob("*.json")} if resume else {}

    def resume(self, stories: list[Story]) -> Resumed:
        """The stories whose ``STORY.json`` is missing or out of date; the others' files are kept as they are."""
        kept: dict[str, tuple[dict[str, Any], float]] = {}
        for story in stories:
            path = self.reports.get(story.name)
            if path is None:
                continue
            try:
                data = json.loads(path.read_bytes())
                kept[story.name] = (data if isinstance(data, dict) else {}, path.stat().st_mtime)
            except (OSError, ValueError):
                continue  # unreadable: the story runs again and its file is written anew
        return _resumed(stories, kept)

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
