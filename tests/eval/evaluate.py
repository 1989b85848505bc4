"""Score the extractors against the hand-made evaluation set and the real-world set.

Run `make eval` (or `python tests/eval/evaluate.py`) for the figures and a table
of misses and spurious items per article of the invented set, then `score.py`'s
figures on the real articles beside the repository (`realworld.py`; skipped with
one line when that set is absent), whose misses `--verbose` lists;
`--write-baseline` records the figures that `tests/test_eval.py` then refuses to
fall below.
"""

from __future__ import annotations

import argparse
import json
import sys
import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).parent
sys.path[:0] = [str(HERE.parent.parent / "hooks"), str(HERE.parent)]

from eval import realworld  # noqa: E402
from newsroom import load_article  # noqa: E402
from newsroom.model import Article  # noqa: E402

BASELINE = HERE / "baseline.json"
Item = dict[str, Any]


@dataclass
class Score:
    """Counts for one extractor, plus the attribute checked on matched pairs."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0
    attribute_right: int = 0
    misses: dict[str, list[str]] = field(default_factory=dict)
    spurious: dict[str, list[str]] = field(default_factory=dict)

    @property
    def precision(self) -> float:
        """Share of predicted items that match a gold item."""
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Share of gold items that were found."""
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    @property
    def attribute(self) -> float:
        """Share of matched pairs whose attribute (speaker, roles, date) is right."""
        return self.attribute_right / self.matched if self.matched else 1.0


def fold(text: str | None) -> str:
    """Compare text without case, accents, a leading article or outer punctuation."""
    if not text:
        return ""
    bare = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    bare = " ".join(bare.replace("’", "'").split()).strip(" .,;:")
    return bare[4:] if bare.startswith("the ") else bare


def _score(
    score: Score,
    name: str,
    gold: list[Item],
    predicted: list[Item],
    same: Callable[[Item, Item], bool],
    right: Callable[[Item, Item], bool],
    label: Callable[[Item], str],
) -> None:
    unmatched = list(predicted)
    score.gold += len(gold)
    score.predicted += len(predicted)
    for item in gold:
        partner = next((p for p in unmatched if same(item, p)), None)
        if partner is None:
            score.misses.setdefault(name, []).append(label(item))
            continue
        unmatched.remove(partner)
        score.matched += 1
        if right(item, partner):
            score.attribute_right += 1
        else:
            score.misses.setdefault(name, []).append(f"{label(item)} (got {label(partner)})")
    for item in unmatched:
        score.spurious.setdefault(name, []).append(label(item))


def predictions(article: Article) -> dict[str, list[Item]]:
    """The extractors' output in the gold files' shape."""
    return {
        "quotes": [{"text": q.text, "speaker": q.speaker.name if q.speaker else None, "kind": q.kind}
                   for q in article.quotes],
        "organisations": [{"name": o.name, "acronym": o.acronym, "roles": o.roles} for o in article.organisations],
        "events": [{"date": e.date, "end_date": e.end_date, "sentence": article.text[e.start : e.end]} for e in article.events],
        "statements": [{"text": s.text, "speaker": s.speaker.name} for s in article.statements],
    }


def _org_same(gold: Item, found: Item) -> bool:
    return fold(gold["name"]) == fold(found["name"]) or (
        bool(gold.get("acronym")) and gold.get("acronym") == found.get("acronym")
    )


def _event_same(gold: Item, found: Item) -> bool:
    return fold(gold["sentence"]) == fold(found["sentence"]) and gold["date"] == found["date"]


