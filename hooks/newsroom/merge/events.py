"""One timeline across articles: two articles' reports of one event become one item.

Two events are the same only when all of this holds: they come from different
articles; both are dated to the day and the dates (and end dates, and the
deadline flag) are equal; and their sentences, with the date's words and
stopwords left out and every organisation mention counted as the one merged
organisation it names, share at least three words, which are at least half of
the shorter one's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import Article, Event
from .keys import plain
from .organisations import OrganisationIndex
from .words import EVENT_STOPWORDS

_FULL_DATE = re.compile(r"\A\d{4}-\d{2}-\d{2}\Z")
# Endings cut so `vote`, `votes` and `voted` compare equal.
_SUFFIXES = ("ing", "ed", "es", "s", "e")
MIN_SHARED_WORDS = 3
MIN_SHARED_SHARE = 0.5


@dataclass
class EventGroup:
    """One timeline item: the same event as each article reports it, first report first."""

    members: list[tuple[int, Event]] = field(default_factory=list)

    @property
    def event(self) -> Event:
        """The first report, which the item shows."""
        return self.members[0][1]


# A word without a common inflection.
def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


# The words that say what happened: organisations as one token each, no date words or stopwords.
def _content(articles: list[Article], organisations: OrganisationIndex, index: int, event: Event) -> set[str]:
    article = articles[index]
    cut: list[tuple[int, int]] = []
    if event.date_start is not None and event.date_end is not None:
        cut.append((event.date_start, event.date_end))
    tokens: set[str] = set()
    for position, organisation in enumerate(article.organisations):
        for mention in organisation.mentions:
            if event.start <= mention.start and mention.end <= event.end:
                cut.append((mention.start, mention.end))
                tokens.add("organisation:" + organisations.group_of(index, position).key)
    text = article.text
    pieces, last = [], event.start
    for start, end in sorted(cut):
        if start >= last:
            pieces.append(text[last:start])
            last = end
    pieces.append(text[last : event.end])
    words = plain(" ".join(pieces)).split()
    tokens |= {_stem(w) for w in words if len(w) > 1 and not w.isdigit() and w not in EVENT_STOPWORDS}
    return tokens


# An event's content words, worked out the first time they are compared.
def _words(
    words: dict[int, set[str]], articles: list[Article], organisations: OrganisationIndex, index: int, event: Event
) -> set[str]:
    if id(event) not in words:
        words[id(event)] = _content(articles, organisations, index, event)
    return words[id(event)]


# Same day, different articles, and enough shared words.
def _same(first: Event, second: Event, words: tuple[set[str], set[str]]) -> bool:
    if not (first.date and _FULL_DATE.match(first.date)) or first.date != second.date:
        return False
    if (first.end_date, first.deadline) != (second.end_date, second.deadline):
        return False
    shared = len(words[0] & words[1])
    return shared >= MIN_SHARED_WORDS and shared >= MIN_SHARED_SHARE * min(len(words[0]), len(words[1]))


def merge_events(articles: list[Article], organisations: OrganisationIndex) -> list[EventGroup]:
    """Return the timeline items of all the articles (see the module docstring for the rule).

    Every event once, in article order, with the other articles' reports of it folded in.
    """
    groups: list[EventGroup] = []
    words: dict[int, set[str]] = {}
    # Only events dated to the day can merge, and only with the same dates: look only there.
    by_dates: dict[tuple[str, str | None, bool], list[EventGroup]] = {}
    for index, article in enumerate(articles):
        # Only groups made before this article can take its events (one article never reports an event
        # twice), so a seed of a thousand same-day events compares none of them with each other.
        earlier = {key: len(found) for key, found in by_dates.items()}
        joined: set[int] = set()
        for event in article.events:
            key = (event.date, event.end_date, event.deadline) if event.date and _FULL_DATE.match(event.date) else None
            home = None
            if key is not None:
                candidates = [g for g in by_dates.get(key, [])[: earlier.get(key, 0)] if id(g) not in joined]
                if candidates:
                    words[id(event)] = _content(articles, organisations, index, event)
                home = next(
                    (
                        group
                        for group in candidates
                        if any(_same(e, event, (_words(words, articles, organisations, i, e), words[id(event)]))
                               for i, e in group.members)
                    ),
                    None,
                )
            if home is None:
                home = EventGroup()
                groups.append(home)
                if key is not None:
                    by_dates.setdefault(key, []).append(home)
            else:
                joined.add(id(home))
            home.members.append((index, event))
    return groups
