"""Extracted articles kept by content hash, so an unchanged seed is never extracted twice.

`mkdocs serve` rebuilds the whole site after every edit, in the same process
(MkDocs imports the hook, and this package, once per process). Each build
hands every seed to `ARTICLES.load_all(seeds)`: a seed whose bytes (and name)
have not changed since the last build comes back from memory, and only an
edited or new seed is extracted again (on a cold build, in several worker
processes at once). The cache then forgets the articles that call did not ask
for (deleted or edited seeds), so memory holds one site's worth of articles at
most: one call is one build's seeds.

Cached articles are shared between builds: callers must treat them as read-only
(rendering only reads them).
"""

from __future__ import annotations

import hashlib
import traceback
from dataclasses import dataclass
from pathlib import Path

from . import pipeline, workers
from .model import Article
from .seedfiles import SeedError, read_bytes


def content_key(raw: bytes, label: str, stem: str) -> str:
    """Return the cache key: a SHA-256 hex digest of the seed's label, stem and bytes (the names it is published under)."""
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


# One seed's extraction, wherever it runs (a worker process on a cold build).
def _extract_job(job: tuple[bytes, str, str, float | None]) -> Article | Failure:
    raw, label, stem, seconds = job
    try:
        return pipeline.extract_bytes(raw, label, stem, seconds=seconds)
    except SeedError as error:
        return Failure(error.reason)
    except Exception as error:  # an extractor bug: name the seed, keep the trace for --verbose
        return Failure(f"extraction failed ({error!r}); please report it with the seed", traceback.format_exc())


class ArticleCache:
    """Articles by content hash, for the seeds of the last build."""

    # An empty cache.
    def __init__(self) -> None:
        self._articles: dict[str, Article] = {}

    def load_all(
        self, seeds: list[tuple[Path, str]], processes: int | None = None, seconds: float | None = None
    ) -> list[Article | Failure]:
        """Return, in order, each `(path, label)` seed's article, or a `Failure` saying why it cannot be built.

        New or changed seeds are extracted in that many `processes` at once (see `newsroom.workers`),
        each stopped after `seconds` (None: never); afterwards the cache holds only these seeds' articles.
        """
        outcomes: list[Failure | str] = []  # a seed's key, or why it cannot be read
        jobs: dict[str, tuple[bytes, str, str, float | None]] = {}
        for path, label in seeds:
            try:
                raw = read_bytes(path, label)
            except SeedError as error:
                outcomes.append(Failure(error.reason))
                continue
            key = content_key(raw, label, path.stem)
            if key not in self._articles:
                jobs.setdefault(key, (raw, label, path.stem, seconds))
            outcomes.append(key)
        found: dict[str, Article | Failure] = {
            key: self._articles[key] for key in outcomes if isinstance(key, str) and key in self._articles
        }
        found.update(zip(jobs, workers.parallel_map(_extract_job, list(jobs.values()), processes), strict=True))
        self._articles = {key: outcome for key, outcome in found.items() if isinstance(outcome, Article)}
        return [found[o] if isinstance(o, str) else o for o in outcomes]

    def __len__(self) -> int:
        """How many articles the cache holds."""
        return len(self._articles)


# One cache per process, shared by every build `mkdocs serve` runs.
ARTICLES = ArticleCache()
