"""MkDocs hook: seeds in, generated pages and data out (the only MkDocs-aware module).

Options live in `mkdocs.yml` under `extra: newsroom:` (`seeds`: the seeds
folder, relative to the config file; default `seeds`).
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import mkdocs.plugins
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from newsroom import load_article
from newsroom.model import Article
from newsroom.read import SeedError
from newsroom.render import fold_search_index
from newsroom.seedfiles import scan_seeds
from newsroom.site import site_files

log = mkdocs.plugins.get_plugin_logger("newsroom")

DEFAULT_OPTIONS = {"seeds": "seeds"}
SEARCH_INDEX_PATH = "search/search_index.json"


# The `extra: newsroom:` options merged over the defaults.
def _options(config: MkDocsConfig) -> dict[str, Any]:
    extra: dict[str, Any] = dict(config.extra or {})
    given = extra.get("newsroom") or {}
    if not isinstance(given, dict):
        raise PluginError("newsroom: `extra: newsroom:` must be a mapping of options")
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


# One seed's article, or the reason it cannot be built.
def _extract(path: Path, label: str) -> Article | str:
    try:
        return load_article(path, label)
    except SeedError as error:
        return error.reason
    except Exception as error:  # an extractor bug: still name the seed, keep the trace for --verbose
        log.debug("extracting %s failed", label, exc_info=True)
        return f"extraction failed ({error!r}); please report it with the seed"


# Read and extract every seed; a bad seed gets one error naming it and is left out (or, while
# serving, shown as it last was); `--strict` then stops the build.
def _load(config: MkDocsConfig) -> list[Article]:
    folder = Path(config.config_file_path).parent / str(_options(config)["seeds"])
    articles = []
    failed = []
    for entry in scan_seeds(folder):
        label = _label(folder, entry.path)
        if entry.skipped:
            log.info("%s skipped: %s", label, entry.skipped)
            continue
        article = entry.refused or _extract(entry.path, label)
        if isinstance(article, str):
            failed.append(label)
            kept = _last_good.get(label)
            log.error("%s: %s; %s", label, article, "showing its last good version" if kept else "left out")
            if kept is None:
                continue
            article = kept
        elif _serving:
            _last_good[label] = article
        for warning in article.warnings:
            log.warning("%s: %s", label, warning)
        articles.append(article)
    if failed and config.strict:
        raise PluginError(f"newsroom: --strict: {len(failed)} seed(s) cannot be built: {', '.join(failed)}")
    return articles


# Add the generated pages and the data files (JSON, TimelineJS, CSV) to the site's files.
def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Generate every page from the seeds; nothing is written into `docs/` or `seeds/`."""
    if not config.use_directory_urls:
        raise PluginError("newsroom: the generated links need `use_directory_urls: true`")
    started = time.perf_counter()
    articles = _load(config)
    generated = site_files(articles, site_name=config.site_name, site_url=config.site_url or None)
    for path, content in generated.items():
        existing = files.get_file_from_path(path)
        if existing is not None:
            log.warning("generated %s replaces docs/%s", path, path)
            files.remove(existing)
        files.append(File.generated(config, path, content=content))
    log.info(
        "%d articles, %d quotes, %d organisations, %d events (%.2f s)",
        len(articles),
        sum(len(article.quotes) for article in articles),
        sum(len(article.organisations) for article in articles),
        sum(len(article.events) for article in articles),
        time.perf_counter() - started,
    )
    return files


# After Material's search (priority 0) wrote its index, add accent-free terms to it.
@mkdocs.plugins.event_priority(-50)
def on_post_build(config: MkDocsConfig) -> None:
    """Add a `fold` field to the search index so unaccented queries find accented words."""
    path = Path(config.site_dir) / SEARCH_INDEX_PATH
    if not path.is_file():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    folded = fold_search_index(index)
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    log.debug("accent folding added to %d search documents", folded)
