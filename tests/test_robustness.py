"""Random mixes of the genre's tricky pieces never crash the extractors or the renderer, and every offset holds."""

from __future__ import annotations

import random

import pytest

from checks import assert_offsets_hold
from newsroom import extract_text
from newsroom.read import SeedError
from newsroom.site import render_site

PIECES = [
    "“", "”", '"', "'", "‘", "’", "«", "»", ",", ".", ":", ";", " said ", " told ", " according to ",
    "Jane Doe", " she ", " he ", "the Ministry of Health", " (WHO) ", "World Health Organization", " and ",
    " of ", "September 18", " 2021", "\n\n", "—", "Dr ", "Mr. ", " co-organised by ", " supported by ",
    "ECLAC", " the company ", "'s ", " ", "(", ")", " by 2030", " last week", " on Tuesday", "---\n",
    "published: 2021-01-01\n", "\t", "é", "ß", "\u200b", "Ώ", "1.", "-", "SANTIAGO, Chile — ",
    " early next year", "Last week", " on the 30th", " 31 February 2024", "SÃO PAULO, Brazil — ",
    "Brussels, 31 February 2024 – ", "UPDATE: ", " Q3 2024", " between 2019 and 2022", " Acme Ltd",
    " the  ministry", "<b>", "{{ x }}", "[a](javascript:x)",
]
FRONT_MATTER = ["---\npublished: 2024-02-29\n---\n", "---\npublished: 2024-13-01\n---\n", "---\ntitle: [x]\n---\n"]


@pytest.mark.parametrize("seed", range(20))
def test_random_mixes_extract_and_render_cleanly(seed: int) -> None:
    chooser = random.Random(seed)
    articles = []
    for _ in range(25):
        body = "".join(chooser.choice(PIECES) for _ in range(chooser.randint(1, 60)))
        text = chooser.choice(FRONT_MATTER) + body if chooser.random() < 0.5 else body
        try:
            article = extract_text(text, f"mix-{len(articles)}.txt")
        except SeedError:
            continue  # an empty or malformed seed is reported, not extracted
        assert_offsets_hold(article)
        articles.append(article)
    assert render_site(articles, site_name="Mixes")
