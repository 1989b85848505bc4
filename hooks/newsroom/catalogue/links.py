"""Relative URLs between generated pages, as MkDocs publishes them with directory URLs."""

from __future__ import annotations

from functools import lru_cache


def published_folder(page: str) -> str:
    """Return the site-relative folder URL MkDocs publishes `page` at: `a/b.md` → `a/b/`,
    `a/index.md` → `a/`, `""` for the home page."""
    stem = page.removesuffix(".md")
    folder, _, name = stem.rpartition("/")
    if name == "index":
        return f"{folder}/" if folder else ""
    return f"{stem}/"


def relative_url(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """Return the URL that leads from `from_page` to `to_page` (`../articles/x/#p3`)."""
    url = _folder_url(published_folder(from_page), published_folder(to_page))
    return f"{url}#{anchor}" if anchor else url


# The relative URL between two published folders, by their path segments alone (no file system
# look-up, unlike `posixpath.relpath`); pages link to the same few folders, so results are kept.
@lru_cache(maxsize=65_536)
def _folder_url(here: str, there: str) -> str:
    here_parts = [part for part in here.split("/") if part]
    there_parts = [part for part in there.split("/") if part]
    shared = 0
    while shared < min(len(here_parts), len(there_parts)) and here_parts[shared] == there_parts[shared]:
        shared += 1
    parts = [".."] * (len(here_parts) - shared) + there_parts[shared:]
    return "/".join(parts) + "/" if parts else "./"
