"""The whole site as files: generated pages and data, for the hook and for `export-pages` alike."""

from __future__ import annotations

import json

from .catalogue import build_catalogue
from .export import extraction_json
from .model import Article
from .render.environment import make_environment
from .render.pages import render_pages
from .spreadsheets import events_csv, organisations_csv, quotes_csv
from .timelinejs import timeline_json

EXTRACTION_PATH = "data/extraction.json"
TIMELINE_PATH = "data/timeline.json"
QUOTES_PATH = "data/quotes.csv"
ORGANISATIONS_PATH = "data/organisations.csv"
EVENTS_PATH = "data/events.csv"
# Data files are written compact: with `indent`, `json` falls back to its pure-Python encoder (ten times slower).
COMPACT = (",", ":")


# Pages, then data files; both consumers add exactly these.
def site_files(
    articles: list[Article], site_name: str = "News microsite", site_url: str | None = None, workers: int | None = None
) -> dict[str, str]:
    """Return every generated file as docs-relative path → text (Markdown pages, JSON, CSV); pages
    are rendered in `workers` processes (None: one per core, see `newsroom.workers`)."""
    catalogue = build_catalogue(articles)
    files = render_pages(make_environment(), catalogue, site_name, workers)
    slugs = {id(entry.article): entry.slug for entry in catalogue.articles}
    files[EXTRACTION_PATH] = json.dumps(extraction_json(articles, slugs), ensure_ascii=False, separators=COMPACT)
    files[TIMELINE_PATH] = json.dumps(timeline_json(catalogue, site_name, site_url), ensure_ascii=False, separators=COMPACT)
    files[QUOTES_PATH] = quotes_csv(catalogue)
    files[ORGANISATIONS_PATH] = organisations_csv(catalogue)
    files[EVENTS_PATH] = events_csv(catalogue)
    return files
