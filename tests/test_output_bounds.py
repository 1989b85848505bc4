"""Output per seed is bounded: no seed of `hostile/output_cases.py` or `hostile/time_cases.py` writes
more than 60 times its own size into the built site (every file `mkdocs build` writes, beyond what a
one-line seed's site holds), and a seed twice as long writes a site at most about twice as large."""

from __future__ import annotations

from pathlib import Path

import pytest

from hostile import time_cases
from hostile.cases import Case
from hostile.output_cases import CASES, dated_sentences
from projects import make_project, mkdocs_build

# Paged listings and a timeline page per year cost a page's theme chrome (about 15 KB) per year or
# per page of a directory: a seed naming 24 years or 400 organisations writes about 57 times its size.
MAX_RATIO = 60
MAX_DOUBLING = 2.5


# Bytes of every file a build of these seeds writes.
def _site_size(folder: Path, seeds: dict[str, bytes]) -> int:
    folder.mkdir(exist_ok=True)
    project = make_project(folder, seeds)
    result = mkdocs_build(project, "--strict")
    assert result.returncode == 0, result.stderr
    return sum(path.stat().st_size for path in (project / "site").rglob("*") if path.is_file())


@pytest.fixture(scope="module")
def baseline(tmp_path_factory: pytest.TempPathFactory) -> int:
    return _site_size(tmp_path_factory.mktemp("baseline"), {"tiny.txt": b"The council met."})


@pytest.mark.parametrize("case", CASES + time_cases.CASES, ids=[case.name for case in CASES + time_cases.CASES])
def test_a_seed_writes_at_most_sixty_times_its_size(case: Case, baseline: int, tmp_path: Path) -> None:
    seed = sum(len(content) for content in case.files.values())
    assert 15_000 <= seed <= 30_000, f"{case.name}: {seed} bytes"
    written = _site_size(tmp_path, case.files) - baseline
    assert written <= MAX_RATIO * seed, f"{case.name}: {written} bytes from a {seed}-byte seed ({written / seed:.1f}×)"


def test_a_seed_twice_as_long_writes_at_most_about_twice_as_much(baseline: int, tmp_path: Path) -> None:
    short = dated_sentences(500).encode()
    long = dated_sentences(1000).encode()
    written = [_site_size(tmp_path / name, {"dated.txt": seed}) - baseline for name, seed in (("a", short), ("b", long))]
    assert written[1] <= MAX_DOUBLING * written[0], written
