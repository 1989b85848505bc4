"""Work spread over forked processes: same results, same order, and really in other processes."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from newsroom.workers import MINIMUM_ITEMS, can_fork, parallel_map

ITEMS = list(range(MINIMUM_ITEMS * 3))


# Each item with the id of the process that handled it.
def _where(item: int) -> tuple[int, int]:
    return item * item, os.getpid()


# In a fresh interpreter: this one may run threads (the browser tests' web server) that rule forking out.
# `sys.platform` is set from the first argument once the modules are imported, as on that system.
_IN_WORKERS = """
import os
import sys
from newsroom import workers
from newsroom.workers import MINIMUM_ITEMS, parallel_map
from test_workers import _where
sys.platform = sys.argv[1]
items = list(range(MINIMUM_ITEMS * 3))
results = parallel_map(_where, items, workers=2)
assert [value for value, _ in results] == [item * item for item in items]
assert workers._task is None  # the task does not outlive the call
print(len({pid for _, pid in results} - {os.getpid()}))
"""


# How many worker processes handled items of a `parallel_map` on `platform`, in a fresh interpreter.
def _workers_used(platform: str) -> int:
    tests = Path(__file__).resolve().parent
    path = os.pathsep.join([str(tests.parent / "hooks"), str(tests)])
    result = subprocess.run(
        [sys.executable, "-c", _IN_WORKERS, platform], env={**os.environ, "PYTHONPATH": path}, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    return int(result.stdout)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="workers fork on Linux only")
def test_results_come_back_in_order_from_other_processes() -> None:
    assert _workers_used(sys.platform) >= 1, "no item was handled by a worker"


@pytest.mark.parametrize("platform", ["darwin", "freebsd14"])
def test_runs_here_off_linux(platform: str) -> None:
    assert _workers_used(platform) == 0


@pytest.mark.parametrize(
    "items, count",
    [(ITEMS, 1), (ITEMS[: MINIMUM_ITEMS - 1], 2)],
    ids=["one worker asked for", "too little work"],
)
def test_runs_here_when_workers_do_not_pay(items: list[int], count: int) -> None:
    results = parallel_map(_where, items, workers=count)
    assert results == [(item * item, os.getpid()) for item in items]


def test_runs_here_while_another_thread_runs() -> None:
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert not can_fork()
        assert {pid for _, pid in parallel_map(_where, ITEMS, workers=2)} == {os.getpid()}
    finally:
        stop.set()
        other.join()


def test_an_error_in_a_worker_reaches_the_caller() -> None:
    def fails(item: int) -> int:
        if item == len(ITEMS) - 1:
            raise ValueError(f"item {item}")
        return item

    with pytest.raises(ValueError, match=f"item {len(ITEMS) - 1}"):
        parallel_map(fails, ITEMS, workers=2)
