"""Roles as press releases and event reports write them, and how each role was found (`role_basis`);
on short articles written for these tests."""

from __future__ import annotations

import pytest

from newsroom import extract_text
from newsroom.catalogue import build_catalogue
from newsroom.data.extraction import article_json


def roles(text: str) -> dict[str, list[str]]:
    return {o.name: o.roles for o in extract_text(text).organisations}


def bases(text: str) -> dict[str, tuple[list[str], str]]:
    return {o.name: (o.roles, o.role_basis) for o in extract_text(text).organisations}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("The Harbour Cities Alliance, which co-hosted the forum, thanked its guests.", "Harbour Cities Alliance",
         "organiser"),
        ("Delegates gathered at the OECD-hosted round of talks in Paris.",
         "Organisation for Economic Co-operation and Development", "organiser"),
        ("Ministers met at the Kestrel Basin Commission-convened talks.", "Kestrel Basin Commission", "organiser"),
        ("The Tarn Valley Trust will be the conference co-host.", "Tarn Valley Trust", "organiser"),
        ("The Northern Water Authority serves as the secretariat for the forum.", "Northern Water Authority",
         "organiser"),
        ("The Reed Fund is the main sponsor of the regatta.", "Reed Fund", "supporter"),
        ("The prize night is presented by the Lakeside Arts Council.", "Lakeside Arts Council", "organiser"),
        ("The survey will include contributions from the Soil Research Institute.", "Soil Research Institute",
         "supporter"),
        ("The summit takes place under the auspices of the Andean Water Council.", "Andean Water Council",
         "organiser"),
        ("The Marsh Ecology Society and the Upland Farmers Union will collaborate on the census.",
         "Upland Farmers Union", "organiser"),
        ("The Kestrel Basin Commission and the Tarn Valley Trust invite all growers to the fair.",
         "Kestrel Basin Commission", "organiser"),
    ],
    ids=["relative-clause", "compound-known", "compound-named", "role-noun", "secretariat", "sponsor-noun",
         "presented-by", "contributions-from", "auspices", "shared-subjects", "invite"],
)
def test_a_release_cue_gives_its_role(text: str, name: str, role: str) -> None:
    assert role in roles(text)[name]


def test_the_partner_of_a_shared_action_takes_the_role_too() -> None:
    found = roles("The Harbour Cities Alliance co-hosted the symposium with the Coastal Development Bank in May.")
    assert found == {"Harbour Cities Alliance": ["organiser"], "Coastal Development Bank": ["organiser"]}


def test_a_plain_action_with_someone_shares_nothing() -> None:
    found = roles("The Harbour Cities Alliance hosted the symposium with funding from the Coastal Development Bank.")
    assert found["Harbour Cities Alliance"] == ["organiser"]
    assert found["Coastal Development Bank"] == ["supporter"]


def test_the_subject_of_in_partnership_with_is_an_organiser() -> None:
    found = roles(
        "KASA, 3 May 2025 - The Lorania Water Trust (LWT) in Kasa, in partnership with the Rivers Fund, opened a clinic."
    )
    assert found["Lorania Water Trust"] == ["organiser"]
    assert found["Rivers Fund"] == ["organiser"]


def test_a_described_first_member_still_takes_the_role() -> None:
    found = roles("The plant was built in partnership with Lorania-based firm Kestrel Energy Ltd and the Soil Institute.")
    assert found == {"Kestrel Energy Ltd": ["organiser"], "Soil Institute": ["organiser"]}


def test_one_word_names_in_a_role_list_are_bodies_but_not_places_or_abbreviations() -> None:
    found = roles("The contest is sponsored by Quillo, the Rivers Fund and Kestria Labs in partnership with U.S. firm Brenna.")
    assert found["Quillo"] == ["supporter"]
    assert "U.S" not in found
    assert roles("The talks were co-organised by the Water Council of the Andes and the Pacific.") == {
        "Water Council of the Andes and the Pacific": ["organiser"]
    }


def test_a_name_its_acronym_spells_out_is_a_body_in_a_role_list() -> None:
    found = roles("It was launched in partnership with Casa de la Luz (CDL) Norte and the Reed Fund.")
    assert found == {"Casa de la Luz": ["organiser"], "Reed Fund": ["organiser"]}


