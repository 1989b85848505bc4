"""Write the generated site into a folder of Markdown pages and data files.

The folder can be built by any static site generator that reads MkDocs'
layout without running hooks (plain `mkdocs build`, Zensical). Hand-written
pages (`docs/`) can be copied in first; generated files win, as in the hook.

Safety: the folder must be empty, new, or a previous export (it then holds a
`.newsroom-export` list of the files written last time, which are removed
first). It may not lie inside the seeds or docs folder.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from .pipeline import load_article
from .read import discover_seeds
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


# Seeds → files in `folder`; returns the docs-relative paths written.
def export_pages(
    folder: Path,
    seeds: Path,
    docs: Path | None = None,
    site_name: str = "News microsite",
    site_url: str | None = None,
) -> list[str]:
    """Write every generated page and data file (and `docs` first, if given) into `folder`."""
    _check_folder(folder, [seeds, *([docs] if docs else [])])
    articles = [load_article(path, f"{seeds.name}/{path.name}") for path in discover_seeds(seeds)]
    files = site_files(articles, site_name=site_name, site_url=site_url)
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
    return sorted(written)
