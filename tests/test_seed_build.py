"""What the first real article must yield, checked in a strict build's HTML and data export."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

SEED = "seeds/celac-china-forum.txt"
SPEAKER = "Alicia Bárcena"
ORGANISERS = {
    "Economic Commission for Latin America and the Caribbean",
    "Latin American Institute",
    "Bureau of International Cooperation of the Chinese Academy of Social Sciences",
    "Chinese People's Institute of Foreign Affairs",
    "Chinese Institute of International Studies",
    "China Foundation for International Studies",
    "Association of Universities of Latin America and the Caribbean",
}
SUPPORTERS = {"Mexico's Secretariat of Foreign Affairs", "Chinese Ministry of Foreign Affairs"}
# Places, regions and events the article names, none of which is an organisation.
NOT_ORGANISATIONS = ("Latin America", "Caribbean", "China", "Beijing", "Mexico", "Chile", "Forum", "Summit", "Agenda")


@pytest.fixture(scope="module")
def article(built_site: Path) -> dict[str, Any]:
    data = json.loads((built_site / "data/extraction.json").read_text(encoding="utf-8"))
    (found,) = [a for a in data["articles"] if a["seed"] == SEED]
    assert isinstance(found, dict)
    return found


def test_nine_quotes_all_by_the_speaker(article: dict[str, Any]) -> None:
    quotes = article["quotes"]
    assert len(quotes) == 9
    assert {q["speaker"] for q in quotes} == {SPEAKER}
    assert sorted(q["kind"] for q in quotes) == ["direct"] * 5 + ["partial"] * 4


def test_quote_text_is_what_stands_between_the_marks(article: dict[str, Any]) -> None:
    texts = [q["text"] for q in article["quotes"]]
    assert "transformative, inclusive" in texts
    assert any("'One Road One Route Initiative'" in t for t in texts)


def test_organisers_and_supporters(article: dict[str, Any]) -> None:
    by_role: dict[str, set[str]] = {}
    for organisation in article["organisations"]:
        for role in organisation["roles"]:
            by_role.setdefault(role, set()).add(organisation["name"])
    assert by_role["organiser"] == ORGANISERS
    assert by_role["supporter"] == SUPPORTERS
    acronyms = {o["name"]: o["acronym"] for o in article["organisations"]}
    assert acronyms["Economic Commission for Latin America and the Caribbean"] == "ECLAC"
    assert acronyms["Association of Universities of Latin America and the Caribbean"] == "UDUAL"
    assert acronyms["Mexico's Secretariat of Foreign Affairs"] == "SRE"


def test_no_place_region_or_event_is_an_organisation(article: dict[str, Any]) -> None:
    mentioned = {"Community of Latin American and Caribbean States", "Chinese Academy of Social Sciences"}
    assert {o["name"] for o in article["organisations"]} == ORGANISERS | SUPPORTERS | mentioned
    for organisation in article["organisations"]:
        name = organisation["name"]
        assert name not in NOT_ORGANISATIONS
        assert not name.endswith(("Forum", "Summit", "Agenda")), name
        assert organisation["acronym"] != "LAC"


def test_september_summit_without_a_year(article: dict[str, Any]) -> None:
    dated = [e for e in article["events"] if e["date"]]
    assert [(e["date"], e["date_text"]) for e in dated] == [("--09-18", "September 18")]
    assert "Summit" in dated[0]["what"]


def test_speaker_has_title_and_organisation(article: dict[str, Any]) -> None:
    (person,) = [p for p in article["people"] if p["name"] == SPEAKER]
    assert person["title"].lower() == "executive secretary"
    assert person["organisation"] == "Economic Commission for Latin America and the Caribbean"


def test_pages_link_back_to_source_paragraphs(built_site: Path) -> None:
    speaker = (built_site / "speakers/alicia-barcena/index.html").read_text(encoding="utf-8")
    organiser = (built_site / "organisers/eclac/index.html").read_text(encoding="utf-8")
    timeline = (built_site / "timeline/year-not-stated/index.html").read_text(encoding="utf-8")
    article_page = (built_site / "articles/celac-china-forum/index.html").read_text(encoding="utf-8")
    for page in (speaker, organiser, timeline):
        assert "articles/celac-china-forum/#p" in page
    assert 'id="p15"' in article_page and 'id="p16"' not in article_page
