"""`export-pages` writes the generated site as plain files that MkDocs builds without the hook."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from projects import CORPUS, CORPUS_SITE_URL, ROOT, broken_links, corpus_seeds, mkdocs_build, run_cli


def export(folder: Path, *extra: str, seeds: Path = CORPUS) -> subprocess.CompletedProcess[str]:
    return run_cli("export-pages", str(folder), "--seeds", str(seeds), *extra)


# The project's config without the hook, reading its pages from `docs_dir`.
def plain_config(docs_dir: Path) -> str:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"^hooks:\n(?:  - .*\n)+", "", config, flags=re.MULTILINE)
    config = re.sub(r"^watch:\n(?:  - .*\n)+", "", config, flags=re.MULTILINE)
    assert "hooks" not in config and "microsite.py" not in config
    return config + f"\ndocs_dir: {docs_dir.as_posix()}\n"


# Every file of a built site but the search index, which the hook alone folds.
def site_files(site: Path) -> list[str]:
    return sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file() and "search/" not in p.as_posix())


# The page body MkDocs rendered, without the navigation that lists the pages.
def article_body(html: str) -> str:
    return html.split('<article class="md-content__inner md-typeset">', 1)[1].split("</article>", 1)[0]


@pytest.fixture(scope="module")
def plain_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("plain")
    seeds, pages = root / "seeds", root / "pages"
    seeds.mkdir()
    for name, content in corpus_seeds().items():
        (seeds / name).write_bytes(content)
    result = export(pages, "--docs", str(ROOT / "docs"), "--site-name", "Fisheries desk", "--site-url", CORPUS_SITE_URL, seeds=seeds)
    assert result.returncode == 0, result.stderr
    (root / "mkdocs.yml").write_text(plain_config(pages), encoding="utf-8")
    shutil.copytree(ROOT / "overrides", root / "overrides")
    build = mkdocs_build(root, "--strict", SITE_URL=CORPUS_SITE_URL, SITE_NAME="Fisheries desk")
    assert build.returncode == 0, f"{build.stdout}\n{build.stderr}"
    return root / "site"


def test_plain_mkdocs_builds_the_same_pages_and_data(plain_site: Path, corpus_site: Path) -> None:
    assert site_files(plain_site) == site_files(corpus_site)
    assert "organisers/pac/index.html" in site_files(plain_site)
    assert "data/timeline.json" in site_files(plain_site)


def test_plain_pages_match_the_hooked_pages(plain_site: Path, corpus_site: Path) -> None:
    for page in corpus_site.rglob("index.html"):
        relative = page.relative_to(corpus_site)
        assert article_body((plain_site / relative).read_text(encoding="utf-8")) == article_body(
            page.read_text(encoding="utf-8")
        ), relative
    for data in ("extraction.json", "timeline.json", "quotes.csv", "organisations.csv", "events.csv"):
        assert (plain_site / "data" / data).read_bytes() == (corpus_site / "data" / data).read_bytes(), data
    assert broken_links(plain_site) == []


def test_export_refuses_a_folder_with_other_files(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    result = export(tmp_path)
    assert result.returncode == 1
    assert "not empty" in result.stderr and "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.txt"]


def test_export_refuses_the_seeds_folder(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("The bridge reopened on Friday.\n", encoding="utf-8")
    result = export(seeds / "out", seeds=seeds)
    assert result.returncode == 1 and "must not" in result.stderr
    assert sorted(p.name for p in seeds.iterdir()) == ["a.txt"]


def test_export_again_replaces_the_previous_export(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "bridge.txt").write_text("The bridge reopened on Friday.\n", encoding="utf-8")
    out = tmp_path / "out"
    assert export(out, seeds=seeds).returncode == 0
    assert (out / "articles/bridge.md").is_file()
    (seeds / "bridge.txt").rename(seeds / "ferry.txt")
    assert export(out, seeds=seeds).returncode == 0
    assert (out / "articles/ferry.md").is_file() and not (out / "articles/bridge.md").exists()
