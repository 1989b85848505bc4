"""Throw-away MkDocs projects: the real config, docs and hooks with seed files of a test's choosing."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


# A copy of the project's site config, docs and hooks with the given seed files.
def make_project(folder: Path, seeds: dict[str, bytes]) -> Path:
    """Lay out a project in `folder` whose `seeds/` holds `seeds` (name → bytes)."""
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", folder / "docs")
    shutil.copytree(ROOT / "hooks", folder / "hooks", ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "seeds").mkdir()
    for name, content in seeds.items():
        (folder / "seeds" / name).write_bytes(content)
    return folder


# `mkdocs build` of a project, as a user runs it.
def build(project: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Run `mkdocs build` with `extra` arguments; never raises on failure."""
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", *extra, "-f", str(project / "mkdocs.yml")],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        check=False,
    )


# Every file and link under a folder with a hash of its content (links by their target, not followed).
def fingerprint(folder: Path) -> dict[str, str]:
    """Map each path under `folder` to a digest of what it holds, its mode included."""
    found: dict[str, str] = {}
    for path in sorted(folder.rglob("*")):
        key = path.relative_to(folder).as_posix()
        mode = path.lstat().st_mode
        if path.is_symlink():
            found[key] = f"link {os.readlink(path)}"
        elif path.is_dir():
            found[key] = f"dir {mode:o}"
        elif not path.is_file():  # a named pipe: reading it would wait forever
            found[key] = f"special {mode:o}"
        else:
            try:
                found[key] = f"{mode:o} {hashlib.sha256(path.read_bytes()).hexdigest()}"
            except OSError:
                found[key] = f"{mode:o} unreadable {path.stat().st_size} {path.stat().st_mtime_ns}"
    return found
