"""Escaping of untrusted seed text for pages that Markdown and pymdown read.

Seed text lands in Markdown sources, so HTML escaping alone is not enough: a
name like `**x**`, `==x==`, `:smile:` or `[a](javascript:…)` would still turn
into markup. Every character that HTML or any enabled Markdown extension can
read as syntax becomes a numeric character reference, which both render as
the plain character.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from markupsafe import Markup

# HTML-special characters and the ASCII punctuation Markdown and pymdown treat as syntax.
MARKDOWN_ACTIVE = "<>&\"'\\`*_{}[]#+-!|:=~^$%@"

_ESCAPES = {ord(char): f"&#{ord(char)};" for char in MARKDOWN_ACTIVE}
_WHITESPACE = re.compile(r"\s+")


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
