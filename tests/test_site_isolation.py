"""A seed whose pages cannot be made is left out with one line, like a seed that cannot be read."""

from __future__ import annotations

from typing import Any

import pytest

import newsroom.render.pages
import newsroom.site
from articles import ferry_article, river_article
from newsroom import extract_text
from newsroom.load import Message
from newsroom.model import Article
from newsroom.site import build_site, site_files

BROKEN = "seeds/broken.txt"
REASON = "its pages cannot be made (RuntimeError('boom')); please report it with the seed; left out"


# Two good articles and a third whose label the fake renderer bugs below crash on.
def _articles() -> list[Article]:
    broken = extract_text("“The pier reopens,” said Ana Ruiz of the Quay Trust.", BROKEN)
    return [river_article(), broken, ferry_article()]


# `function` of a module replaced by one that raises for the broken seed's entries.
def _crash_on_broken(monkeypatch: pytest.MonkeyPatch, module: Any, function: str, seed_of: Any) -> None:
    real = getattr(module, function)

    def crashing(entry: Any, *args: Any) -> Any:
        if seed_of(entry) == BROKEN:
            raise RuntimeError("boom")
        return real(entry, *args)

    monkeypatch.setattr(module, function, crashing)


def test_with_no_failure_the_site_is_exactly_site_files() -> None:
    said: list[Message] = []
    site = build_site(_articles(), said.append, workers=1)
    assert (site.files, site.bad, said) == (site_files(_articles(), workers=1), [], [])
    assert [a.seed for a in site.articles] == [a.seed for a in _articles()]


@pytest.mark.parametrize(
    ("function", "seed_of"),
    [
        ("article_description", lambda entry: entry.article.seed),  # the seed's own page
        ("speaker_description", lambda speaker: speaker.quotes[0][0].article.seed if speaker.quotes else None),
    ],
)
def test_a_page_crash_leaves_its_one_seed_out(monkeypatch: pytest.MonkeyPatch, function: str, seed_of: Any) -> None:
    _crash_on_broken(monkeypatch, newsroom.render.pages, function, seed_of)
    said: list[Message] = []
    site = build_site(_articles(), said.append, workers=1)
    [message] = said
    assert (message.level, message.text, site.bad) == ("error", f"{BROKEN}: {REASON}", [BROKEN])
    assert message.detail is not None and message.detail.startswith(f"rendering {BROKEN} failed:\nTraceback")
    assert site.files == site_files([river_article(), ferry_article()], workers=1)
    assert "broken" not in " ".join(site.files)


def test_a_crash_outside_any_page_is_traced_to_the_seed_that_fails_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    real = newsroom.site.build_catalogue

    def crashing(articles: list[Article], *rest: Any) -> Any:
        if any(article.seed == BROKEN for article in articles):
            raise RuntimeError("boom")
        return real(articles, *rest)

    monkeypatch.setattr(newsroom.site, "build_catalogue", crashing)
    said: list[Message] = []
    site = build_site(_articles(), said.append, workers=1)
    assert [m.text for m in said] == [f"{BROKEN}: {REASON}"] and site.bad == [BROKEN]
    assert [a.seed for a in site.articles] == [river_article().seed, ferry_article().seed]


def test_a_crash_of_seeds_together_leaves_out_one_at_a_time_never_none(monkeypatch: pytest.MonkeyPatch) -> None:
    real = newsroom.site.build_catalogue

    def crashing(articles: list[Article], *rest: Any) -> Any:
        if len(articles) > 1:
            raise RuntimeError("boom")
        return real(articles, *rest)

    monkeypatch.setattr(newsroom.site, "build_catalogue", crashing)
    said: list[Message] = []
    site = build_site(_articles(), said.append, workers=1)
    assert site.bad == [ferry_article().seed, BROKEN] and len(said) == 2
    assert [a.seed for a in site.articles] == [river_article().seed]


def test_a_crash_with_no_seeds_left_is_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(newsroom.site, "build_catalogue", lambda articles, *rest: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        build_site([], [].append)


def test_a_crash_in_a_worker_process_comes_back_as_the_seed_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    _crash_on_broken(monkeypatch, newsroom.render.pages, "article_description", lambda entry: entry.article.seed)
    many = [extract_text(f"The pier {n} reopened on Friday.", f"seeds/pier-{n:03d}.txt") for n in range(70)]
    said: list[Message] = []
    site = build_site([*many, *_articles()], said.append, workers=2)
    assert [m.text for m in said] == [f"{BROKEN}: {REASON}"]
    assert "articles/pier-069.md" in site.files and "articles/broken.md" not in site.files
