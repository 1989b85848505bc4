"""`mkdocs build --strict` of the real project: pages, data, search index and links."""

from __future__ import annotations

import json
from pathlib import Path

from newsroom.catalogue.slugs import page_slug
from newsroom.render.search import folded_terms
from projects import broken_links, element_ids

LISTING_PAGES = [
    "index.html",
    "timeline/index.html",
    "organisers/index.html",
    "quotes/index.html",
    "about/index.html",
]


def _extraction(site: Path) -> dict[str, list[dict[str, object]]]:
    data: dict[str, list[dict[str, object]]] = json.loads(
        (site / "data/extraction.json").read_text(encoding="utf-8")
    )
    return data


def test_listing_and_article_pages_exist(built_site: Path) -> None:
    for page in LISTING_PAGES:
        assert (built_site / page).is_file(), page
    for article in _extraction(built_site)["articles"]:
        slug = article["slug"]
        assert (built_site / "articles" / slug / "index.html").is_file()


def test_entity_pages_exist_for_everything_extracted(built_site: Path) -> None:
    for article in _extraction(built_site)["articles"]:
        for organisation in article["organisations"]:  # type: ignore[attr-defined]
            slug = page_slug(organisation["acronym"] or organisation["name"], "organisation")
            assert (built_site / "organisers" / slug / "index.html").is_file(), slug
        for said in [*article["quotes"], *article["statements"]]:  # type: ignore[misc]
            if said["speaker"]:
                slug = page_slug(said["speaker"], "speaker")
                assert (built_site / "speakers" / slug / "index.html").is_file(), slug


def test_extraction_json_parses_with_one_entry_per_seed(built_site: Path) -> None:
    seeds = sorted(
        p.name
        for p in (Path(__file__).resolve().parent.parent / "seeds").iterdir()
        if p.suffix in {".txt", ".md"}
    )
    articles = _extraction(built_site)["articles"]
    assert sorted(Path(str(a["seed"])).name for a in articles) == seeds


def test_article_paragraphs_have_anchors(built_site: Path) -> None:
    for article in _extraction(built_site)["articles"]:
        page = built_site / "articles" / str(article["slug"]) / "index.html"
        ids = element_ids(page)
        assert {f"p{n}" for n in range(1, int(str(article["paragraphs"])) + 1)} <= ids


def test_search_index_declares_and_fills_fold(built_site: Path) -> None:
    index = json.loads((built_site / "search/search_index.json").read_text(encoding="utf-8"))
    assert "fold" in index["config"]["fields"]
    for document in index["docs"]:
        terms = folded_terms(f"{document['title']} {document['text']}")
        assert document.get("fold", "") == " ".join(terms), document["location"]


def test_every_internal_link_resolves(built_site: Path) -> None:
    broken = broken_links(built_site)
    assert not broken, "\n".join(broken)


def test_nothing_written_into_docs_or_seeds(built_site: Path) -> None:
    root = Path(__file__).resolve().parent.parent
    docs = sorted(p.relative_to(root / "docs").as_posix() for p in (root / "docs").rglob("*") if p.is_file())
    assert all(
        not name.startswith(("articles/", "organisers/", "speakers/", "quotes/", "data/")) for name in docs
    )
    assert "index.md" not in docs and "timeline.md" not in docs
