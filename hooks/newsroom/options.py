"""The site's newsroom options, read from `mkdocs.yml` under `extra: newsroom:`.

`seeds`: the seeds folder, relative to the config file (default `seeds`).
`workers`: how many processes a cold build extracts and renders in (default:
one per core; 1: none).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any


class OptionsError(ValueError):
    """An option has a value the generator cannot use; the message says which and why."""


@dataclass(frozen=True)
class Options:
    """The options with their defaults filled in."""

    seeds: str = "seeds"
    workers: int | None = None


def read_options(extra: Mapping[str, Any] | None) -> Options:
    """Return the options under `newsroom:` in the site's `extra` mapping (other keys are ignored).

    Raise `OptionsError` for an option the generator cannot use.
    """
    given = (extra or {}).get("newsroom") or {}
    if not isinstance(given, Mapping):
        raise OptionsError("`extra: newsroom:` must be a mapping of options")
    workers = given.get("workers")
    if workers is not None and (not isinstance(workers, int) or isinstance(workers, bool) or workers < 1):
        raise OptionsError(f"`workers` must be a whole number of processes, 1 or more (got {workers!r})")
    return Options(seeds=str(given.get("seeds") or Options.seeds), workers=workers)
