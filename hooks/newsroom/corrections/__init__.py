"""Editorial corrections: the editor's `corrections.yml` has the last word over the extractors.

`read.py` parses the file (every entry with its line number, a `Problem` for
each bad one), `apply.py` applies it to extracted articles before they are
merged (pure functions, new articles out), and `report.py` says what is in
force, for the generated Corrections page and `python -m newsroom corrections check`.
The file's shape and the workflow are in the README ("Correcting the extraction").
"""

from __future__ import annotations

from .apply import Applied, apply_corrections, correct_articles, seed_name
from .read import CORRECTIONS_FILE, Corrections, Problem, parse_corrections, read_corrections

__all__ = [
    "CORRECTIONS_FILE",
    "Applied",
    "Corrections",
    "Problem",
    "apply_corrections",
    "correct_articles",
    "parse_corrections",
    "read_corrections",
    "seed_name",
]
