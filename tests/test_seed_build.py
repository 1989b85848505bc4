"""What the real seed must yield once the extractors land.

LEAD: fill in EXPECTED with the counts for `seeds/celac-china-forum.txt`
(quotes by kind, statements, organisations by role, events by date form,
people). Until then only the shape is checked, so the tests pass with empty
extraction.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SEED = "seeds/celac-china-forum.txt"

# LEAD: expected counts for the seed, e.g. {"quotes": 5, "statements": 3, ...}; None = not checked yet.
EXPECTED: dict[str, int | None] = {
    "quotes": None,
    "statements": None,
    "organisations": None,
    "events": None,
    "people": None,
}


def _seed_article(site: Path) -> dict[str, object]:
    data = json.loads((site / "data/extraction.json").read_text(encoding="utf-8"))
    (article,) = [a for a in data["articles"] if a["seed"] == SEED]
    assert isinstance(article, dict)
    return article


def test_seed_is_in_the_export(built_site: Path) -> None:
    article = _seed_article(built_site)
    assert article["title"]
    assert article["place"] == "Santiago, Chile"


@pytest.mark.parametrize("field", sorted(EXPECTED))
def test_seed_counts(built_site: Path, field: str) -> None:
    found = _seed_article(built_site)[field]
    assert isinstance(found, list)
    if EXPECTED[field] is None:
        pytest.skip(f"LEAD: expected number of {field} not filled in yet (found {len(found)})")
    assert len(found) == EXPECTED[field]
