"""Accent folding for the search index."""

from __future__ import annotations

from newsroom.render.search import fold, fold_search_index, folded_terms


def test_fold_strips_accents_and_maps_special_letters() -> None:
    assert fold("Bárcena") == "Barcena"
    assert fold("Łódź") == "Lodz"
    assert fold("Straße") == "Strasse"
    assert fold("plain") == "plain"


def test_folded_terms_keep_only_changed_words_once() -> None:
    text = "<p>Bárcena met Bárcena in São Paulo &amp; Zürich</p>"
    assert folded_terms(text) == ["barcena", "sao", "zurich"]


def test_fold_search_index_adds_field_only_where_needed() -> None:
    index = {
        "config": {},
        "docs": [
            {"location": "a/", "title": "Ana Núñez", "text": "<p>plain</p>"},
            {"location": "b/", "title": "Plain", "text": "<p>ascii only</p>"},
        ],
    }
    assert fold_search_index(index) == 1
    assert index["docs"][0]["fold"] == "nunez"
    assert "fold" not in index["docs"][1]
