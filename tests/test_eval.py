"""The evaluation set: figures never fall below the recorded baseline, and every offset slices out its text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eval.evaluate import BASELINE, articles, evaluate, figures
from newsroom import load_article


def test_figures_hold_the_baseline() -> None:
    recorded: dict[str, float] = json.loads(BASELINE.read_text(encoding="utf-8"))
    current = figures(evaluate(articles()))
    fallen = {name: (current[name], floor) for name, floor in recorded.items() if current[name] < floor}
    assert not fallen, f"below baseline (now, baseline): {fallen}"


@pytest.mark.parametrize("path", articles(), ids=lambda p: p.stem)
def test_offsets_slice_out_every_item(path: Path) -> None:
    article = load_article(path)
    for quote in article.quotes:
        assert article.text[quote.start : quote.end] == quote.text
    for statement in article.statements:
        assert article.text[statement.start : statement.end] == statement.text
    for organisation in article.organisations:
        for mention in organisation.mentions:
            assert article.text[mention.start : mention.end] == mention.text
    for event in article.events:
        assert article.text[event.start : event.end] == event.sentence
        if event.date_start is not None and event.date_end is not None:
            assert article.text[event.date_start : event.date_end] == event.date_text
