"""Write the generated site into a folder of Markdown pages and data files.

The folder can be built by any static site generator that reads MkDocs'
layout without running hooks (plain `mkdocs build`, Zensical). Hand-written
pages (`docs/`) can be copied in first; generated files win, as in the hook.

A bad seed is reported and left out as in the hook (see `newsroom.load`); the
caller learns which seeds were bad and decides the exit status.

Safety: the folder must be empty, new, or a previous export (it then holds a
`.newsroom-export` list of the files written last time, which are removed
first). It may not lie inside the seeds or docs folder, and may hold no
symbolic link (the marker, a sub-folder or a file): an export never writes or
deletes through a link, so it cannot touch a file outside the folder.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from .corrections import Applied, correct_articles
from .load import Report, cyclic_gc_paused, load_folder
from .site import build_site

MARKER = ".newsroom-export"


class FolderError(Exception):
    """The output folder cannot be used (not empty, inside the seeds or docs folder, holding a link)."""


# Refuse folders that hold someone's files or a link, or sit where seeds and hand-written pages live.
def _check_folder(folder: Path, protected: list[Path]) -> None:
    resolved = folder.resolve()
    for kept in protected:
        kept = kept.resolve()
        if resolved == kept or kept in resolved.parents or resolved in kept.parents:
            raise FolderError(f"{folder}: must not contain or lie inside {kept}")
    links = [folder / MARKER] if (folder / MARKER).is_symlink() else []
    if not links and folder.exists():
        if not folder.is_dir() or (any(folder.iterdir()) and not _is_regular(folder / MARKER)):
            raise FolderError(f"{folder}: not empty and not a previous export; choose a new or empty folder")
        links = [Path(path, name) for path, folders, names in os.walk(folder) for name in [*folders, *names]
                 if os.path.islink(os.path.join(path, name))]
    if links:
        raise FolderError(f"{links[0]}: is a symbolic link, which an export never writes or deletes through; "
                          "remove it or choose a new folder")


# Whether `path` is a regular file itself, not a link to one.
def _is_regular(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.lstat().st_mode)
    except OSError:
        return False


# Remove what the previous export wrote (only regular files listed in its marker, only inside the folder).
def _remove_previous(folder: Path) -> None:
    marker = folder / MARKER
    if not _is_regular(marker):
        return
    for line in marker.read_text(encoding="utf-8").splitlines():
        relative = PurePosixPath(line)
        if line and not relative.is_absolute() and ".." not in relative.parts and _is_regular(folder / relative):
            (folder / relative).unlink()
    for path, _, _ in os.walk(folder, topdown=False):
        if path != str(folder) and not os.listdir(path):
            os.rmdir(path)


# Write a new file, never through a link (a link in its place makes the write fail).
def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_NOFOLLOW", 0), 0o666)
    with open(descriptor, "wb") as stream:
        stream.write(data)


@dataclass(frozen=True)
class Exported:
    """What `export_pages` did: the docs-relative paths written, and the labels of the bad seeds left out."""

    written: list[str]
    bad: list[str]


def export_pages(
    folder: Path,
    seeds: Path,
    report: Report,
    docs: Path | None = None,
    site_name: str = "News microsite",
    site_url: str | None = None,
    seconds: float | None = None,
    corrections: Path | None = None,
) -> Exported:
    """Write every generated page and data file (and `docs` first, if given) into `folder`.

    Seeds are read by `newsroom.load` (each extraction stopped after `seconds`), which tells
    `report` about each bad seed and leaves it out; a seed whose pages cannot be made is left
    out too (`newsroom.site.build_site`). The editor's `corrections` file, when given, is
    applied as the MkDocs hook applies it. Raises `FolderError` for an unusable folder and
    `SeedsFolderError` for an unreadable seeds folder, before anything is written.
    """
    _check_folder(folder, [seeds, *([docs] if docs else [])])
    with cyclic_gc_paused():
        loaded = load_folder(seeds, report, seconds=seconds)
        applied = correct_articles(loaded.articles, corrections, report) if corrections else Applied(loaded.articles, [])
        site = build_site(applied.articles, report, site_name, site_url, steering=applied.steering)
    _remove_previous(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    if docs is not None:
        for source in sorted(p for p in docs.rglob("*") if p.is_file()):
            relative = source.relative_to(docs).as_posix()
            if relative not in site.files:
                _write(folder / relative, source.read_bytes())
                written.append(relative)
    for relative, text in site.files.items():
        _write(folder / relative, text.encode("utf-8"))
        written.append(relative)
    _write(folder / MARKER, "".join(f"{path}\n" for path in sorted(written)).encode("utf-8"))
    return Exported(sorted(written), [*loaded.bad, *site.bad])
