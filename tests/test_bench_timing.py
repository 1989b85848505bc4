"""The benchmark's timing hook reads the newsroom's phases and extractions from the outside."""

from __future__ import annotations

import json
from pathlib import Path

from projects import ROOT, make_project, mkdocs_build


def test_timing_hook_writes_the_figures_the_bench_reads(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"bridge.txt": b"The bridge reopened on Friday.", "bad.txt": b"\x00"})
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    assert "  - hooks/microsite.py\n" in text
    config.write_text(
        text.replace("  - hooks/microsite.py\n", f"  - hooks/microsite.py\n  - {ROOT / 'bench/timing_hook.py'}\n"),
        encoding="utf-8",
    )
    stats = tmp_path / "stats.json"
    result = mkdocs_build(project, NEWSROOM_STATS=str(stats))
    assert result.returncode == 0, result.stderr
    figures = json.loads(stats.read_text(encoding="utf-8"))
    assert (figures["extracted"], figures["reused"]) == (2, 0)  # the binary seed is refused while extracted
    for phase in ("load", "render", "fold"):
        assert figures[phase] >= 0 and figures[f"{phase}_cpu"] >= 0, phase
    assert 0 < figures["extraction_median"] <= figures["load"]
