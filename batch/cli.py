"""The ``reportdiff batch`` command: a folder of stories -> one report per story, with a progress bar and a
summary table. Exit status: 0 every story compared, 1 some failed (each named, with its reason), 2 the batch
could not run (bad folder, unwritable output, no Dask scheduler), 130 interrupted (Ctrl-C) and 143 terminated
(SIGTERM): the workers are stopped and the finished stories kept.

    reportdiff batch STORIES_DIR --out results.jsonl [--workers N] [--dask | --scheduler tcp://HOST:PORT]

Pure Python, no Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Iterator, Sequence
from typing import TextIO

from reportdiff.core.atomic import WriteError
from reportdiff.core.termination import EXIT_INTERRUPTED, EXIT_TERMINATED, Terminated, termination_unwinds

from .executors import BatchSetupError, run_dask, run_local
from .output import FolderSink, JsonLinesSink, Sink
from .run import Outcome
from .stories import StoriesError, find_stories
from .tally import Tally, summary_table

# A story still running after this many seconds is failed and the batch goes on: the longest accepted input
# (two 2 MB files) takes minutes, never this long; a story past it is stuck, and waiting blocks a worker.
DEFAULT_TIMEOUT = 900.0


def default_workers() -> int:
    """The CPUs this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def build_parser() -> argparse.ArgumentParser:
    """The ``batch`` sub-command's arguments."""
    parser = argparse.ArgumentParser(
        prog="reportdiff batch",
        description="Compare every story in a folder: each subfolder is one story, its files the articles.",
    )
    parser.add_argument("stories", metavar="STORIES_DIR", help="folder with one subfolder of articles per story")
    out = parser.add_mutually_exclusive_group(required=True)
    out.add_argument("--out", metavar="FILE", help="write one report per line (JSON Lines; '-' for standard output)")
    out.add_argument("--out-dir", metavar="DIR", help="write STORY.json per story and failures.jsonl into DIR")
    parser.add_argument("--workers", type=int, default=None, metavar="N",
                        help=f"parallel worker processes (default: the CPUs here, {default_workers()})")  # fmt: skip
    parser.add_argument("--dask", action="store_true", help="run on a local Dask cluster of --workers processes")
    parser.add_argument("--scheduler", metavar="ADDRESS", help="run on the Dask cluster at ADDRESS (tcp://HOST:PORT)")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, metavar="SECONDS",
                        help=f"fail a story still running after SECONDS (default {DEFAULT_TIMEOUT:g}; 0: no limit; "
                             "process pool only)")  # fmt: skip
    parser.add_argument("--resume", action="store_true",
                        help="keep the stories an earlier run of the same output compared, and run only the rest")
    parser.add_argument("--quiet", "-q", action="store_true", help="no progress bar and no summary")
    return parser


def _stories(count: int) -> str:
    return f"{count} {'story' if count == 1 else 'stories'}"


def _progress(outcomes: Iterator[Outcome], total: int, quiet: bool) -> Iterator[Outcome]:
    """Pass outcomes through, drawing a progress bar on stderr (only on a terminal, and never with --quiet)."""
    import tqdm

    tqdm.tqdm.monitor_interval = 0  # no monitor thread: the process pool forks a server after this
    failed = 0
    with tqdm.tqdm(total=total, unit="story", disable=True if quiet else None, file=sys.stderr,
                   dynamic_ncols=True) as bar:  # fmt: skip
        for outcome in outcomes:
            if not outcome.ok:
                failed += 1
                bar.set_postfix(failed=failed, refresh=False)
            bar.update(1)
            yield outcome


def main(argv: Sequence[str], stdout: TextIO | None = None) -> int:
    """Run ``batch`` on ``argv`` (without the word "batch"); return the exit status."""
    out = stdout or sys.stdout
    parser = build_parser()
    args = parser.parse_args(list(argv))
    workers = args.workers if args.workers is not None else default_workers()
    if workers < 1:
        parser.error("--workers must be at least 1")
    timeout = args.timeout if args.timeout > 0 else None
    try:
        stories, loose = find_stories(args.stories)
    except StoriesError as exc:
        print(f"reportdiff batch: {exc}", file=sys.stderr)
        return 2
    if not stories:
        hint = f" ({len(loose)} article files lie directly in it: put each story's files in a subfolder)"
        hint = hint if loose else ""
        print(f"reportdiff batch: {args.stories} has no story subfolders{hint}", file=sys.stderr)
        return 2
    if loose and not args.quiet:
        files = "1 file directly in {} belongs" if len(loose) == 1 else f"{len(loose)} files directly in {{}} belong"
        print(f"reportdiff batch: {files.format(args.stories)} to no story and are left out", file=sys.stderr)
    summary = sys.stderr if args.out == "-" else out
    if args.resume and args.out == "-":
        parser.error("--resume needs an output file or folder, not standard output")
    try:
        sink: Sink = JsonLinesSink(args.out, out, args.resume) if args.out else FolderSink(args.out_dir, args.resume)
    except WriteError as exc:
        print(f"reportdiff batch: {exc}", file=sys.stderr)
        return 2
    resumed = sink.resume(stories)
    stories = resumed.to_run
    if (resumed.kept or resumed.changed) and not args.quiet:
        changed = f"; {_stories(resumed.changed)} changed since and run again" if resumed.changed else ""
        print(f"reportdiff batch: resuming: {_stories(resumed.kept)} already compared kept{changed}", file=sys.stderr)

    if args.dask or args.scheduler:
        where = f"Dask at {args.scheduler}" if args.scheduler else f"local Dask cluster of {workers} workers"
        outcomes = run_dask(stories, args.scheduler, workers, timeout)
    else:
        where = f"{workers} worker process{'es' if workers > 1 else ''}"
        outcomes = run_local(stories, workers, timeout)
    tally = Tally()
    start = time.perf_counter()
    status = 0
    complete = False
    with termination_unwinds():  # SIGTERM stops the workers and keeps the finished stories, as Ctrl-C does
        try:
            for outcome in _progress(outcomes, len(stories), args.quiet):
                sink.write(outcome)
                tally.add(outcome)
            complete = True
        except KeyboardInterrupt:
            status = EXIT_INTERRUPTED
        except Terminated:
            status = EXIT_TERMINATED
        except BatchSetupError as exc:
            print(f"reportdiff batch: {exc}", file=sys.stderr)
            status = 2
        except WriteError as exc:
            print(f"reportdiff batch: {exc}", file=sys.stderr)
            status = 2
        finally:
            outcomes.close()  # stops the workers when the loop ended early
    try:
        written = sink.close(complete)
    except WriteError as exc:
        print(f"reportdiff batch: {exc}", file=sys.stderr)
        return 2
    if status in (EXIT_INTERRUPTED, EXIT_TERMINATED):
        how = "interrupted" if status == EXIT_INTERRUPTED else "terminated"
        print(f"reportdiff batch: {how}; {tally.stories} finished stories are in {written}", file=sys.stderr)
    if status == 2:
        return status
    if not args.quiet:
        summary.write(summary_table(tally, len(stories), time.perf_counter() - start, where, written))
    elif tally.failures:
        print(f"reportdiff batch: {len(tally.failures)} of {tally.stories} stories failed; see {written}",
              file=sys.stderr)  # fmt: skip
    return status or (1 if tally.failures else 0)
