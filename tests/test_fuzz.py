"""Hypothesis: random Unicode and random mixes of markup as seed text never crash, mislocate or inject.

`HYPOTHESIS_PROFILE=long` (what `make fuzz` sets) runs 10,000 examples per test;
the default `short` profile, run by `make test`, 100.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from checks import assert_offsets_hold
from hostile.render import CONTENT_TAGS, page_html, paragraph_texts
from hostile.scan import scan_html
from newsroom import extract_text
from newsroom.catalogue import build_catalogue
from newsroom.read import SeedError
from newsroom.render.environment import make_environment
from newsroom.render.pages import render_pages
from newsroom.seedfiles import decode_seed

_QUIET = [HealthCheck.too_slow, HealthCheck.data_too_large]
# No example database: a test run writes nothing into the work tree; a failure prints its reproduction blob.
_COMMON = settings(deadline=None, suppress_health_check=_QUIET, database=None, print_blob=True)
settings.register_profile("short", parent=_COMMON, max_examples=100)
settings.register_profile("long", parent=_COMMON, max_examples=10_000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "short"))

# Markup of every kind a seed may carry, and the genre's own pieces, to be mixed at random.
MARKUP = [
    "<script>alert(1)</script>", "</script>", "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>",
    "[a](javascript:alert(1))", "[b](data:text/html,x)", "<javascript:x>", "<https://example.org>",
    "<!--", "-->", "# ", "## ", "| a | b |\n|---|---|\n", "- ", "1. ", "```", "~~~", "    ", "{: onclick=x }",
    "{#id .cls}", "{{ 7*7 }}", "{% if 1 %}", "{% endif %}", "{#", "#}", '--8<-- "/etc/passwd"', "--8<--",
    ":smile:", "==m==", "++ctrl++", "^^u^^", "~~d~~", "{++a++}", "$x$", "&amp;", "&#60;", "&lt;", "\\",
    "*", "_", "`", "[", "]", "(", ")", "<", ">", '"', "'", "!!! note\n    ", "<div markdown=1>", "</div>",
    "<details>", "[^1]", "[^1]: x", "---\n", "title: x\n", "\n\n", "\n", " ", "\t", "Qz900",
]  # fmt: skip
NEWS = [
    "“", "”", "‘", "’", "«", "»", " said ", " told reporters ", " according to ", "Jane Doe", " she ",
    "the Ministry of Health", " (WHO) ", "World Health Organization", " on 18 September 2021", " last week",
    "SANTIAGO, Chile — ", "Dr ", " co-organised by ", "Acme Ltd", ". ", ", ", "é", "\u200b", "\u202e", "👍🏽",
]  # fmt: skip
ENVIRONMENT = make_environment()
PIECES = st.sampled_from(MARKUP + NEWS) | st.text(max_size=6)
MIXES = st.lists(PIECES, max_size=80).map("".join)


# Extract, check every offset, render, and prove no page holds an element or text the seed made.
def _check(text: str) -> None:
    try:
        article = extract_text(text, "fuzz.txt")
    except SeedError:
        return  # an empty or malformed seed is reported, not extracted
    assert_offsets_hold(article)
    pages = render_pages(ENVIRONMENT, build_catalogue([article]), "Fuzz")  # as `render_site`, one environment
    for path, source in pages.items():
        html = page_html(source)
        assert scan_html(html, path, CONTENT_TAGS) == []
        if path == f"articles/{article.slug}.md":
            shown = paragraph_texts(html)
            expected = {p.anchor: " ".join(article.text[p.start : p.end].split()) for p in article.paragraphs}
            assert shown == expected


@given(st.text(max_size=2000))
def test_random_unicode(text: str) -> None:
    _check(text)


@given(MIXES)
def test_random_markup_mixes(text: str) -> None:
    _check(text)


@given(st.sampled_from(["", "---\ntitle: x\n---\n", "---\npublished: 2024-01-01\n---\n"]), MIXES, MIXES)
@example("", "B", "Oy")  # found by the long run: a company suffix (`Oy`) taken across a paragraph break
def test_markup_around_front_matter(front: str, before: str, after: str) -> None:
    _check(front + before + "\n\n" + after)


@given(st.binary(max_size=600))
def test_random_bytes_are_text_or_a_named_error(raw: bytes) -> None:
    try:
        text, _ = decode_seed(raw, "seeds/fuzz.txt")
    except SeedError as error:
        assert str(error).startswith("seeds/fuzz.txt: ")
        return
    _check(text)
