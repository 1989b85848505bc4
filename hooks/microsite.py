"""MkDocs hook: seeds in, generated pages and data out (the only MkDocs-aware module).

Options live in `mkdocs.yml` under `extra: newsroom:` (`seeds`: the seeds
folder, relative to the config file; default `seeds`).
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

from newsroom.cache import ARTICLES
from newsroom.export import extraction_json
from newsroom.model import Article
from newsroom.read import SeedError, discover_seeds
from newsroom.render import fold_search_index, render_site

log = mkdocs.plugins.get_plugin_logger("newsroom")

DEFAULT_OPTIONS = {"seeds": "seeds"}
EXTRACTION_PATH = "data/extraction.json"
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
    return {**DEFAULT_OPTIONS, **given}


# Read and extract every seed; a bad seed stops the build with a one-line message naming it.
def _load(config: MkDocsConfig) -> list[Article]:
    folder = Path(config.config_file_path).parent / str(_options(config)["seeds"])
    articles = []
    for path in discover_seeds(folder):
        label = f"{folder.name}/{path.name}"
        try:
            article = ARTICLES.load(path, label)  # extracted only when the seed is new or changed
        except SeedError as error:
            raise PluginError(f"newsroom: cannot build from seed {error}") from None
        except Exception as error:  # an extractor bug: still name the seed, keep the trace for --verbose
            log.debug("extracting %s failed", label, exc_info=True)
            raise PluginError(f"newsroom: extracting {label} failed ({error!r}); please report it with the seed") from None
        for warning in article.warnings:
            log.warning("%s: %s", label, warning)
        articles.append(article)
    ARTICLES.finish_build()
    return articles


# Add the generated pages and the extraction data to the site's files.
def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Generate every page from the seeds; nothing is written into `docs/` or `seeds/`."""
    if not config.use_directory_urls:
        raise PluginError("newsroom: the generated links need `use_directory_urls: true`")
    started = _clock()
    ARTICLES.start_build()
    with _cyclic_gc_paused():
        articles = _load(config)
        loaded = _clock()
        pages = render_site(articles, site_name=config.site_name)
        data = json.dumps(extraction_json(articles), ensure_ascii=False, indent=2)
        rendered = _clock()
    for path, content in [*pages.items(), (EXTRACTION_PATH, data)]:
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
        pages=len(pages),
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
        "extracted %d seeds in %.2f s, %d unchanged seeds reused; rendered %d pages in %.2f s",
        stats.extracted,
        stats.seconds,
        stats.reused,
        len(pages),
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


# Wall-clock and processor seconds now (the processor's is steadier on a busy machine).
def _clock() -> tuple[float, float]:
    return time.perf_counter(), time.process_time()


# Record one phase's wall-clock and processor seconds.
def _phase(name: str, start: tuple[float, float], end: tuple[float, float]) -> None:
    _timings[name] = end[0] - start[0]
    _timings[f"{name}_cpu"] = end[1] - start[1]


# Hand this build's timings to the benchmark when it asks for them.
def _write_stats() -> None:
    target = os.environ.get(STATS_VARIABLE)
    if target:
        Path(target).write_text(json.dumps(_timings, indent=2), encoding="utf-8")
