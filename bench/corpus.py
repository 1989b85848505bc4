"""Deterministic corpora of invented news articles for the benchmark.

`write_corpus(folder, count, seed)` writes `count` seeds of about 700 words
each. Every article has a dateline, dated events, direct and reported quotes
from several named speakers and organisations with acronyms and roles, so the
extractors do the work they do on real news. The same `seed` always gives the
same files; people and organisations recur across articles, as in an archive.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from bench.vocabulary import (
    CLAIMS,
    FIELDS,
    FILLER,
    FIRST_NAMES,
    GROUP_KINDS,
    MONTH_NAMES,
    PLACES,
    PLANS,
    QUOTES,
    REGIONS,
    SURNAMES,
    TITLES,
    TOPICS,
)

WORDS_PER_ARTICLE = 700


@dataclass(frozen=True)
class Organisation:
    """An invented organisation and its acronym."""

    name: str
    acronym: str


@dataclass(frozen=True)
class Person:
    """An invented person, their title and where they work."""

    name: str
    title: str
    organisation: Organisation
    pronoun: str


# The capitals of a name's content words (`Northern Water Institute` → `NWI`).
def _acronym(name: str) -> str:
    return "".join(word[0] for word in name.split() if word[0].isupper())


# A roster of organisations that grows with the archive (a few per article, many recurring).
def _organisations(rng: random.Random, count: int) -> list[Organisation]:
    found: dict[str, Organisation] = {}
    while len(found) < count:
        name = f"{rng.choice(REGIONS)} {rng.choice(FIELDS)} {rng.choice(GROUP_KINDS)}"
        acronym = _acronym(name)
        if name not in found and acronym not in {o.acronym for o in found.values()}:
            found[name] = Organisation(name, acronym)
    return list(found.values())


# A roster of people, each tied to one organisation.
def _people(rng: random.Random, count: int, organisations: list[Organisation]) -> list[Person]:
    found: dict[str, Person] = {}
    while len(found) < count:
        first, pronoun = rng.choice(FIRST_NAMES)
        name = f"{first} {rng.choice(SURNAMES)}"
        if name not in found:
            found[name] = Person(name, rng.choice(TITLES), rng.choice(organisations), pronoun)
    return list(found.values())


# A date in the archive's years, as an article writes it.
def _date(rng: random.Random, year: int) -> tuple[dt.date, str]:
    day = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    words = f"{day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
    return day, words


# Fill a template's slots; a claim has slots of its own, filled first.
def _fill(template: str, rng: random.Random, topic: str, place: str) -> str:
    slots = {"topic": topic, "place": place, "plan": rng.choice(PLANS)}
    claim = rng.choice(CLAIMS).format(**slots)
    return template.format(**slots, claim=claim)


# One article of about 700 words, as seed text with YAML front matter.
def _article(rng: random.Random, people: list[Person], organisations: list[Organisation]) -> str:
    topic = rng.choice(TOPICS)
    city, country = rng.choice(PLACES)
    published, _ = _date(rng, rng.randint(2019, 2025))
    cast = rng.sample(people, 4)
    hosts = rng.sample(organisations, 4)
    lead_org = cast[0].organisation
    _, meeting_day = _date(rng, published.year)
    _, later_day = _date(rng, published.year + 1)
    paragraphs = [
        f"{city.upper()}, {country} — The {lead_org.name} ({lead_org.acronym}) on {meeting_day} set out a plan on "
        f"{topic} for {city}, after {_fill(rng.choice(CLAIMS), rng, topic, city)}.",
        f"“{rng.choice(QUOTES).format(topic=topic)},” said {cast[0].title} {cast[0].name} of the "
        f"{cast[0].organisation.name}. “{rng.choice(QUOTES).format(topic=topic)}.”",
        f"The meeting was co-organised by the {hosts[0].name} ({hosts[0].acronym}) with the {hosts[1].name} "
        f"and the {hosts[2].name}. It was also supported by the {hosts[3].name}.",
        f"{cast[1].name}, the {cast[1].title} of the {cast[1].organisation.name}, said that "
        f"{_fill(rng.choice(CLAIMS), rng, topic, city)}.",
        f"“{rng.choice(QUOTES).format(topic=topic)},” {cast[1].pronoun} told reporters.",
        f"The first round of work is due to start on {later_day}, and the {hosts[0].acronym} said a review "
        f"would follow by {published.year + 5}.",
        f"According to {cast[2].name}, {cast[2].title} at the {cast[2].organisation.name}, "
        f"{_fill(rng.choice(CLAIMS), rng, topic, city)}.",
        f"{cast[3].title.capitalize()} {cast[3].name} warned that the plan could stall. "
        f"“{rng.choice(QUOTES).format(topic=topic)},” {cast[3].pronoun} said.",
    ]
    words = sum(len(p.split()) for p in paragraphs)
    deck: list[str] = []
    while words < WORDS_PER_ARTICLE:
        if len(deck) < 4:  # every filler sentence once before any repeats
            deck += rng.sample(FILLER, len(FILLER))
        sentences = [_fill(deck.pop(), rng, topic, city) for _ in range(rng.randint(2, 4))]
        paragraph = " ".join(sentences)
        paragraphs.insert(rng.randint(3, len(paragraphs)), paragraph)
        words += len(paragraph.split())
    title = f"{city} {rng.choice(('weighs', 'backs', 'debates', 'delays'))} plan on {topic}"
    front = f"---\ntitle: {title}\npublished: {published.isoformat()}\n---\n"
    return front + "\n\n".join(paragraphs) + "\n"


def write_corpus(folder: Path, count: int, seed: int = 6) -> list[Path]:
    """Write a deterministic corpus of `count` articles; the same `seed` gives the same files.

    Write `count` seeds into `folder` (created if needed); return their paths.
    """
    rng = random.Random(seed)
    organisations = _organisations(rng, max(12, count // 2))
    people = _people(rng, max(8, count * 2), organisations)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"article-{number:05d}.txt"
        path.write_text(_article(rng, people, organisations), encoding="utf-8")
        paths.append(path)
    return paths
