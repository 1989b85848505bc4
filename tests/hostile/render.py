"""Generated Markdown pages to HTML the way the site renders them, plus the risky pymdown extensions."""

from __future__ import annotations

import functools
from html.parser import HTMLParser
from pathlib import Path

import markdown
from mkdocs.utils.meta import get_data
from mkdocs.utils.yaml import yaml_load

ROOT = Path(__file__).resolve().parent.parent.parent
# MkDocs' own YAML loader, which reads `!ENV` tags.
SITE_EXTENSIONS = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["markdown_extensions"]
# Extensions the site does not enable: escaping must not depend on that.
RISKY_EXTENSIONS = [
    "pymdownx.emoji", "pymdownx.mark", "pymdownx.keys", "pymdownx.caret", "pymdownx.tilde",
    "pymdownx.critic", "pymdownx.arithmatex", "pymdownx.betterem", "pymdownx.inlinehilite",
]  # fmt: skip
# Elements the page templates produce; anything else in a page's content came from a seed.
CONTENT_TAGS = frozenset(
    "h1 h2 h3 p div span a ul ol li blockquote time mark abbr nav figure figcaption svg title desc line rect text".split()
)
# Inserted next to seed text by the article template: paragraph numbers and speaker links.
ADDED_TEXT_CLASSES = frozenset({"nr-para-link", "nr-who"})


# One converter for all pages (building one costs more than converting a page).
@functools.cache
def _converter() -> markdown.Markdown:
    names = [next(iter(item)) if isinstance(item, dict) else item for item in SITE_EXTENSIONS]
    return markdown.Markdown(extensions=[*names, *RISKY_EXTENSIONS])


def page_html_and_meta(source: str) -> tuple[str, dict[str, object]]:
    """Convert a generated Markdown page with the site's extensions and the risky ones.

    One generated page as HTML and its front matter.
    """
    body, meta = get_data(source)
    return str(_converter().reset().convert(body)), meta


def page_html(source: str) -> str:
    """Convert a generated Markdown page with the site's extensions and the risky ones.

    One generated page as HTML, front matter removed.
    """
    return page_html_and_meta(source)[0]


def paragraph_texts(html: str) -> dict[str, str]:
    """Return anchor → the paragraph's visible seed text, white space collapsed.

    The text of each `<p id="pN">` of an article page, without paragraph numbers and speaker links.
    """
    parser = _Paragraphs()
    parser.feed(html)
    parser.close()
    return {anchor: " ".join("".join(parts).split()) for anchor, parts in parser.found.items()}


class _Paragraphs(HTMLParser):
    """Collects the text of anchored paragraphs, skipping text the template adds."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: dict[str, list[str]] = {}
        self.anchor: str | None = None
        self.stack: list[bool] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "p" and (found.get("id") or "").startswith("p"):
            self.anchor = str(found["id"])
            self.found[self.anchor] = []
            self.stack = []
        elif self.anchor is not None:
            classes = set((found.get("class") or "").split())
            self.stack.append(bool(classes & ADDED_TEXT_CLASSES))

    def handle_endtag(self, tag: str) -> None:
        if tag == "p" and not self.stack:
            self.anchor = None
        elif self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if self.anchor is not None and not any(self.stack):
            self.found[self.anchor].append(data)
