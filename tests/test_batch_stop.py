"""A stopped pool leaves no manager thread running: one left at interpreter exit raced concurrent.futures' exit hook
over its wakeup pipe, and an interrupted batch printed "Exception ignored in: <module 'threading'> ... Bad file
descriptor" after its one line (CI, session 30, tests/test_batch.py's SIGINT case, once under load)."""

from __future__ import annotations

import time

from reportdiff.batch import executors


def test_stop_ends_the_pools_manager_thread() -> None:
    pool = executors._pool(2)
    futures = [pool.submit(time.sleep, 30) for _ in range(4)]  # workers busy, stories queued
    time.sleep(0.5)
    manager = pool._executor_manager_thread  # type: ignore[attr-defined]
    assert manager is not None and manager.is_alive()
    start = time.monotonic()
    executors._stop(pool)
    assert not manager.is_alive()
    assert time.monotonic() - start < executors.STOP_JOIN_SECONDS
    assert all(f.done() for f in futures[2:])  # the queued ones cancelled
