"""Shared fixtures: the repository root and one strict build of the real site."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from projects import CORPUS_SITE_URL, corpus_seeds, make_project, mkdocs_build

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the site from `seeds/` with `mkdocs build --strict` into a temporary folder."""
    site = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-f",
            str(ROOT / "mkdocs.yml"),
            "--site-dir",
            str(site),
        ],
        cwd=ROOT,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}"
    return site


@pytest.fixture(scope="session")
def corpus_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the six-article test corpus with the hook (`--strict`, `SITE_URL` set); return its site folder."""
    project = make_project(tmp_path_factory.mktemp("corpus"), corpus_seeds())
    result = mkdocs_build(project, "--strict", SITE_URL=CORPUS_SITE_URL, SITE_NAME="Fisheries desk")
    assert result.returncode == 0, f"corpus build failed:\n{result.stdout}\n{result.stderr}"
    return project / "site"
