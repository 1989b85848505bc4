"""Every rule table's examples, run through the code that uses the table."""

from __future__ import annotations

import datetime as dt

import pytest

from newsroom import extract_text
from newsroom.extract.cues import (
    ACTIVE_ROLE_VERBS,
    DELEGATE_NOUNS,
    OBJECT_VERBS,
    PARTICIPANT_CUES,
    REPORTING_VERB_PATTERN,
    REPORTING_VERBS,
    ROLE_CUES,
    ROLE_TITLES,
    STATEMENT_VERBS,
    VERB_PARTICLES,
)
from newsroom.extract.date_rules import ABSOLUTE_RULES, RELATIVE_RULES, DateRule, Example
from newsroom.extract.dates import _ABSOLUTE, _RELATIVE, find_dates
from newsroom.extract.person_rules import PERSON_RULES, Case
from newsroom.extract.verb_rules import (
    LEFT_OUT_ACTIVE_ROLE_FORMS,
    LEFT_OUT_REPORTING_FORMS,
    LEFT_OUT_STATEMENT_FORMS,
    REPORTING_LEMMAS,
    ROLE_LEMMAS,
    inflect,
)

_DATE_EXAMPLES = [
    pytest.param(rule, example, id=f"{rule.name}:{example.text}:{example.published}")
    for rule in (*ABSOLUTE_RULES, *RELATIVE_RULES)
    for example in rule.examples
]


def test_every_date_rule_has_a_unique_name_and_examples() -> None:
    rules = (*ABSOLUTE_RULES, *RELATIVE_RULES)
    assert len({rule.name for rule in rules}) == len(rules)
    assert all(rule.examples for rule in rules)


@pytest.mark.parametrize(("rule", "example"), _DATE_EXAMPLES)
def test_a_date_example_gives_its_values(rule: DateRule, example: Example) -> None:
    found = find_dates(example.text, 0, len(example.text), example.published, previous=example.previous)
    assert [(d.value, d.end_value, d.deadline) for d in found] == [
        (example.value, example.end_value, example.deadline)
    ]


@pytest.mark.parametrize(("rule", "example"), _DATE_EXAMPLES)
def test_a_date_example_is_read_by_its_own_rule(rule: DateRule, example: Example) -> None:
    (date,) = find_dates(example.text, 0, len(example.text), example.published, previous=example.previous)
    pattern = _ABSOLUTE if rule in ABSOLUTE_RULES else _RELATIVE
    match = pattern.match(example.text, date.start)
    assert match is not None
    assert (match.lastgroup, match.end()) == (rule.name, date.end)


@pytest.mark.parametrize(
    "text", [pytest.param(text, id=f"{rule.name}:{text}") for rule in (*ABSOLUTE_RULES, *RELATIVE_RULES)
             for text in rule.not_dates]
)
def test_a_rule_finds_no_date_in_its_counter_examples(text: str) -> None:
    assert find_dates(text, 0, len(text), dt.date(2024, 5, 8)) == []


# Today's verb tables as they were written out by hand before they became lemmas: the generated ones must equal them.
_REPORTING = """
    say says said saying tell tells told telling add adds added adding stress stresses stressed stressing
    assert asserts asserted asserting emphasise emphasises emphasised emphasising emphasize emphasizes emphasized
    emphasizing highlight highlights highlighted highlighting notes noted noting explain explains explained explaining
    warn warns warned warning argue argues argued arguing insist insists insisted insisting states stated stating
    remarked remarking observe observes observed observing comments commented commenting announce announces announced
    announcing declare declares declared declaring urge urges urged urging recall recalls recalled recalling
    underline underlines underlined underlining underscore underscores underscored underscoring acknowledge
    acknowledges acknowledged acknowledging admit admits admitted admitting claimed claiming affirm affirms affirmed
    affirming reiterate reiterates reiterated reiterating conclude concludes concluded concluding write writes wrote
    writing replies replied replying answered suggest suggests suggested suggesting predict predicts predicted
    predicting confirm confirms confirmed confirming maintain maintains maintained maintaining contend contends
    contended caution cautions cautioned cautioning points pointed pointing tweeted describe describes described calls
    called asks asked accused accuses criticised criticized condemned praised concede concedes conceded continued
"""
_STATEMENT = """
    say says said tell tells told add adds added stress stresses stressed assert asserts asserted emphasise emphasised
    emphasize emphasized note notes noted explain explained warn warned argue argued insist insisted state stated
    declare declared announce announced claim claimed affirm affirmed reiterate reiterated acknowledge acknowledged
    admit admitted highlight highlighted underline underlined underscore underscored recall recalled confirm confirmed
    suggest suggested predict predicted maintain maintained contend contended caution cautioned concede conceded
"""
_OBJECT = "accused accuses criticised criticized condemned praised describe describes described urge urges urged urging"


def test_the_generated_verb_tables_hold_exactly_the_forms_that_matter() -> None:
    assert frozenset(_REPORTING.split()) == REPORTING_VERBS
    assert frozenset(_STATEMENT.split()) == STATEMENT_VERBS
    assert frozenset(_OBJECT.split()) == OBJECT_VERBS
    assert {"point": "out", "points": "out", "pointed": "out", "pointing": "out"} == VERB_PARTICLES
    assert set(REPORTING_VERB_PATTERN.split("|")) == REPORTING_VERBS


