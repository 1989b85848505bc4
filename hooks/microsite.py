"""MkDocs hook: seeds in, generated pages and data out; the core (`newsroom/`) never imports MkDocs.

It only adapts MkDocs' events to the core in `newsroom/`: options are read by
`newsroom.options` (`extra: newsroom:` in `mkdocs.yml`), seeds by
`newsroom.load` (whose docstring says what becomes of a bad seed), pages are made
by `newsroom.site`. Event arguments are keyword-only, as MkDocs passes them.
What it does with MkDocs' own objects (log, generated files, dirty reload,
offline links) is in `microsite_adapter.py` beside this file.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any, Literal

import mkdocs.plugins
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.structure.files import Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

import microsite_adapter as adapter
from newsroom.corrections import correct_articles
from newsroom.load import Loaded, Message, cyclic_gc_paused, load_folder, printable
from newsroom.model import Article
from newsroom.options import Options, OptionsError, read_options
from newsroom.render import fold_search_index
from newsroom.seedfiles import SeedsFolderError
from newsroom.site import build_site

SEARCH_INDEX_PATH = "search/search_index.json"
# Under `mkdocs serve`, each seed's last good article, shown while the seed is saved broken; None otherwise.
_last_good: dict[str, Article] | None = None
# Under `mkdocs serve --dirtyreload`, the state kept between rebuilds; None otherwise.
_served: adapter.DirtyReload | None = None


def on_startup(*, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
    """Note whether this process serves the site (`build` and `gh-deploy` never show an older
    article), and whether rebuilds may skip unchanged pages."""
    global _last_good, _served
    _last_good = {} if command == "serve" else None
    _served = adapter.DirtyReload() if command == "serve" and dirty else None


def on_serve(server: LiveReloadServer, /, *, config: MkDocsConfig, builder: object) -> LiveReloadServer:
    """Rebuild when the corrections file is saved, as when a seed is (a file created later needs a restart)."""
    path = _corrections_path(config, read_options(config.extra))
    if path.is_file():
        server.watch(str(path))
    return server


# The corrections file, relative to `mkdocs.yml`.
def _corrections_path(config: MkDocsConfig, options: Options) -> Path:
    return Path(config.config_file_path).parent / options.corrections


def on_files(files: Files, /, *, config: MkDocsConfig) -> Files:
    """Generate every page and data file from the seeds; nothing is written into `docs/` or `seeds/`."""
    try:
        options = read_options(config.extra)
    except OptionsError as error:
        raise PluginError(f"newsroom: {printable(str(error))}") from None
    for message in options.messages:
        adapter.log_message(message)
    started = time.perf_counter()
    folder = Path(config.config_file_path).parent / options.seeds
    with cyclic_gc_paused():
        try:
            loaded = load_folder(
                folder, adapter.log_message, workers=options.workers, last_good=_last_good,
                seconds=options.seed_seconds,
            )
        except SeedsFolderError as error:
            if config.strict:
                raise PluginError(f"newsroom: --strict: {error}") from None
            adapter.log_message(Message("error", str(error)))
            loaded = Loaded()
        corrected = correct_articles(
            loaded.articles, _corrections_path(config, options), adapter.log_message, options.corrections
        )
        site = build_site(
            corrected.articles, adapter.log_message, config.site_name, config.site_url or None,
            options.workers, corrected.steering, options.page_sizes,
        )
    bad = [*loaded.bad, *site.bad]
    if bad and config.strict:
        raise PluginError(f"newsroom: --strict: {len(bad)} seed(s) cannot be built: {', '.join(bad)}")
    adapter.add_generated(files, config, site.files, _served)
    articles = site.articles
    adapter.warn_missing_images(articles, files)
    adapter.log.info(
        "%d articles, %d quotes, %d organisations, %d events (%.2f s)",
        len(articles),
        sum(len(article.quotes) for article in articles),
        sum(len(article.organisations) for article in articles),
        sum(len(article.events) for article in articles),
        time.perf_counter() - started,
    )
    return files


def on_page_content(html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Without directory URLs (Material's `offline` plugin), point folder links at the pages' `.html` files."""
    return html if config.use_directory_urls else adapter.link_folders_as_files(html, page, files)


@mkdocs.plugins.event_priority(-100)
def on_nav(nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> None:
    """Under dirty reload, note the pages in the order MkDocs builds them (the search index's order)."""
    if _served is not None:
        _served.note_order(files)


@mkdocs.plugins.event_priority(-50)
def on_page_context(context: dict[str, Any], /, *, page: Page, config: MkDocsConfig, nav: Navigation) -> None:
    """Under dirty reload, keep the search entries Material's search (priority 0) just made for this page."""
    if _served is not None:
        _served.keep_entries(page, config)


@mkdocs.plugins.event_priority(-50)
def on_post_build(*, config: MkDocsConfig) -> None:
    """After Material's search (priority 0) wrote its index, add accent-free terms (`fold`) to it;
    under dirty reload, first put it together from every page's entries, as a cold build has them."""
    path = Path(config.site_dir) / SEARCH_INDEX_PATH
    if path.is_file():
        index = json.loads(path.read_text(encoding="utf-8"))
        if _served is not None:
            _served.rebuild_index(index)
        folded = fold_search_index(index)
        path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        adapter.log.debug("accent folding added to %d search documents", folded)
    if _served is not None:
        _served.finish()
