"""Run stories in parallel and yield their outcomes as they finish: a local process pool, or a Dask cluster.

Both keep only a few stories per worker in flight, so a batch of thousands holds a bounded amount of work and
results in memory, and both turn every failure into an ``Outcome`` for that story alone:

- local pool: a worker that dies (killed, out of memory, a crash in a C extension) breaks the whole pool; the
  stories it was running are then rerun one at a time in a fresh pool, so the one that kills its worker again is
  named and failed, and the innocent ones complete. Workers ignore Ctrl+C; the parent stops them.
- Dask: ``--scheduler tcp://HOST:PORT`` joins a running cluster (every worker needs ReportDiff installed and the
  stories folder at the same path); without it a ``LocalCluster`` on this machine (loopback only). Dask reruns a
  task whose worker died and gives up after its own limit (``KilledWorker``), which becomes the story's reason.

Pure Python, no Qt; Dask is imported only when asked for.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import multiprocessing
import signal
import uuid
from collections import deque
from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

from .run import Outcome, run_story
from .stories import Story

# Stories submitted per worker ahead of the one it runs: enough to keep every worker busy between two results,
# few enough that thousands of stories never sit in memory (as tasks or as finished reports) at once.
IN_FLIGHT_PER_WORKER = 2
# Seconds to wait for a Dask scheduler to answer before saying it cannot be reached.
DASK_CONNECT_TIMEOUT = 20
# Seconds a stopped pool's manager thread is given to see its terminated workers gone (it takes milliseconds): one
# left running at interpreter exit races concurrent.futures' exit hook over its wakeup pipe, and Python printed
# "Exception ignored in: <module 'threading'> ... OSError: [Errno 9] Bad file descriptor" after the one line an
# interrupted batch says (CI, session 30, under load).
STOP_JOIN_SECONDS = 10
WORKER_DIED = "its worker process died (killed, out of memory, or crashed)"


class BatchSetupError(Exception):
    """The batch cannot start (no Dask, scheduler unreachable): one line for the user."""


def _setup_worker() -> None:
    """Pool workers leave Ctrl+C to the parent, which stops them (otherwise each prints a traceback), and keep
    libraries' log lines (a PDF reader's "EOF marker not found") off the terminal: a story's problem reaches the
    user as its reason in the summary and the output."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    logging.getLogger().addHandler(logging.NullHandler())


def _pool(workers: int) -> ProcessPoolExecutor:
    # forkserver: workers fork from a clean server that has imported the engine once (fast start, and no fork of
    # this process's threads: the progress bar's, the executor's own).
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["reportdiff.batch.run"])
    return ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_setup_worker)


def _stop(pool: ProcessPoolExecutor) -> None:
    """Shut a pool down now: queued stories cancelled, running workers terminated (on Ctrl+C or a broken pool)."""
    processes = list(getattr(pool, "_processes", {}).values())  # the executor offers no public way to stop them
    manager = getattr(pool, "_executor_manager_thread", None)  # private too; shutdown() forgets it
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    if manager is not None:
        manager.join(STOP_JOIN_SECONDS)


def _failed(story: Story, reason: str) -> Outcome:
    return Outcome(story.name, len(story.paths), error=reason)


Task = Callable[[Story, float | None], Outcome]


def run_local(
    stories: Sequence[Story], workers: int, timeout: float | None, task: Task = run_story
) -> Generator[Outcome, None, None]:
    """Outcomes of ``stories`` on a pool of ``workers`` processes, in the order they finish. ``task`` runs one
    story in a worker (``run_story``; tests give one that kills its worker)."""
    pending = deque(stories)
    suspects: deque[Story] = deque()
    while pending or suspects:
        if suspects:  # after a broken pool: each story that was running, alone, to find the one that kills it
            story = suspects.popleft()
            pool = _pool(1)
            try:
                outcome = pool.submit(task, story, timeout).result()
            except BrokenProcessPool:
                outcome = _failed(story, WORKER_DIED)
            finally:
                _stop(pool)
            yield outcome
            continue
        pool = _pool(workers)
        in_flight: dict[Future[Outcome], Story] = {}
        try:
            while pending or in_flight:
                while pending and len(in_flight) < workers * IN_FLIGHT_PER_WORKER:
                    story = pending.popleft()
                    in_flight[pool.submit(task, story, timeout)] = story
                done, _ = wait(in_flight, return_when=FIRST_COMPLETED)
                for future in done:
                    exc = future.exception()
                    if isinstance(exc, BrokenProcessPool):
                        raise exc
                    story = in_flight.pop(future)
                    yield future.result() if exc is None else _failed(story, f"{type(exc).__name__}: {exc}")
        except BrokenProcessPool:
            suspects.extend(in_flight.values())
        finally:
            _stop(pool)


def _absolute(story: Story) -> Story:
    """Workers on other machines have another working folder: send them absolute paths."""
    return Story(story.name, tuple(str(Path(p).resolve()) for p in story.paths), story.problem)


@contextlib.contextmanager
def _dask_client(scheduler: str | None, workers: int) -> Iterator[Any]:
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise BatchSetupError(
            "Dask is not installed; install it with: pip install 'reportdiff[cluster]'"
        ) from None
    if scheduler:
        try:
            client = Client(scheduler, timeout=DASK_CONNECT_TIMEOUT)
        except (OSError, TimeoutError, ValueError) as exc:
            raise BatchSetupError(f"cannot reach the Dask scheduler at {scheduler} ({exc})") from None
        with client:
            yield client
        return
    # Loopback only (the scheduler's status page on a free port), one single-threaded process per worker
    # (the engine is pure Python: threads would share one interpreter lock).
    with (
        LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                     dashboard_address="127.0.0.1:0", silence_logs=logging.ERROR) as cluster,
        Client(cluster) as client,
    ):  # fmt: skip
        yield client


def run_dask(
    stories: Sequence[Story], scheduler: str | None, workers: int, timeout: float | None
) -> Generator[Outcome, None, None]:
    """Outcomes of ``stories`` on a Dask cluster (``scheduler``'s, or a local one of ``workers`` processes)."""
    from distributed import as_completed

    with _dask_client(scheduler, workers) as client:
        capacity = max(1, sum(client.nthreads().values()))
        pending = deque(_absolute(s) for s in stories)
        in_flight: dict[str, Story] = {}
        finished = as_completed()
        run_id = uuid.uuid4().hex[:8]  # task keys unique on a scheduler that other batches share
        numbers = itertools.count()

        def submit() -> None:
            while pending and len(in_flight) < capacity * IN_FLIGHT_PER_WORKER:
                story = pending.popleft()
                key = f"reportdiff-{run_id}-{next(numbers)}-{story.name}"
                future = client.submit(run_story, story, timeout, pure=False, key=key)
                in_flight[future.key] = story
                finished.add(future)

        submit()
        for future in finished:
            story = in_flight.pop(future.key)
            try:
                outcome = future.result()
            except Exception as exc:  # KilledWorker, a lost connection: this story fails, the batch goes on
                outcome = _failed(story, f"Dask: {type(exc).__name__}: {exc}")
            future.release()
            submit()
            yield outcome
