"""The extraction as plain JSON data: what the CLI prints and the site publishes.

Paragraphs are 1-based numbers (`3` is the paragraph with anchor `p3`); all
offsets index the article's full text, front matter included.
"""

from __future__ import annotations

from typing import Any

from ..model import Article, Organisation, Speaker


# A speaker as the JSON shows it: the name, or null when nobody is named.
def _speaker_name(speaker: Speaker | None) -> str | None:
    return speaker.name if speaker else None


# One organisation with its mention count and the offsets behind it.
def _organisation(organisation: Organisation) -> dict[str, Any]:
    return {
        "name": organisation.name,
        "acronym": organisation.acronym,
        "roles": list(organisation.roles),
        "mentions": len(organisation.mentions),
        "mention_spans": [
            {"text": m.text, "start": m.start, "end": m.end, "paragraph": m.paragraph + 1}
            for m in organisation.mentions
        ],
    }


def article_json(article: Article, slug: str | None = None) -> dict[str, Any]:
    """Return one article's extraction as JSON-ready data; `slug` is its page's, when it differs."""
    return {
        "seed": article.seed,
        "slug": slug or article.slug,
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "place": article.place,
        "source": article.source,
        "paragraphs": len(article.paragraphs),
        "quotes": [
            {
                "text": q.text,
                "speaker": _speaker_name(q.speaker),
                "speaker_kind": q.speaker.kind if q.speaker else None,
                "kind": q.kind,
                "paragraph": q.paragraph + 1,
                "start": q.start,
                "end": q.end,
            }
            for q in article.quotes
        ],
        "statements": [
            {
                "text": s.text,
                "speaker": _speaker_name(s.speaker),
                "speaker_kind": s.speaker.kind,
                "paragraph": s.paragraph + 1,
                "start": s.start,
                "end": s.end,
            }
            for s in article.statements
        ],
        "organisations": [_organisation(o) for o in article.organisations],
        "events": [
            {
                "date": e.date,
                "date_text": e.date_text,
                "what": e.what,
                "sentence": e.sentence,
                "paragraph": e.paragraph + 1,
                "start": e.start,
                "end": e.end,
                "end_date": e.end_date,
                "duration": e.duration,
                "deadline": e.deadline,
                "date_start": e.date_start,
                "date_end": e.date_end,
            }
            for e in article.events
        ],
        "people": [
            {"name": p.name, "title": p.title, "organisation": p.organisation, "mentions": len(p.mentions)}
            for p in article.people
        ],
        "warnings": list(article.warnings),
    }


def extraction_json(articles: list[Article], slugs: dict[int, str] | None = None) -> dict[str, Any]:
    """Return `{"articles": [...]}`, one entry per article in the given order (see the module docstring).

    `slugs` maps `id(article)` to its page slug where two articles' own slugs collide.
    """
    return {"articles": [article_json(article, (slugs or {}).get(id(article))) for article in articles]}
