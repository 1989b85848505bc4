"""Extracted articles kept by content hash, so an unchanged seed is never extracted twice.

`mkdocs serve` rebuilds the whole site after every edit, in the same process.
The hook asks `ARTICLES.load_all(seeds)` for every seed on every build: a seed
whose bytes (and name) have not changed since the last build comes back from
memory, and only an edited or new seed is extracted again (on a cold build,
in several worker processes at once). After a complete
build, `finish_build()` forgets the articles that build did not use (deleted or
edited seeds), so memory holds one site's worth of articles at most.

Cached articles are shared between builds: callers must treat them as read-only
(rendering only reads them).
"""

from __future__ import annotations

import hashlib
import statistics
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from . import pipeline
from .model import Article
from .seedfiles import SeedError, read_bytes
from .workers import parallel_map


@dataclass
class CacheStats:
    """What one build asked of the cache: seeds extracted, seeds reused, time spent extracting."""

    reused: int = 0
    durations: list[float] = field(default_factory=list)
    cpu_durations: list[float] = field(default_factory=list)

    @property
    def extracted(self) -> int:
        """How many seeds this build extracted."""
        return len(self.durations)

    @property
    def seconds(self) -> float:
        """The extraction time of this build's seeds, summed (over the workers, when they ran)."""
        return sum(self.durations)

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


@dataclass(frozen=True)
class Failure:
    """Why a seed cannot be built, and the extractor's traceback when one of its rules crashed."""

    reason: str
    trace: str | None = None


# One seed's extraction, timed where it runs (a worker process on a cold build).
def _extract_job(job: tuple[bytes, str, str]) -> tuple[Article | Failure, float, float]:
    raw, label, stem = job
    started, started_cpu = time.perf_counter(), time.process_time()
    outcome: Article | Failure
    try:
        outcome = pipeline.extract_bytes(raw, label, stem)
    except SeedError as error:
        outcome = Failure(error.reason)
    except Exception as error:  # an extractor bug: name the seed, keep the trace for --verbose
        outcome = Failure(f"extraction failed ({error!r}); please report it with the seed", traceback.format_exc())
    return outcome, time.perf_counter() - started, time.process_time() - started_cpu


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
        outcome = self.load_all([(path, label)])[0]
        if isinstance(outcome, Failure):
            raise SeedError(label, outcome.reason)
        return outcome

    # Every seed's article or the reason it failed; new or changed seeds are extracted in
    # `workers` processes at once (see `newsroom.workers`).
    def load_all(self, seeds: list[tuple[Path, str]], workers: int | None = None) -> list[Article | Failure]:
        """Return, in order, each seed's article, or a `Failure` saying why it cannot be built."""
        outcomes: list[Article | Failure | str] = []  # a key stands for an article still to extract
        jobs: dict[str, tuple[bytes, str, str]] = {}
        failures: dict[str, Failure] = {}
        for path, label in seeds:
            try:
                raw = read_bytes(path, label)
            except SeedError as error:
                outcomes.append(Failure(error.reason))
                continue
            key = content_key(raw, label, path.stem)
            self._used.add(key)
            cached = self._articles.get(key)
            if cached is not None:
                self.stats.reused += 1
                outcomes.append(cached)
                continue
            jobs.setdefault(key, (raw, label, path.stem))
            outcomes.append(key)
        extracted = parallel_map(_extract_job, list(jobs.values()), workers)
        for key, (outcome, wall, cpu) in zip(jobs, extracted, strict=True):
            self.stats.durations.append(wall)
            self.stats.cpu_durations.append(cpu)
            if isinstance(outcome, Article):
                self._articles[key] = outcome
            else:
                failures[key] = outcome
        return [self._articles.get(o) or failures[o] if isinstance(o, str) else o for o in outcomes]

    # After a complete build, drop what it did not use (old versions of edited seeds, deleted seeds).
    def finish_build(self) -> None:
        """Keep only the articles the build that just ended used."""
        self._articles = {key: article for key, article in self._articles.items() if key in self._used}

    def __len__(self) -> int:
        """How many articles the cache holds."""
        return len(self._articles)


# One cache per process: MkDocs re-imports the hook on every serve rebuild, but not this package.
ARTICLES = ArticleCache()
