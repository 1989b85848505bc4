"""Extracted articles kept by content hash, so an unchanged seed is never extracted twice.

`mkdocs serve` rebuilds the whole site after every edit, in the same process.
The hook asks `ARTICLES.load(path, label)` for every seed on every build: a seed
whose bytes (and name) have not changed since the last build comes back from
memory, and only an edited or new seed is extracted again. After a complete
build, `finish_build()` forgets the articles that build did not use (deleted or
edited seeds), so memory holds one site's worth of articles at most.

Cached articles are shared between builds: callers must treat them as read-only
(rendering only reads them).
"""

from __future__ import annotations

import hashlib
import statistics
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import pipeline
from .model import Article
from .seedfiles import read_bytes


@dataclass
class CacheStats:
    """What one build asked of the cache: seeds extracted, seeds reused, time spent extracting."""

    extracted: int = 0
    reused: int = 0
    seconds: float = 0.0
    durations: list[float] = field(default_factory=list)
    cpu_durations: list[float] = field(default_factory=list)

    @property
    def median(self) -> float | None:
        """The median wall-clock time of one extraction in this build, in seconds (None if none ran)."""
        return statistics.median(self.durations) if self.durations else None

    @property
    def median_cpu(self) -> float | None:
        """The median processor time of one extraction (steadier than wall-clock on a busy machine)."""
        return statistics.median(self.cpu_durations) if self.cpu_durations else None


# The cache key: the seed's bytes and the names it is published under.
def content_key(raw: bytes, label: str, stem: str) -> str:
    """Return a SHA-256 hex digest of the seed's label, stem and bytes."""
    digest = hashlib.sha256()
    for part in (label.encode("utf-8", "surrogateescape"), stem.encode("utf-8", "surrogateescape")):
        digest.update(len(part).to_bytes(4, "big") + part)
    digest.update(raw)
    return digest.hexdigest()


class ArticleCache:
    """Articles by content hash, with per-build counts of extractions and reuses."""

    # An empty cache.
    def __init__(self) -> None:
        self._articles: dict[str, Article] = {}
        self._used: set[str] = set()
        self.stats = CacheStats()

    # Forget last build's counts; the articles stay.
    def start_build(self) -> None:
        """Begin a build: reset the counts and the set of articles used."""
        self._used = set()
        self.stats = CacheStats()

    # One seed's article, extracted only when its bytes or name are new.
    def load(self, path: Path, label: str) -> Article:
        """Return the article of `path`; raise `SeedError` when it cannot be read as one."""
        raw = read_bytes(path, label)
        key = content_key(raw, label, path.stem)
        self._used.add(key)
        cached = self._articles.get(key)
        if cached is not None:
            self.stats.reused += 1
            return cached
        started, started_cpu = time.perf_counter(), time.process_time()
        article = pipeline.extract_bytes(raw, label, path.stem)
        duration = time.perf_counter() - started
        self.stats.extracted += 1
        self.stats.seconds += duration
        self.stats.durations.append(duration)
        self.stats.cpu_durations.append(time.process_time() - started_cpu)
        self._articles[key] = article
        return article

    # After a complete build, drop what it did not use (old versions of edited seeds, deleted seeds).
    def finish_build(self) -> None:
        """Keep only the articles the build that just ended used."""
        self._articles = {key: article for key, article in self._articles.items() if key in self._used}

    def __len__(self) -> int:
        """How many articles the cache holds."""
        return len(self._articles)


# One cache per process: MkDocs re-imports the hook on every serve rebuild, but not this package.
ARTICLES = ArticleCache()
