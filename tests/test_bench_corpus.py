"""The benchmark's generated corpus: deterministic, article-sized, and full of what the extractors find."""

from __future__ import annotations

from pathlib import Path

from bench.corpus import WORDS_PER_ARTICLE, write_corpus
from bench.projects import corpus, hooks_project, plain_project
from newsroom import load_article
from projects import mkdocs_build


def test_same_seed_same_files(tmp_path: Path) -> None:
    first = write_corpus(tmp_path / "a", 5, seed=3)
    second = write_corpus(tmp_path / "b", 5, seed=3)
    other = write_corpus(tmp_path / "c", 5, seed=4)
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    assert [p.read_bytes() for p in first] != [p.read_bytes() for p in other]


def test_articles_are_news_sized_and_give_the_extractors_work(tmp_path: Path) -> None:
    for path in write_corpus(tmp_path, 8):
        assert WORDS_PER_ARTICLE <= len(path.read_text(encoding="utf-8").split()) < WORDS_PER_ARTICLE + 150
        article = load_article(path, path.name)
        assert "{" not in article.text  # every template slot was filled
        assert len(article.quotes) >= 3
        assert len({quote.speaker.name for quote in article.quotes if quote.speaker}) >= 2
        assert len(article.organisations) >= 4
        assert any(event.date for event in article.events)
        assert article.published is not None


def test_benchmark_projects_build_strict_with_the_same_pages(tmp_path: Path) -> None:
    seeds = corpus(tmp_path, 3)
    sites = {}
    for name, config in (("hooks", hooks_project(tmp_path, seeds)), ("plain", plain_project(tmp_path, seeds))):
        sites[name] = tmp_path / f"{name}-site"
        result = mkdocs_build(config.parent, "--strict", "--site-dir", str(sites[name]))
        assert result.returncode == 0, result.stderr
    pages = {name: sorted(p.relative_to(site).as_posix() for p in site.rglob("*.html")) for name, site in sites.items()}
    assert pages["hooks"] == pages["plain"]
