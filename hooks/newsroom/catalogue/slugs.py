"""Page slugs: one per name, never empty, never a listing page's, distinct within a folder, never too
long (`newsroom.filenames.short_slug` keeps them safe as file names)."""

from __future__ import annotations

from functools import lru_cache

from ..filenames import short_slug

# Slugs that would clash with a listing page in the same folder.
RESERVED_SLUGS = frozenset({"index"})
@lru_cache(maxsize=65_536)
def page_slug(name: str, fallback: str) -> str:
    """Return the URL slug of `name` (see `short_slug`), never a listing page's.

    Kept per name: every page that links to a speaker or an organisation asks again, and slugify is slow.
    """
    slug = short_slug(name, fallback)
    return f"{slug}-2" if slug in RESERVED_SLUGS else slug


def free_slug(base: str, taken: set[str]) -> str:
    """Return the first of `base`, `base-2`, `base-3`, … not in `taken`, and add it there."""
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    taken.add(slug)
    return slug
