"""Seeds to articles: the one loader behind the MkDocs hook, `python -m newsroom` and `export-pages`.

Every entry of the seeds folder (or every file named on the command line)
becomes one of three things, each told to the caller's `report` function as a
`Message`, in the folder's order:

- an article, with a warning for each thing it had to guess or repair
  (`seeds/x.txt: <warning>`);
- a skipped entry, a hidden file, editor backup, other suffix or sub-folder
  (info: `seeds/x.docx skipped: <reason>`);
- a bad seed, refused, unreadable, not an article, or crashing an extractor
  (error: `seeds/x.txt: <reason>; left out`).

A bad seed is handled the same way everywhere: it is reported in that one line
and left out, and everything else is still done, so one run names every bad
seed. The run then counts as failed: `python -m newsroom` prints the other
seeds' JSON and `export-pages` writes the other pages, and both exit with
status 1; `mkdocs build` builds the rest and `--strict` stops it, naming the bad
seeds. Under `mkdocs serve` (`last_good` given) a seed that built once shows its
last good version instead (`…; showing its last good version`) until it is
fixed. An extractor crash carries its traceback as the message's `detail`, which
only `mkdocs build --verbose` shows; nothing prints a traceback otherwise.

A seed is named the same way in every message and in the data files: its
folder's name and its file name (`seeds/x.txt`), control characters escaped.
A message's text is always one printable line: whatever seed, file name or
configuration text it quotes, a line break or control character in it shows as
its escape (`\\n`, `\\x1b`), so no value can forge a log line or drive the terminal.
"""

from __future__ import annotations

import gc
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from . import cache
from .cache import Failure
from .model import Article
from .seedfiles import SeedEntry, scan_seeds

# From this many seeds on, say what is being done before the long part.
PROGRESS_FROM = 100


@dataclass(frozen=True)
class Message:
    """One line about a seed (or the run) for the user; `detail` is for a developer, when there is one."""

    level: Literal["info", "warning", "error"]
    text: str
    detail: str | None = None

    # The text as one printable line; a traceback keeps its line breaks, each line escaped.
    def __post_init__(self) -> None:
        object.__setattr__(self, "text", printable(self.text))
        if self.detail is not None:
            object.__setattr__(self, "detail", "\n".join(printable(line) for line in self.detail.split("\n")))


Report = Callable[[Message], None]


@dataclass
class Loaded:
    """The articles, in the seeds' order, and the labels of the bad seeds."""

    articles: list[Article] = field(default_factory=list)
    bad: list[str] = field(default_factory=list)


def printable(text: str) -> str:
    """Return `text` with every character that is not printable (line breaks, control and format
    characters) written as its escape (`\\n`, `\\x1b`): untrusted text, safe to print on one line."""
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def seed_label(path: Path) -> str:
    """Return `folder/name` for a seed path, control characters escaped (seed names are untrusted)."""
    folder = Path(os.path.abspath(path)).parent.name
    return printable(f"{folder}/{path.name}" if folder else path.name)


def load_folder(
    folder: Path,
    report: Report,
    *,
    workers: int | None = None,
    last_good: dict[str, Article] | None = None,
    seconds: float | None = None,
) -> Loaded:
    """Read and extract every seed of `folder`, reporting as the module docstring says.

    `last_good` (label → article), given while serving, lends a bad seed its last good
    article and is updated with this load's articles. A seed whose extraction takes more
    than `seconds` (None: no limit) is stopped and is a bad seed. Raises `SeedsFolderError`
    when `folder` itself cannot be listed (missing, not a folder, unreadable).
    """
    return _load(scan_seeds(folder), report, workers, last_good, seconds)


def load_files(paths: list[Path], report: Report, seconds: float | None = None) -> Loaded:
    """Read and extract each of `paths` whatever its name (never a pipe or a folder), as `load_folder` does."""
    entries = [SeedEntry(p, refused="is not a regular file") if p.exists() and not p.is_file() else SeedEntry(p) for p in paths]
    return _load(entries, report, None, None, seconds)


# The policy of the module docstring; the cache extracts only new or changed seeds.
def _load(
    entries: list[SeedEntry],
    report: Report,
    workers: int | None,
    last_good: dict[str, Article] | None,
    seconds: float | None,
) -> Loaded:
    labelled = [(entry, seed_label(entry.path)) for entry in entries]
    readable = [(entry.path, label) for entry, label in labelled if not entry.skipped and not entry.refused]
    if len(readable) >= PROGRESS_FROM:
        report(Message("info", f"reading {len(readable)} seeds"))
    outcomes = iter(cache.ARTICLES.load_all(readable, workers, seconds))
    loaded = Loaded()
    good: dict[str, Article] = {}
    for entry, label in labelled:
        if entry.skipped:
            report(Message("info", f"{label} skipped: {entry.skipped}"))
            continue
        outcome = Failure(entry.refused) if entry.refused else next(outcomes)
        if isinstance(outcome, Failure):
            kept = (last_good or {}).get(label)
            fate = "left out" if kept is None else "showing its last good version"
            trace = outcome.trace and f"extracting {label} failed:\n{outcome.trace}"
            report(Message("error", f"{label}: {outcome.reason}; {fate}", trace))
            loaded.bad.append(label)
            if kept is None:
                continue
            outcome = kept
        for warning in outcome.warnings:
            report(Message("warning", f"{label}: {warning}"))
        good[label] = outcome
        loaded.articles.append(outcome)
    if last_good is not None:
        last_good.clear()
        last_good.update(good)
    return loaded


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the block (loading and rendering), then restore it.

    Extraction and rendering make millions of small objects that reference counting frees;
    meanwhile the cyclic collector would walk the whole heap (MkDocs' too) again and again:
    10-20% of the hook's time.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
