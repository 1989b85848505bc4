"""Random mixes of the genre's tricky pieces never crash the extractors, and every offset holds."""

from __future__ import annotations

import random

import pytest

from checks import assert_offsets_hold
from newsroom import extract_text
from newsroom.read import SeedError

PIECES = [
    "“", "”", '"', "'", "‘", "’", "«", "»", ",", ".", ":", ";", " said ", " told ", " according to ",
    "Jane Doe", " she ", " he ", "the Ministry of Health", " (WHO) ", "World Health Organization", " and ",
    " of ", "September 18", " 2021", "\n\n", "—", "Dr ", "Mr. ", " co-organised by ", " supported by ",
    "ECLAC", " the company ", "'s ", " ", "(", ")", " by 2030", " last week", " on Tuesday", "---\n",
    "published: 2021-01-01\n", "\t", "é", "ß", "\u200b", "Ώ", "1.", "-", "SANTIAGO, Chile — ",
]


@pytest.mark.parametrize("seed", range(20))
def test_random_mixes_extract_cleanly(seed: int) -> None:
    chooser = random.Random(seed)
    for _ in range(25):
        text = "".join(chooser.choice(PIECES) for _ in range(chooser.randint(1, 60)))
        try:
            article = extract_text(text)
        except SeedError:
            continue  # an empty or malformed seed is reported, not extracted
        assert_offsets_hold(article)
