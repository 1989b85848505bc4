"""The JSON export keeps its documented shape, and the CLI prints it or fails cleanly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from articles import ferry_article, river_article
from newsroom.data.extraction import extraction_json
from newsroom.site import site_files
from projects import fingerprint, run_cli

ARTICLE_KEYS = {
    "seed",
    "title",
    "published",
    "place",
    "quotes",
    "statements",
    "organisations",
    "events",
    "people",
}


def test_top_level_shape() -> None:
    data = extraction_json([river_article()])
    assert list(data) == ["articles"]
    (article,) = data["articles"]
    assert ARTICLE_KEYS <= set(article)
    assert article["seed"] == "seeds/river-towns.txt"
    assert article["published"] == "2024-03-15"
    assert article["place"] == "Porto Alegre, Brazil"
    json.dumps(data)


def test_quotes_statements_people() -> None:
    article = extraction_json([river_article()])["articles"][0]
    first = article["quotes"][0]
    assert {"text", "speaker", "kind", "paragraph", "start", "end"} <= set(first)
    assert first == {
        **first,
        "text": "Maps are cheaper than sandbags,",
        "speaker": "Joana Ribeiro-Câmara",
        "kind": "direct",
        "paragraph": 2,
    }
    assert [q["kind"] for q in article["quotes"]] == ["direct", "direct", "partial"]
    assert {"text", "speaker", "paragraph"} <= set(article["statements"][0])
    assert article["statements"][1]["paragraph"] == 4
    person = river_article().people[0]
    assert article["people"][0] == {
        "name": "Joana Ribeiro-Câmara",
        "title": "chief hydrologist",
        "organisation": "Southern Rivers Council",
        "mentions": len(person.mentions),
    }


def test_offsets_point_into_the_text() -> None:
    article = river_article()
    data = extraction_json([article])["articles"][0]
    for item in data["quotes"]:
        assert article.text[item["start"] : item["end"]] == item["text"]
    for item in data["events"]:
        sentence = data["sentences"][item["sentence"]]
        assert article.text[item["start"] : item["end"]] == sentence["text"]
        assert (sentence["start"], sentence["end"], sentence["paragraph"]) == (item["start"], item["end"], item["paragraph"])
    assert len(data["sentences"]) == len({item["start"] for item in data["events"]})


def test_organisations_and_events() -> None:
    article = extraction_json([river_article()])["articles"][0]
    council = article["organisations"][0]
    assert {"name", "acronym", "roles", "mentions"} <= set(council)
    assert (council["name"], council["acronym"], council["roles"], council["mentions"]) == (
        "Southern Rivers Council",
        "SRC",
        ["organiser"],
        2,
    )
    assert [e["date"] for e in article["events"]] == ["2024-03-14", "--04-02", "2019", "--09", None]
    assert {"date", "date_text", "what", "sentence", "paragraph"} <= set(article["events"][0])
    assert article["events"][0]["paragraph"] == 1


def test_cli_prints_the_export(tmp_path: Path) -> None:
    seed = tmp_path / "garden.txt"
    seed.write_text(
        "---\ntitle: Garden opens\npublished: 2022-05-01\n---\nThe garden opened.\n", encoding="utf-8"
    )
    result = run_cli(str(seed))
    assert result.returncode == 0, result.stderr
    (article,) = json.loads(result.stdout)["articles"]
    assert (article["title"], article["published"]) == ("Garden opens", "2022-05-01")


def test_cli_reports_a_bad_seed_prints_the_rest_and_fails(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "broken.txt").write_bytes(b"\xff\xfe not utf-8 \xc3")
    (seeds / "garden.txt").write_text("The garden opened.\n", encoding="utf-8")
    result = run_cli(str(seeds / "broken.txt"), str(seeds / "garden.txt"))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "error: seeds/broken.txt: is UTF-16 text (it starts with a UTF-16 byte order mark): please save it as UTF-8; left out",
        "error: 1 seed(s) cannot be built: seeds/broken.txt",
    ]
    assert [article["seed"] for article in json.loads(result.stdout)["articles"]] == ["seeds/garden.txt"]


def test_cli_help() -> None:
    result = run_cli("--help")
    assert result.returncode == 0
    assert "SEED" in result.stdout


def test_colliding_articles_carry_their_page_slugs() -> None:
    files = site_files([river_article(), ferry_article()])
    slugs = [article["slug"] for article in json.loads(files["data/extraction.json"])["articles"]]
    assert slugs == ["river-towns", "river-towns-2"]
    assert {"articles/river-towns.md", "articles/river-towns-2.md"} <= set(files)


# A previous export of one seed in `out`, ready to be exported again.
def _previous_export(tmp_path: Path) -> tuple[Path, Path]:
    seeds, out = tmp_path / "seeds", tmp_path / "out"
    seeds.mkdir()
    (seeds / "bridge.txt").write_bytes(b"The bridge reopened on Friday.")
    assert run_cli("export-pages", str(out), "--seeds", str(seeds)).returncode == 0
    return seeds, out


@pytest.mark.parametrize("link", [".newsroom-export", "articles", "articles/bridge.md"])
def test_export_refuses_a_folder_holding_a_link(tmp_path: Path, link: str) -> None:
    seeds, out = _previous_export(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    (out / link).rename(elsewhere)
    (out / link).symlink_to(elsewhere)
    before = fingerprint(tmp_path / "elsewhere") if elsewhere.is_dir() else elsewhere.read_bytes()
    result = run_cli("export-pages", str(out), "--seeds", str(seeds))
    assert result.returncode == 1
    assert result.stderr == f"error: {out / link}: is a symbolic link, which an export never writes or deletes " \
        "through; remove it or choose a new folder\n"
    assert (fingerprint(elsewhere) if elsewhere.is_dir() else elsewhere.read_bytes()) == before


def test_export_deletes_only_files_inside_its_folder(tmp_path: Path) -> None:
    seeds, out = _previous_export(tmp_path)
    (tmp_path / "mine.txt").write_text("keep me", encoding="utf-8")
    marker = out / ".newsroom-export"
    marker.write_text(marker.read_text(encoding="utf-8") + "../mine.txt\n" + f"{tmp_path / 'mine.txt'}\n", encoding="utf-8")
    result = run_cli("export-pages", str(out), "--seeds", str(seeds))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "mine.txt").read_text(encoding="utf-8") == "keep me"
    assert (out / "articles/bridge.md").is_file()
    assert "../mine.txt" not in marker.read_text(encoding="utf-8")


def test_export_rewrites_a_previous_export_byte_for_byte(tmp_path: Path) -> None:
    seeds, out = _previous_export(tmp_path)
    first = fingerprint(out)
    assert run_cli("export-pages", str(out), "--seeds", str(seeds)).returncode == 0
    assert fingerprint(out) == first


def test_the_command_line_gives_each_event_its_sentence_as_text() -> None:
    article = river_article()
    listed = extraction_json([article])["articles"][0]
    inline = extraction_json([article], inline_sentences=True)["articles"][0]
    assert "sentences" not in inline
    assert inline["events"], "the article has events"
    for event, indexed in zip(inline["events"], listed["events"], strict=True):
        assert event["sentence"] == listed["sentences"][indexed["sentence"]]["text"]
        assert event["sentence"] == article.text[event["start"] : event["end"]]
