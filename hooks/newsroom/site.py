"""The whole site as files, for the hook and for `export-pages` alike.

One site model (`newsroom.catalogue`) feeds both the pages (`newsroom.render`)
and the data files (`newsroom.data`).
"""

from __future__ import annotations

from .catalogue import build_catalogue
from .data import data_files
from .model import Article
from .render.environment import make_environment
from .render.pages import render_pages


def render_site(articles: list[Article], site_name: str = "News microsite") -> dict[str, str]:
    """Return the home page, the listings and every detail page as docs-relative path → Markdown
    source, without the data files; pages link to each other with relative directory URLs."""
    return render_pages(make_environment(), build_catalogue(articles), site_name)


def site_files(
    articles: list[Article], site_name: str = "News microsite", site_url: str | None = None, workers: int | None = None
) -> dict[str, str]:
    """Return every generated file as docs-relative path → text (Markdown pages, then JSON and CSV);
    pages are rendered in `workers` processes (None: one per core, see `newsroom.workers`)."""
    catalogue = build_catalogue(articles)
    files = render_pages(make_environment(), catalogue, site_name, workers)
    files.update(data_files(catalogue, site_name, site_url))
    return files
