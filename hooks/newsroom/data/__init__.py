"""The site's data files, all from one site model (see `newsroom.catalogue`).

`data_files(catalogue, site_name, site_url)` returns them as docs-relative
path → text: `extraction.py` writes the extraction as JSON (the CLI prints
the same), `timelinejs.py` the merged timeline for TimelineJS, and
`spreadsheets.py` CSV files of quotes, organisations and events.
"""

from __future__ import annotations

import json

from ..catalogue.entries import Catalogue
from .extraction import extraction_json
from .spreadsheets import events_csv, organisations_csv, quotes_csv
from .timelinejs import timeline_json

EXTRACTION_PATH = "data/extraction.json"
TIMELINE_PATH = "data/timeline.json"
QUOTES_PATH = "data/quotes.csv"
ORGANISATIONS_PATH = "data/organisations.csv"
EVENTS_PATH = "data/events.csv"
# Data files are written compact: with `indent`, `json` falls back to its pure-Python encoder (ten times slower).
COMPACT = (",", ":")


def data_files(catalogue: Catalogue, site_name: str, site_url: str | None = None) -> dict[str, str]:
    """Return every data file as docs-relative path → text (JSON, CSV); links in the TimelineJS
    file are absolute when `site_url` is known."""
    articles = [entry.article for entry in catalogue.articles]
    slugs = {id(entry.article): entry.slug for entry in catalogue.articles}
    return {
        EXTRACTION_PATH: json.dumps(extraction_json(articles, slugs), ensure_ascii=False, separators=COMPACT),
        TIMELINE_PATH: json.dumps(timeline_json(catalogue, site_name, site_url), ensure_ascii=False, separators=COMPACT),
        QUOTES_PATH: quotes_csv(catalogue),
        ORGANISATIONS_PATH: organisations_csv(catalogue),
        EVENTS_PATH: events_csv(catalogue),
    }
