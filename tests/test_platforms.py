"""ProperDocs, the MkDocs 1.x fork, builds the same site as MkDocs from the same mkdocs.yml and hook.

A hedge against MkDocs 1.x ending (see README, "Platform"): every built file is the same,
byte for byte, once the generator's name and version in `<meta name="generator">` are set aside.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from projects import CORPUS_SITE_URL, corpus_seeds, make_project, mkdocs_build

GENERATOR_META = re.compile(rb'<meta name="generator" content="[^"]*">')


# A built file's bytes, without the generator's name and version.
def _normalised(path: Path) -> bytes:
    return GENERATOR_META.sub(b'<meta name="generator">', path.read_bytes())


# Every file of a built site by its site-relative path.
def _files(site: Path) -> dict[str, bytes]:
    return {path.relative_to(site).as_posix(): _normalised(path) for path in site.rglob("*") if path.is_file()}


@pytest.fixture(scope="module")
def properdocs_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The test corpus built by ProperDocs exactly as `corpus_site` is built by MkDocs."""
    project = make_project(tmp_path_factory.mktemp("properdocs"), corpus_seeds())
    result = mkdocs_build(
        project, "--strict", generator="properdocs", SITE_URL=CORPUS_SITE_URL, SITE_NAME="Fisheries desk"
    )
    assert result.returncode == 0, f"properdocs build failed:\n{result.stdout}\n{result.stderr}"
    return project / "site"


def test_properdocs_runs_the_hook(properdocs_site: Path) -> None:
    assert list((properdocs_site / "articles").glob("*/index.html"))
    assert (properdocs_site / "data" / "timeline.json").is_file()


def test_properdocs_and_mkdocs_build_the_same_files(corpus_site: Path, properdocs_site: Path) -> None:
    mkdocs_files, properdocs_files = _files(corpus_site), _files(properdocs_site)
    assert sorted(properdocs_files) == sorted(mkdocs_files)
    different = [path for path in mkdocs_files if mkdocs_files[path] != properdocs_files[path]]
    assert different == []


def test_the_generator_meta_is_what_differs(corpus_site: Path, properdocs_site: Path) -> None:
    mkdocs_meta = GENERATOR_META.search((corpus_site / "index.html").read_bytes())
    properdocs_meta = GENERATOR_META.search((properdocs_site / "index.html").read_bytes())
    assert mkdocs_meta is not None and b"mkdocs-1.6.1" in mkdocs_meta.group()
    assert properdocs_meta is not None and b"ProperDocs" in properdocs_meta.group()
