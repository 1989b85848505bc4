"""Seed file to extracted article: read, then run every extractor."""

from __future__ import annotations

from pathlib import Path

from .extract import OutOfTime, extract
from .model import Article
from .read import SeedError, normalise, parse_seed, read_seed, source_from_bytes


def load_article(path: Path, label: str | None = None) -> Article:
    """Read `path` and extract its quotes, organisations, people and events.

    One seed file to an article; raises `SeedError` when it is not an article.
    """
    return extract(read_seed(path, label))


def extract_text(text: str, label: str = "article.txt") -> Article:
    """Extract from seed text given as a string.

    Text already in memory (tests, standard input) to an extracted article.
    """
    return extract(parse_seed(normalise(text), label, Path(label).stem))


def extract_bytes(raw: bytes, label: str, stem: str, seconds: float | None = None) -> Article:
    """Decode, parse and extract one seed given as bytes; raises `SeedError` like `load_article`.

    Seed bytes already read (the cache's path) to an extracted article. With
    `seconds`, a seed whose extraction takes longer is stopped with a `SeedError`.
    """
    try:
        return extract(source_from_bytes(raw, label, stem), seconds)
    except OutOfTime:
        assert seconds is not None
        raise SeedError(label, f"took more than {seconds:g} s to extract, so it was stopped "
                        "(`seed_seconds` under `extra: newsroom:` sets the limit)") from None
