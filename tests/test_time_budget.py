"""A seed whose extraction runs over its time budget is stopped with an error naming it."""

from __future__ import annotations

import pytest

from newsroom.pipeline import extract_bytes
from newsroom.read import SeedError

ARTICLE = "The harbour council met on 3 March 2025.\n\n“We will dredge the channel,” said Ana Ruiz.\n".encode()


def test_a_seed_over_its_budget_is_stopped_with_its_name() -> None:
    with pytest.raises(SeedError) as raised:
        extract_bytes(ARTICLE, "seeds/slow.txt", "slow", seconds=0.0)
    assert str(raised.value).startswith("seeds/slow.txt: took more than 0 s to extract")
    assert "seed_seconds" in raised.value.reason


def test_a_seed_within_its_budget_is_extracted_as_without_one() -> None:
    timed = extract_bytes(ARTICLE, "seeds/a.txt", "a", seconds=60.0)
    assert timed == extract_bytes(ARTICLE, "seeds/a.txt", "a")
    assert [q.text for q in timed.quotes] == ["We will dredge the channel,"]
