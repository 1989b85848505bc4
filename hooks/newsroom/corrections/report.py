"""What the corrections in force do, for the generated Corrections page and `corrections check`."""

from __future__ import annotations

from dataclasses import dataclass

from ..catalogue.entries import Catalogue
from ..merge import KindSteering, Merged, NameList, Steering, merge_articles, same_key
from .apply import Applied

# The generated page that lists every correction in force.
CORRECTIONS_PAGE = "corrections.md"


@dataclass(frozen=True)
class InForce:
    """One correction in force: its line in the file, what it does, and the page (and anchor) of its item."""

    line: int
    summary: str
    label: str
    page: str | None = None
    anchor: str | None = None


def corrections_in_force(catalogue: Catalogue) -> list[InForce]:
    """Return every correction in force on the site's articles and merge, in the file's order."""
    rows = [
        InForce(note.line, note.summary, entry.label, entry.page,
                None if note.paragraph is None else f"p{note.paragraph + 1}")
        for entry in catalogue.articles
        for note in entry.article.corrections
    ]
    rows += [
        InForce(names.line, summary, names.names[0], page)
        for names, summary, page in _steering_rows(catalogue)
    ]
    return sorted(rows, key=lambda row: row.line)


def effects(applied: Applied) -> list[tuple[int, str]]:
    """Return `(line, what it does)` for every correction in force, in the file's order, as
    `corrections check` prints them."""
    rows = [(note.line, f"{article.seed}: {note.summary}") for article in applied.articles for note in article.corrections]
    rows += steering_summaries(merge_articles(applied.articles, applied.steering), applied.steering)
    return sorted(rows, key=lambda row: row[0])


def steering_summaries(merged: Merged, steering: Steering) -> list[tuple[int, str]]:
    """Return `(line, summary)` for every `same` and `different` list: what the merge made of it."""
    rows = _kind_rows(steering.people, "person", "people", {g.key: len(g.article_indexes) for g in merged.people.groups})
    rows += _kind_rows(steering.organisations, "organisation", "organisations",
                       {g.key: len(g.article_indexes) for g in merged.organisations.groups})
    return [(names.line, summary) for names, summary in rows]


# The steering lists with their summaries and the page of a `same` list's one entity.
def _steering_rows(catalogue: Catalogue) -> list[tuple[NameList, str, str | None]]:
    if catalogue.merged is None:
        return []
    merged, steering = catalogue.merged, catalogue.steering
    people = {g.key: g.name for g in merged.people.groups}
    speakers = {page.name: page for page in catalogue.speakers.values() if page.has_page}
    rows = []
    for names, summary in _kind_rows(steering.people, "person", "people",
                                     {g.key: len(g.article_indexes) for g in merged.people.groups}):
        key = _same_key(steering.people, names)
        found = speakers.get(people.get(key, "")) if key else None
        rows.append((names, summary, found.page if found else None))
    for names, summary in _kind_rows(steering.organisations, "organisation", "organisations",
                                     {g.key: len(g.article_indexes) for g in merged.organisations.groups}):
        key = _same_key(steering.organisations, names)
        page = catalogue.group_pages.get(key) if key else None
        rows.append((names, summary, page.page if page and page.has_page else None))
    return rows


# One summary per list of one kind; `articles` counts the articles of each group by its key.
def _kind_rows(steering: KindSteering, noun: str, plural: str, articles: dict[str, int]) -> list[tuple[NameList, str]]:
    rows = []
    for names in steering.same:
        count = articles.get(_same_key(steering, names) or "", 0)
        rows.append((names, f"{', '.join(names.names)}: one {noun}, named in {count} article(s)"))
    for names in steering.different:
        rows.append((names, f"{', '.join(names.names)}: different {plural}, never merged"))
    return rows


# The group key a `same` list's records share (see `merge.steering`); None for a `different` list.
def _same_key(steering: KindSteering, names: NameList) -> str | None:
    return same_key(steering.same.index(names)) if names in steering.same else None
