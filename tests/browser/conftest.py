"""Browser fixtures: the built site over HTTP on 127.0.0.1 and Debian's headless chromium.

The site is the seed and the six-article test corpus, with page sizes small enough
that speaker, organisation, timeline and directory pages each have a second page.

Playwright never downloads a browser here; it drives `/usr/bin/chromium`. Without
chromium the browser tests are skipped, except in CI (`CI=true`) where they fail.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from projects import ROOT, corpus_seeds, make_project, mkdocs_build

# Small pages, so the browser sees paged listings with their previous/next links.
PAGE_SIZES = {"speaker_page_size": 4, "organisation_page_size": 2, "timeline_page_size": 3, "directory_page_size": 5}
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _wait_for_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise RuntimeError(f"http.server did not listen on port {port}")


@pytest.fixture(scope="session")
def built_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Build the seed and the test corpus with small page sizes (`--strict`); return the site folder."""
    project = tmp_path_factory.mktemp("browsed")
    seeds = {path.name: path.read_bytes() for path in (ROOT / "seeds").glob("*.txt")}
    make_project(project, {**seeds, **corpus_seeds()})
    config = project / "mkdocs.yml"
    sizes = "".join(f"    {option}: {size}\n" for option, size in PAGE_SIZES.items())
    text = config.read_text(encoding="utf-8").replace("  newsroom:\n", f"  newsroom:\n{sizes}", 1)
    config.write_text(text, encoding="utf-8")
    site = project / "site"
    result = mkdocs_build(project, "--strict", "--site-dir", str(site))
    assert result.returncode == 0, f"mkdocs build --strict failed:\n{result.stdout}\n{result.stderr}"
    return site


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    """The chromium binary, or a skip (a failure in CI) when it is missing."""
    if not CHROMIUM.is_file():
        message = f"{CHROMIUM} is not installed (apt-get install -y chromium)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return CHROMIUM


@pytest.fixture(scope="session")
def site_url(built_site: Path) -> Iterator[str]:
    """Serve the built site with `python -m http.server` for the whole session."""
    port = _free_port()
    server = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "http.server",
            str(port),
            "--bind",
            "127.0.0.1",
            "--directory",
            str(built_site),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        _wait_for_port(port)
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        server.wait(timeout=10)


@pytest.fixture(scope="session")
def browser(chromium_path: Path) -> Iterator[Browser]:
    """One headless chromium for the whole session; each test opens its own context."""
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(chromium_path), args=CHROMIUM_ARGS)
        yield launched
        launched.close()
