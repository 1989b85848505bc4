"""Core of the news microsite generator: seeds in, articles, pages and data out.

Nothing here imports MkDocs, so the same code runs from the command line
(`python -m newsroom SEED`) and from any site generator.
"""

from __future__ import annotations

from .pipeline import extract_text, load_article
from .read import discover_seeds

__all__ = ["discover_seeds", "extract_text", "load_article"]
