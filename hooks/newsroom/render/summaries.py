"""One-line page descriptions for the `description` and Open Graph meta tags."""

from __future__ import annotations

from ..catalogue.entries import ArticleEntry, OrganisationEntry, SpeakerEntry

# Longest description in characters; search engines and link previews cut around here.
DESCRIPTION_LIMIT = 200


def count(number: int, thing: str) -> str:
    """Return the number with the word in singular or plural: `n thing` or `n things`."""
    return f"{number} {thing}{'' if number == 1 else 's'}"


def shorten(text: str, limit: int = DESCRIPTION_LIMIT) -> str:
    """Return `text` on one line, at most `limit` characters, cut at a word boundary and ending in
    `…` when cut."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0]
    return f"{cut.rstrip(',;:—–-')}…"


def article_description(entry: ArticleEntry) -> str:
    """Return the front matter's `summary`, else the start of the article's lead: the first
    paragraph that reads as prose, not a headline line."""
    article = entry.article
    if article.front_matter.summary:
        return shorten(article.front_matter.summary)
    for paragraph in article.paragraphs:
        text = article.text[paragraph.start : paragraph.end].strip()
        if text and text != article.title and ("." in text or len(text) > 80):
            return shorten(text)
    return shorten(article.title)


def organisation_description(organisation: OrganisationEntry) -> str:
    """Return `Name (ACRONYM): organiser, supporter. 3 mentions in 1 article.`"""
    name = f"{organisation.name} ({organisation.acronym})" if organisation.acronym else organisation.name
    roles = ", ".join(organisation.roles) or "mentioned"
    return shorten(f"{name}: {roles}. {mention_count(organisation)}.")


def mention_count(organisation: OrganisationEntry) -> str:
    """Return how often and in how many articles an organisation is named: `3 mentions in 1 article`."""
    articles = len(organisation.articles)
    return f"{count(len(organisation.mentions), 'mention')} in {count(articles, 'article')}"


def speaker_description(speaker: SpeakerEntry) -> str:
    """Return `Name, title, organisation: 3 quotes and 1 reported statement.`"""
    who = ", ".join(part for part in (speaker.name, speaker.title, speaker.organisation) if part)
    said = f"{count(len(speaker.quotes), 'quote')} and {count(len(speaker.statements), 'reported statement')}"
    return shorten(f"{who}: {said}.")
