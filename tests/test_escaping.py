"""Markup in any seed field stays text: no HTML, Markdown, pymdown syntax or Jinja gets through.

Pages are rendered with the site's Markdown extensions plus the risky pymdown
ones the site does not enable, so escaping does not depend on what is enabled.
"""

from __future__ import annotations

import datetime as dt
import html
from html.parser import HTMLParser
from pathlib import Path

import pytest
from mkdocs.utils.meta import get_data

from hostile.render import CONTENT_TAGS, page_html_and_meta
from newsroom.model import Article, Event, Mention, Organisation, Person, Quote, Speaker, Statement
from newsroom.read import split_paragraphs
from newsroom.render.escape import http_url, md_text
from newsroom.site import render_site

ROOT = Path(__file__).resolve().parent.parent

# Every kind of syntax a seed might smuggle in, one per line.
PAYLOAD = "\n".join(
    [
        "<script>alert(1)</script><img src=x onerror=alert(2)>",
        "**bold** __strong__ *em* _em_ `code` ~~gone~~ ==marked== ^^up^^ ++ctrl+alt++",
        "[click](javascript:alert(3)) <https://evil.example> ![i](x.png)",
        "{: .evil onclick=alert(4) } {++added++} $x^2$ :smile: &amp; &#60;",
        "# Heading",
        "- item",
        "1. numbered",
        '--8<-- "secrets.txt"',
        "{{ 7 * 7 }} {% if true %}jinja{% endif %}",
        "    indented code",
        "| a | b |",
    ]
)
ONE_LINE = " ".join(PAYLOAD.split("\n"))

# A hostile article: the payload in every field the pages show.
def hostile_article() -> Article:
    text = f"{PAYLOAD}\n\nSaid: “{PAYLOAD}” by {ONE_LINE}.\n\nMentions {ONE_LINE} here.\n"
    paragraphs = split_paragraphs(text)
    quote_start = text.index("“") + 1
    quote_end = text.index("”")
    mention_start = text.index("Mentions ") + len("Mentions ")
    mention_end = mention_start + len(ONE_LINE)
    speaker = Speaker(ONE_LINE, "person")
    return Article(
        seed=f"seeds/{ONE_LINE}.txt",
        slug="hostile",
        title=ONE_LINE,
        text=text,
        body_start=0,
        paragraphs=paragraphs,
        published=dt.date(2020, 1, 2),
        source="javascript:alert(5)",
        place=ONE_LINE,
        quotes=[Quote(text[quote_start:quote_end], quote_start, quote_end, "direct", 1, speaker)],
        statements=[Statement(PAYLOAD, 0, len(PAYLOAD), 0, Speaker(ONE_LINE, "unknown"))],
        people=[Person(ONE_LINE, ONE_LINE, ONE_LINE)],
        organisations=[
            Organisation(
                ONE_LINE, ONE_LINE, ["organiser"], [Mention(ONE_LINE, mention_start, mention_end, 2)]
            ),
            Organisation(
                ONE_LINE + "!", None, ["mentioned"], [Mention(ONE_LINE, mention_start, mention_end, 2)]
            ),
        ],
        events=[
            Event("2020-01-02", ONE_LINE, PAYLOAD, 0, len(PAYLOAD), 0, duration=ONE_LINE),
            Event("<b>", ONE_LINE, PAYLOAD, 0, len(PAYLOAD), 0),
        ],
    )


PAGES = render_site([hostile_article()], site_name=ONE_LINE)


class _Elements(HTMLParser):
    """Collects every element with its attributes, and the decoded text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.elements.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(page_html: str) -> _Elements:
    parser = _Elements()
    parser.feed(page_html)
    parser.close()
    return parser


@pytest.mark.parametrize("path", sorted(PAGES))
def test_no_markup_from_seed_text(path: str) -> None:
    page_html, meta = page_html_and_meta(PAGES[path])
    parsed = _parse(page_html)
    tags = {tag for tag, _ in parsed.elements}
    assert tags <= CONTENT_TAGS, f"unexpected elements {tags - CONTENT_TAGS} in {path}"
    assert [tag for tag, _ in parsed.elements].count("h1") == 1
    for tag, attributes in parsed.elements:
        assert not any(name.startswith("on") for name in attributes), (tag, attributes)
        classes = (attributes.get("class") or "").split()
        assert all(c.startswith("nr-") or c == "headerlink" for c in classes), classes
        href = attributes.get("href")
        if href is not None:
            assert href.startswith(("#", "./", "../")) or (href[:1].isalnum() and ":" not in href), href
    text = "".join(parsed.text)
    assert "49" not in text
    assert "<" not in str(meta.get("title", ""))


# The timeline overview shows years and counts, no seed text.
@pytest.mark.parametrize("path", sorted(path for path in PAGES if path != "timeline.md"))
def test_payload_survives_as_plain_text(path: str) -> None:
    text = "".join(_parse(page_html_and_meta(PAGES[path])[0]).text)
    for fragment in ("**bold**", "==marked==", ":smile:", "{{ 7 * 7 }}", "[click](javascript:alert(3))"):
        assert fragment in text, f"{fragment!r} missing from {path}"


def test_title_front_matter_is_html_escaped() -> None:
    _, meta = get_data(PAGES["articles/hostile.md"])
    assert "<" not in meta["title"]
    assert html.unescape(meta["title"]) == " ".join(ONE_LINE.split())


def test_non_http_source_never_becomes_a_link() -> None:
    assert "javascript:" not in " ".join(
        str(attributes.get("href"))
        for _, attributes in _parse(page_html_and_meta(PAGES["articles/hostile.md"])[0]).elements
    )


def test_md_text_escapes_every_active_character() -> None:
    escaped = md_text("a<b>&\"'\\`*_{}[]#+-!|:=~^$%@\nz")
    assert escaped.startswith("a&#60;b&#62;&#38;")
    assert "\n" not in escaped
    assert html.unescape(escaped) == "a<b>&\"'\\`*_{}[]#+-!|:=~^$%@ z"
    assert not any(char in escaped.replace("&#", "").replace(";", "") for char in "<>\"'*_[]+-:=")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/a?b=1", "https://example.org/a?b=1"),
        ("HTTP://example.org", "HTTP://example.org"),
        ("javascript:alert(1)", None),
        ("data:text/html,x", None),
        ("//example.org", None),
        ("https://exa mple.org", None),
        ('https://example.org/"onmouseover=x', None),
        (None, None),
    ],
)
def test_http_url_accepts_only_http_and_https(url: str | None, expected: str | None) -> None:
    assert http_url(url) == expected
