"""Rendered pages of the hand-built articles match the files under `tests/golden/`.

Regenerate after an intended change with `UPDATE_GOLDEN=1 pytest tests/test_golden.py`
and review the diff before committing it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from articles import ferry_article, river_article
from newsroom.site import render_site

GOLDEN = Path(__file__).parent / "golden" / "pages"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"

PAGES = render_site([river_article(), ferry_article()])


# Write the current rendering as the new expectation, removing pages that no longer exist.
def _update_golden() -> None:
    for stale in GOLDEN.rglob("*.md"):
        if stale.relative_to(GOLDEN).as_posix() not in PAGES:
            stale.unlink()
    for path, text in PAGES.items():
        target = GOLDEN / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


if UPDATE:
    _update_golden()


def test_golden_pages_are_exactly_the_rendered_pages() -> None:
    expected = sorted(path.relative_to(GOLDEN).as_posix() for path in GOLDEN.rglob("*.md"))
    assert sorted(PAGES) == expected


@pytest.mark.parametrize("path", sorted(PAGES))
def test_page_matches_golden(path: str) -> None:
    golden = GOLDEN / path
    assert golden.is_file(), f"no golden file for {path}; run with UPDATE_GOLDEN=1"
    assert golden.read_text(encoding="utf-8") == PAGES[path], f"{path} differs; UPDATE_GOLDEN=1 to accept"
