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
from newsroom.read import SeedError, discover_seeds
from newsroom.render import fold_search_index
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


# Read and extract every seed; a bad seed stops the build with a one-line message naming it.
def _load(config: MkDocsConfig) -> list[Article]:
    folder = Path(config.config_file_path).parent / str(_options(config)["seeds"])
    articles = []
    for path in discover_seeds(folder):
        label = f"{folder.name}/{path.name}"
        try:
            article = load_article(path, label)
        except SeedError as error:
            raise PluginError(f"newsroom: cannot build from seed {error}") from None
        except Exception as error:  # an extractor bug: still name the seed, keep the trace for --verbose
            log.debug("extracting %s failed", label, exc_info=True)
            raise PluginError(f"newsroom: extracting {label} failed ({error!r}); please report it with the seed") from None
        for warning in article.warnings:
            log.warning("%s: %s", label, warning)
        articles.append(article)
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
