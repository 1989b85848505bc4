"""Cross-article merging on small invented articles: the variants that merge and the near-misses that must not."""

from __future__ import annotations

import pytest

from newsroom import extract_text
from newsroom.merge import Merged, merge_articles
from newsroom.merge.keys import is_ownerless, organisation_key, person_key
from newsroom.model import Article, Event, Organisation, Person, Speaker


# Extract each text as its own article (`a1.txt`, `a2.txt`, …) and merge them.
def merged(*texts: str) -> tuple[list[Article], Merged]:
    articles = [extract_text(text, f"a{n}.txt") for n, text in enumerate(texts, 1)]
    return articles, merge_articles(articles)


# The organisation group names, each with the articles (1-based) that name it.
def organisation_groups(result: Merged) -> dict[str, list[int]]:
    return {g.name: [i + 1 for i in g.article_indexes] for g in result.organisations.groups}


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Peru's Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Peru"),
        ("the Pacific Anchovy Council", "Pacific Anchovy Council"),
        ("Pacific Anchovy Council's", "pacific anchovy council"),
        ("Peru’s Ministry of Foreign Affairs", "the Ministry of Foreign Affairs of Peru"),
        ("Fundación Ñandú", "Fundacion Nandu"),
    ],
)
def test_organisation_spellings_share_a_key(first: str, second: str) -> None:
    assert organisation_key(first) == organisation_key(second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Peru's Ministry of Foreign Affairs", "Ecuador's Ministry of Foreign Affairs"),
        ("Ministry of Foreign Affairs of Peru", "Ministry of Foreign Affairs"),
        ("Pacific Anchovy Council", "Pacific Aquaculture Consortium"),
        ("Pacific Anchovy Council", "Pacific Anchovy Council Foundation"),
    ],
)
def test_different_organisations_keep_different_keys(first: str, second: str) -> None:
    assert organisation_key(first) != organisation_key(second)


def test_a_bare_ministry_names_no_owner() -> None:
    assert is_ownerless(organisation_key("Ministry of Foreign Affairs"))
    assert is_ownerless(organisation_key("the Department of Health"))
    assert not is_ownerless(organisation_key("Peru's Ministry of Foreign Affairs"))
    assert not is_ownerless(organisation_key("Chinese Ministry of Foreign Affairs"))
    assert not is_ownerless(organisation_key("Southern Rivers Council"))


def test_person_keys_ignore_honorifics_case_and_accents() -> None:
    assert person_key("Dr Marisol Quispe") == person_key("marisol quispe") == "marisol quispe"
    assert person_key("Julián Orcoyo") == person_key("Julian Orcoyo")
    assert person_key("Camila Orcoyo") != person_key("Julián Orcoyo")


def test_full_name_acronym_possessive_and_misspelt_acronym_merge() -> None:
    articles, result = merged(
        "The Lagoon Fisheries Board (LFB) met on Monday. Peru's Ministry of Health sent an observer.",
        "The Lagoon Fisheries Board (LBF) published its accounts. The Ministry of Health of Peru paid for them.",
        "the Lagoon Fisheries Board said the season would open late.",
    )
    groups = organisation_groups(result)
    assert groups["Lagoon Fisheries Board"] == [1, 2, 3]
    board = next(g for g in result.organisations.groups if g.name == "Lagoon Fisheries Board")
    assert board.acronyms[0] in {"LFB", "LBF"} and set(board.acronyms) == {"LFB", "LBF"}
    assert groups["Peru's Ministry of Health"] == [1, 2]
    assert result.organisations.find("LFB") is board and result.organisations.find("the Lagoon Fisheries Board") is board
    assert len(articles) == 3


def test_an_acronym_within_one_letter_but_another_name_stays_apart() -> None:
    _, result = merged(
        "The Lagoon Fisheries Board (LFB) met on Monday.",
        "The Lake Farming Bureau (LFBU) met on Tuesday.",
        "The Lake Forestry Board (LFB) met on Wednesday.",
    )
    groups = organisation_groups(result)
    assert groups == {"Lagoon Fisheries Board": [1], "Lake Farming Bureau": [2], "Lake Forestry Board": [3]}
    assert result.organisations.find("LFB") is None  # two full names share it: ambiguous


def test_ministries_of_two_countries_and_a_bare_one_stay_apart() -> None:
    _, result = merged(
        "Peru's Ministry of Foreign Affairs sent a note on Monday.",
        "Ecuador's Ministry of Foreign Affairs sent a note on Tuesday.",
        "The Ministry of Foreign Affairs sent a note on Wednesday.",
        "The Ministry of Foreign Affairs sent another note on Thursday.",
    )
    groups = organisation_groups(result)
    assert groups["Peru's Ministry of Foreign Affairs"] == [1]
    assert groups["Ecuador's Ministry of Foreign Affairs"] == [2]
    bare = [g for g in result.organisations.groups if g.name == "Ministry of Foreign Affairs"]
    assert sorted(g.article_indexes for g in bare) == [[2], [3]]


