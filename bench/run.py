"""`make bench`: build generated archives with and without the hooks and report the figures.

    PYTHONPATH=hooks:. .venv/bin/python -m bench.run [--sizes 10 100 1000] [--quick]

For each size: hooks, plain and floor builds alternate (medians of several runs),
then one build with every article in the nav, then a serve rebuild after editing
one seed, then search timings in Chromium. *plain* is MkDocs over the very pages
the hooks generate; *floor* is MkDocs over one page per article holding its text. Figures go to
`bench/results.json` and a table is printed.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from bench import measure, projects
from bench.measure import Build
from bench.report import table

RESULTS = Path(__file__).resolve().parent / "results.json"
HOOK_PHASES = ("load", "render", "fold")


# Runs per size: more where builds are quick, three at a thousand articles.
def _runs(size: int, quick: bool) -> int:
    if quick:
        return 1
    return 5 if size <= 100 else 3


# Median of one field over several builds.
def _median(builds: list[Build], field: str) -> float:
    return statistics.median(float(getattr(build, field)) for build in builds)


# Median of one hook timing over several builds.
def _hook_median(builds: list[Build], phase: str) -> float:
    return statistics.median(build.hooks[phase] for build in builds)


def bench_size(work: Path, size: int, runs: int, nav_variant: bool, serve: bool, search: bool) -> dict[str, Any]:
    """Return the figures for an archive of `size` articles.

    Build one size's projects, alternating, and gather every figure.
    """
    seeds = projects.corpus(work, size)
    hooks_config = projects.hooks_project(work, seeds)
    plain_config = projects.plain_project(work, seeds)
    floor_config = projects.floor_project(work, seeds)
    stats = work / "stats.json"
    with_hooks: list[Build] = []
    plain: list[Build] = []
    floor: list[Build] = []
    for run in range(runs):
        print(f"  {size} articles, run {run + 1}/{runs}", flush=True)
        with_hooks.append(measure.build(hooks_config, work / "site-hooks", stats))
        plain.append(measure.build(plain_config, work / "site-plain"))
        floor.append(measure.build(floor_config, work / "site-floor"))
    text_bytes = sum(path.stat().st_size for path in seeds.iterdir())
    hooks_total = {phase: _hook_median(with_hooks, phase) for phase in HOOK_PHASES}
    hooks_cpu = statistics.median(sum(build.hooks[f"{phase}_cpu"] for phase in HOOK_PHASES) for build in with_hooks)
    total = _median(with_hooks, "seconds")
    result: dict[str, Any] = {
        "articles": size,
        "runs": runs,
        "pages": with_hooks[0].pages,
        "plain_pages": plain[0].pages,
        "build_seconds": total,
        "plain_seconds": _median(plain, "seconds"),
        "all_build_seconds": [round(build.seconds, 3) for build in with_hooks],
        "all_plain_seconds": [round(build.seconds, 3) for build in plain],
        "hooks_seconds": sum(hooks_total.values()),
        "extraction_seconds": hooks_total["load"],
        "rendering_seconds": hooks_total["render"],
        "search_folding_seconds": hooks_total["fold"],
        "extraction_median_ms": 1000 * _hook_median(with_hooks, "extraction_median"),
        "extraction_median_cpu_ms": 1000 * _hook_median(with_hooks, "extraction_median_cpu"),
        "build_cpu_seconds": _median(with_hooks, "cpu_seconds"),
        "plain_cpu_seconds": _median(plain, "cpu_seconds"),
        "hooks_cpu_seconds": hooks_cpu,
        "peak_memory_mb": max(build.peak_mb for build in with_hooks),
        "plain_peak_memory_mb": max(build.peak_mb for build in plain),
        "search_index_bytes": with_hooks[0].search_index_bytes,
        "plain_search_index_bytes": plain[0].search_index_bytes,
        "floor_pages": floor[0].pages,
        "floor_seconds": _median(floor, "seconds"),
        "floor_cpu_seconds": _median(floor, "cpu_seconds"),
        "floor_search_index_bytes": floor[0].search_index_bytes,
        "largest_page_bytes": with_hooks[0].largest_page_bytes,
        "seed_text_bytes": text_bytes,
        "index_to_text": with_hooks[0].search_index_bytes / text_bytes,
        "floor_index_to_text": floor[0].search_index_bytes / text_bytes,
    }
    alone = measure.extraction_alone(seeds)
    result["extraction_alone_median_ms"] = alone["median_ms"]
    result["extraction_alone_median_cpu_ms"] = alone["median_cpu_ms"]
    result["ratio"] = result["build_seconds"] / result["plain_seconds"]
    result["floor_ratio"] = result["build_seconds"] / result["floor_seconds"]
    result["hooks_share"] = result["hooks_seconds"] / result["build_seconds"]
    result["cpu_ratio"] = result["build_cpu_seconds"] / result["plain_cpu_seconds"]
    result["floor_cpu_ratio"] = result["build_cpu_seconds"] / result["floor_cpu_seconds"]
    result["hooks_cpu_share"] = hooks_cpu / result["build_cpu_seconds"]
    if nav_variant:
        print(f"  {size} articles, every article in the nav", flush=True)
        nav_config = projects.hooks_project(work, seeds, name="full-nav", nav_articles=True)
        result["full_nav_seconds"] = measure.build(nav_config, work / "site-full-nav").seconds
    if serve:
        print(f"  {size} articles, serve rebuild after editing one seed", flush=True)
        edited = sorted(seeds.iterdir())[size // 2]
        result["serve_rebuild"] = measure.serve_rebuild(hooks_config, edited, work / "serve-stats.json")
    if search:
        print(f"  {size} articles, search in Chromium", flush=True)
        result["search"] = measure.search_in_chromium(work / "site-hooks")
    return result


def main() -> None:
    """Run the benchmark.

    Parse the command line, run every size, write the results and print the table.
    """
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 100, 1000])
    parser.add_argument("--nav-sizes", type=int, nargs="*", default=[10, 100, 1000],
                        help="sizes that also build with every article in the nav (slow: grows with the square)")
    parser.add_argument("--quick", action="store_true", help="one run per size (a smoke test, not figures)")
    parser.add_argument("--no-serve", action="store_true", help="skip the serve rebuild")
    parser.add_argument("--no-search", action="store_true", help="skip the Chromium search timing")
    parser.add_argument("--work", type=Path, help="keep the generated projects here (default: a temporary folder)")
    parser.add_argument("--out", type=Path, default=RESULTS)
    options = parser.parse_args()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="newsroom-bench-") as temporary:
        work = options.work or Path(temporary)
        sizes = []
        for size in options.sizes:
            print(f"{size} articles", flush=True)
            folder = work / f"n{size}"
            folder.mkdir(parents=True, exist_ok=True)
            sizes.append(bench_size(folder, size, _runs(size, options.quick), size in options.nav_sizes,
                                    not options.no_serve, not options.no_search))
        results: dict[str, Any] = {"machine": _machine(), "sizes": sizes}
    by_size = {entry["articles"]: entry for entry in sizes}
    if 100 in by_size and 1000 in by_size:
        results["growth_100_to_1000"] = by_size[1000]["build_seconds"] / by_size[100]["build_seconds"]
    results["bench_seconds"] = time.perf_counter() - started
    options.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(table(results))
    print(f"\nwritten to {options.out}")


# Where the figures were taken, so they are read against the right machine.
def _machine() -> dict[str, Any]:
    import os

    return {
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "load_average_at_start": [round(value, 2) for value in os.getloadavg()],
    }


if __name__ == "__main__":
    main()
