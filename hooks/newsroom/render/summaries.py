"""One-line page descriptions for the `description` and Open Graph meta tags."""

from __future__ import annotations

from ..catalogue.entries import ArticleEntry, OrganisationEntry, SpeakerEntry

# Longest description in characters; search engines and link previews cut around here.
DESCRIPTION_LIMIT = 200


# `n thing` or `n things`.
def count(number: int, thing: str) -> str:
    """Return the number with the word in singular or plural."""
    return f"{number} {thing}{'' if number == 1 else 's'}"


# Cut at a word boundary and mark the cut.
def shorten(text: str, limit: int = DESCRIPTION_LIMIT) -> str:
    """Return `text` on one line, at most `limit` characters, ending in `…` when cut."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1].rsplit(" ", 1)[0]
    return f"{cut.rstrip(',;:—–-')}…"


# The article's lead: the first paragraph that reads as prose, not a headline line.
def article_description(entry: ArticleEntry) -> str:
    """Return the start of the article's lead paragraph."""
    article = entry.article
    for paragraph in article.paragraphs:
        text = article.text[paragraph.start : paragraph.end].strip()
        if text and text != article.title and ("." in text or len(text) > 80):
            return shorten(text)
    return shorten(article.title)


# An organisation's roles and how often the articles name it.
def organisation_description(organisation: OrganisationEntry) -> str:
    """Return `Name (ACRONYM): organiser, supporter. 3 mentions in 1 article.`"""
    name = f"{organisation.name} ({organisation.acronym})" if organisation.acronym else organisation.name
    roles = ", ".join(organisation.roles) or "mentioned"
    return shorten(f"{name}: {roles}. {mention_count(organisation)}.")


# How often and in how many articles an organisation is named.
def mention_count(organisation: OrganisationEntry) -> str:
    """Return `3 mentions in 1 article`."""
    articles = len(organisation.articles)
    return f"{count(len(organisation.mentions), 'mention')} in {count(articles, 'article')}"


# A speaker's title and organisation and how much they said.
def speaker_description(speaker: SpeakerEntry) -> str:
    """Return `Name, title, organisation: 3 quotes and 1 reported statement.`"""
    who = ", ".join(part for part in (speaker.name, speaker.title, speaker.organisation) if part)
    said = f"{count(len(speaker.quotes), 'quote')} and {count(len(speaker.statements), 'reported statement')}"
    return shorten(f"{who}: {said}.")
