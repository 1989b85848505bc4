"""Listings cut into pages of a bounded size, so no page grows with the archive.

A listing's first page keeps its own path (`speakers/jane-doe.md`,
`quotes/index.md`); page n lives under it (`speakers/jane-doe/page/2.md`,
`quotes/page/2.md`), published at `…/page/2/`. Every page knows its
neighbours and the total, for the previous/next links.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from .entries import ArticleEntry

T = TypeVar("T")


@dataclass(frozen=True)
class PageSizes:
    """How many items one page of each kind of listing shows (`extra: newsroom:` options)."""

    speaker: int = 20
    organisation: int = 20
    timeline: int = 100
    directory: int = 50


DEFAULT_PAGE_SIZES = PageSizes()


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of a listing: its items, its number (from 1) and where its neighbours are."""

    items: list[T]
    number: int
    count: int
    total: int
    first_item: int
    paths: tuple[str, ...]

    @property
    def path(self) -> str:
        """Docs-relative path of this page."""
        return self.paths[self.number - 1]

    @property
    def previous(self) -> str | None:
        """Path of the page before, None on the first."""
        return self.paths[self.number - 2] if self.number > 1 else None

    @property
    def next(self) -> str | None:
        """Path of the page after, None on the last."""
        return self.paths[self.number] if self.number < self.count else None

    @property
    def last_item(self) -> int:
        """1-based position of this page's last item in the whole listing (0 when empty)."""
        return self.first_item + len(self.items) - 1


def page_path(first: str, number: int) -> str:
    """Return the path of page `number` of the listing whose first page is `first`:
    `a/x.md` → `a/x/page/2.md`, `a/index.md` → `a/page/2.md`."""
    if number == 1:
        return first
    stem = first.removesuffix(".md")
    folder = stem.removesuffix("index").rstrip("/") if stem.rpartition("/")[2] == "index" else stem
    return f"{folder}/page/{number}.md" if folder else f"page/{number}.md"


def paginate(first: str, items: Sequence[T], size: int) -> list[Page[T]]:
    """Cut `items` into pages of at most `size`, the first at `first`; an empty listing is one empty page."""
    count = max(1, -(-len(items) // size))
    paths = tuple(page_path(first, number) for number in range(1, count + 1))
    return [
        Page(list(items[(n - 1) * size : n * size]), n, count, len(items), (n - 1) * size + 1, paths)
        for n in range(1, count + 1)
    ]


def newest_first(items: Sequence[tuple[ArticleEntry, T]]) -> list[tuple[ArticleEntry, T]]:
    """Return `(article, item)` pairs from the most recently published article to the oldest, undated
    articles last; reading order within an article and among articles of one day."""
    return sorted(
        items,
        key=lambda pair: (-(pair[0].article.published or dt.date.min).toordinal(), pair[0].position),
    )