SPECS: dict[str, tuple[Callable[[Item, Item], bool], Callable[[Item, Item], bool], Callable[[Item], str]]] = {
    "quotes": (
        lambda g, p: fold(g["text"]) == fold(p["text"]),
        lambda g, p: fold(g["speaker"]) == fold(p["speaker"]),
        lambda i: f"“{i['text'][:50]}” — {i['speaker']}",
    ),
    "organisations": (
        _org_same,
        lambda g, p: sorted(g["roles"]) == sorted(p["roles"]),
        lambda i: f"{i['name']} ({i.get('acronym')}) {i['roles']}",
    ),
    "events": (
        _event_same,
        lambda g, p: g.get("end_date") == p.get("end_date"),
        lambda i: f"{i['date']}: {i['sentence'][:60]}",
    ),
    "statements": (
        lambda g, p: fold(g["text"]) == fold(p["text"]),
        lambda g, p: fold(g["speaker"]) == fold(p["speaker"]),
        lambda i: f"{i['speaker']}: {i['text'][:50]}",
    ),
}


def evaluate(paths: Iterable[Path]) -> dict[str, Score]:
    """Score every article that has a gold file."""
    scores = {name: Score() for name in SPECS}
    for path in paths:
        gold = json.loads((HERE / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        found = predictions(load_article(path, f"eval/{path.name}"))
        for name, (same, right, label) in SPECS.items():
            _score(scores[name], path.stem, gold.get(name, []), found[name], same, right, label)
    return scores


def figures(scores: dict[str, Score]) -> dict[str, float]:
    """The numbers the baseline records, rounded to three places."""
    result: dict[str, float] = {}
    attribute = {"quotes": "speaker", "organisations": "roles", "events": "end_date", "statements": "speaker"}
    for name, score in scores.items():
        result[f"{name}.precision"] = round(score.precision, 3)
        result[f"{name}.recall"] = round(score.recall, 3)
        result[f"{name}.f1"] = round(score.f1, 3)
        result[f"{name}.{attribute[name]}"] = round(score.attribute, 3)
    return result


def articles() -> list[Path]:
    """The evaluation articles, in order."""
    return sorted((HERE / "articles").glob("*.txt"))


def _report(scores: dict[str, Score]) -> str:
    lines = [f"{'extractor':<14}{'P':>7}{'R':>7}{'F1':>7}{'attr':>7}{'gold':>6}{'found':>7}"]
    for name, s in scores.items():
        lines.append(f"{name:<14}{s.precision:>7.3f}{s.recall:>7.3f}{s.f1:>7.3f}{s.attribute:>7.3f}"
                     f"{s.gold:>6}{s.predicted:>7}")
    for name, s in scores.items():
        for article in sorted(set(s.misses) | set(s.spurious)):
            for miss in s.misses.get(article, []):
                lines.append(f"  {name:<13} {article:<34} miss      {miss}")
            for extra in s.spurious.get(article, []):
                lines.append(f"  {name:<13} {article:<34} spurious  {extra}")
    return "\n".join(lines)


def main() -> int:
    """Print the figures; optionally record them as the new baseline."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--write-baseline", action="store_true", help="record these figures as the baseline")
    parser.add_argument("--quiet", action="store_true", help="print the figures only, not the misses")
    parser.add_argument("--verbose", action="store_true", help="list every miss on the real-world set too")
    options = parser.parse_args()
    scores = evaluate(articles())
    report = _report(scores)
    print("invented set (tests/eval/)")
    print(report.split("\n  ")[0] if options.quiet else report)
    if options.write_baseline:
        _write(BASELINE, figures(scores))
    print(f"\nreal-world set ({realworld.FOLDER})")
    if not realworld.available():
        print(realworld.SKIPPED)
        return 0
    real_report, real_figures = realworld.score(options.verbose)
    print(real_report.rsplit("\n", 1)[-1] if options.quiet else real_report)
    if options.write_baseline:
        _write(realworld.BASELINE, real_figures)
    return 0


# Record figures as a baseline file.
def _write(path: Path, numbers: dict[str, float]) -> None:
    path.write_text(json.dumps(numbers, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    print(f"baseline written to {path.relative_to(HERE.parent.parent)}")


if __name__ == "__main__":
    raise SystemExit(main())
