"""Organisations named without a cue word: well-known bodies, governments and ministries, and bodies
recognised by what is said of them; on short articles written for these tests."""

from __future__ import annotations

import pytest

from newsroom import extract_text
from newsroom.extract.known_organisations import AMBIGUOUS, KNOWN_ORGANISATIONS
from newsroom.merge.organisations import merge_organisations


def organisations(text: str) -> dict[str, tuple[str | None, int]]:
    article = extract_text(text)
    return {o.name: (o.acronym, len(o.mentions)) for o in article.organisations}


def test_every_known_organisation_has_one_entry_and_unique_forms() -> None:
    names = [known.name for known in KNOWN_ORGANISATIONS]
    assert len(names) == len(set(names))
    forms = [f for k in KNOWN_ORGANISATIONS for f in {k.name, *([k.acronym] if k.acronym else []), *k.aliases}]
    assert len(forms) == len(set(forms))
    assert AMBIGUOUS <= set(forms)


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        ("Ministers from the alliance met NATO officials in Riga on Monday.", "North Atlantic Treaty Organization", "NATO"),
        ("The loan from the World Bank will pay for the pumps.", "World Bank", None),
        ("Farmers in the valley asked the European Union for help.", "European Union", None),
        ("The World Food Programme delivered rice to the islands.", "World Food Programme", "WFP"),
        ("Aid workers from the United Nations Development Programme arrived.", "United Nations Development Programme", "UNDP"),
        ("Her motion was backed by Labour and two independents.", "Labour", None),
        ("The TUC called the offer an insult.", "Trades Union Congress", "TUC"),
        ("Tickets were flown in by FedEx on Friday.", "FedEx", None),
    ],
    ids=["alliance", "lender", "union-of-states", "un-programme", "un-programme-in-full", "party", "union-federation",
         "company"],
)
def test_well_known_bodies_named_bare(text: str, name: str, acronym: str | None) -> None:
    assert organisations(text)[name][0] == acronym


def test_an_acronym_and_the_full_name_are_one_organisation() -> None:
    found = organisations("The International Monetary Fund warned on Tuesday. Later the IMF cut its forecast.")
    assert found == {"International Monetary Fund": ("IMF", 2)}


@pytest.mark.parametrize(
    "text",
    [
        "Labour costs rose by a tenth in the port.",
        "Asked about the vote, the mayor told the BBC she would resign.",
        "Ministers flew to Delhi for talks with G20 finance officials.",
        "The charter flight landed at Boeing Field after midnight.",
    ],
    ids=["common-word-opening-a-sentence", "outlet-where-an-interview-appeared", "group-qualifying-people",
         "company-opening-a-place-name"],
)
def test_known_names_that_name_no_organisation_there(text: str) -> None:
    assert organisations(text) == {}


def test_an_owner_inside_a_longer_name_is_named_too() -> None:
    found = organisations("Engineers at NASA’s Lunar Rock Laboratory tested the drill.")
    assert "National Aeronautics and Space Administration" in found
    assert "NASA’s Lunar Rock Laboratory" in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Lorania Government said on Monday that it would appeal.", "Lorania Government"),
        ("Officials at the Interior Ministry declined to comment.", "Interior Ministry"),
        ("The Ministry of Water will publish the figures.", "Ministry of Water"),
    ],
    ids=["government", "adjective-ministry", "ministry-of"],
)
def test_governments_and_ministries(text: str, name: str) -> None:
    assert name in organisations(text)


def test_a_country_s_ministry_and_the_same_ministry_without_the_country_are_one() -> None:
    for text in (
        "The Lorania Foreign Ministry summoned the envoy. The Foreign Ministry later said talks would go on.",
        "The Foreign Ministry summoned the envoy. The Lorania Foreign Ministry later said talks would go on.",
    ):
        assert organisations(text) == {"Lorania Foreign Ministry": (None, 2)}


def test_offices_and_regions_stay_what_they_are() -> None:
    assert organisations("Leaders met at the Tenth Summit of Heads of State and Government.") == {}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Brindle Foods said in a statement that prices would rise.", "Brindle Foods"),
        ("A spokesperson for Calvert Mining declined to comment.", "Calvert Mining"),
        ("Shares in Orlen Tubes fell 4% in early trading.", "Orlen Tubes"),
        ("Kestrel Air's chief executive resigned on Friday.", "Kestrel Air"),
    ],
    ids=["said-in-a-statement", "spokesperson-for", "shares-in", "chief-executive"],
)
def test_bodies_recognised_by_what_is_said_of_them(text: str, name: str) -> None:
    assert name in organisations(text)


def test_a_person_who_said_something_in_a_statement_stays_a_person() -> None:
    assert organisations("Jane Okafor said in a statement that it was over. Ms Okafor left on Monday.") == {}


@pytest.mark.parametrize(
    "text",
    [
        "Governor Rosa Lind said in a statement that the dam was safe.",
        "Deputy Mayor Ivo Marsh said in a statement that the dam was safe.",
        "Dr. Ana Ruiz said in a statement that the dam was safe.",
    ],
    ids=["title", "two-word-title", "honorific"],
)
def test_a_titled_person_who_said_something_in_a_statement_is_no_body(text: str) -> None:
    assert organisations(text) == {}


def test_a_possessive_is_no_part_of_the_name() -> None:
    assert "Tarn Valley Institute" in organisations("The Tarn Valley Institute's new wing opened.")


