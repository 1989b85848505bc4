"""The six-article corpus (`tests/corpus/`) builds into one merged set of pages and valid exports."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path
from typing import Any

from projects import CORPUS_SITE_URL, broken_links


def page(site: Path, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


# Titles of the articles an organisation or speaker page lists under "Articles".
def listed_articles(html: str) -> list[str]:
    section = html.split('<ul class="nr-article-list">', 1)[1].split("</ul>", 1)[0]
    return re.findall(r'href="../../articles/([^/]+)/"', section)


def extraction(site: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((site / "data/extraction.json").read_text(encoding="utf-8"))
    return data


def test_one_organisation_page_lists_every_article(corpus_site: Path) -> None:
    council = page(corpus_site, "organisers/pac")
    assert listed_articles(council) == [  # newest first; the undated article last
        "06-quota-vote", "04-ecuador-observers", "03-survey-findings",
        "02-fishing-fleet-waits", "01-anchovy-quota-talks", "05-aquaculture-farms",
    ]
    assert "Also written as: PACC" in council
    assert not (corpus_site / "organisers/pacc").exists()
    assert not (corpus_site / "organisers/pacific-anchovy-council").exists()


def test_possessive_and_of_forms_share_a_page_and_other_countries_do_not(corpus_site: Path) -> None:
    peru = page(corpus_site, "organisers/peru-s-ministry-of-foreign-affairs")
    assert listed_articles(peru) == ["06-quota-vote", "02-fishing-fleet-waits", "01-anchovy-quota-talks"]
    assert "Ministry of Foreign Affairs of Peru" in peru
    assert listed_articles(page(corpus_site, "organisers/ecuador-s-ministry-of-foreign-affairs")) == ["04-ecuador-observers"]
    assert listed_articles(page(corpus_site, "organisers/ministry-of-foreign-affairs")) == ["06-quota-vote"]
    assert not (corpus_site / "organisers/ministry-of-foreign-affairs-of-peru").exists()


def test_acronym_one_letter_away_with_another_name_is_another_page(corpus_site: Path) -> None:
    consortium = page(corpus_site, "organisers/paco")
    assert "Pacific Aquaculture Consortium" in consortium
    assert listed_articles(consortium) == ["03-survey-findings", "05-aquaculture-farms"]


def test_a_person_is_one_page_by_full_name_honorific_surname_and_title(corpus_site: Path) -> None:
    marisol = page(corpus_site, "speakers/marisol-quispe")
    assert listed_articles(marisol) == [
        "06-quota-vote", "03-survey-findings", "02-fishing-fleet-waits", "01-anchovy-quota-talks",
    ]
    assert "Also named: PAC&#39;s executive director" in marisol
    vargas = page(corpus_site, "speakers/elena-vargas")
    assert listed_articles(vargas) == ["06-quota-vote", "03-survey-findings"]
    assert not (corpus_site / "speakers/vargas").exists()
    assert not (corpus_site / "speakers/pac-s-executive-director").exists()


def test_namesakes_keep_their_own_pages(corpus_site: Path) -> None:
    speakers = sorted(p.name for p in (corpus_site / "speakers").iterdir() if p.is_dir())
    assert {"marisol-quispe", "rodrigo-quispe", "tomas-quispe", "julian-orcoyo", "camila-orcoyo"} <= set(speakers)
    assert listed_articles(page(corpus_site, "speakers/rodrigo-quispe")) == ["06-quota-vote", "02-fishing-fleet-waits"]
    assert listed_articles(page(corpus_site, "speakers/tomas-quispe")) == ["05-aquaculture-farms"]
    assert listed_articles(page(corpus_site, "speakers/julian-orcoyo")) == ["06-quota-vote", "01-anchovy-quota-talks"]
    assert listed_articles(page(corpus_site, "speakers/camila-orcoyo")) == ["04-ecuador-observers"]


def test_the_vote_is_one_timeline_item_with_three_sources(corpus_site: Path) -> None:
    timeline = page(corpus_site, "timeline/2025")
    items = timeline.split('<li class="nr-event">')[1:]
    on_the_day = [item for item in items if '>14 May 2025</time>' in item]
    assert len(on_the_day) == 2  # the vote, and Ecuador's report the same day
    vote = next(item for item in on_the_day if "vote" in item)
    assert "Reported by" in vote
    assert re.findall(r"articles/([^/]+)/#p\d+", vote) == ["01-anchovy-quota-talks", "02-fishing-fleet-waits", "06-quota-vote"]
    report = next(item for item in on_the_day if "report" in item)
    assert re.findall(r"articles/([^/]+)/#p\d+", report) == ["04-ecuador-observers"]


def test_home_page_lists_the_newest_articles_first(corpus_site: Path) -> None:
    home = page(corpus_site, "")
    section = home.split('id="what-changed"', 1)[1].split("</ul>", 1)[0]
    assert re.findall(r'href="articles/([^/]+)/"', section) == [
        "06-quota-vote", "04-ecuador-observers", "03-survey-findings", "02-fishing-fleet-waits", "01-anchovy-quota-talks",
    ]


def test_every_internal_link_resolves(corpus_site: Path) -> None:
    assert broken_links(corpus_site) == []


def test_timeline_json_follows_timelinejs(corpus_site: Path) -> None:
    data = json.loads((corpus_site / "data/timeline.json").read_text(encoding="utf-8"))
    assert isinstance(data["title"]["text"]["headline"], str)
    events = data["events"]
    assert events
    for event in events:
        start = event["start_date"]
        assert isinstance(start["year"], str) and start["year"].isdigit()
        for part, top in (("month", 12), ("day", 31)):
            if part in start:
                assert isinstance(start[part], str) and 1 <= int(start[part]) <= top
        assert "day" not in start or "month" in start
        assert isinstance(event["text"]["headline"], str) and event["text"]["headline"]
        assert isinstance(event["text"]["text"], str) and "<a href=" in event["text"]["text"]
        assert isinstance(event["group"], str) and event["group"]
    years = [(int(e["start_date"]["year"]), int(e["start_date"].get("month", 0)), int(e["start_date"].get("day", 0))) for e in events]
    assert years == sorted(years)
    dated = [e for a in extraction(corpus_site)["articles"] for e in a["events"] if e["date"] and e["date"][:4].isdigit()]
    vote = [e for e in events if e["start_date"] == {"year": "2025", "month": "5", "day": "14", "display_date": "14 May 2025"}]
    assert len(vote) == 2 and len(events) == len(dated) - 2  # three reports of the vote are one slide
    assert all(f'href="{CORPUS_SITE_URL}articles/' in e["text"]["text"] for e in events)


def read_csv(site: Path, name: str) -> list[dict[str, str]]:
    text = (site / "data" / name).read_text(encoding="utf-8")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_csv_files_have_the_json_counts(corpus_site: Path) -> None:
    articles = extraction(corpus_site)["articles"]
    quotes = read_csv(corpus_site, "quotes.csv")
    assert len(quotes) == sum(len(a["quotes"]) + len(a["statements"]) for a in articles)
    assert sorted(q["text"] for q in quotes) == sorted(x["text"] for a in articles for x in [*a["quotes"], *a["statements"]])
    events = read_csv(corpus_site, "events.csv")
    assert len(events) == sum(len(a["events"]) for a in articles)
    organisations = read_csv(corpus_site, "organisations.csv")
    pages = [p for p in (corpus_site / "organisers").iterdir() if p.is_dir()]
    assert len(organisations) == len(pages)
    assert sum(int(o["mentions"]) for o in organisations) == sum(o["mentions"] for a in articles for o in a["organisations"])
    council = next(o for o in organisations if o["acronym"] == "PAC")
    assert (council["name"], council["articles"], council["page"]) == ("Pacific Anchovy Council", "6", "organisers/pac/")
    speakers = {q["speaker"] for q in quotes}
    assert "Marisol Quispe" in speakers and "PAC's executive director" not in speakers
