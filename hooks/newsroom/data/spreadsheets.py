"""CSV files of quotes, organisations and events, for spreadsheets.

Rows follow `data/extraction.json`: `quotes.csv` has one row per quote and
reported statement, `events.csv` one per extracted event (with the number of
the merged timeline item it belongs to), and `organisations.csv` one per
merged organisation, its `mentions` adding up to the JSON's mention counts.

Seed text is untrusted: a spreadsheet runs a cell that starts with `=`, `+`,
`-` or `@` (or a tab or carriage return) as a formula, so such a text cell
gets a leading apostrophe, which spreadsheets show as plain text.
A `corrected` column gives, for an item the editor corrected, what the
extractors said (empty otherwise).
"""

from __future__ import annotations

import csv
import io
from typing import Any

from ..catalogue.entries import ArticleEntry, Catalogue
from ..catalogue.excerpts import event_sentence, words_text
from ..catalogue.links import published_folder
from ..model import Corrected, Quote, Speaker, Statement

# First characters that make a spreadsheet read a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    """Return `value` with a leading apostrophe when a spreadsheet would run it as a formula
    (`""` for None); numbers and booleans stay as they are."""
    if value is None:
        return ""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


# What the extractors said about a corrected item, for the `corrected` column.
def _corrected(corrected: Corrected | None) -> str | None:
    return corrected.reading if corrected else None


# The site-relative address of a paragraph of an article.
def _source(entry: ArticleEntry, paragraph: int) -> str:
    return f"{published_folder(entry.page)}#p{paragraph + 1}"


# Rows under a header row as CSV text (`\r\n` line ends, as the csv module writes them).
def _csv(header: list[str], rows: list[list[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows([[safe_cell(value) for value in row] for row in rows])
    return buffer.getvalue()


def quotes_csv(catalogue: Catalogue) -> str:
    """Return `quotes.csv`: one row per quote and reported statement, article by article."""
    rows: list[list[Any]] = []
    for entry in catalogue.articles:
        said: list[tuple[Quote | Statement, str, Speaker | None]] = [(q, q.kind, q.speaker) for q in entry.quotes]
        said += [(s, "reported", s.speaker) for s in entry.statements]
        for words, kind, speaker in said:
            page = catalogue.speaker_page(entry, speaker) if speaker else None
            rows.append([
                entry.label, _source(entry, words.paragraph), page.name if page else None,
                speaker.kind if speaker else None, kind, words_text(words), words.paragraph + 1, words.start, words.end,
                _corrected(words.corrected),
            ])
    header = ["article", "source", "speaker", "speaker_kind", "kind", "text", "paragraph", "start", "end", "corrected"]
    return _csv(header, rows)


def organisations_csv(catalogue: Catalogue) -> str:
    """Return `organisations.csv`: one row per organisation page, with its other spellings, roles and articles."""
    rows = [
        [
            page.name, page.acronym, "; ".join(page.variants), "; ".join(page.roles), len(page.mentions),
            len(page.articles), "; ".join(entry.label for entry, _ in page.articles),
            published_folder(page.page) if page.has_page else None,
            "; ".join(corrected.reading for corrected in page.corrected),
        ]
        for page in catalogue.organisations.values()
    ]
    header = ["name", "acronym", "also_written_as", "roles", "mentions", "articles", "article_titles", "page", "corrected"]
    return _csv(header, rows)


def events_csv(catalogue: Catalogue) -> str:
    """Return `events.csv`: one row per event of every article, with the timeline item it is shown under."""
    item_of = {id(event): (number, len(item.sources)) for number, item in enumerate(catalogue.timeline, 1)
               for _, event in item.sources}
    rows = []
    for entry, event in catalogue.events:
        number, reports = item_of[id(event)]
        rows.append([
            event.date, event.end_date, event.deadline, event.date_text, event.what, event_sentence(entry.article, event),
            entry.label, _source(entry, event.paragraph), number, reports, event.basis,
            _corrected(event.corrected),
        ])
    header = ["date", "end_date", "deadline", "date_text", "what", "sentence", "article", "source",
              "timeline_item", "reported_by", "basis", "corrected"]
    return _csv(header, rows)
