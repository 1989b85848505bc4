"""Articles to Markdown pages for any static site generator (no MkDocs import here).

`render_site(articles)` returns docs-relative paths mapped to page sources;
`fold_search_index(index)` adds accent-free search terms to a built index.
"""

from __future__ import annotations

from ..catalogue import build_catalogue
from ..model import Article
from .environment import make_environment
from .pages import render_pages
from .search import fold_search_index


# The whole site in one call; pages link to each other with relative directory URLs.
def render_site(articles: list[Article], site_name: str = "News microsite") -> dict[str, str]:
    """Render the home page, the listings and every detail page as Markdown sources."""
    return render_pages(make_environment(), build_catalogue(articles), site_name)


__all__ = ["fold_search_index", "render_site"]