def test_a_company_s_first_word_with_what_is_said_of_it_is_the_company() -> None:
    found = organisations("Depot firm cargoLink Asia Ltd grew. cargoLink shares rose 6%.")
    assert list(found) == ["cargoLink Asia Ltd"]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The Harbour Trust will host the fair in May.", "Harbour Trust", "organiser"),
        ("The Tern Institute is to convene the talks.", "Tern Institute", "organiser"),
        ("The Marsh Foundation is co-sponsoring the prize.", "Marsh Foundation", "supporter"),
        ("The Reed Council has also hosted the talks.", "Reed Council", "organiser"),
    ],
    ids=["will", "is-to", "progressive", "perfect"],
)
def test_a_role_verb_after_an_auxiliary_gives_its_role(text: str, name: str, role: str) -> None:
    assert {o.name: o.roles for o in extract_text(text).organisations}[name] == [role]


def test_a_passive_subject_takes_no_role_from_its_auxiliary() -> None:
    roles = {o.name: o.roles for o in extract_text("The Marsh Foundation was funded by the Reed Council.").organisations}
    assert roles == {"Marsh Foundation": ["mentioned"], "Reed Council": ["supporter"]}


@pytest.mark.parametrize(
    ("cue", "role"),
    [("Supporters include", "supporter"), ("Sponsors:", "supporter"), ("Co-hosts are", "organiser")],
)
def test_a_role_noun_gives_its_role_to_the_list_after_it(cue: str, role: str) -> None:
    text = f"The fair opens in May. {cue} the Port Bank, the Dock Union and the Sea Fund."
    roles = {o.name: o.roles for o in extract_text(text).organisations}
    assert roles == {name: [role] for name in ("Port Bank", "Dock Union", "Sea Fund")}


def test_the_issuing_body_hosts_its_own_event() -> None:
    text = "The Harbour Trust today announced its spring fair, hosted by the Harbour Trust at the old docks."
    assert [(o.name, o.roles) for o in extract_text(text).organisations] == [("Harbour Trust", ["organiser"])]


def test_a_known_name_in_a_person_s_title_is_no_mention() -> None:
    assert organisations("The UN Secretary-General spoke to the delegates.") == {}


@pytest.mark.parametrize("text", ["Plans follow the United Nations 2030 Agenda.", "Delegates left the NATO Summit early."])
def test_a_known_name_opening_a_plan_or_an_event_is_no_mention(text: str) -> None:
    assert organisations(text) == {}


def test_a_well_known_body_is_named_as_the_article_writes_it_and_stays_one() -> None:
    found = organisations("The vote was close, Labour said. The Labour Party later conceded.")
    assert list(found.values()) == [(None, 2)]
    assert set(found) <= {"Labour", "Labour Party"}
    assert organisations("Her rivals in Labour conceded.") == {"Labour": (None, 1)}


def test_its_forms_in_two_articles_merge_into_one_group() -> None:
    articles = [extract_text("Labour said the vote was close."), extract_text("The Labour Party conceded.")]
    groups = merge_organisations(articles).groups
    assert [sorted(o.name for _, o in group.members) for group in groups] == [["Labour", "Labour Party"]]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Aid from Oxfam reached the camp.", "Oxfam"),
        ("A shelter backed by the British Red Cross opened.", "British Red Cross"),
        ("Officers from the U.S. Coast Guard searched the bay.", "U.S. Coast Guard"),
        ("The Home Office rejected the claim.", "Home Office"),
    ],
    ids=["ngo", "red-cross-society", "coast-guard", "uk-department"],
)
def test_well_known_departments_and_ngos(text: str, name: str) -> None:
    assert name in organisations(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fenwick Partners announced today that its new office is open.", "Fenwick Partners"),
        ("Kestrel Learning is pleased to announce a new course.", "Kestrel Learning"),
        ("The course opens in May.\n\nAbout Kestrel Learning\n\nKestrel Learning teaches adults.", "Kestrel Learning"),
        ("Quillo, Lorania's trade association dedicated to growers, agreed.", "Quillo"),
        ("Asked why, the CEO of the Brenna Seed Bank said little.", "Brenna Seed Bank"),
        ("Brenna Water Trust Chief Executive Ana Ruiz will speak.", "Brenna Water Trust"),
        ("The offer was made by Ana Ruiz of the Lorania Water Authority on Monday.", "Lorania Water Authority"),
    ],
    ids=["release-voice", "pleased-to-announce", "about-heading", "described-by-possessive", "ceo-of-the",
         "title-after-name", "person-before-of"],
)
def test_a_body_recognised_by_what_the_text_says_of_it(text: str, name: str) -> None:
    assert name in organisations(text)


@pytest.mark.parametrize(
    "text",
    ["Fenwick is a Certified Green Employer, the board said.", "Quillo, an Approved Training Centre, agreed."],
    ids=["kind-after-is-a", "kind-after-comma-an"],
)
def test_a_kind_of_body_after_a_or_an_is_no_name(text: str) -> None:
    assert not any(name.startswith(("Certified", "Approved")) for name in organisations(text))


def test_a_body_named_before_a_title_after_a_is_still_a_body() -> None:
    assert "Lorania Water Board" in organisations("A Lorania Water Board spokesperson declined to comment.")


def test_one_body_however_its_owner_possessive_is_written() -> None:
    found = organisations(
        "The University of Brenna's Licensing Office agreed. The University of Brenna Licensing Office said so."
    )
    assert len([name for name in found if "Licensing Office" in name]) == 1


def test_an_outlet_named_by_what_it_is_counts_but_not_where_an_interview_appeared() -> None:
    assert "Quillo" in organisations("The trade paper Quillo reported the sale.")
    assert "Brenna Post" in organisations("The Brenna Post newspaper printed the letter.")
    assert "Brenna Post" not in organisations("In an interview with the Brenna Post newspaper, she said no.")


def test_an_outlet_cited_as_a_source_is_where_a_report_appeared() -> None:
    assert "USA Today" in organisations("The park was named by USA Today the best in the state.")
    assert "USA Today" not in organisations("According to USA Today, the coach left early.")
