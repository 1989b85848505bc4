"""MkDocs hook: seeds in, generated pages and data out (the only MkDocs-aware module).

It only adapts MkDocs' events to the core in `newsroom/`: options are read by
`newsroom.options` (`extra: newsroom:` in `mkdocs.yml`), seeds by
`newsroom.load` (whose docstring says what becomes of a bad seed), pages are made
by `newsroom.site`. Event arguments are keyword-only, as MkDocs passes them.

Under `mkdocs serve --dirtyreload` (`make serve`) a rebuild renders only the
generated pages whose Markdown changed: the others are handed to MkDocs as
unmodified files, which its dirty build leaves as they were. Pages that are
gone are deleted, and the search index is put together again from each page's
entries as Material's search made them when the page was last rendered, in
build order, so the served site is exactly what a cold build gives
(`tests/test_serve_dirty.py`).
"""

from __future__ import annotations

import json
import logging
import posixpath
import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import mkdocs.plugins
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from newsroom.catalogue.links import published_folder
from newsroom.corrections import correct_articles
from newsroom.load import Loaded, Message, cyclic_gc_paused, load_folder, printable
from newsroom.model import Article
from newsroom.options import Options, OptionsError, read_options
from newsroom.render import fold_search_index
from newsroom.render.escape import http_url
from newsroom.seedfiles import SeedsFolderError
from newsroom.site import build_site

log = mkdocs.plugins.get_plugin_logger("newsroom")

