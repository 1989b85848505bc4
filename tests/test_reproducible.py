"""Two builds of the same seeds give byte-identical pages and data, whatever order the files come in."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsroom import load_article
from newsroom.data.extraction import extraction_json
from newsroom.read import discover_seeds
from newsroom.site import render_site
from projects import ROOT, make_project, mkdocs_build

# The real article, slug collisions (which `-2` goes where depends on order) and accented names.
SEEDS = {
    "celac-china-forum.txt": (ROOT / "seeds/celac-china-forum.txt").read_bytes(),
    "flood maps.txt": "“Maps first,” said Ana Lima of the River Council.".encode(),
    "flood-maps.txt": b"The River Council published flood maps on 3 May 2024.",
    "Report.txt": b"The first report was signed on Monday.",
    "report.txt": b"The second report was signed on Tuesday.",
    "São Tomé.txt": "Ferries to São Tomé resumed last week, the port authority said.".encode(),
}


# Every file of a built site by path, with its bytes.
def _site_files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


def test_two_builds_are_byte_identical(tmp_path: Path) -> None:
    (tmp_path / "first").mkdir()
    (tmp_path / "elsewhere" / "second").mkdir(parents=True)
    first = make_project(tmp_path / "first", {})
    second = make_project(tmp_path / "elsewhere" / "second", {})
    for project, names in ((first, sorted(SEEDS)), (second, sorted(SEEDS, reverse=True))):
        for name in names:  # created in opposite orders, in folders at different paths
            (project / "seeds" / name).write_bytes(SEEDS[name])
        result = mkdocs_build(project, "--strict")
        assert result.returncode == 0, result.stderr
    one, two = _site_files(first / "site"), _site_files(second / "site")
    assert sorted(one) == sorted(two)
    differing = [path for path in one if one[path] != two[path]]
    assert differing == []
    assert {"search/search_index.json", "data/extraction.json", "sitemap.xml", "sitemap.xml.gz"} <= set(one)
    # Colliding slugs: the first file by name keeps the plain URL in both builds.
    assert b"The first report" in one["articles/report/index.html"]
    assert b"The second report" in one["articles/report-2/index.html"]
    assert b"Maps first" in one["articles/flood-maps/index.html"]
    assert b"3 May 2024" in one["articles/flood-maps-2/index.html"]


# A folder listing in a shuffled order, as another file system may give it.
def _shuffled(seed: int) -> object:
    original = Path.iterdir

    def iterdir(self: Path) -> Iterator[Path]:
        entries = list(original(self))
        random.Random(seed).shuffle(entries)
        return iter(entries)

    return iterdir


# Pages and data from the seeds as discovered in one listing order.
def _output(folder: Path) -> tuple[dict[str, str], str]:
    articles = [load_article(path, f"seeds/{path.name}") for path in discover_seeds(folder)]
    return render_site(articles), json.dumps(extraction_json(articles), ensure_ascii=False)


@pytest.mark.parametrize("order", range(3))
def test_listing_order_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, order: int) -> None:
    for name, content in SEEDS.items():
        (tmp_path / name).write_bytes(content)
    listing = [p.name for p in tmp_path.iterdir()]
    expected = _output(tmp_path)
    monkeypatch.setattr(Path, "iterdir", _shuffled(order))
    assert [p.name for p in tmp_path.iterdir()] != listing  # the listing really comes in another order
    assert _output(tmp_path) == expected
