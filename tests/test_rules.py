"""Every rule table's examples, run through the code that uses the table."""

from __future__ import annotations

import datetime as dt

import pytest

from newsroom.extract.date_rules import ABSOLUTE_RULES, RELATIVE_RULES, DateRule, Example
from newsroom.extract.dates import _ABSOLUTE, _RELATIVE, find_dates

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
    found = find_dates(example.text, 0, len(example.text), example.published)
    assert [(d.value, d.end_value, d.deadline) for d in found] == [
        (example.value, example.end_value, example.deadline)
    ]


@pytest.mark.parametrize(("rule", "example"), _DATE_EXAMPLES)
def test_a_date_example_is_read_by_its_own_rule(rule: DateRule, example: Example) -> None:
    (date,) = find_dates(example.text, 0, len(example.text), example.published)
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
