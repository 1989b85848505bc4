"""Scan a built site for anything a seed could have turned into markup.

Every hostile payload carries a marker (`MARKER` plus a number). The scan walks
every HTML page and every search-index document (whose text Material shows as
HTML) and reports: elements the theme and templates never make, event-handler
attributes, URLs with a scheme other than http(s), markers inside scripts,
styles, comments, attribute names or URL attributes, and markers inside elements
that only Markdown or HTML syntax from a seed could have made.
"""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

MARKER = "Qz9"
MARKERS = re.compile(MARKER + r"\d+")

# Every element Material and the page templates produce; anything else came from a seed.
ALLOWED_TAGS = frozenset(
    """html head title meta link script body header nav main article footer div span p a h1 h2 h3 ul ol li
    blockquote mark abbr time strong code form label input button svg path figure figcaption desc line rect
    text""".split()
)
# Elements a seed's text may sit in: the templates put it in headings, paragraphs, spans, links, lists.
TEXT_CONTEXTS = frozenset(
    "html head title body header nav main article div span p a h1 h2 h3 ul ol li blockquote mark abbr time label".split()
)
# Attributes holding a URL, whose scheme must be empty or http(s).
URL_ATTRIBUTES = frozenset({"href", "src", "action", "formaction", "xlink:href", "poster", "data", "srcset", "cite"})
SAFE_SCHEMES = frozenset({"", "http", "https"})
# Material's own script link (the search share button), the one other URL allowed.
THEME_URLS = frozenset({"javascript:void(0)"})
# Attributes the templates fill with seed text (escaped): tooltips, labels, the page description.
TEXT_ATTRIBUTES = frozenset({"title", "aria-label", "content", "data-md-component-text"})
# Elements whose content is not text: a marker inside one means seed text became code or style.
RAW_CONTENT = frozenset({"script", "style"})


class _Scanner(HTMLParser):
    """Collects problems of one HTML document."""

    def __init__(self, where: str, allowed: frozenset[str]) -> None:
        super().__init__(convert_charrefs=True)
        self.where = where
        self.allowed = allowed
        self.open: list[str] = []
        self.problems: list[str] = []
        self.json_ld = False

    def _problem(self, what: str) -> None:
        self.problems.append(f"{self.where}: {what}")

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in self.allowed:
            self._problem(f"unexpected element <{tag}>")
        for name, value in attrs:
            self._attribute(tag, name, value or "")
        if tag not in _VOID:
            self.open.append(tag)
        if tag == "script":
            self.json_ld = dict(attrs).get("type") == "application/ld+json"

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and self.open and self.open[-1] == tag:
            self.open.pop()

    def handle_endtag(self, tag: str) -> None:
        if tag in self.open:
            while self.open and self.open.pop() != tag:
                pass

    def handle_data(self, data: str) -> None:
        if not MARKERS.search(data):
            return
        raw = [tag for tag in self.open if tag in RAW_CONTENT]
        if raw == ["script"] and self.json_ld:
            self._json_ld(data)  # structured data holds seed text by design, but only as JSON strings
            return
        if raw:
            self._problem(f"seed text inside <{raw[-1]}>: {data.strip()[:80]!r}")
        outside = [tag for tag in self.open if tag not in TEXT_CONTEXTS]
        if outside:
            self._problem(f"seed text inside <{'><'.join(outside)}>: {data.strip()[:80]!r}")

    # JSON-LD with seed text: it must parse, and no `<` may be left that could close the element.
    def _json_ld(self, data: str) -> None:
        if "<" in data:
            self._problem(f"a `<` inside JSON-LD: {data.strip()[:80]!r}")
        try:
            json.loads(data)
        except ValueError:
            self._problem(f"JSON-LD that does not parse: {data.strip()[:80]!r}")

    def handle_comment(self, data: str) -> None:
        if MARKERS.search(data):
            self._problem(f"seed text became a comment: {data[:80]!r}")

    def _attribute(self, tag: str, name: str, value: str) -> None:
        if name.startswith("on"):
            self._problem(f"event handler <{tag} {name}={value[:60]!r}>")
        if MARKERS.search(name):
            self._problem(f"seed text became an attribute name <{tag} {name}>")
        if name in URL_ATTRIBUTES:
            for url in value.split(",") if name == "srcset" else [value]:
                scheme = urlsplit(url.strip()).scheme.lower()
                if scheme not in SAFE_SCHEMES and url.strip() not in THEME_URLS:
                    self._problem(f"<{tag} {name}> with scheme {scheme!r}: {url[:80]!r}")
            if MARKERS.search(value):
                self._problem(f"seed text in a URL <{tag} {name}={value[:80]!r}>")
        elif MARKERS.search(value) and name not in TEXT_ATTRIBUTES:
            self._problem(f"seed text in attribute <{tag} {name}={value[:80]!r}>")


_VOID = frozenset("area base br col embed hr img input link meta source track wbr path".split())


def scan_html(html: str, where: str, allowed: frozenset[str] = ALLOWED_TAGS) -> list[str]:
    """Return every sign of seed-made markup in `html` (elements outside `allowed` included).

    Problems of one HTML document or fragment.
    """
    scanner = _Scanner(where, allowed)
    scanner.feed(html)
    scanner.close()
    return scanner.problems


def scan_site(site: Path) -> list[str]:
    """Scan all `.html` files and the search index under `site`.

    Problems of every page and every search document of a built site.
    """
    problems: list[str] = []
    for page in sorted(site.rglob("*.html")):
        problems += scan_html(page.read_text(encoding="utf-8"), page.relative_to(site).as_posix())
    index_path = site / "search" / "search_index.json"
    if index_path.is_file():
        index = json.loads(index_path.read_text(encoding="utf-8"))
        for document in index["docs"]:
            for field in ("title", "text"):
                problems += scan_html(str(document.get(field, "")), f"search index {document['location']} {field}")
    return problems


def visible_text(html: str) -> str:
    """Return the text content of `html` outside scripts and styles, as one line.

    The text a reader sees on a page, white space collapsed (to find a payload shown verbatim).
    """
    collector = _Text()
    collector.feed(html)
    collector.close()
    return " ".join("".join(collector.parts).split())


class _Text(HTMLParser):
    """Concatenates text outside `<script>` and `<style>`."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skipping = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in RAW_CONTENT:
            self.skipping += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in RAW_CONTENT and self.skipping:
            self.skipping -= 1

    def handle_data(self, data: str) -> None:
        if not self.skipping:
            self.parts.append(data)
