"""Extraction time grows linearly with the seed, for every shape an attacker can repeat.

Each strategy draws one unit of a risky shape (a run of one punctuation mark, a
quote with its attribution, a reporting verb, a capitalised opener, a dated
phrase, a list item, a paragraph of one name, …) in words Hypothesis picks, and
repeats it to make a seed. Four times the repeats must cost at most about four
times the work: a quadratic rule would cost sixteen. Work is processor time,
the least of a few runs, compared as a ratio (never against a clock limit).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from newsroom import extract_text

# Characters the base seed is about; four times as many repeats must cost at most this many times as much.
BASE_CHARACTERS = 8_000
GROWTH = 4
MOST_RATIO = 7.0
# The smaller seed is grown (up to this size) until its work takes at least this long.
LEAST_SECONDS = 0.04
MOST_CHARACTERS = 32_000
RUNS = 3

_word = st.text(alphabet="abcdefghijklmnoprstuvw", min_size=3, max_size=8)
_name = _word.map(str.capitalize)
_acronym = st.text(alphabet="ABCDEFGHKLMNPRSTUVW", min_size=2, max_size=5)
_month = st.sampled_from(["January", "March", "May", "July", "Sept.", "October", "December"])
_day = st.integers(1, 28)
_year = st.integers(1990, 2030)
_mark = st.sampled_from(list(".!?…,;:-—'\"“”‘’()[]*«»"))

# Each shape: the unit to repeat, and the text around the repeats (`{}` stands for them).
SHAPES: dict[str, tuple[st.SearchStrategy[str], str]] = {
    "punctuation run": (_mark, "The council met {} today."),
    "quote and attribution in one sentence": (
        st.builds(lambda w, n, s: f", “{w} we agree,” said {n} {s}", _word, _name, _name), "The plan{}."),
    "reporting verb repeated": (st.sampled_from([" said", " told", " added", " according to"]), "Ana Ruiz{} yes."),
    "capitalised openers": (st.builds(lambda n: f"{n} ", _name | st.just("The")), "{}met."),
    "dated phrases in one sentence": (
        st.builds(lambda d, m, y: f" on {d} {m} {y},", _day, _month, _year), "It happened{} again."),
    "list after a role cue": (
        st.builds(lambda a, b: f"the {a} {b} Council, ", _name, _name), "The talks were co-organised by {}and others."),
    "one organisation per paragraph": (
        st.builds(lambda a, b: f"\n\n{a} {b} Foundation", _name, _name), "The letter was signed by:{}"),
    "acronym definitions": (
        st.builds(lambda a, b, c: f"The {a} {b} Board ({c}) met. ", _name, _name, _acronym), "{}"),
    "quoted paragraphs": (
        st.builds(lambda w, n, s: f"“We will {w},” said {n} {s}.\n\n", _word, _name, _name), "{}"),
    "pronouns after a name": (st.sampled_from(["She said it was fine. ", "He added: “No.” "]), "Ana Ruiz spoke. {}"),
    "names": (st.builds(lambda a, b: f"{a} {b} said it. ", _name, _name), "{}"),
}


# The least processor time of a few extractions of `text`, the cyclic collector paused as the hook
# pauses it (its full collections walk the whole heap, which is no work of the extractors).
def _work(text: str) -> float:
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(RUNS):
            started = time.process_time()
            extract_text(text)
            best = min(best, time.process_time() - started)
    finally:
        gc.enable()
    return best


# The seed with `count` repeats of `unit`.
def _seed(frame: str, unit: str, count: int) -> str:
    return frame.replace("{}", unit * count)


@pytest.mark.parametrize("shape", list(SHAPES))
def test_extraction_time_grows_linearly(shape: str) -> None:
    strategy, frame = SHAPES[shape]
    check: Callable[[str], None] = lambda unit: _assert_linear(frame, unit)  # noqa: E731
    # No shrinking: a failure already names the unit, and shrinking would re-time dozens of seeds.
    quick = settings(max_examples=3, deadline=None, database=None, phases=[Phase.generate],
                     suppress_health_check=[HealthCheck.too_slow])
    quick(given(strategy)(check))()


# Four times the repeats cost at most `MOST_RATIO` times the work; a cheap shape is repeated more
# first, so that timer noise does not swamp the smaller seed's work.
def _assert_linear(frame: str, unit: str) -> None:
    count = max(1, BASE_CHARACTERS // len(unit))
    small = _work(_seed(frame, unit, count))
    while small < LEAST_SECONDS and len(unit) * count < MOST_CHARACTERS:
        count *= 2
        small = _work(_seed(frame, unit, count))
    large = _work(_seed(frame, unit, GROWTH * count))
    ratio = large / max(small, 1e-3)
    assert ratio <= MOST_RATIO, f"{GROWTH}× the repeats of {unit!r} cost {ratio:.1f}× the work"
