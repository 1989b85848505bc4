"""The site model as Markdown pages for any static site generator (no MkDocs import here).

`pages.render_pages(environment, catalogue, site_name, workers)` returns
docs-relative paths mapped to page sources (see `newsroom.site` for the
whole site); `fold_search_index(index)` adds accent-free search terms to a
built index.
"""

from __future__ import annotations

from .search import fold_search_index

__all__ = ["fold_search_index"]
