"""The offline build (Material's `offline` plugin, as `make offline` turns it on): pages link to files.

Without directory URLs MkDocs writes `articles/x.html`, not `articles/x/index.html`; the hook
points the generated pages' folder links at those files, since from disk a folder is no page.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from projects import broken_links, corpus_seeds, make_project, mkdocs_build

HREF = re.compile(r'href="([^"]*)"')
# A relative link to a folder: opened from disk, a file listing rather than a page.
FOLDER = re.compile(r"[^:?#]*/(#.*)?$")


@pytest.fixture(scope="module")
def offline_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test corpus built with `offline.yml` and the offline plugin on, as `make offline` does."""
    project = make_project(tmp_path_factory.mktemp("offline"), corpus_seeds())
    (project / "offline.yml").write_bytes((Path(__file__).parent.parent / "offline.yml").read_bytes())
    result = mkdocs_build(project, "--strict", config="offline.yml", NEWSROOM_OFFLINE="true")
    assert result.returncode == 0, f"offline build failed:\n{result.stdout}\n{result.stderr}"
    return project / "site"


def test_pages_are_files_not_folders(offline_site: Path) -> None:
    assert (offline_site / "index.html").is_file()
    assert list((offline_site / "articles").glob("*.html"))
    assert not list(offline_site.glob("articles/*/index.html"))


def test_no_page_links_to_a_folder(offline_site: Path) -> None:
    folders = [
        f"{page.relative_to(offline_site)} → {href}"
        for page in offline_site.rglob("*.html")
        if page.name != "404.html"
        for href in HREF.findall(page.read_text(encoding="utf-8"))
        if FOLDER.match(href)
    ]
    assert folders == []


def test_every_link_and_anchor_resolves(offline_site: Path) -> None:
    assert broken_links(offline_site) == []


def test_search_index_is_inlined_and_the_worker_shim_is_local(offline_site: Path) -> None:
    assert (offline_site / "search" / "search_index.js").read_text(encoding="utf-8").startswith("var __index = ")
    home = (offline_site / "index.html").read_text(encoding="utf-8")
    assert 'src="assets/javascripts/iframe-worker-shim.js"' in home
    assert "unpkg.com" not in home
