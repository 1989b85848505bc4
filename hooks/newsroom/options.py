"""The site's newsroom options, read from `mkdocs.yml` under `extra: newsroom:`.

`seeds`: the seeds folder, relative to the config file (default `seeds`).
`workers`: how many processes a cold build extracts and renders in (default:
one per core; 1: none); more than the cores available is lowered to that
number, with a note.
`seed_seconds`: how long one seed's extraction may take before it is stopped
and the seed left out (default 3).
`corrections`: the editor's corrections file, relative to the config file
(default `corrections.yml`; a missing file means no corrections).
`speaker_page_size`, `organisation_page_size`, `timeline_page_size`,
`directory_page_size`: how many quotes a speaker page, mentions an
organisation page, events a timeline year page and entries a directory
(articles, speakers, organisations) shows before the rest goes to
`…/page/2/` and on (defaults 20, 20, 100, 50).
An option the generator does not know is a warning naming the closest known one.
"""

from __future__ import annotations

import difflib
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from .catalogue.paging import DEFAULT_PAGE_SIZES, PageSizes
from .corrections import CORRECTIONS_FILE
from .load import Message
from .workers import default_workers

# How long one seed's extraction may take, in seconds, unless `seed_seconds` says otherwise.
DEFAULT_SEED_SECONDS = 3.0


class OptionsError(ValueError):
    """An option has a value the generator cannot use; the message says which and why."""


@dataclass(frozen=True)
class Options:
    """The options with their defaults filled in, and what the reader has to say about them."""

    seeds: str = "seeds"
    workers: int | None = None
    seed_seconds: float = DEFAULT_SEED_SECONDS
    corrections: str = CORRECTIONS_FILE
    page_sizes: PageSizes = DEFAULT_PAGE_SIZES
    messages: tuple[Message, ...] = ()


# Each page-size option and the `PageSizes` field it sets.
PAGE_SIZE_OPTIONS = {f"{kind}_page_size": kind for kind in ("speaker", "organisation", "timeline", "directory")}
KNOWN = ("seeds", "workers", "seed_seconds", "corrections", *PAGE_SIZE_OPTIONS)


def read_options(extra: Mapping[str, Any] | None) -> Options:
    """Return the options under `newsroom:` in the site's `extra` mapping (other `extra` keys are ignored).

    Raise `OptionsError` for an option the generator cannot use.
    """
    given = (extra or {}).get("newsroom") or {}
    if not isinstance(given, Mapping):
        raise OptionsError("`extra: newsroom:` must be a mapping of options")
    messages = [_unknown(key) for key in given if key not in KNOWN]
    seeds = given.get("seeds", Options.seeds)
    if not isinstance(seeds, str) or not seeds.strip():
        raise OptionsError(f"`seeds` must be the path of the seeds folder (got {seeds!r})")
    workers = given.get("workers")
    if workers is not None and (not isinstance(workers, int) or isinstance(workers, bool) or workers < 1):
        raise OptionsError(f"`workers` must be a whole number of processes, 1 or more (got {workers!r})")
    cores = default_workers()
    if workers is not None and workers > cores:
        messages.append(Message("info", f"`workers: {workers}` is more than the {cores} core(s) available; using {cores}"))
        workers = cores
    seconds = given.get("seed_seconds", DEFAULT_SEED_SECONDS)
    if not isinstance(seconds, int | float) or isinstance(seconds, bool) or not 0 < seconds < math.inf:
        raise OptionsError(f"`seed_seconds` must be a number of seconds above 0 (got {seconds!r})")
    corrections = given.get("corrections", CORRECTIONS_FILE)
    if not isinstance(corrections, str) or not corrections.strip():
        raise OptionsError(f"`corrections` must be the path of the corrections file (got {corrections!r})")
    sizes = {kind: _page_size(given, option, getattr(DEFAULT_PAGE_SIZES, kind)) for option, kind in PAGE_SIZE_OPTIONS.items()}
    return Options(
        seeds=seeds, workers=workers, seed_seconds=float(seconds), corrections=corrections,
        page_sizes=PageSizes(**sizes), messages=tuple(messages),
    )


# One page-size option: a whole number of items, 1 or more.
def _page_size(given: Mapping[str, Any], option: str, default: int) -> int:
    size = given.get(option, default)
    if not isinstance(size, int) or isinstance(size, bool) or size < 1:
        raise OptionsError(f"`{option}` must be a whole number of items per page, 1 or more (got {size!r})")
    return size


# A warning for an option nobody reads, with the known option it most likely meant.
def _unknown(key: object) -> Message:
    close = difflib.get_close_matches(str(key), KNOWN, n=1)
    hint = f"did you mean `{close[0]}`?" if close else f"the options are {', '.join(f'`{k}`' for k in KNOWN)}"
    return Message("warning", f"unknown option {key!r} under `extra: newsroom:` is ignored; {hint}")
