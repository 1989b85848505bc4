"""`mkdocs serve --dirtyreload` rebuilds only the pages an edit changes, and serves exactly what a cold build gives."""

from __future__ import annotations

from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

from projects import corpus_seeds, fingerprint, make_project, mkdocs_build

ADDED = "\n\n“We will open the second lock in spring,” said Marta Quispe, the canal keeper.\n"


# Modification times of every published page.
def _stamps(site: Path) -> dict[str, int]:
    return {page.relative_to(site).as_posix(): page.stat().st_mtime_ns for page in site.rglob("*.html")}


def test_a_dirty_rebuild_renders_what_changed_and_equals_a_cold_build(tmp_path: Path) -> None:
    seeds = corpus_seeds()
    (tmp_path / "project").mkdir()
    project = make_project(tmp_path / "project", seeds)
    served = tmp_path / "served"
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(served))
    config.plugins.on_startup(command="serve", dirty=True)
    build(config, dirty=True)
    before = _stamps(served)
    edited, untouched = sorted(seeds)[0], sorted(seeds)[-1]
    seed = project / "seeds" / edited
    seed.write_bytes(seed.read_bytes() + ADDED.encode())
    rebuild = load_config(str(project / "mkdocs.yml"), site_dir=str(served))  # `mkdocs serve` reloads the config
    build(rebuild, dirty=True)
    rebuild.plugins.on_startup(command="build", dirty=False)  # the hook forgets this serve for later tests
    after = _stamps(served)
    changed = {page for page in after if after[page] != before.get(page)}
    assert f"articles/{Path(edited).stem}/index.html" in changed
    assert f"articles/{Path(untouched).stem}/index.html" not in changed
    assert len(changed) < len(after) / 2, sorted(changed)

    cold = tmp_path / "cold"
    assert mkdocs_build(project, "--site-dir", str(cold)).returncode == 0  # a fresh process: no state kept
    served_files, cold_files = fingerprint(served), fingerprint(cold)
    assert served_files.keys() == cold_files.keys()
    assert [path for path in served_files if served_files[path] != cold_files[path]] == []
    assert "Marta Quispe" in (served / "search" / "search_index.json").read_text(encoding="utf-8")
