"""Escaping of untrusted seed text for pages that Markdown and pymdown read.

Seed text lands in Markdown sources, so HTML escaping alone is not enough: a
name like `**x**`, `==x==`, `:smile:` or `[a](javascript:…)` would still turn
into markup. Every character that HTML or any enabled Markdown extension can
read as syntax becomes a numeric character reference, which both render as
the plain character.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import urlsplit

from markupsafe import Markup

# HTML-special characters and the ASCII punctuation Markdown and pymdown treat as syntax.
MARKDOWN_ACTIVE = "<>&\"'\\`*_{}[]#+-!|:=~^$%@"

_ESCAPES = {ord(char): f"&#{ord(char)};" for char in MARKDOWN_ACTIVE}
_WHITESPACE = re.compile(r"\s+")
# Ids of the paragraph anchors (`p1`, `p2`, …) that a heading's id must never take.
_PARAGRAPH_ANCHOR = re.compile(r"p\d+")
# The id a heading gets instead, when its text would slugify to a paragraph anchor.
TITLE_ID = "article-title"


def md_text(value: object) -> Markup:
    """Return `value` as inert text for Markdown, HTML and attribute contexts alike (newlines become
    spaces): the one helper for every seed string that lands in a page."""
    return Markup(md_escape(str(value)))


def md_escape(text: str) -> str:
    """Return `text` escaped like `md_text`, as `str`, for code that joins many pieces before
    marking the whole safe (wrap the finished HTML in `Markup` once)."""
    return _WHITESPACE.sub(" ", text).translate(_ESCAPES)


def http_url(value: str | None) -> str | None:
    """Return `value` stripped when it is an http or https URL with a host, else None: anything
    else stays text, never a link."""
    if not value:
        return None
    url = value.strip()
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    if _WHITESPACE.search(url) or any(char in url for char in "<>\"'`"):
        return None
    return url


def heading_attributes(text: str) -> Markup:
    """Return an attribute list (` { #article-title }`) for a heading whose text a slugifier could
    turn into a paragraph anchor (`P1`, `p.12` → `p1`, `p12`), else nothing: other headings keep the
    id the `toc` extension makes from their text."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text).lower() if c.isascii() and c.isalnum())
    return Markup(f" {{ #{TITLE_ID} }}") if _PARAGRAPH_ANCHOR.fullmatch(folded) else Markup("")
