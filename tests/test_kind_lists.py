"""Names listed after a plural kind of body (`carriers such as A and B`) are bodies, two-word names too."""

from __future__ import annotations

import pytest

from newsroom import extract_text


def names(text: str) -> list[str]:
    return [o.name for o in extract_text(text).organisations]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prices fell.\n\nElectronics companies such as Norvik, Pellam and Brightline are ready.",
            ["Norvik", "Pellam", "Brightline"],
        ),
        ("Prices fell.\n\nLeading cable operators Vela Plus and TQS have bid.", ["Vela Plus", "TQS"]),
        (
            "Prices fell.\n\nRecord labels including Mossgate Records and Tin Harbour signed up.",
            ["Mossgate Records", "Tin Harbour"],
        ),
    ],
    ids=["such-as", "right-after-the-kind", "two-word-names-joined-by-and"],
)
def test_a_list_after_a_plural_kind_of_body_names_bodies(text: str, expected: list[str]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Prices fell.\n\nCarriers fly to France and Lorania.",
        "Prices fell.\n\nExecutives such as Ana Ruiz spoke.",
        "Prices fell.\n\nRival carriers such as those in Lorania cut fares.",
    ],
    ids=["places-after-a-verb", "people-are-no-kind-of-body", "no-name-after-the-kind"],
)
def test_no_body_without_a_kind_of_body_right_before_the_list(text: str) -> None:
    assert names(text) == []
