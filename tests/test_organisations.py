"""Organisation names, acronyms, list splitting and roles, on short articles written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from articles import document
from newsroom import extract_text
from newsroom.extract.roles import _CUE_KEYWORDS, PASSIVE_CUE, passive_cues


def organisations(text: str) -> dict[str, tuple[str | None, list[str]]]:
    article = extract_text(text)
    return {o.name: (o.acronym, o.roles) for o in article.organisations}


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        ("Officials of the Pacific Fisheries Commission (PFC) met.", "Pacific Fisheries Commission", "PFC"),
        ("The PFC (Pacific Fisheries Commission) met.", "Pacific Fisheries Commission", "PFC"),
        ("The Inter-American Road Safety Agency (IARSA) published data.", "Inter-American Road Safety Agency", "IARSA"),
        (
            "The Network of Universities of Central Asia and the Caucasus (RUCAC) met.",
            "Network of Universities of Central Asia and the Caucasus",
            "RUCAC",
        ),
        ("Peru's Ministry of Energy and Mines (MINEM) agreed.", "Peru's Ministry of Energy and Mines", "MINEM"),
        ("The Irish Institute for Coastal Studies (IICS) agreed.", "Irish Institute for Coastal Studies", "IICS"),
    ],
    ids=["acronym-after", "acronym-before", "hyphenated", "foreign-word-order", "possessive-country",
         "repeated-letter-in-a-word"],
)
def test_names_and_acronyms(text: str, name: str, acronym: str) -> None:
    assert organisations(text)[name][0] == acronym


def test_coordinated_list_splits_and_takes_the_cue() -> None:
    text = (
        "The workshop was co-organised by the Northern Water Authority with the Institute of Soil Science, "
        "the Bureau of Statistics of the National Academy of Agriculture (NAA) and the Riverside Farmers Union."
    )
    found = organisations(text)
    for name in (
        "Northern Water Authority",
        "Institute of Soil Science",
        "Bureau of Statistics of the National Academy of Agriculture",
        "Riverside Farmers Union",
    ):
        assert found[name][1] == ["organiser"], name
    assert found["National Academy of Agriculture"] == ("NAA", ["mentioned"])


def test_role_cue_in_next_sentence_and_active_voice() -> None:
    text = (
        "The Harbour Cities Alliance hosted the talks in Porto. "
        "It was also sponsored by the Atlantic Ports Foundation and the Coastal Development Bank. "
        "The Seafarers Welfare Society attended."
    )
    found = organisations(text)
    assert found["Harbour Cities Alliance"][1] == ["organiser"]
    assert found["Atlantic Ports Foundation"][1] == ["supporter"]
    assert found["Coastal Development Bank"][1] == ["supporter"]
    assert found["Seafarers Welfare Society"][1] == ["participant"]


@pytest.mark.parametrize(
    "text",
    [
        "Leaders of Latin America and the Caribbean met in Lima.",
        "The Third Andean Water Summit ended on Friday.",
        "The Clean Rivers Initiative was launched last year.",
        "Delegates from East Africa and the Horn of Africa (EAHA) attended.",
        "Ministry officials declined to comment.",
    ],
    ids=["region", "event", "initiative", "region-acronym", "sentence-initial-word"],
)
def test_places_events_and_initiatives_are_not_organisations(text: str) -> None:
    assert organisations(text) == {}


def test_regions_inside_names_stay_whole() -> None:
    text = "The Development Bank of Latin America and the Caribbean approved the loan."
    assert list(organisations(text)) == ["Development Bank of Latin America and the Caribbean"]


def test_later_mentions_by_acronym_and_short_form() -> None:
    text = (
        "The Baltic Energy Commission (BEC) met in Riga. BEC experts spoke.\n\n"
        "The commission will meet again."
    )
    article = extract_text(text)
    [commission] = article.organisations
    assert [m.text for m in commission.mentions] == [
        "Baltic Energy Commission (BEC)",
        "BEC",
        "The commission",
    ]
    for mention in commission.mentions:
        assert article.text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Shares in Meridian Foods plc rose.", "Meridian Foods plc"),
        ("Environmental group Blue Lanes Europe welcomed it.", "Blue Lanes Europe"),
        ("vantaCloud, the Tallinn-based hosting provider, launched it.", "vantaCloud"),
        ("Lee Min-ji, an analyst at Namsan & Partners Securities, said so.", "Namsan & Partners Securities"),
        ("It was requested by the Group of 48, a bloc of island states.", "Group of 48"),
        ("Funds came from Fundación Agua Clara.", "Fundación Agua Clara"),
        ("Fjellvind Kraft ASA said output rose.", "Fjellvind Kraft ASA"),
        ("The Government of Tuvalu welcomed the loan.", "Government of Tuvalu"),
        ("Volunteers from the Tamsin Rowe Charity helped.", "Tamsin Rowe Charity"),
    ],
    ids=["legal-suffix", "classifier-before", "classifier-after", "workplace", "digits", "leading-head",
         "capitalised-suffix", "government-of", "charity"],
)
def test_organisations_without_an_english_head_noun(text: str, name: str) -> None:
    assert name in organisations(text)


@pytest.mark.parametrize(
    "cue",
    ["with financial support from", "with the technical and financial support of", "thanks to funding from",
     "with grants from"],
)
def test_support_cues_with_adjectives(cue: str) -> None:
    found = organisations(f"The clinic opened {cue} the Harbour Health Trust and the Vela Foundation.")
    assert found["Harbour Health Trust"][1] == ["supporter"]
    assert found["Vela Foundation"][1] == ["supporter"]


def test_whoever_a_title_heads_is_an_organisation_from_its_first_mention() -> None:
    text = (
        "The plan was agreed with the Northern Shipping Forum. "
        "Ines Varga, chief executive of the Northern Shipping Forum, welcomed it."
    )
    article = extract_text(text)
    forum = next(o for o in article.organisations if o.name == "Northern Shipping Forum")
    assert [m.start for m in forum.mentions] == [text.index("Northern"), text.rindex("Northern")]


def test_forum_without_a_leader_stays_an_event() -> None:
    assert organisations("Delegates met at the Northern Shipping Forum in May.") == {}


def test_particles_inside_company_names() -> None:
    assert "Estaleiros do Vale S.A." in organisations("Estaleiros do Vale S.A. signed the contract.")


def test_acronym_definition_across_a_preposition() -> None:
    found = organisations("The Rice Exporters Federation in Laos (REFL) agreed. REFL will publish prices.")
    assert found["Rice Exporters Federation in Laos"][0] == "REFL"


def test_a_role_list_makes_bodies_of_programmes_movements_and_acronyms() -> None:
    found = organisations(
        "The summit was co-organised by the Coastal Food Programme (CFP), UNEP and the Clean Seas Movement."
    )
    assert {name: roles for name, (_, roles) in found.items()} == {
        "Coastal Food Programme": ["organiser"],
        "UNEP": ["organiser"],
        "Clean Seas Movement": ["organiser"],
    }


def test_people_in_a_role_list_stay_people() -> None:
    assert organisations("The dinner was hosted by Maria Lopez and President Tomas Berg.") == {}


def test_and_the_starts_a_new_member_even_after_an_unknown_name() -> None:
    found = organisations("The prize is sponsored by Kestrel Valley Water and the Ormond Foundation.")
    assert found == {"Ormond Foundation": (None, ["supporter"])}


def test_a_role_list_runs_past_an_acronym_nobody_recognised() -> None:
    found = organisations("It was sponsored by the Lake Agency for Fisheries (LAF-Net) and the Reed Fund.")
    assert found["Reed Fund"][1] == ["supporter"]


@pytest.mark.parametrize(
    "text",
    ["Leaders met at the Tenth Summit of Heads of State and Government.", "Members of Parliament voted."],
)
def test_people_named_by_office_are_no_organisation(text: str) -> None:
    assert organisations(text) == {}


# Every article of the evaluation set and the corpus, as text.
def _articles() -> list[str]:
    folders = [Path(__file__).parent / "eval" / "articles", Path(__file__).parent / "corpus"]
    return [path.read_text(encoding="utf-8") for folder in folders for path in sorted(folder.glob("*.txt"))]


@pytest.mark.parametrize(
    "sentence",
    [
        "The talks were co-organised by the Harbour Board and Quay Trust.",
        "It ran with the financial support of the Lagoon Fund.",
        "They met thanks to grants from the River Society.",
        "The Forum is held WITH THE PARTICIPATION OF the Delta Union.",
        "It works in partnership with the Reed Council.",
        "The survey, run in cooperation with the Marsh Institute, ended.",
    ],
)
def test_keywords_let_through_every_sentence_with_a_cue(sentence: str) -> None:
    assert PASSIVE_CUE.search(sentence)
    found = [cue.span() for cues in passive_cues(document(sentence)) for cue in cues]
    assert found == [cue.span() for cue in PASSIVE_CUE.finditer(sentence)]


def test_keywords_never_hide_a_cue_in_the_evaluation_articles() -> None:
    for text in _articles():
        for match in PASSIVE_CUE.finditer(text):
            assert any(keyword in match.group().casefold() for keyword in _CUE_KEYWORDS), match.group()


def test_a_venue_centre_is_a_place_not_a_body() -> None:
    found = organisations("The awards took place at the Harbour Conference Center. The Kestrel Science Center agreed.")
    assert list(found) == ["Kestrel Science Center"]


def test_an_acronym_inside_a_name_finds_the_body_it_abbreviates() -> None:
    text = (
        "The Lake Water Tax Credit Coalition today released its report on the Lake Water Tax Credit (LWTC). "
        "LWTC Coalition members welcomed it, a Coalition spokesperson said."
    )
    found = {o.name: [m.text for m in o.mentions] for o in extract_text(text).organisations}
    assert found == {"Lake Water Tax Credit Coalition": ["Lake Water Tax Credit Coalition", "LWTC Coalition", "Coalition"]}


def test_a_body_with_and_without_its_owner_is_one_body_but_a_ministry_keeps_its_country() -> None:
    found = organisations("NASA's Kestrel Flight Center hosted the test. The Kestrel Flight Center said it went well.")
    assert [name for name in found if "Kestrel Flight Center" in name] == ["NASA's Kestrel Flight Center"]
    found = organisations("Lorania's Ministry of Water agreed. The Ministry of Water of Kestria did not.")
    assert len([name for name in found if "Ministry of Water" in name]) == 2


def test_a_church_is_a_body() -> None:
    assert "Church of Lorania" in organisations("The Church of Lorania opposed the tax.")


def test_a_second_body_after_a_title_that_follows_the_first_is_found_too() -> None:
    found = organisations(
        "Funds rose.\n\n“It works,” said Ana Ruiz, Kestrel Housing Board Chair and President of Varnel, "
        "a certified benefit corporation."
    )
    assert list(found) == ["Kestrel Housing Board", "Varnel"]


def test_a_body_between_a_title_and_its_holder_ends_at_its_head_noun() -> None:
    found = organisations("Funds rose.\n\nCEO of the Tarn Refugee Council Ana Ruiz told reporters the plan was late.")
    assert list(found) == ["Tarn Refugee Council"]


@pytest.mark.parametrize(
    "text",
    [
        "Rain fell.\n\nThe Kestrel Rovers head coach praised the crowd after the draw.",
        "Rain fell.\n\nKestrel Rovers striker Ana Ruiz scored twice on Sunday.",
        "Rain fell.\n\nThe Kestrel Rovers boss praised the crowd after the draw.",
    ],
)
def test_a_club_named_by_its_staff_or_players_is_a_body(text: str) -> None:
    assert "Kestrel Rovers" in organisations(text)


def test_a_department_before_a_manager_is_no_club() -> None:
    assert organisations("Rain fell.\n\nThe Marketing manager praised the crowd after the draw.") == {}


def test_a_record_label_is_a_body_but_the_records_it_sells_are_no_mention_of_it() -> None:
    found = extract_text("Rain fell.\n\nAna Ruiz founded Harbour Lights Records in 1978. The records sold well.")
    assert [(o.name, len(o.mentions)) for o in found.organisations] == [("Harbour Lights Records", 1)]