SEARCH_INDEX_PATH = "search/search_index.json"
LEVELS = {"info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR}
# A relative link to a folder, as the generated pages write them (`../articles/x/#p3`): no scheme, ends in `/`.
FOLDER_HREF = re.compile(r'href="([^":?#]*/)(#[^"]*)?"')

SEARCH_PLUGIN = "material/search"

# Under `mkdocs serve`, each seed's last good article, shown while the seed is saved broken; None otherwise.
_last_good: dict[str, Article] | None = None


@dataclass
class _Served:
    """What the last dirty-reload build generated and indexed, and what this one does so far."""

    files: dict[str, str] = field(default_factory=dict)
    building: dict[str, str] = field(default_factory=dict)
    entries: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    seen: int = 0


# Under `mkdocs serve --dirtyreload`, the state kept between rebuilds; None otherwise.
_served: _Served | None = None


class _Unchanged(File):
    """A generated file whose content is the last build's: a dirty build leaves its page as it was."""

    def is_modified(self) -> bool:
        """Never modified: its content is what the last build rendered."""
        return False


def on_startup(*, command: Literal["build", "gh-deploy", "serve"], dirty: bool) -> None:
    """Note whether this process serves the site (`build` and `gh-deploy` never show an older
    article), and whether rebuilds may skip unchanged pages."""
    global _last_good, _served
    _last_good = {} if command == "serve" else None
    _served = _Served() if command == "serve" and dirty else None


def on_serve(server: LiveReloadServer, /, *, config: MkDocsConfig, builder: object) -> LiveReloadServer:
    """Rebuild when the corrections file is saved, as when a seed is (a file created later needs a restart)."""
    path = _corrections_path(config, read_options(config.extra))
    if path.is_file():
        server.watch(str(path))
    return server


# The corrections file, relative to `mkdocs.yml`.
def _corrections_path(config: MkDocsConfig, options: Options) -> Path:
    return Path(config.config_file_path).parent / options.corrections


# One message of the loader in MkDocs' log; an extractor's traceback only with `--verbose`.
def _log(message: Message) -> None:
    log.log(LEVELS[message.level], "%s", message.text)
    if message.detail:
        log.debug("%s", message.detail)


def on_files(files: Files, /, *, config: MkDocsConfig) -> Files:
    """Generate every page and data file from the seeds; nothing is written into `docs/` or `seeds/`."""
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
        corrected = correct_articles(loaded.articles, _corrections_path(config, options), _log, options.corrections)
        site = build_site(
            corrected.articles, _log, config.site_name, config.site_url or None, options.workers, corrected.steering,
            options.page_sizes,
        )
    bad = [*loaded.bad, *site.bad]
    if bad and config.strict:
        raise PluginError(f"newsroom: --strict: {len(bad)} seed(s) cannot be built: {', '.join(bad)}")
    previous = _served.files if _served else {}
    for path, content in site.files.items():
        existing = files.get_file_from_path(path)
        if existing is not None:
            log.warning("generated %s replaces docs/%s", path, path)
            files.remove(existing)
        kind = _Unchanged if previous.get(path) == content else File
        files.append(kind.generated(config, path, content=content))
    if _served is not None:
        _served.building, _served.seen = site.files, 0
        _remove_gone(config, [path for path in previous if path not in site.files])
    articles = site.articles
    for article in articles:
        image = article.front_matter.image
        if image and not http_url(image) and files.get_file_from_path(image) is None:
            log.warning("%s: `image: %s` is not a file under docs/", article.seed, image)
    log.info(
        "%d articles, %d quotes, %d organisations, %d events (%.2f s)",
        len(articles),
        sum(len(article.quotes) for article in articles),
        sum(len(article.organisations) for article in articles),
        sum(len(article.events) for article in articles),
        time.perf_counter() - started,
    )
    return files


def on_page_content(html: str, /, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Without directory URLs (Material's `offline` plugin), point folder links at the pages' `.html` files.

    The generated pages link to folders (`../articles/x/`), as MkDocs publishes pages by default;
    opened from disk a folder is no page, so each link to a page's folder becomes its file.
    """
    if config.use_directory_urls:
        return html
    pages = {published_folder(file.src_uri): file for file in files.documentation_pages()}
    here = published_folder(page.file.src_uri)

    # The file link of one folder link that leads to a page; any other link as it was.
    def file_link(match: re.Match[str]) -> str:
        target = posixpath.normpath(posixpath.join(here, match[1]))
        file = pages.get("" if target == "." else f"{target}/")
        if file is None:
            return match[0]
        return f'href="{get_relative_url(file.url, page.url)}{match[2] or ""}"'

    return FOLDER_HREF.sub(file_link, html)


# Delete what the last build published for generated files that are gone, and folders left empty.
def _remove_gone(config: MkDocsConfig, paths: list[str]) -> None:
    site = Path(config.site_dir)
    for path in paths:
        published = Path(File.generated(config, path, content="").abs_dest_path)
        published.unlink(missing_ok=True)
        folder = published.parent
        while folder != site and folder.is_dir() and not any(folder.iterdir()):
            folder.rmdir()
            folder = folder.parent


@mkdocs.plugins.event_priority(-100)
def on_nav(nav: Navigation, /, *, config: MkDocsConfig, files: Files) -> None:
    """Under dirty reload, note the pages in the order MkDocs builds them (the search index's order)."""
    if _served is not None:
        _served.order = [file.url for file in files.documentation_pages()]


@mkdocs.plugins.event_priority(-50)
def on_page_context(context: dict[str, Any], /, *, page: Page, config: MkDocsConfig, nav: Navigation) -> None:
    """Under dirty reload, keep the search entries Material's search (priority 0) just made for this page."""
    search = config.plugins.get(SEARCH_PLUGIN)
    if _served is not None and search is not None:
        entries = search.search_index.entries
        _served.entries[page.file.url] = [dict(entry) for entry in entries[_served.seen :]]
        _served.seen = len(entries)


@mkdocs.plugins.event_priority(-50)
def on_post_build(*, config: MkDocsConfig) -> None:
    """After Material's search (priority 0) wrote its index, add accent-free terms (`fold`) to it;
    under dirty reload, first put it together from every page's entries, as a cold build has them."""
    path = Path(config.site_dir) / SEARCH_INDEX_PATH
    if path.is_file():
        index = json.loads(path.read_text(encoding="utf-8"))
        if _served is not None:
            _served.entries = {url: _served.entries[url] for url in _served.order if url in _served.entries}
            index["docs"] = [dict(entry) for entries in _served.entries.values() for entry in entries]
        folded = fold_search_index(index)
        path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
        log.debug("accent folding added to %d search documents", folded)
    if _served is not None:
        _served.files = _served.building
