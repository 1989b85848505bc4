"""The hook's (`microsite.py`) work with MkDocs' objects: log, generated files, dirty reload, offline links.

Log: the core's messages go to MkDocs' log under `newsroom`.

Generated files: each one is added to MkDocs' files in place of a file of `docs/` at its path.

Dirty reload: under `mkdocs serve --dirtyreload` (`make serve`) a rebuild renders only the
generated pages whose Markdown changed: the others are handed to MkDocs as unmodified files,
which its dirty build leaves as they were. Pages that are gone are deleted, and the search index
is put together again from each page's entries as Material's search made them when the page was
last rendered, in build order, so the served site is exactly what a cold build gives
(`tests/test_serve_dirty.py`).

Offline links: without directory URLs (Material's `offline` plugin) folder links become links to
the pages' `.html` files.
"""

from __future__ import annotations

import functools
import logging
import posixpath
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import mkdocs.plugins
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from newsroom.catalogue.links import published_folder
from newsroom.load import Message
from newsroom.model import Article
from newsroom.render.escape import http_url

log = mkdocs.plugins.get_plugin_logger("newsroom")
LEVELS = {"info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR}

SEARCH_PLUGIN = "material/search"
# A relative link to a folder, as the generated pages write them (`../articles/x/#p3`): no scheme, ends in `/`.
FOLDER_HREF = re.compile(r'href="([^":?#]*/)(#[^"]*)?"')


def log_message(message: Message) -> None:
    """Log one message of the core in MkDocs' log; an extractor's traceback only with `--verbose`."""
    log.log(LEVELS[message.level], "%s", message.text)
    if message.detail:
        log.debug("%s", message.detail)


class _Unchanged(File):
    """A generated file whose content is the last build's: a dirty build leaves its page as it was."""

    def is_modified(self) -> bool:
        """Never modified: its content is what the last build rendered."""
        return False


@dataclass
class DirtyReload:
    """What the last dirty-reload build generated and indexed, and what this one does so far."""

    files: dict[str, str] = field(default_factory=dict)
    building: dict[str, str] = field(default_factory=dict)
    entries: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    seen: int = 0

    def start(self, config: MkDocsConfig, generated: dict[str, str]) -> None:
        """Note what this build generates, and delete what the last one published for files now gone."""
        self.building, self.seen = generated, 0
        _remove_gone(config, [path for path in self.files if path not in generated])

    def note_order(self, files: Files) -> None:
        """Note the pages in the order MkDocs builds them (the search index's order)."""
        self.order = [file.url for file in files.documentation_pages()]

    def keep_entries(self, page: Page, config: MkDocsConfig) -> None:
        """Keep the search entries Material's search just made for `page`."""
        search = config.plugins.get(SEARCH_PLUGIN)
        if search is not None:
            entries = search.search_index.entries
            self.entries[page.file.url] = [dict(entry) for entry in entries[self.seen :]]
            self.seen = len(entries)

    def rebuild_index(self, index: dict[str, Any]) -> None:
        """Put the search index's documents together from every page's entries, as a cold build has them."""
        self.entries = {url: self.entries[url] for url in self.order if url in self.entries}
        index["docs"] = [dict(entry) for entries in self.entries.values() for entry in entries]

    def finish(self) -> None:
        """This build is done: the next one compares its content with this one's."""
        self.files = self.building


def add_generated(
    files: Files, config: MkDocsConfig, generated: dict[str, str], served: DirtyReload | None
) -> None:
    """Add the generated files to MkDocs' files, each in place of a file of `docs/` at its path;
    under dirty reload, those with the last build's content as unmodified."""
    previous = served.files if served else {}
    for path, content in generated.items():
        existing = files.get_file_from_path(path)
        if existing is not None:
            log.warning("generated %s replaces docs/%s", path, path)
            files.remove(existing)
        kind = _Unchanged if previous.get(path) == content else File
        files.append(kind.generated(config, path, content=content))
    if served is not None:
        served.start(config, generated)


def warn_missing_images(articles: list[Article], files: Files) -> None:
    """Warn about each article whose front matter names an `image:` that is no file under `docs/`."""
    for article in articles:
        image = article.front_matter.image
        if image and not http_url(image) and files.get_file_from_path(image) is None:
            log.warning("%s: `image: %s` is not a file under docs/", article.seed, image)


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


# The pages of this build by the folder each is published at, made once per build, not once per page.
@functools.lru_cache(maxsize=1)
def _pages_by_folder(files: Files) -> dict[str, File]:
    return {published_folder(file.src_uri): file for file in files.documentation_pages()}


def link_folders_as_files(html: str, page: Page, files: Files) -> str:
    """Point `page`'s folder links (`../articles/x/`) at the `.html` files of the pages they lead to.

    The generated pages link to folders, as MkDocs publishes pages by default; opened from disk a
    folder is no page, so each link to a page's folder becomes its file; any other link stays.
    """
    pages = _pages_by_folder(files)
    here = published_folder(page.file.src_uri)

    # The file link of one folder link that leads to a page; any other link as it was.
    def file_link(match: re.Match[str]) -> str:
        target = posixpath.normpath(posixpath.join(here, match[1]))
        file = pages.get("" if target == "." else f"{target}/")
        if file is None:
            return match[0]
        return f'href="{get_relative_url(file.url, page.url)}{match[2] or ""}"'

    return FOLDER_HREF.sub(file_link, html)