def test_a_list_after_a_cue_runs_over_the_next_sentences_that_hold_only_members() -> None:
    text = (
        "The fair opens in May.\n\nSupporters include:\n\n- the Rivers Fund\n- the Soil Institute\n\n"
        "The Lake Trust said entry is free."
    )
    assert roles(text) == {"Rivers Fund": ["supporter"], "Soil Institute": ["supporter"], "Lake Trust": ["mentioned"]}


@pytest.mark.parametrize(
    ("sentence", "role"),
    [
        ("Representatives from the Tarn Valley Trust joined the exhibition.", ["participant"]),
        ("Engineers from the Tarn Valley Trust will be on hand at the fair.", ["participant"]),
        ("Representatives from the Tarn Valley Trust said the river was low.", ["mentioned"]),
    ],
    ids=["joined", "on-hand", "no-taking-part"],
)
def test_people_a_body_sends_make_it_a_participant_where_they_take_part(sentence: str, role: list[str]) -> None:
    assert roles(sentence) == {"Tarn Valley Trust": role}


def test_teams_from_countries_make_no_organisations() -> None:
    assert roles("Teams from Lorania, Kestria and Brenna took part in the games.") == {}


def test_the_owner_of_a_body_with_a_role_carries_it() -> None:
    found = bases("Leaders from NASA's Tern Propulsion Laboratory will be on hand at the expo.")
    assert found["NASA's Tern Propulsion Laboratory"] == (["participant"], "cue")
    assert found["National Aeronautics and Space Administration"] == (["participant"], "carried")


def test_a_releases_issuer_is_a_guessed_organiser() -> None:
    text = "Fenwick Academy announced today that it will open a new library.\n\nThe library opens in May."
    assert bases(text) == {"Fenwick Academy": (["organiser"], "guess")}


def test_an_issuer_that_says_we_will_host_carries_the_role() -> None:
    text = "The Fenwick Academy today announced its spring fair.\n\nWe will host the fair on the school field."
    assert bases(text)["Fenwick Academy"] == (["organiser"], "carried")


def test_a_report_of_an_announcement_makes_no_issuer() -> None:
    text = "The Fenwick Academy on Wednesday announced a new library."
    assert bases(text) == {"Fenwick Academy": (["mentioned"], "cue")}


def test_a_guessed_role_is_exported_with_its_basis_and_never_shown_on_pages() -> None:
    article = extract_text("Fenwick Academy announced today that it will open a new library.")
    exported = article_json(article)["organisations"]
    assert [(o["name"], o["roles"], o["role_basis"]) for o in exported] == [
        ("Fenwick Academy", ["organiser"], "guess")
    ]
    catalogue = build_catalogue([article])
    assert [(page.name, page.roles) for page in catalogue.organisations.values()] == [("Fenwick Academy", [])]


@pytest.mark.parametrize(
    "text",
    ["The fund will rely on contributions from China and the Reed Fund.",
     "It was built in partnership with the UK and the Reed Fund.",
     "It is funded by Japan, Norway and the Reed Fund."],
    ids=["contributions-from", "partnership-acronym", "funded-by"],
)
def test_a_country_in_a_role_list_is_no_organisation(text: str) -> None:
    assert list(roles(text)) == ["Reed Fund"]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("The Kestrel Flight Center held a ceremony on Monday to mark the launch.", "organiser"),
        ("The Kestrel Flight Center will hold a two-day workshop in May.", "organiser"),
        ("The Kestrel Flight Center will hold its next summit in Lorania.", "mentioned"),
        ("The Kestrel Flight Center held talks with the unions.", "mentioned"),
    ],
    ids=["held-a-ceremony", "will-hold-a-workshop", "its-next-occasion-is-another", "talks-are-no-occasion"],
)
def test_a_body_that_holds_an_occasion_organises_it(text: str, role: str) -> None:
    assert roles(f"Funds rose.\n\n{text}")["Kestrel Flight Center"] == [role]


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ('Rain fell.\n\nAna Ruiz said: "A grant from the Tarn Valley Trust paid for the roof."', ["supporter"]),
        ("Rain fell.\n\nThe school used a two-year grant from the Tarn Valley Trust to mend the roof.", ["supporter"]),
        ("Rain fell.\n\nThe school won a prize from the Tarn Valley Trust.", ["mentioned"]),
    ],
)
def test_a_grant_named_with_its_giver_makes_a_supporter(text: str, role: list[str]) -> None:
    assert roles(text)["Tarn Valley Trust"] == role
