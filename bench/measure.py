"""One measurement each: a build, a serve rebuild after an edit, a search in Chromium.

Builds run `mkdocs build` in a child process: wall time from start to exit,
peak memory from the child's own resource usage (`os.wait4`), and, for the
hooks project, the newsroom's phase timings, which the benchmark's own hook
(`bench/timing_hook.py`) writes to the file `NEWSROOM_STATS` names.
"""

from __future__ import annotations

import gc
import json
import os
import queue
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.timing_hook import STATS_VARIABLE

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
# Words every generated article has (so every query has many results), then names and topics.
SEARCH_QUERIES = ("reporters", "stall", "supported", "review", "meeting", "Mahmoud", "flood defences", "treasurer")
# Results shown, or Material's "No matching documents".
_ANSWERED = (
    "document.querySelector('.md-search-result__item') || "
    "/no matching/i.test(document.querySelector('.md-search-result__meta')?.textContent || '')"
)


@dataclass
class Build:
    """One `mkdocs build`: seconds, peak resident memory, and the hook's timings if any."""

    seconds: float
    cpu_seconds: float
    peak_mb: float
    pages: int
    search_index_bytes: int
    largest_page_bytes: int
    hooks: dict[str, float] = field(default_factory=dict)


def extraction_alone(seeds: Path) -> dict[str, Any]:
    """Return the median wall-clock and processor milliseconds of one extraction.

    Every seed of a corpus extracted one after another in a fresh process, as on one core with nothing
    else running: the extractors' own cost per article, apart from the build around them.
    """
    env = dict(ENV)
    command = [sys.executable, "-m", "bench.measure", str(seeds)]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=True)
    figures: dict[str, Any] = json.loads(done.stdout)
    return figures


# The child's side of `extraction_alone`.
def _extract_each(seeds: Path) -> dict[str, Any]:
    from newsroom.pipeline import extract_bytes  # the core, as the hook runs it (PYTHONPATH=hooks)

    walls: list[float] = []
    cpus: list[float] = []
    gc.disable()  # as in the hook, which pauses the cyclic collector while it works
    for path in sorted(seeds.iterdir()):
        raw = path.read_bytes()
        started, started_cpu = time.perf_counter(), time.process_time()
        extract_bytes(raw, f"seeds/{path.name}", path.stem)
        walls.append(time.perf_counter() - started)
        cpus.append(time.process_time() - started_cpu)
    return {
        "median_ms": 1000 * statistics.median(walls),
        "median_cpu_ms": 1000 * statistics.median(cpus),
    }


def free_port() -> int:
    """Return a free port on 127.0.0.1 (bound to port 0 and released).

    A TCP port nobody listens on right now.
    """
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def build(config: Path, site: Path, stats: Path | None = None) -> Build:
    """Run `mkdocs build` for `config` into `site`; fail loudly if the build fails.

    Build a project once in a child process and measure it.
    """
    env = dict(ENV)
    if stats is not None:
        env[STATS_VARIABLE] = str(stats)
        stats.unlink(missing_ok=True)
    command = [sys.executable, "-m", "mkdocs", "build", "--quiet", "-f", str(config), "-d", str(site)]
    started = time.perf_counter()
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    assert child.stderr is not None
    errors = child.stderr.read()  # drained while it runs: a full pipe would stall the build
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise RuntimeError(f"build of {config} failed:\n{errors.decode(errors='replace')}")
    hooks = json.loads(stats.read_text(encoding="utf-8")) if stats is not None else {}
    index = site / "search" / "search_index.json"
    sizes = [page.stat().st_size for page in site.rglob("*.html") if page.name != "404.html"]
    cpu = usage.ru_utime + usage.ru_stime
    return Build(seconds, cpu, usage.ru_maxrss / 1024, len(sizes), index.stat().st_size, max(sizes), hooks)


