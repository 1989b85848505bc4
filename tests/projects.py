"""Throw-away MkDocs projects for build tests: a copy of the site config, docs and hooks, given seeds."""

from __future__ import annotations

import hashlib
import os
import posixpath
import shutil
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

ROOT = Path(__file__).resolve().parent.parent
CORPUS = Path(__file__).resolve().parent / "corpus"
# The address the corpus site is built for, so its sitemap, 404 page and timeline links can be checked.
CORPUS_SITE_URL = "https://newsroom.example.org/fisheries/"


def make_project(folder: Path, seeds: dict[str, bytes]) -> Path:
    """Return `folder` holding `mkdocs.yml`, `docs/`, `hooks/` and `seeds/` with `seeds` in it.

    A copy of the project's site config, docs and hooks with the given seed files.
    """
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    shutil.copytree(ROOT / "docs", folder / "docs")
    shutil.copytree(ROOT / "overrides", folder / "overrides")
    shutil.copytree(ROOT / "hooks", folder / "hooks", ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "seeds").mkdir()
    for name, content in seeds.items():
        (folder / "seeds" / name).write_bytes(content)
    return folder


def corpus_seeds() -> dict[str, bytes]:
    """Return the articles of `tests/corpus/` by file name.

    The hand-written test corpus as seed files.
    """
    return {path.name: path.read_bytes() for path in sorted(CORPUS.glob("*.txt"))}


def mkdocs_build(
    project: Path, *extra: str, config: str = "mkdocs.yml", generator: str = "mkdocs", **environment: str
) -> subprocess.CompletedProcess[str]:
    """Run `mkdocs build` in `project` and return the finished process.

    `mkdocs build` of a project, with extra arguments and environment variables; `generator`
    names another program with the same command line (`properdocs`).
    """
    return subprocess.run(
        [sys.executable, "-m", generator, "build", *extra, "-f", str(project / config)],
        cwd=project,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **environment},
        capture_output=True,
        text=True,
        check=False,
    )


class _Links(HTMLParser):
    """Collects `href` values and element ids of one page."""

    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "a" and found.get("href"):
            self.hrefs.append(str(found["href"]))
        if found.get("id"):
            self.ids.add(str(found["id"]))


def element_ids(page: Path) -> set[str]:
    """Return every `id` attribute value of an HTML page.

    The element ids of one built page.
    """
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser.ids


def broken_links(site: Path) -> list[str]:
    """Return `page → href` for every internal link of a built site that does not resolve.

    Relative links of every page (but 404.html) that lead nowhere or to a missing id.
    """
    parsed: dict[Path, _Links] = {}

    def links(page: Path) -> _Links:
        if page not in parsed:
            parsed[page] = _Links()
            parsed[page].feed(page.read_text(encoding="utf-8"))
        return parsed[page]

    broken: list[str] = []
    for page in site.rglob("*.html"):
        if page.name == "404.html":
            continue
        folder = page.parent.relative_to(site).as_posix()
        for href in links(page).hrefs:
            parts = urlsplit(href)
            if parts.scheme or parts.netloc or href.startswith("#"):
                continue
            path = site / posixpath.normpath(posixpath.join(folder, unquote(parts.path)))
            path = path / "index.html" if path.is_dir() else path
            if not path.is_file():
                broken.append(f"{page.relative_to(site)} → {href}")
            elif parts.fragment and path.suffix == ".html" and parts.fragment not in links(path).ids:
                broken.append(f"{page.relative_to(site)} → {href} (no such id)")
    return broken


def run_cli(*arguments: str) -> subprocess.CompletedProcess[str]:
    """Run the core's command line with `arguments`; never raises on failure.

    The command line (`python -m newsroom …`) as a user runs it from the project folder.
    """
    return subprocess.run(
        [sys.executable, "-m", "newsroom", *arguments],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT / "hooks")},
        capture_output=True,
        text=True,
        check=False,
    )


def fingerprint(folder: Path) -> dict[str, str]:
    """Map each path under `folder` to a digest of what it holds, its mode included.

    Every file and link under a folder with a hash of its content (links by their target, not followed).
    """
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
