"""Write the generated site into a folder of Markdown pages and data files.

The folder can be built by any static site generator that reads MkDocs'
layout without running hooks (plain `mkdocs build`, Zensical). Hand-written
pages (`docs/`) can be copied in first; generated files win, as in the hook.

A bad seed is reported and left out as in the hook (see `newsroom.load`); the
caller learns which seeds were bad and decides the exit status.

Safety: the folder must be empty, new, or a previous export (it then holds a
`.newsroom-export` list of the files written last time, which are removed
first). It may not lie inside the seeds or docs folder.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from .load import Report, cyclic_gc_paused, load_folder
from .site import site_files

MARKER = ".newsroom-export"


class FolderError(Exception):
    """The output folder cannot be used (not empty, or inside the seeds or docs folder)."""


# Refuse folders that hold someone's files, or sit where seeds and hand-written pages live.
def _check_folder(folder: Path, protected: list[Path]) -> None:
    resolved = folder.resolve()
    for kept in protected:
        kept = kept.resolve()
        if resolved == kept or kept in resolved.parents or resolved in kept.parents:
            raise FolderError(f"{folder}: must not contain or lie inside {kept}")
    if folder.exists() and (not folder.is_dir() or (any(folder.iterdir()) and not (folder / MARKER).is_file())):
        raise FolderError(f"{folder}: not empty and not a previous export; choose a new or empty folder")


# Remove what the previous export wrote (only files listed in its marker, only inside the folder).
def _remove_previous(folder: Path) -> None:
    marker = folder / MARKER
    if not marker.is_file():
        return
    root = folder.resolve()
    for line in marker.read_text(encoding="utf-8").splitlines():
        path = (folder / line).resolve()
        if line and root in path.parents and path.is_file():
            path.unlink()
    for directory in sorted((p for p in folder.rglob("*") if p.is_dir()), key=lambda p: -len(p.parts)):
        if not any(directory.iterdir()):
            directory.rmdir()


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
) -> Exported:
    """Write every generated page and data file (and `docs` first, if given) into `folder`.

    Seeds are read by `newsroom.load`, which tells `report` about each bad seed and leaves it out.
    """
    _check_folder(folder, [seeds, *([docs] if docs else [])])
    with cyclic_gc_paused():
        loaded = load_folder(seeds, report)
        files = site_files(loaded.articles, site_name=site_name, site_url=site_url)
    _remove_previous(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[str] = []
    if docs is not None:
        for source in sorted(p for p in docs.rglob("*") if p.is_file()):
            relative = source.relative_to(docs).as_posix()
            if relative not in files:
                (folder / relative).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, folder / relative)
                written.append(relative)
    for relative, text in files.items():
        target = folder / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="")
        written.append(relative)
    (folder / MARKER).write_text("".join(f"{path}\n" for path in sorted(written)), encoding="utf-8")
    return Exported(sorted(written), loaded.bad)
