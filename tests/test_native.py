"""The compiled extractors: used only when current, and equal to plain Python."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

import native
from bench.corpus import write_corpus

ROOT = Path(__file__).resolve().parent.parent

# Extracts every seed named on the command line; prints where the extractors came from, then each article.
_EXTRACT_ALL = """
import sys
import native
from pathlib import Path
from newsroom.extract import text
from newsroom.pipeline import extract_bytes
print(text.__file__)
for name in sys.argv[1:]:
    path = Path(name)
    print(repr(extract_bytes(path.read_bytes(), f"seeds/{path.name}", path.stem)))
"""


# A package of one module and its digest recorded in a build folder.
def _fake_build(tmp_path: Path) -> tuple[Path, Path]:
    package, build = tmp_path / "newsroom", tmp_path / "build"
    package.mkdir()
    (package / "rules.py").write_text("WORDS = ['said']\n")
    build.mkdir()
    (build / "digest").write_text(native.source_digest(package) + "\n")
    return package, build


def test_a_build_of_the_current_sources_is_current(tmp_path: Path) -> None:
    package, build = _fake_build(tmp_path)
    assert native.is_current(build, package)


@pytest.mark.parametrize(
    "edit",
    [
        lambda package: (package / "rules.py").write_text("WORDS = ['said', 'told']\n"),
        lambda package: (package / "more.py").write_text(""),
        lambda package: (package / "rules.py").rename(package / "renamed.py"),
    ],
    ids=["edited", "added", "renamed"],
)
def test_any_change_to_the_package_makes_the_build_stale(tmp_path: Path, edit: Callable[[Path], object]) -> None:
    package, build = _fake_build(tmp_path)
    edit(package)
    assert not native.is_current(build, package)
    assert not native.activate(build, package)
    assert str(build) not in sys.path


def test_a_build_without_a_digest_is_never_used(tmp_path: Path) -> None:
    package, build = _fake_build(tmp_path)
    (build / "digest").unlink()  # as when compiling stopped half-way
    assert not native.activate(build, package)


def test_once_newsroom_is_imported_the_other_copy_is_not_switched_in(tmp_path: Path) -> None:
    package, build = _fake_build(tmp_path)
    import newsroom  # noqa: F401  (already imported by the other tests; here to be sure)

    assert not native.activate(build, package)  # this pytest process loaded `newsroom` from elsewhere
    assert str(build) not in sys.path


def _extract_in_child(seeds: list[Path], compiled: bool) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "hooks"), "NEWSROOM_NATIVE": "1" if compiled else "0"}
    done = subprocess.run(
        [sys.executable, "-c", _EXTRACT_ALL, *map(str, seeds)], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout.splitlines()


@pytest.mark.skipif(not native.is_current(), reason="no current compiled build: run `make native`")
def test_compiled_extractors_give_the_same_articles_as_plain_python(tmp_path: Path) -> None:
    write_corpus(tmp_path, 40)
    seeds = [
        *sorted((ROOT / "seeds").glob("*.txt")),
        *sorted((ROOT / "tests" / "eval" / "articles").glob("*.txt")),
        *sorted((ROOT / "tests" / "corpus").glob("*.txt")),
        *sorted(tmp_path.glob("*.txt")),
    ]
    compiled, plain = _extract_in_child(seeds, compiled=True), _extract_in_child(seeds, compiled=False)
    assert compiled[0].endswith(".so") and Path(compiled[0]).is_relative_to(native.BUILD)
    assert plain[0] == str(ROOT / "hooks" / "newsroom" / "extract" / "text.py")
    assert len(compiled) == len(seeds) + 1
    assert compiled[1:] == plain[1:]


def test_a_failed_compile_says_so_and_leaves_plain_python(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    package, target = tmp_path / "newsroom", tmp_path / "build" / "native"
    (package / "extract").mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "extract" / "__init__.py").write_text("COUNT: int = 'three'\n")  # mypyc refuses a type error
    assert not native.compile_extractors(target, package)
    said = capsys.readouterr().out
    assert "could not compile the extractors; they run as plain Python" in said
    assert "incompatible types" in said.lower()
    assert not target.exists()  # no half-built copy left
    assert [path.name for path in target.parent.iterdir()] == ["native.failed"]
    # Until the sources change, later runs say so at once instead of compiling again.
    assert not native.compile_extractors(target, package)
    assert "compiling failed before" in capsys.readouterr().out
    (package / "extract" / "__init__.py").write_text("COUNT: int = 3\n")
    assert not native.is_current(target, package)
