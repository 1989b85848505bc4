"""`pip install .` gives a working `newsroom` command, and the hook runs on the installed core.

The package is installed into a new virtual environment that sees this environment's packages
(a `.pth` file) instead of downloading them, so the test needs no network and takes seconds.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from projects import ROOT

SEED = ROOT / "seeds" / "celac-china-forum.txt"
# What a project holds of `hooks/` when the core is installed: the hook and the MkDocs adapter it imports.
HOOK_FILES = ("microsite.py", "microsite_adapter.py")


# Run a program of the new environment from `folder`, never with the checkout on the import path.
def _run(program: Path, *arguments: str, folder: Path) -> subprocess.CompletedProcess[str]:
    environment = {name: value for name, value in os.environ.items() if name != "PYTHONPATH"}
    environment["NO_MKDOCS_2_WARNING"] = "1"
    return subprocess.run(
        [str(program), *arguments], cwd=folder, env=environment, capture_output=True, text=True, check=False
    )


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Install a copy of the project (what `pip install .` reads) into a new venv; return its `bin/`."""
    work = tmp_path_factory.mktemp("install")
    source = work / "source"
    source.mkdir()
    for name in ("pyproject.toml", "requirements.txt", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(ROOT / "hooks", source / "hooks", ignore=shutil.ignore_patterns("__pycache__"))
    venv = work / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    site_packages = next((venv / "lib").glob("python3*/site-packages"))
    (site_packages / "project.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    pip = [sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "--quiet"]
    done = subprocess.run(
        [*pip, "--no-deps", "--no-build-isolation", "--no-index", str(source)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return venv / "bin"


def test_the_installed_core_is_imported_from_the_new_environment(installed: Path, tmp_path: Path) -> None:
    done = _run(installed / "python", "-c", "import newsroom; print(newsroom.__file__)", folder=tmp_path)
    assert done.returncode == 0, done.stderr
    assert Path(done.stdout.strip()).is_relative_to(installed.parent)


def test_newsroom_extract_prints_the_extraction(installed: Path, tmp_path: Path) -> None:
    done = _run(installed / "newsroom", "extract", str(SEED), folder=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "Bárcena" in json.dumps(json.loads(done.stdout), ensure_ascii=False)


def test_newsroom_export_pages_writes_the_site(installed: Path, tmp_path: Path) -> None:
    done = _run(
        installed / "newsroom", "export-pages", "out", "--seeds", str(SEED.parent), "--docs", str(ROOT / "docs"),
        folder=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "index.md").is_file()
    assert (tmp_path / "out" / "about.md").is_file()
    assert list((tmp_path / "out" / "articles").glob("*.md"))


def test_the_hook_files_alone_build_the_site_with_the_installed_core(installed: Path, tmp_path: Path) -> None:
    for name in ("mkdocs.yml", "docs", "overrides", "seeds"):
        copy = shutil.copytree if (ROOT / name).is_dir() else shutil.copy
        copy(ROOT / name, tmp_path / name)
    (tmp_path / "hooks").mkdir()
    for hook in HOOK_FILES:
        shutil.copy(ROOT / "hooks" / hook, tmp_path / "hooks" / hook)
    done = _run(installed / "python", "-m", "mkdocs", "build", "--strict", folder=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "site" / "articles" / SEED.stem / "index.html").is_file()
