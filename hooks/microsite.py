"""MkDocs hook: seeds in, generated pages and data out (the only MkDocs-aware module).

It only adapts MkDocs' events to the core in `newsroom/`: options are read by
`newsroom.options` (`extra: newsroom:` in `mkdocs.yml`), seeds by
`newsroom.load` (whose docstring says what becomes of a bad seed), pages are made
by `newsroom.site`. Event arguments are keyword-only, as MkDocs passes them.
"""

from __future__ import annotations

import json
import logging
import time
from pathlib import Path
from typing import Literal

import mkdocs.plugins
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files

from newsroom.load import Loaded, Message, cyclic_gc_paused, load_folder, printable
from newsroom.model import Article
from newsroom.options import OptionsError, read_options
from newsroom.render import fold_search_index
from newsroom.seedfiles import SeedsFolderError
from newsroom.site import build_site

log = mkdocs.plugins.get_plugin_logger("newsroom")

SEARCH_INDEX_PATH = "search/search_index.json"
LEVELS = {"info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR}

# Under `mkdocs serve`, each seed's last good article, shown while the seed is saved broken; None otherwise.
_last_good: dict[str, Article] | None = None


def on_startup(*, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
    """Note whether this process serves the site: `build` and `gh-deploy` never show an older article."""
    global _last_good
    _last_good = {} if command == "serve" else None


# One message of the loader in MkDocs' log; an extractor's traceback only with `--verbose`.
def _log(message: Message) -> None:
    log.log(LEVELS[message.level], "%s", message.text)
    if message.detail:
        log.debug("%s", message.detail)


def on_files(files: Files, /, *, config: MkDocsConfig) -> Files:
    """Generate every page and data file from the seeds; nothing is written into `docs/` or `seeds/`."""
    if not config.use_directory_urls:
        raise PluginError("newsroom: the generated links need `use_directory_urls: true`")
    try:
        options = read_options(config.extra)
    except OptionsError as error:
        raise PluginError(f"newsroom: {printable(str(error))}") from None
    for message in options.messages:
        _log(message)
    started = time.perf_counter()
    folder = Path(config.config_file_path).parent / options.seeds
    with cyclic_gc_paused():
        try:
            loaded = load_folder(
                folder, _log, workers=options.workers, last_good=_last_good, seconds=options.seed_seconds
            )
        except SeedsFolderError as error:
            if config.strict:
                raise PluginError(f"newsroom: --strict: {error}") from None
            _log(Message("error", str(error)))
            loaded = Loaded()
        site = build_site(
            loaded.articles, _log, config.site_name, config.site_url or None, options.workers, options.page_sizes
        )
    bad = [*loaded.bad, *site.bad]
    if bad and config.strict:
        raise PluginError(f"newsroom: --strict: {len(bad)} seed(s) cannot be built: {', '.join(bad)}")
    for path, content in site.files.items():
        existing = files.get_file_from_path(path)
        if existing is not None:
            log.warning("generated %s replaces docs/%s", path, path)
            files.remove(existing)
        files.append(File.generated(config, path, content=content))
    articles = site.articles
    log.info(
        "%d articles, %d quotes, %d organisations, %d events (%.2f s)",
        len(articles),
        sum(len(article.quotes) for article in articles),
        sum(len(article.organisations) for article in articles),
        sum(len(article.events) for article in articles),
        time.perf_counter() - started,
    )
    return files


@mkdocs.plugins.event_priority(-50)
def on_post_build(*, config: MkDocsConfig) -> None:
    """After Material's search (priority 0) wrote its index, add accent-free terms (`fold`) to it."""
    path = Path(config.site_dir) / SEARCH_INDEX_PATH
    if path.is_file():
        index = json.loads(path.read_text(encoding="utf-8"))
        folded = fold_search_index(index)
        path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        log.debug("accent folding added to %d search documents", folded)
