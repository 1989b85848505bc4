"""Relative URLs between generated pages, as MkDocs publishes them with directory URLs."""

from __future__ import annotations

import posixpath


# Where MkDocs publishes a docs-relative Markdown path: `a/b.md` → `a/b/`, `a/index.md` → `a/`.
def published_folder(page: str) -> str:
    """Return the site-relative folder URL of `page` (`""` for the home page)."""
    stem = page.removesuffix(".md")
    folder, _, name = stem.rpartition("/")
    if name == "index":
        return f"{folder}/" if folder else ""
    return f"{stem}/"


# A link from one generated page to another, optionally to an anchor on it.
def relative_url(from_page: str, to_page: str, anchor: str | None = None) -> str:
    """Return the URL that leads from `from_page` to `to_page` (`../articles/x/#p3`)."""
    url = posixpath.relpath(published_folder(to_page) or ".", published_folder(from_page) or ".")
    url = "./" if url == "." else f"{url}/"
    return f"{url}#{anchor}" if anchor else url
