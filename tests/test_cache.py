"""The content-hash cache: a rebuild re-extracts only the seeds that changed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files

import newsroom.cache
import newsroom.pipeline
from newsroom.cache import ArticleCache, Failure, content_key
from newsroom.model import Article
from newsroom.read import Source

ARCHIVE_SIZE = 1_000
HOOK = Path(__file__).resolve().parent.parent / "hooks" / "microsite.py"


# A site config over `seeds/` in a temporary project that loads the real hook file, and an
# empty cache for the loader (MkDocs loads a hook file once per process, as `mkdocs serve` relies on).
def _config(project: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[MkDocsConfig, ArticleCache]:
    (project / "docs").mkdir(exist_ok=True)
    (project / "mkdocs.yml").write_text(
        f"site_name: Cache test\nuse_directory_urls: true\nhooks:\n  - {HOOK}\n"
        "extra:\n  newsroom:\n    seeds: seeds\n",
        encoding="utf-8",
    )
    cache = ArticleCache()
    monkeypatch.setattr(newsroom.cache, "ARTICLES", cache)
    return load_config(str(project / "mkdocs.yml")), cache


# Short seeds of our own; each has a quote, a speaker, an organisation and a date to extract.
def _write_seeds(folder: Path, count: int) -> None:
    folder.mkdir()
    for number in range(count):
        (folder / f"story-{number:04d}.txt").write_text(
            f"“Bridge {number} reopens on Monday,” said Ana Costa of the Harbour Council.\n\n"
            f"The Harbour Council approved the repairs on 3 May 2024.\n",
            encoding="utf-8",
        )


@pytest.fixture
def extractions(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The seed label of every extraction run during the test, in order.

    Replace the extractor with one that counts its calls and still extracts.
    """
    calls: list[str] = []
    real: Callable[[Source, float | None], Article] = newsroom.pipeline.extract  # type: ignore[attr-defined]

    def counting(source: Source, seconds: float | None = None) -> Article:
        calls.append(source.seed)
        return real(source, seconds)

    monkeypatch.setattr(newsroom.pipeline, "extract", counting)
    return calls


# Run the `on_files` event as a build does and return the generated article pages (not the articles listing).
def _build(config: MkDocsConfig) -> dict[str, str]:
    files = config.plugins.on_files(Files([]), config=config)
    return {
        file.src_uri: file.content_string
        for file in files
        if file.src_uri.startswith("articles/") and file.src_uri.count("/") == 1 and file.src_uri != "articles/index.md"
    }


def test_rebuild_after_editing_one_seed_extracts_only_that_seed(tmp_path: Path, extractions: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _write_seeds(tmp_path / "seeds", ARCHIVE_SIZE)
    config, cache = _config(tmp_path, monkeypatch)
    first = _build(config)  # a cold build: extracted in worker processes, whose calls this list never sees
    assert len(first) == ARCHIVE_SIZE
    assert len(cache) == ARCHIVE_SIZE
    before = len(extractions)

    edited = tmp_path / "seeds" / "story-0500.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThe ferry stops on 9 May 2024.\n", encoding="utf-8")
    second = _build(config)
    assert extractions[before:] == ["seeds/story-0500.txt"]  # one seed: extracted here, in this process
    assert "ferry stops" in second["articles/story-0500.md"]
    assert second["articles/story-0499.md"] == first["articles/story-0499.md"]
    assert len(cache) == ARCHIVE_SIZE  # the edited seed's old article is forgotten

    _build(config)
    assert len(extractions) == before + 1  # nothing changed: nothing extracted


def test_new_renamed_and_deleted_seeds(tmp_path: Path, extractions: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    _write_seeds(tmp_path / "seeds", 3)
    config, cache = _config(tmp_path, monkeypatch)
    _build(config)
    seeds = tmp_path / "seeds"
    (seeds / "story-0000.txt").rename(seeds / "renamed.txt")  # same bytes, new name and page: extracted
    (seeds / "story-0001.txt").unlink()
    pages = _build(config)
    assert extractions[3:] == ["seeds/renamed.txt"]
    assert sorted(pages) == ["articles/renamed.md", "articles/story-0002.md"]
    assert len(cache) == 2  # the deleted and the renamed seed's old article are forgotten


def test_seed_that_fails_is_not_cached(tmp_path: Path) -> None:
    cache = ArticleCache()
    bad, good = tmp_path / "bad.txt", tmp_path / "good.txt"
    bad.write_bytes(b"---\ntitle: [unclosed\n---\nText.\n")
    good.write_bytes(b"The port reopened.")
    for _ in range(2):
        outcomes = cache.load_all([(bad, "seeds/bad.txt"), (good, "seeds/good.txt")])
        assert outcomes[0] == Failure("has malformed YAML front matter (line 3)")
        assert isinstance(outcomes[1], Article)
        assert len(cache) == 1


def test_key_depends_on_bytes_and_name() -> None:
    key = content_key(b"text", "seeds/a.txt", "a")
    assert key == content_key(b"text", "seeds/a.txt", "a")
    assert key != content_key(b"text.", "seeds/a.txt", "a")
    assert key != content_key(b"text", "seeds/b.txt", "b")
    assert content_key(b"", "ab", "c") != content_key(b"", "a", "bc")
