"""Slugs safe as file names: a slug is a file name (`articles/<slug>.md`, `site/articles/<slug>/`),
which a file system caps at 255 bytes, so a longer slug is cut at a word boundary and ends with a
short hash of the whole slug, keeping it unique and stable. Seeds and pages alike are named so.
"""

from __future__ import annotations

import hashlib

from slugify import slugify

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