def test_the_generated_role_tables_hold_exactly_the_cues_that_matter() -> None:
    organiser = "organised organized co-organised co-organized hosted co-hosted convened co-convened run presented"
    supporter = "supported sponsored co-sponsored funded co-funded financed backed"
    assert {**dict.fromkeys(organiser.split(), "organiser"), **dict.fromkeys(supporter.split(), "supporter"),
            "attended": "participant"} == ROLE_CUES
    organiser = (
        "organised organises organized organizes hosted hosts convened convenes collaborated collaborates collaborate "
        "invites invite"
    )
    supporter = "supported supports sponsored sponsors funded funds financed"
    assert {**dict.fromkeys(organiser.split(), "organiser"), **dict.fromkeys(supporter.split(), "supporter"),
            "attended": "participant", "attends": "participant"} == ACTIVE_ROLE_VERBS
    assert PARTICIPANT_CUES == ("took part", "take part", "participated", "participating", "joined by")


@pytest.mark.parametrize(
    ("lemma", "forms"),
    [("say", "say says said saying"), ("admit", "admit admits admitted admitting"),
     ("reply", "reply replies replied replying"), ("stress", "stress stresses stressed stressing"),
     ("emphasise", "emphasise emphasises emphasised emphasising"), ("write", "write writes wrote writing")],
)
def test_inflections_follow_english_endings(lemma: str, forms: str) -> None:
    verb = next(v for v in REPORTING_LEMMAS if v.lemma == lemma)
    assert list(inflect(verb).values()) == forms.split()


def test_every_form_left_out_is_a_generated_form() -> None:
    reporting = {form for verb in REPORTING_LEMMAS for form in inflect(verb).values()}
    assert set(LEFT_OUT_REPORTING_FORMS) <= reporting
    assert set(LEFT_OUT_STATEMENT_FORMS) <= reporting
    assert set(LEFT_OUT_ACTIVE_ROLE_FORMS) <= {verb.form(kind) for verb in ROLE_LEMMAS for kind in inflect(verb)}


# Each finite reporting form the quote finder reads (it skips `-ing` forms), with the particle it needs.
_SPEAKING_FORMS = [
    pytest.param(f"{form} {verb.particle}".rstrip(), id=form)
    for verb in REPORTING_LEMMAS if not verb.takes_object
    for form in sorted(set(inflect(verb).values()) & REPORTING_VERBS) if not form.endswith("ing")
]


@pytest.mark.parametrize("verb", _SPEAKING_FORMS)
def test_a_reporting_form_attributes_a_quote(verb: str) -> None:
    article = extract_text(f"“The bridge will reopen in June,” Marta Quispe {verb}.")
    assert [(q.text, q.speaker.name if q.speaker else None) for q in article.quotes] == [
        ("The bridge will reopen in June,", "Marta Quispe")
    ]


@pytest.mark.parametrize("verb", sorted(OBJECT_VERBS - {v for v in OBJECT_VERBS if v.endswith("ing")}))
def test_an_object_verb_takes_no_speaker_after_it(verb: str) -> None:
    article = extract_text(f"“The levy is unfair,” {verb} Marta Quispe.")
    assert [q.speaker.name for q in article.quotes if q.speaker] == []
    assert [q.speaker.name for q in extract_text("“The levy is unfair,” said Marta Quispe.").quotes if q.speaker] == [
        "Marta Quispe"
    ]


@pytest.mark.parametrize(
    ("sentence", "role"),
    [(f"The meeting was {cue} by the Andean Water Council.", role) for cue, role in ROLE_CUES.items()]
    + [(f"The Andean Water Council {verb} the meeting.", role) for verb, role in ACTIVE_ROLE_VERBS.items()]
    + [(f"The Andean Water Council co-{verb} the meeting.", role) for verb, role in ACTIVE_ROLE_VERBS.items()
       if verb.endswith("ed")]
    + [(f"The Andean Water Council {cue} in the meeting.", "participant") for cue in PARTICIPANT_CUES],
)
def test_a_role_cue_gives_its_role(sentence: str, role: str) -> None:
    article = extract_text(sentence)
    assert [(o.name, o.roles) for o in article.organisations] == [("Andean Water Council", [role])]


_PERSON_EXAMPLES = [
    pytest.param(example, id=f"{rule.name}:{example.text[:40]}") for rule in PERSON_RULES for example in rule.examples
]


def test_every_person_rule_has_a_unique_name_and_examples() -> None:
    assert len({rule.name for rule in PERSON_RULES}) == len(PERSON_RULES)
    assert all(rule.examples for rule in PERSON_RULES)


@pytest.mark.parametrize("example", _PERSON_EXAMPLES)
def test_a_person_rule_example_gives_its_people_and_speaker(example: Case) -> None:
    article = extract_text(example.text)
    names = [person.name for person in article.people]
    if example.speaker is not None:
        assert article.quotes[0].speaker is not None
        assert article.quotes[0].speaker.name == example.speaker
    if example.people is not None:
        assert names == list(example.people)
    assert not set(names) & set(example.not_people)


@pytest.mark.parametrize(("title", "role"), sorted(ROLE_TITLES.items()))
def test_a_role_title_gives_its_role(title: str, role: str) -> None:
    article = extract_text(f"The Andean Water Council will be the {title} of the meeting.")
    assert [(o.name, o.roles) for o in article.organisations] == [("Andean Water Council", [role])]


@pytest.mark.parametrize("noun", DELEGATE_NOUNS)
def test_people_a_body_sends_make_it_a_participant(noun: str) -> None:
    article = extract_text(f"The {noun} from the Andean Water Council took part in the meeting.")
    assert [(o.name, o.roles) for o in article.organisations] == [("Andean Water Council", ["participant"])]