# Hand-built articles: one organisation per name given, people as (name, title, organisation).
def article(seed: str, people: list[tuple[str, str | None, str | None]], organisations: list[str], speaker: str | None = None) -> Article:
    text = " ".join([*[p[0] for p in people], *organisations, speaker or ""]) + "."
    found = Article(seed, seed, seed, text, 0, [], sentences=[(0, len(text))])
    found.organisations = [Organisation(name) for name in organisations]
    found.people = [Person(name, title, organisation) for name, title, organisation in people]
    return found


def test_surname_alone_joins_the_one_full_name_sharing_an_organisation() -> None:
    articles = [
        article("a", [("Elena Vargas", "biologist", "Humboldt Marine Institute")], ["Humboldt Marine Institute"]),
        article("b", [("Vargas", None, "Humboldt Marine Institute")], ["Humboldt Marine Institute"]),
        article("c", [("Vargas", None, "Andes Mining Company")], ["Andes Mining Company"]),
    ]
    result = merge_articles(articles)
    assert result.people.group_of(1, 0) is result.people.group_of(0, 0)
    assert result.people.group_of(2, 0) is not result.people.group_of(0, 0)


def test_surname_alone_with_two_candidates_stays_apart() -> None:
    articles = [
        article("a", [("Marisol Quispe", "director", "Anchovy Council")], ["Anchovy Council"]),
        article("b", [("Tomás Quispe", "chief executive", "Anchovy Council")], ["Anchovy Council"]),
        article("c", [("Quispe", None, "Anchovy Council")], ["Anchovy Council"]),
    ]
    result = merge_articles(articles)
    groups = {result.people.group_of(i, 0).key for i in range(3)}
    assert len(groups) == 3


def test_same_surname_in_different_articles_and_organisations_is_two_people() -> None:
    articles = [
        article("a", [("Julián Orcoyo", "deputy minister", "Foreign Ministry of Peru")], ["Foreign Ministry of Peru"]),
        article("b", [("Camila Orcoyo", "spokesperson", "Foreign Ministry of Ecuador")], ["Foreign Ministry of Ecuador"]),
        article("c", [("Julian Orcoyo", None, None)], []),
    ]
    result = merge_articles(articles)
    assert result.people.group_of(2, 0) is result.people.group_of(0, 0)
    assert result.people.group_of(1, 0) is not result.people.group_of(0, 0)


def test_a_title_at_an_organisation_names_the_one_person_holding_it() -> None:
    articles = [
        article("a", [("Marisol Quispe", "executive director", "Pacific Anchovy Council")], ["Pacific Anchovy Council"]),
        article("b", [], ["Pacific Anchovy Council"]),
        article("c", [("Rosa Ccama", "executive director", "Lima Port Authority")], ["Lima Port Authority"]),
    ]
    articles[0].organisations[0].acronym = "PAC"
    result = merge_articles(articles)
    marisol = result.people.group_of(0, 0)

    def who(index: int, description: str) -> str | None:
        found = result.people.find_speaker(articles, result.organisations, index, Speaker(description, "unknown"))
        return found.name if found else None

    assert who(1, "PAC's executive director") == "Marisol Quispe" == marisol.name
    assert who(1, "the executive director of the Pacific Anchovy Council") == "Marisol Quispe"
    assert who(1, "Lima Port Authority's executive director") == "Rosa Ccama"
    assert who(1, "PAC's spokesperson") is None
    assert who(1, "an executive director of PAC") is None


# An event of a hand-built article whose text is the sentence itself.
def event_article(seed: str, sentence: str, date: str | None) -> Article:
    found = Article(seed, seed, seed, sentence, 0, [], sentences=[(0, len(sentence))])
    found.events = [Event(date, date, sentence, 0, len(sentence), 0)]
    return found


def test_one_event_reported_twice_is_one_item_with_both_sources() -> None:
    articles = [
        event_article("a", "Members of the council will vote on the new catch quota in Lima.", "2025-05-14"),
        event_article("b", "The council's members are due to vote on the catch quota in Lima.", "2025-05-14"),
        event_article("c", "The ministry will publish its fisheries report in Lima.", "2025-05-14"),
        event_article("d", "Members of the council will vote on the new catch quota in Lima.", "2025-05-15"),
        event_article("e", "Members of the council will vote on the new catch quota in Lima.", "2025"),
    ]
    items = merge_articles(articles).events
    assert [[i for i, _ in item.members] for item in items] == [[0, 1], [2], [3], [4]]


def test_two_events_of_one_article_never_merge() -> None:
    text = "The council will vote on the quota in Lima. The council will vote on the quota in Lima again."
    found = Article("a", "a", "a", text, 0, [], sentences=[(0, 43), (44, len(text))])
    found.events = [Event("2025-05-14", None, "x", 0, 43, 0), Event("2025-05-14", None, "y", 44, len(text), 0)]
    assert len(merge_articles([found]).events) == 2
