"""The MkDocs hook on small throw-away projects: bad seeds, seed warnings, generated files only."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsroom.options import Options, OptionsError, read_options
from newsroom.workers import MINIMUM_ITEMS
from projects import ROOT, fingerprint, make_project, mkdocs_build

# Enough seeds that a cold build extracts and renders them in worker processes.
WORKER_SEEDS = MINIMUM_ITEMS + 6


def test_bad_seed_is_left_out_with_an_error_and_fails_strict(tmp_path: Path) -> None:
    project = make_project(
        tmp_path, {"broken.txt": b"---\ntitle: [unclosed\n---\nText.\n", "good.txt": b"The bridge reopened.\n"}
    )
    relaxed = mkdocs_build(project)
    assert relaxed.returncode == 0, relaxed.stderr
    assert "ERROR   -  newsroom: seeds/broken.txt: has malformed YAML front matter" in relaxed.stderr
    assert (project / "site/articles/good/index.html").is_file()
    assert not (project / "site/articles/broken").exists()
    strict = mkdocs_build(project, "--strict")
    assert strict.returncode != 0
    assert "seeds/broken.txt" in strict.stderr
    assert "Traceback" not in relaxed.stderr + strict.stderr


def test_seed_warning_is_logged_and_fails_strict(tmp_path: Path) -> None:
    seed = "---\ntitle: Bridge reopens\nbyline: someone\n---\nThe bridge reopened on Friday.\n"
    project = make_project(tmp_path, {"bridge.txt": seed.encode()})
    relaxed = mkdocs_build(project)
    assert relaxed.returncode == 0, relaxed.stderr
    assert "WARNING" in relaxed.stderr
    assert "seeds/bridge.txt" in relaxed.stderr
    assert mkdocs_build(project, "--strict").returncode != 0


def test_pages_are_generated_not_written_to_docs(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"bridge.txt": b"The bridge reopened on Friday.\n"})
    before = sorted(p.relative_to(project).as_posix() for p in (project / "docs").rglob("*"))
    result = mkdocs_build(project, "--strict")
    assert result.returncode == 0, result.stderr
    assert "newsroom: 1 articles" in result.stderr
    assert (project / "site/articles/bridge/index.html").is_file()
    assert (project / "site/data/extraction.json").is_file()
    assert sorted(p.relative_to(project).as_posix() for p in (project / "docs").rglob("*")) == before
    assert sorted(p.name for p in (project / "seeds").iterdir()) == ["bridge.txt"]


def test_empty_seeds_folder_still_builds(tmp_path: Path) -> None:
    result = mkdocs_build(make_project(tmp_path, {}), "--strict")
    assert result.returncode == 0, result.stderr


# A second article of our own, dropped beside the real one: its own pages, no code change.
SECOND_ARTICLE = """---
title: Coastal towns agree flood pact
published: 2023-05-12
---

LISBON, Portugal — Mayors of 14 coastal towns signed a flood-defence pact on Wednesday, the Atlantic Coast Municipal Network (ACMN) said.

The summit was hosted by the ACMN with the Institute of Marine Engineering and the Harbour Workers' Federation. It was also funded by the Tagus Valley Development Bank.

"We cannot wait for the next storm to decide who pays," said Marta Sequeira, the network's president.

Sequeira said that the first sea walls would be finished by 2026.
"""


def test_second_article_gets_its_own_pages(tmp_path: Path) -> None:
    project = make_project(
        tmp_path,
        {
            "celac-china-forum.txt": (ROOT / "seeds/celac-china-forum.txt").read_bytes(),
            "coastal-flood-pact.txt": SECOND_ARTICLE.encode(),
        },
    )
    result = mkdocs_build(project, "--strict")
    assert result.returncode == 0, result.stderr
    site = project / "site"
    assert (site / "articles/coastal-flood-pact/index.html").is_file()
    assert (site / "speakers/marta-sequeira/index.html").is_file()
    assert (site / "organisers/acmn/index.html").is_file()
    organisers = (site / "organisers/index.html").read_text(encoding="utf-8")
    assert "Institute of Marine Engineering" in organisers and "Tagus Valley Development Bank" in organisers
    timeline = "".join(page.read_text(encoding="utf-8") for page in (site / "timeline").glob("*/index.html"))
    assert "articles/coastal-flood-pact/#p1" in timeline and "articles/coastal-flood-pact/#p4" in timeline


# `extra: newsroom: workers:` set to `value` in a copied project.
def _with_workers(project: Path, value: str) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("    seeds: seeds\n", f"    seeds: seeds\n    workers: {value}\n"), encoding="utf-8")


def test_site_is_the_same_built_in_worker_processes_or_in_one(tmp_path: Path) -> None:
    seeds = {
        f"story-{n:03d}.txt": f"“Pier {n} opens on 3 May 2024,” said Rosa Lind of the Quay Trust.\n".encode()
        for n in range(WORKER_SEEDS)
    }
    sites = []
    for workers in ("1", "2"):
        (tmp_path / workers).mkdir()
        project = make_project(tmp_path / workers, seeds)
        _with_workers(project, workers)
        result = mkdocs_build(project, "--strict")
        assert result.returncode == 0, result.stderr
        sites.append(fingerprint(project / "site"))
    assert sites[0] == sites[1]


def test_bad_workers_option_is_a_clear_error(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"bridge.txt": b"The bridge reopened on Friday.\n"})
    _with_workers(project, "many")
    result = mkdocs_build(project)
    assert result.returncode != 0
    assert "`workers` must be a whole number of processes, 1 or more (got 'many')" in result.stderr
    assert "Traceback" not in result.stderr


def test_options_default_and_read() -> None:
    assert read_options(None) == read_options({"newsroom": None}) == Options("seeds", None)
    assert read_options({"newsroom": {"seeds": "news", "workers": 1, "seed_seconds": 2}}) == Options("news", 1, 2.0)


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"newsroom": ["seeds"]}, "`extra: newsroom:` must be a mapping of options"),
        ({"newsroom": {"workers": 0}}, r"`workers` must be a whole number of processes, 1 or more \(got 0\)"),
        ({"newsroom": {"workers": True}}, r"\(got True\)"),
    ],
)
def test_unusable_options_are_refused(extra: dict[str, Any], message: str) -> None:
    with pytest.raises(OptionsError, match=message):
        read_options(extra)
