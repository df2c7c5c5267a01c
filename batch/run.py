"""Compare one story, in whatever process runs it (a pool worker, a Dask worker): files -> report JSON text.

``run_story`` never raises: every way a story can fail (a file that does not load, fewer than two articles, too
many, a time limit, an internal error, memory) comes back as an ``Outcome`` with the reason, so one bad story
never stops a batch. The report travels back as its JSON text (the same as ``reportdiff compare --json``), made
in the worker: a string pickles far faster than the report's objects. Pure Python, no Qt.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import socket
import threading
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from types import FrameType

from reportdiff.core import gctune
from reportdiff.core import model as m
from reportdiff.core.compare import MAX_ARTICLES, compare
from reportdiff.core.errors import InputError
from reportdiff.core.jsontext import report_json_bytes
from reportdiff.core.load import LoadedArticle, load_article

from .stories import Story


@dataclass(frozen=True)
class Outcome:
    """What became of one story: its report as JSON (UTF-8 bytes, as ``compare --json`` writes them), or the reason
    it failed, and counts for the summary."""

    story: str
    articles: int  # article files of the story (compared or not)
    report_json: bytes | None = None
    error: str = ""
    compared: int = 0  # articles that made it into the report
    links: int = 0
    discrepancies: int = 0
    conflicts: int = 0  # facts whose sources conflict
    warnings: int = 0
    seconds: float = 0.0
    worker: str = ""  # host:pid that ran it

    @property
    def ok(self) -> bool:
        return self.report_json is not None


class StoryTimeout(Exception):
    """The story ran past the batch's time limit."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise StoryTimeout in this thread after ``seconds``; only where signals can be used (a process's main
    thread, as in a pool worker). Elsewhere (Dask runs tasks in threads) the story runs without a limit."""
    if not seconds or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise StoryTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _worker_name() -> str:
    return f"{socket.gethostname()}:{os.getpid()}"


def compare_story(story: Story) -> m.Report:
    """Load each article on its own, so one unreadable file costs only itself (it becomes a warning), then
    compare what loaded (the first MAX_ARTICLES of them, with a warning naming the rest). Raises InputError when
    fewer than two articles are left."""
    if story.problem:
        raise InputError(story.problem)
    if not story.paths:
        raise InputError("no article files in the folder (text, Markdown, HTML, PDF, Word or RTF)")
    loaded: list[LoadedArticle] = []
    warnings: list[str] = []
    for k, path in enumerate(story.paths):
        if len(loaded) == MAX_ARTICLES:
            # A story of more outlets than one comparison holds: an unattended batch compares the first ones (in
            # the folder's order) and says which it left, rather than failing the whole story (review-s23).
            rest = [os.path.basename(p) for p in story.paths[k:]]
            shown = ", ".join(rest[:5]) + (f" and {len(rest) - 5} more" if len(rest) > 5 else "")
            warnings.append(f"left out: {shown} (ReportDiff compares at most {MAX_ARTICLES} articles at once)")
            break
        try:
            loaded.append(load_article(path))
        except InputError as exc:
            warnings.append(f"left out: {exc}")
    if len(loaded) < 2:
        reasons = "; ".join(w.removeprefix("left out: ") for w in warnings)
        found = f"only {len(loaded)} article loaded" if story.paths else "no article"
        raise InputError(f"{found}, need two" + (f" ({reasons})" if reasons else ""))
    report = compare(loaded)
    if warnings:
        report = dataclasses.replace(report, warnings=tuple(warnings) + report.warnings)
    return report


def run_story(story: Story, timeout: float | None = None) -> Outcome:
    """Compare one story; never raises (a failure is an Outcome with its reason)."""
    gctune.tune()  # once per process: pool and Dask workers start through here, not through the entry point
    with gctune.paused(freeze=False):  # no collections during the story; its cycles are collected right after
        outcome = _run_story(story, timeout)
    gctune.collect_between_jobs()
    return outcome


def _run_story(story: Story, timeout: float | None) -> Outcome:
    start = time.perf_counter()
    worker = _worker_name()

    def failed(reason: str) -> Outcome:
        return Outcome(story.name, len(story.paths), error=reason, seconds=time.perf_counter() - start, worker=worker)

    try:
        with time_limit(timeout):
            report = compare_story(story)
            data = report_json_bytes(report)  # bytes: sent to the parent and written as they are
    except InputError as exc:
        return failed(str(exc))
    except StoryTimeout:
        return failed(f"took longer than the {timeout:g} s limit")
    except MemoryError:
        return failed("ran out of memory")
    except Exception as exc:  # a bug on one story must not sink the rest: report it with where it happened
        where = traceback.extract_tb(exc.__traceback__)[-1]
        place = f"{os.path.basename(where.filename)}:{where.lineno}"
        return failed(f"internal error: {type(exc).__name__}: {exc} ({place})")
    return Outcome(
        story.name,
        len(story.paths),
        report_json=data,
        compared=len(report.articles),
        links=len(report.links),
        # the report's own totals (its "summary"), as every other surface states them: a discrepancy is a group
        # of sentences telling one thing differently, not each of its links
        discrepancies=len(report.index.discrepancies),
        conflicts=sum(1 for fact in report.facts if fact.status == m.CONFLICT),
        warnings=len(report.warnings),
        seconds=time.perf_counter() - start,
        worker=worker,
    )
