"""MkDocs hook: seeds in, generated pages and data out (the only MkDocs-aware module).

Options live in `mkdocs.yml` under `extra: newsroom:`: `seeds`, the seeds
folder, relative to the config file (default `seeds`); `workers`, how many
processes a cold build extracts and renders in (default: one per core; 1: none).
"""

from __future__ import annotations

import gc
import json
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import mkdocs.plugins
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from newsroom.cache import ARTICLES, Failure
from newsroom.model import Article
from newsroom.render import fold_search_index
from newsroom.seedfiles import scan_seeds
from newsroom.site import site_files

log = mkdocs.plugins.get_plugin_logger("newsroom")

# `workers`: processes for a cold build's extraction and rendering (None: one per core; 1: none).
DEFAULT_OPTIONS: dict[str, Any] = {"seeds": "seeds", "workers": None}
# From this many seeds on, say what the build is doing before the long part.
PROGRESS_FROM = 100
SEARCH_INDEX_PATH = "search/search_index.json"
# When set, the build's timings are written as JSON to this path (for `make bench`).
STATS_VARIABLE = "NEWSROOM_STATS"

# Seconds per phase of the current build, and what it did (reset by every `on_files`).
_timings: dict[str, float] = {}


# The `extra: newsroom:` options merged over the defaults.
def _options(config: MkDocsConfig) -> dict[str, Any]:
    extra: dict[str, Any] = dict(config.extra or {})
    given = extra.get("newsroom") or {}
    if not isinstance(given, dict):
        raise PluginError("newsroom: `extra: newsroom:` must be a mapping of options")
    workers = given.get("workers")
    if workers is not None and (not isinstance(workers, int) or isinstance(workers, bool) or workers < 1):
        raise PluginError(f"newsroom: `workers` must be a whole number of processes, 1 or more (got {workers!r})")
    return {**DEFAULT_OPTIONS, **given}


# True under `mkdocs serve`, where a seed saved broken keeps showing its last good article.
_serving = False
# The last article each seed gave while serving, by seed label.
_last_good: dict[str, Article] = {}


# Remember which command runs: `mkdocs build` and `gh-deploy` never fall back to an older article.
def on_startup(command: str, dirty: bool) -> None:
    """Note whether this process serves the site."""
    global _serving
    _serving = command == "serve"
    _last_good.clear()


# How messages and the data export name a seed: its folder and name, control characters escaped.
def _label(folder: Path, path: Path) -> str:
    name = "".join(c if c.isprintable() else repr(c)[1:-1] for c in path.name)
    return f"{folder.name}/{name}"


# Read and extract every seed; a bad seed gets one error naming it and is left out (or, while
# serving, shown as it last was); `--strict` then stops the build.
def _load(config: MkDocsConfig, options: dict[str, Any]) -> list[Article]:
    folder = Path(config.config_file_path).parent / str(options["seeds"])
    entries = [(entry, _label(folder, entry.path)) for entry in scan_seeds(folder)]
    readable = [(entry.path, label) for entry, label in entries if not entry.skipped and not entry.refused]
    if len(readable) >= PROGRESS_FROM:
        log.info("reading %d seeds", len(readable))
    loaded = iter(ARTICLES.load_all(readable, options["workers"]))  # extracts only new or changed seeds
    articles = []
    failed = []
    for entry, label in entries:
        if entry.skipped:
            log.info("%s skipped: %s", label, entry.skipped)
            continue
        outcome = Failure(entry.refused) if entry.refused else next(loaded)
        if isinstance(outcome, Failure):
            if outcome.trace:
                log.debug("extracting %s failed:\n%s", label, outcome.trace)
            failed.append(label)
            kept = _last_good.get(label)
            log.error("%s: %s; %s", label, outcome.reason, "showing its last good version" if kept else "left out")
            if kept is None:
                continue
            outcome = kept
        elif _serving:
            _last_good[label] = outcome
        for warning in outcome.warnings:
            log.warning("%s: %s", label, warning)
        articles.append(outcome)
    ARTICLES.finish_build()
    if failed and config.strict:
        raise PluginError(f"newsroom: --strict: {len(failed)} seed(s) cannot be built: {', '.join(failed)}")
    return articles


# Add the generated pages and the data files (JSON, TimelineJS, CSV) to the site's files.
def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Generate every page from the seeds; nothing is written into `docs/` or `seeds/`."""
    if not config.use_directory_urls:
        raise PluginError("newsroom: the generated links need `use_directory_urls: true`")
    options = _options(config)
    started = _clock()
    ARTICLES.start_build()
    with _cyclic_gc_paused():
        articles = _load(config, options)
        loaded = _clock()
        generated = site_files(articles, config.site_name, config.site_url or None, options["workers"])
        rendered = _clock()
    for path, content in generated.items():
        existing = files.get_file_from_path(path)
        if existing is not None:
            log.warning("generated %s replaces docs/%s", path, path)
            files.remove(existing)
        files.append(File.generated(config, path, content=content))
    finished = _clock()
    stats = ARTICLES.stats
    _timings.clear()
    _timings.update(
        articles=len(articles),
        extracted=stats.extracted,
        reused=stats.reused,
        pages=len(generated),
        extraction=stats.seconds,
        extraction_median=stats.median or 0.0,
        extraction_median_cpu=stats.median_cpu or 0.0,
    )
    _phase("load", started, loaded)
    _phase("render", loaded, rendered)
    _phase("files", rendered, finished)
    log.info(
        "%d articles, %d quotes, %d organisations, %d events (%.2f s)",
        len(articles),
        sum(len(article.quotes) for article in articles),
        sum(len(article.organisations) for article in articles),
        sum(len(article.events) for article in articles),
        finished[0] - started[0],
    )
    log.debug(
        "extracted %d seeds in %.2f s (%.2f s of work over the workers), %d unchanged seeds reused; "
        "rendered %d pages in %.2f s",
        stats.extracted,
        loaded[0] - started[0],
        stats.seconds,
        stats.reused,
        len(generated),
        rendered[0] - loaded[0],
    )
    return files


# After Material's search (priority 0) wrote its index, add accent-free terms to it.
@mkdocs.plugins.event_priority(-50)
def on_post_build(config: MkDocsConfig) -> None:
    """Add a `fold` field to the search index so unaccented queries find accented words."""
    started = _clock()
    path = Path(config.site_dir) / SEARCH_INDEX_PATH
    if path.is_file():
        index = json.loads(path.read_text(encoding="utf-8"))
        folded = fold_search_index(index)
        path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        log.debug("accent folding added to %d search documents", folded)
    _phase("fold", started, _clock())
    _write_stats()


# Extraction and rendering make millions of small objects that reference counting frees; meanwhile
# the cyclic collector would walk MkDocs' whole heap again and again (10-20% of the hooks' time).
@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# Wall-clock and processor seconds now (the processor's is steadier on a busy machine); the
# processor's counts the worker processes of a cold build too, once they have ended.
def _clock() -> tuple[float, float]:
    used = os.times()
    return time.perf_counter(), used.user + used.system + used.children_user + used.children_system


# Record one phase's wall-clock and processor seconds.
def _phase(name: str, start: tuple[float, float], end: tuple[float, float]) -> None:
    _timings[name] = end[0] - start[0]
    _timings[f"{name}_cpu"] = end[1] - start[1]


# Hand this build's timings to the benchmark when it asks for them.
def _write_stats() -> None:
    target = os.environ.get(STATS_VARIABLE)
    if target:
        Path(target).write_text(json.dumps(_timings, indent=2), encoding="utf-8")