# Lines a child process writes to stderr, read on a thread so waiting never blocks.
@contextmanager
def _serving(config: Path, stats: Path) -> Iterator[tuple[subprocess.Popen[bytes], queue.Queue[str]]]:
    port = free_port()
    command = [sys.executable, "-m", "mkdocs", "serve", "--dirtyreload", "-f", str(config), "-a", f"127.0.0.1:{port}"]
    env = {**ENV, STATS_VARIABLE: str(stats)}
    child = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    lines: queue.Queue[str] = queue.Queue()

    # Copy every line into the queue.
    def pump() -> None:
        assert child.stderr is not None
        for raw in child.stderr:
            lines.put(raw.decode(errors="replace"))

    threading.Thread(target=pump, daemon=True).start()
    try:
        yield child, lines
    finally:
        child.terminate()
        child.wait(timeout=30)


# Wait for a log line containing `needle`; return it.
def _wait_for(lines: queue.Queue[str], needle: str, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            line = lines.get(timeout=max(0.01, deadline - time.monotonic()))
        except queue.Empty:
            break
        if needle in line:
            return line
    raise TimeoutError(f"no log line with {needle!r} within {timeout:.0f} s")


def serve_rebuild(config: Path, seed: Path, stats: Path) -> dict[str, Any]:
    """Return the seconds from the edit to the rebuild's last log line, and the hook's counts.

    `mkdocs serve`, then one seed edited: how long until the rebuild is done, and what it extracted.
    """
    original = seed.read_bytes()
    with _serving(config, stats) as (_, lines):
        _wait_for(lines, "Serving on", timeout=1800)
        time.sleep(1.0)  # let the watcher settle
        edited = time.perf_counter()
        seed.write_bytes(original + b"\nA late paragraph was added to the article for the benchmark.\n")
        try:
            line = _wait_for(lines, "Documentation built in", timeout=600)
            seconds = time.perf_counter() - edited
        finally:
            seed.write_bytes(original)
    hooks = json.loads(stats.read_text(encoding="utf-8"))
    reported = float(line.split("Documentation built in")[1].split()[0])
    return {
        "seconds": seconds,
        "mkdocs_reported_seconds": reported,
        "extracted": hooks["extracted"],
        "reused": hooks["reused"],
        "hooks_seconds": hooks["load"] + hooks["render"] + hooks["fold"],
    }


# A built site over HTTP for the browser.
@contextmanager
def _http(site: Path) -> Iterator[str]:
    port = free_port()
    command = [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(site)]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        server.wait(timeout=10)


# Enter a query into Material's search box and time it until the results (or "no match") show.
def _timed_query(page: Any, query: str) -> float:
    box = page.locator("input.md-search__input")
    box.fill("")
    page.wait_for_function("!document.querySelector('.md-search-result__item')")
    started = time.perf_counter()
    box.fill(query)  # the whole query at once, then a key release, which Material listens for
    page.keyboard.press("End")
    page.wait_for_function(_ANSWERED, timeout=120_000, polling="raf")
    return time.perf_counter() - started


def search_in_chromium(site: Path) -> dict[str, Any]:
    """Return the first query's time (search index loaded after page load) and later queries' median.

    Search timings in headless Chromium on a built site.
    """
    if not CHROMIUM.is_file():
        return {"skipped": f"{CHROMIUM} is not installed"}
    from playwright.sync_api import sync_playwright

    with _http(site) as url, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            started = time.perf_counter()
            page.goto(url)
            page.locator("input.md-search__input").click()
            first = _timed_query(page, SEARCH_QUERIES[0])
            after_load = time.perf_counter() - started
            later = [_timed_query(page, query) for query in SEARCH_QUERIES[1:]]
        finally:
            browser.close()
    return {
        "first_query_seconds": first,
        "load_to_first_results_seconds": after_load,
        "query_median_seconds": statistics.median(later),
        "queries": list(SEARCH_QUERIES),
    }


if __name__ == "__main__":
    print(json.dumps(_extract_each(Path(sys.argv[1]))))
