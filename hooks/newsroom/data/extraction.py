"""The extraction as plain JSON data: what the CLI prints and the site publishes.

Paragraphs are 1-based numbers (`3` is the paragraph with anchor `p3`); all
offsets index the article's full text, front matter included. In the file the
site publishes, the sentences that hold events are listed once per article
(`sentences`) and each event gives the index of its sentence there, so a
sentence with many dates is written once; the command line gives each event's
sentence as its text instead (`inline_sentences`), as a reader of one article's
extraction (or a scorer matching sentences) wants it.
A reported statement longer than 250 characters is cut there with `…` (its
`start` and `end` still bound all of it).
An item the editor corrected (`corrections.yml`) has `corrected`: what changed,
what the extractors said (`was`) and the correction's `line`; other items have
no such key (the file stays as small as it was without corrections).
An article with corrections in force lists them under `corrections`.
The seed's front matter beyond title, date, source and place (`published_at`,
`updated`, `authors`, `tags`, `image`, `summary`) follows `source`, each key
only when the seed gives it.
"""

from __future__ import annotations

from typing import Any

from ..catalogue.excerpts import words_text
from ..model import Article, Corrected, Event, FrontMatter, Organisation, Speaker


def corrected_json(corrected: Corrected | None) -> dict[str, Any]:
    """Return an item's `corrected` field (what the editor changed and what the extractors said) to
    spread into its JSON, nothing for an item as extracted."""
    if corrected is None:
        return {}
    return {"corrected": {"change": corrected.change, "was": corrected.was, "line": corrected.line}}


# The front matter keys a seed gives (ISO dates and times, lists of names), none it leaves out.
def _front_matter(front: FrontMatter) -> dict[str, Any]:
    given: dict[str, Any] = {
        "published_at": front.published_at.isoformat() if front.published_at else None,
        "updated": front.updated.isoformat() if front.updated else None,
        "authors": list(front.authors),
        "tags": list(front.tags),
        "image": front.image,
        "summary": front.summary,
    }
    return {key: value for key, value in given.items() if value}


# A speaker as the JSON shows it: the name, or null when nobody is named.
def _speaker_name(speaker: Speaker | None) -> str | None:
    return speaker.name if speaker else None


# One organisation with its mention count and the offsets behind it.
def _organisation(organisation: Organisation) -> dict[str, Any]:
    return {
        "name": organisation.name,
        "acronym": organisation.acronym,
        "roles": list(organisation.roles),
        "role_basis": organisation.role_basis,
        "mentions": len(organisation.mentions),
        "mention_spans": [
            {"text": m.text, "start": m.start, "end": m.end, "paragraph": m.paragraph + 1}
            for m in organisation.mentions
        ],
        **corrected_json(organisation.corrected),
    }


# Every sentence that holds an event, once and in text order, and each event's index in that list.
def _event_sentences(article: Article) -> tuple[list[dict[str, Any]], dict[int, int]]:
    spans = sorted({(e.start, e.end, e.paragraph) for e in article.events})
    numbers = {start: number for number, (start, _, _) in enumerate(spans)}
    sentences = [
        {"text": article.text[start:end], "start": start, "end": end, "paragraph": paragraph + 1}
        for start, end, paragraph in spans
    ]
    return sentences, numbers


# One event, its sentence given as text or as its index in the article's `sentences`.
def _event(event: Event, sentence: int | str) -> dict[str, Any]:
    return {
        "date": event.date,
        "date_text": event.date_text,
        "what": event.what,
        "sentence": sentence,
        "paragraph": event.paragraph + 1,
        "start": event.start,
        "end": event.end,
        "end_date": event.end_date,
        "duration": event.duration,
        "deadline": event.deadline,
        "date_start": event.date_start,
        "date_end": event.date_end,
        "basis": event.basis,
        **corrected_json(event.corrected),
    }


def article_json(article: Article, slug: str | None = None, *, inline_sentences: bool = False) -> dict[str, Any]:
    """Return one article's extraction as JSON-ready data; `slug` is its page's, when it differs."""
    sentences, numbers = _event_sentences(article)
    events = [
        _event(e, article.text[e.start : e.end] if inline_sentences else numbers[e.start]) for e in article.events
    ]
    listed = {} if inline_sentences else {"sentences": sentences}
    return {
        "seed": article.seed,
        "slug": slug or article.slug,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "place": article.place,
        "source": article.source,
        **_front_matter(article.front_matter),
        "paragraphs": len(article.paragraphs),
        "quotes": [
            {
                "text": q.text,
                "speaker": _speaker_name(q.speaker),
                "speaker_kind": q.speaker.kind if q.speaker else None,
                "basis": q.basis,
                "kind": q.kind,
                "paragraph": q.paragraph + 1,
                "start": q.start,
                "end": q.end,
                **corrected_json(q.corrected),
            }
            for q in article.quotes
        ],
        "statements": [
            {
                "text": words_text(s),
                "speaker": _speaker_name(s.speaker),
                "speaker_kind": s.speaker.kind,
                "basis": s.basis,
                "paragraph": s.paragraph + 1,
                "start": s.start,
                "end": s.end,
                **corrected_json(s.corrected),
            }
            for s in article.statements
        ],
        "organisations": [_organisation(o) for o in article.organisations],
        **listed,
        "events": events,
        "people": [
            {"name": p.name, "title": p.title, "organisation": p.organisation, "mentions": len(p.mentions)}
            for p in article.people
        ],
        "warnings": list(article.warnings),
        **({"corrections": [{"line": c.line, "summary": c.summary} for c in article.corrections]}
           if article.corrections else {}),
    }


def extraction_json(
    articles: list[Article], slugs: dict[int, str] | None = None, *, inline_sentences: bool = False
) -> dict[str, Any]:
    """Return `{"articles": [...]}`, one entry per article in the given order (see the module docstring).

    `slugs` maps `id(article)` to its page slug where two articles' own slugs collide; with
    `inline_sentences`, each event carries its sentence's text rather than an index into `sentences`.
    """
    return {
        "articles": [
            article_json(article, (slugs or {}).get(id(article)), inline_sentences=inline_sentences)
            for article in articles
        ]
    }
