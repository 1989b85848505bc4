"""Score the extractors on the real articles kept beside the project (`../shared/realworld/`).

That set (real news articles and press releases, their gold files and `score.py`)
is evaluation data kept outside the repository: a clone without it skips it. Each
article is extracted as a user would give it, with its gold `published` date as
front matter; `score.py` itself scores the extraction, and its summary line gives
the figures that `realworld_baseline.json` records.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE.parent.parent / "hooks"))

from newsroom.data.extraction import extraction_json  # noqa: E402
from newsroom.pipeline import extract_bytes  # noqa: E402

FOLDER = HERE.parent.parent.parent / "shared" / "realworld"
BASELINE = HERE / "realworld_baseline.json"
SKIPPED = f"real-world set skipped: {FOLDER} is not here (it sits beside the repository in CI, not in a clone)"
# Figures where a higher number is worse: the baseline is a ceiling for them.
CEILINGS = ("organisations.traps",)
# `score.py`'s summary line: quotes P/R/F1 attr | orgs P/R/F1 role traps | events P/R/F1 | macro F1s.
_SUMMARY = re.compile(
    r"quotes P(?P<q_p>[\d.]+) R(?P<q_r>[\d.]+) F1 (?P<q_f>[\d.]+) attr (?P<q_a>[\d.]+) \| "
    r"orgs P(?P<o_p>[\d.]+) R(?P<o_r>[\d.]+) F1 (?P<o_f>[\d.]+) role (?P<o_a>[\d.]+) traps (?P<o_t>\d+) \| "
    r"events P(?P<e_p>[\d.]+) R(?P<e_r>[\d.]+) F1 (?P<e_f>[\d.]+) \| "
    r"macro F1 q (?P<m_q>[\d.]+) o (?P<m_o>[\d.]+) e (?P<m_e>[\d.]+)\s*\Z"
)
_FIGURES = {
    "q_p": "quotes.precision", "q_r": "quotes.recall", "q_f": "quotes.f1", "q_a": "quotes.speaker",
    "o_p": "organisations.precision", "o_r": "organisations.recall", "o_f": "organisations.f1",
    "o_a": "organisations.roles", "o_t": "organisations.traps",
    "e_p": "events.precision", "e_r": "events.recall", "e_f": "events.f1",
    "m_q": "quotes.macro_f1", "m_o": "organisations.macro_f1", "m_e": "events.macro_f1",
}


def available() -> bool:
    """Tell whether the real-world set (articles, gold and scorer) is beside the repository."""
    return (FOLDER / "score.py").is_file() and (FOLDER / "gold").is_dir()


def extraction() -> dict[str, Any]:
    """Extract every article that has a gold file, its gold `published` date as front matter.

    The CLI's JSON, with each event's `sentence` index replaced by the sentence's text (how the scorer reads it).
    """
    articles = []
    for gold_file in sorted((FOLDER / "gold").glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        head = f"---\npublished: {gold['published']}\n---\n" if gold.get("published") else ""
        text = head + (FOLDER / "articles" / f"{gold_file.stem}.txt").read_text(encoding="utf-8")
        articles.append(extract_bytes(text.encode("utf-8"), f"realworld/{gold_file.stem}.txt", gold_file.stem))
    data = extraction_json(articles)
    for article in data["articles"]:
        for event in article["events"]:
            event["sentence"] = article["sentences"][event["sentence"]]["text"]
    return data


def score(verbose: bool = False) -> tuple[str, dict[str, float]]:
    """Run `score.py` on the extraction; return its report and the figures of its summary line."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "extraction.json"
        path.write_text(json.dumps(extraction(), ensure_ascii=False), encoding="utf-8")
        command = [sys.executable, str(FOLDER / "score.py"), str(path), str(FOLDER / "gold")]
        run = subprocess.run([*command, *(["--verbose"] if verbose else [])], capture_output=True, text=True,
                             check=True)
    report = run.stdout.rstrip("\n")
    summary = _SUMMARY.search(report.rsplit("\n", 1)[-1])
    if summary is None:
        raise ValueError(f"score.py's summary line changed shape: {report.rsplit(chr(10), 1)[-1]!r}")
    return report, {_FIGURES[key]: float(value) for key, value in summary.groupdict().items()}


def fallen(current: dict[str, float], recorded: dict[str, float]) -> dict[str, tuple[float, float]]:
    """Return the figures worse than their baseline, as (now, baseline)."""
    return {
        name: (current[name], floor)
        for name, floor in recorded.items()
        if (current[name] > floor if name in CEILINGS else current[name] < floor)
    }
