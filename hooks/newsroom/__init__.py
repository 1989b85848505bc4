"""Core of the news microsite generator: seeds in, articles, pages and data out.

Nothing here imports MkDocs, so the same code runs from the command line
(`python -m newsroom SEED`) and from any site generator. `load_folder` reads a
seeds folder as the hook, the command line and `export-pages` all do.
"""

from __future__ import annotations

from .load import load_files, load_folder
from .pipeline import extract_text, load_article
from .read import discover_seeds

__all__ = ["discover_seeds", "extract_text", "load_article", "load_files", "load_folder"]
