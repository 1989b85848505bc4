"""Seed file to extracted article: read, then run every extractor."""

from __future__ import annotations

from pathlib import Path

from .extract import extract
from .model import Article
from .read import discover_seeds, parse_seed, read_seed


# One seed file to an article; raises `SeedError` when it is not an article.
def load_article(path: Path, label: str | None = None) -> Article:
    """Read `path` and extract its quotes, organisations, people and events."""
    return extract(read_seed(path, label))


# Every seed in a folder, labelled relative to the folder's parent (`seeds/x.txt`).
def load_articles(folder: Path) -> list[Article]:
    """Load every seed in `folder`; a bad seed raises `SeedError`."""
    return [load_article(path, f"{folder.name}/{path.name}") for path in discover_seeds(folder)]


# Text already in memory (tests, standard input) to an extracted article.
def extract_text(text: str, label: str = "article.txt") -> Article:
    """Extract from seed text given as a string (newlines normalised here)."""
    normalised = text.replace("\r\n", "\n").replace("\r", "\n")
    return extract(parse_seed(normalised, label, Path(label).stem))
