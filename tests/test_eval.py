"""The evaluation sets: figures never fall below the recorded baselines, and every offset slices out its text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from checks import assert_offsets_hold
from eval import realworld
from eval.evaluate import BASELINE, articles, evaluate, figures
from newsroom import load_article


def test_figures_hold_the_baseline() -> None:
    recorded: dict[str, float] = json.loads(BASELINE.read_text(encoding="utf-8"))
    current = figures(evaluate(articles()))
    fallen = {name: (current[name], floor) for name, floor in recorded.items() if current[name] < floor}
    assert not fallen, f"below baseline (now, baseline): {fallen}"


@pytest.mark.skipif(not realworld.available(), reason=realworld.SKIPPED)
def test_realworld_figures_hold_the_baseline() -> None:
    recorded: dict[str, float] = json.loads(realworld.BASELINE.read_text(encoding="utf-8"))
    _, current = realworld.score()
    fallen = realworld.fallen(current, recorded)
    assert not fallen, f"real-world set below baseline (now, baseline): {fallen}"


@pytest.mark.parametrize("path", articles(), ids=lambda p: p.stem)
def test_offsets_slice_out_every_item(path: Path) -> None:
    assert_offsets_hold(load_article(path))
