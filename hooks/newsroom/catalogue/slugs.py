"""Page slugs: one per name, never empty, never a listing page's, distinct within a folder, never too long.

A slug is a file name (`articles/<slug>.md`, `site/articles/<slug>/`), which a
file system caps at 255 bytes: a longer slug is cut at a word boundary and
ends with a short hash of the whole slug, so it stays unique and stable.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache

from slugify import slugify

# Slugs that would clash with a listing page in the same folder.
RESERVED_SLUGS = frozenset({"index"})
# Far below the 255-byte file name limit, leaving room for `-N`, `.md` and readable URLs.
MAX_SLUG_LENGTH = 80
# Hex digits of the hash a cut slug ends with.
HASH_LENGTH = 8


def short_slug(text: str, fallback: str) -> str:
    """Return the slug of `text` (accents transliterated; `fallback` when it has none), at most
    `MAX_SLUG_LENGTH` characters: a longer one is cut and ends with a hash of the whole."""
    slug = slugify(text) or fallback
    if len(slug) <= MAX_SLUG_LENGTH:
        return slug
    digest = hashlib.sha256(slug.encode("ascii", "replace")).hexdigest()[:HASH_LENGTH]
    head = slug[: MAX_SLUG_LENGTH - HASH_LENGTH - 1]
    head = head.rsplit("-", 1)[0] if "-" in head else head
    return f"{head}-{digest}"


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
