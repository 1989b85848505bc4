"""Work spread over the machine's cores on a cold build, in forked worker processes.

The one module that starts processes. Extracting a thousand seeds and rendering
their pages are independent tasks that MkDocs, single-threaded, would leave the
other cores idle for. `parallel_map` forks workers that inherit everything
already in memory (no re-import, no pickling of the inputs); only the results
travel back. It runs the work in this process instead when forking is not safe
or not worth it: the system is not Linux (macOS's system frameworks are not
safe to use in a forked child, and Windows has no `fork`), other threads are
running (`mkdocs serve` rebuilds on a watcher thread), this is a daemon
process, one worker is asked for, or there is little work.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Sequence
from typing import TypeVar, cast

Item = TypeVar("Item")
Result = TypeVar("Result")

# Below this many items, starting workers costs more than it saves.
MINIMUM_ITEMS = 64
# Chunks per worker: enough to even out uneven items, few enough to keep messages cheap.
CHUNKS_PER_WORKER = 8

# The task of the current `parallel_map`, seen by forked workers as they inherit memory.
_task: Callable[[int], object] | None = None


def default_workers() -> int:
    """Return the cores available to this process (at least 1): what `workers=None` means."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def can_fork() -> bool:
    """Tell whether `parallel_map` may fork workers from this process now: on Linux only, with
    `fork` available, no other thread running (it might hold a lock) and not from a daemon."""
    return (
        sys.platform.startswith("linux")
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
        and not multiprocessing.current_process().daemon
    )


def parallel_map(function: Callable[[Item], Result], items: Sequence[Item], workers: int | None = None) -> list[Result]:
    """Return `[function(item) for item in items]`, spread over `workers` forked processes when it
    pays (see the module docstring); the results must be picklable."""
    count = default_workers() if workers is None else workers
    if count < 2 or len(items) < MINIMUM_ITEMS or not can_fork():
        return [function(item) for item in items]
    global _task
    _task = lambda index: function(items[index])  # noqa: E731 (inherited by the workers, never pickled)
    try:
        with multiprocessing.get_context("fork").Pool(count) as pool:
            chunk = max(1, len(items) // (count * CHUNKS_PER_WORKER))
            return cast("list[Result]", pool.map(_run, range(len(items)), chunksize=chunk))
    finally:
        _task = None


# One item of the current task, inside a worker.
def _run(index: int) -> object:
    assert _task is not None, "parallel_map's task is set before the workers fork"
    return _task(index)
