"""The extraction JSON carries the seed's front matter keys, and only those the seed gives."""

from __future__ import annotations

import json

from newsroom.data import EXTRACTION_PATH
from newsroom.data.extraction import article_json
from newsroom.pipeline import extract_text
from newsroom.site import site_files

BODY = "The harbour board reopened the north pier on Friday after a month of repairs.\n"
FRONT = """---
title: North pier reopens
published: 2024-05-06T09:30:00Z
updated: 2024-05-07
author: [Lena Okafor, Tom Reyes]
tags: [harbour, repairs]
image: images/pier.jpg
summary: The pier is open to ferries again.
---
"""


def test_the_front_matter_keys_follow_the_source_in_the_json() -> None:
    data = article_json(extract_text(FRONT + BODY, "seeds/pier.txt"))
    keys = list(data)
    assert keys[keys.index("source") + 1 : keys.index("paragraphs")] == [
        "published_at", "updated", "authors", "tags", "image", "summary"
    ]
    assert {key: data[key] for key in ("published", "published_at", "updated", "authors", "tags", "image", "summary")} == {
        "published": "2024-05-06",
        "published_at": "2024-05-06T09:30:00+00:00",
        "updated": "2024-05-07",
        "authors": ["Lena Okafor", "Tom Reyes"],
        "tags": ["harbour", "repairs"],
        "image": "images/pier.jpg",
        "summary": "The pier is open to ferries again.",
    }


def test_a_seed_without_front_matter_adds_no_key() -> None:
    plain = article_json(extract_text("North pier reopens\n\n" + BODY, "seeds/pier.txt"))
    assert not {"published_at", "updated", "authors", "tags", "image", "summary"} & set(plain)


def test_the_site_publishes_the_keys_in_its_extraction_file() -> None:
    files = site_files([extract_text(FRONT + BODY, "seeds/pier.txt")])
    published = json.loads(files[EXTRACTION_PATH])["articles"][0]
    assert (published["authors"], published["summary"]) == (["Lena Okafor", "Tom Reyes"], "The pier is open to ferries again.")
