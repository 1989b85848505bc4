"""The benchmark's own MkDocs hook, listed after `hooks/microsite.py`: it times the newsroom's work.

The newsroom keeps no timings; this hook wraps its core from the outside, once per
process (`on_startup`), and brackets its events with handlers of its own:

- `load`: the seed cache (`newsroom.cache.ARTICLES`, replaced by a timed subclass):
  reading, hashing and extracting the seeds;
- each extraction, timed where it runs (a worker process on a cold build), by
  wrapping `newsroom.workers.parallel_map` for the cache's extraction jobs only;
  with how many seeds were extracted and reused;
- `render`: the rest of the `on_files` event, between this hook's handlers at
  priorities 100 and -100 (the newsroom's runs at 0): rendering, and handing the
  files to MkDocs;
- `fold`: the search index's accent folding (the newsroom's `on_post_build`, at -50),
  between this hook's handlers at -40 and -60.

After every build the figures go as JSON to the file `NEWSROOM_STATS` names, if set.
"""

from __future__ import annotations

import json
import os
import statistics
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, Literal, TypeVar

import mkdocs.plugins
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import CombinedEvent
from mkdocs.structure.files import Files

import newsroom.cache
import newsroom.workers
from newsroom.cache import ArticleCache, Failure
from newsroom.model import Article

STATS_VARIABLE = "NEWSROOM_STATS"

Item = TypeVar("Item")
Result = TypeVar("Result")
Clock = tuple[float, float]

# This build's figures: seconds per phase (wall-clock and processor), extractions and reuses.
_figures: dict[str, float] = {}
# Each extraction of the current load: its outcome, wall-clock and processor seconds.
_extractions: list[tuple[object, float, float]] = []
# When the phase being timed started.
_started: dict[str, Clock] = {}


# Wall-clock and processor seconds now (the processor's is steadier on a busy machine); the
# processor's counts the worker processes of a cold build too, once they have ended.
def _clock() -> Clock:
    used = os.times()
    return time.perf_counter(), used.user + used.system + used.children_user + used.children_system


# Record a phase's wall-clock and processor seconds since `start`.
def _phase(name: str, start: Clock) -> None:
    end = _clock()
    _figures[name] = end[0] - start[0]
    _figures[f"{name}_cpu"] = end[1] - start[1]


# One call of `function`, with its wall-clock and processor seconds, measured where it runs.
def _timed_call(function: Callable[[Item], Result], item: Item) -> tuple[Result, float, float]:
    started, started_cpu = time.perf_counter(), time.process_time()
    result = function(item)
    return result, time.perf_counter() - started, time.process_time() - started_cpu


# The real `parallel_map`, which the timed one calls.
_parallel_map = newsroom.workers.parallel_map


# Whether `parallel_map` was asked for the cache's extractions (rendering uses it too).
def _extracts(function: object) -> bool:
    return function is newsroom.cache._extract_job


# `parallel_map`, each extraction the cache asks of it timed inside the worker that runs it.
def _timed_map(function: Callable[[Item], Result], items: Sequence[Item], workers: int | None = None) -> list[Result]:
    if not _extracts(function):
        return _parallel_map(function, items, workers)
    timed = _parallel_map(lambda item: _timed_call(function, item), items, workers)
    _extractions.extend(timed)
    return [result for result, _, _ in timed]


class TimedCache(ArticleCache):
    """The article cache, its loading timed and its extractions counted."""

    def load_all(
        self, seeds: list[tuple[Path, str]], processes: int | None = None, seconds: float | None = None
    ) -> list[Article | Failure]:
        """Load as the cache does, and record the `load` phase and the extractions."""
        _extractions.clear()
        started = _clock()
        outcomes = super().load_all(seeds, processes, seconds)
        _phase("load", started)
        walls = [wall for _, wall, _ in _extractions]
        articles = sum(isinstance(outcome, Article) for outcome in outcomes)
        _figures.update(
            extracted=len(_extractions),
            reused=articles - sum(isinstance(outcome, Article) for outcome, _, _ in _extractions),
            extraction=sum(walls),
            extraction_median=statistics.median(walls) if walls else 0.0,
            extraction_median_cpu=statistics.median(cpu for _, _, cpu in _extractions) if walls else 0.0,
        )
        return outcomes


def on_startup(*, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
    """Wrap the newsroom's seed cache and its extraction, once per process."""
    newsroom.workers.parallel_map = _timed_map
    newsroom.cache.ARTICLES = TimedCache()


# Before the newsroom's `on_files`: the build starts.
@mkdocs.plugins.event_priority(100)
def _files_started(files: Files, /, *, config: MkDocsConfig) -> None:
    _figures.clear()
    _started["files"] = _clock()


# After it: whatever was not loading was rendering and handing files over.
@mkdocs.plugins.event_priority(-100)
def _files_finished(files: Files, /, *, config: MkDocsConfig) -> None:
    _phase("render", _started["files"])
    _figures["render"] -= _figures.get("load", 0.0)
    _figures["render_cpu"] -= _figures.get("load_cpu", 0.0)


# Before the newsroom's `on_post_build` (after Material's search wrote its index).
@mkdocs.plugins.event_priority(-40)
def _fold_started(*, config: MkDocsConfig) -> None:
    _started["fold"] = _clock()


# After it: the folding is done, and so is the build; hand the figures to the benchmark.
@mkdocs.plugins.event_priority(-60)
def _fold_finished(*, config: MkDocsConfig) -> None:
    _phase("fold", _started["fold"])
    target = os.environ.get(STATS_VARIABLE)
    if target:
        Path(target).write_text(json.dumps(_figures, indent=2), encoding="utf-8")


_FILES_HANDLERS: tuple[Callable[..., Any], ...] = (_files_started, _files_finished)
_POST_BUILD_HANDLERS: tuple[Callable[..., Any], ...] = (_fold_started, _fold_finished)
on_files = CombinedEvent(*_FILES_HANDLERS)
on_post_build = CombinedEvent(*_POST_BUILD_HANDLERS)
