"""`mkdocs serve` survives a seed saved broken: it logs the error, keeps the last good page, and recovers;
it rebuilds when the corrections file is saved, as when a seed is."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import Files

from newsroom.load import Message, load_folder
from newsroom.model import Article
from projects import make_project

GOOD = b"The harbour reopened on Friday. Version one of the story."
BROKEN = b"---\ntitle: [never closed\n---\nVersion two of the story."
TITLE = "The harbour reopened on Friday"
BROKEN_REASON = "has malformed YAML front matter (line 3)"
FIXED = b"The harbour reopened on Friday. Version three of the story."
# How long to wait for the server to start or rebuild (a bound, not a timing under test).
PATIENCE = 90.0


# A port nobody listens on right now.
def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# Poll until `ready()` returns a true value; fail with `what` when patience runs out.
def _wait_for(ready: Callable[[], object], what: str) -> None:
    deadline = time.monotonic() + PATIENCE
    while time.monotonic() < deadline:
        if ready():
            return
        time.sleep(0.3)
    pytest.fail(f"gave up waiting for {what}")


# The body of a page, or "" when the server does not answer with it.
def _get(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return str(response.read().decode("utf-8"))
    except (urllib.error.URLError, OSError):
        return ""


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[Path, str, Path]]:
    """A throw-away project served by `mkdocs serve` on a free port: (project, base URL, log file)."""
    project = make_project(tmp_path, {"harbour.txt": GOOD})
    (project / "corrections.yml").write_text("# no corrections yet\n", encoding="utf-8")
    port = _free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as stream:
        server = subprocess.Popen(
            [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}", "-f", str(project / "mkdocs.yml")],
            cwd=project,
            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
            stdout=stream,
            stderr=subprocess.STDOUT,
        )
    try:
        yield project, f"http://127.0.0.1:{port}", log
    finally:
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def test_serve_keeps_the_last_good_page_and_recovers(served: tuple[Path, str, Path]) -> None:
    project, base, log = served
    page = f"{base}/articles/harbour/"
    _wait_for(lambda: "Version one" in _get(page), "the first build")

    (project / "seeds/harbour.txt").write_bytes(BROKEN)
    error = "ERROR   -  newsroom: seeds/harbour.txt: has malformed YAML front matter (line 3); showing its last good version"
    _wait_for(lambda: error in log.read_text(encoding="utf-8"), "the error naming the broken seed")
    _wait_for(lambda: "Reloading browsers" in log.read_text(encoding="utf-8"), "the rebuild to finish")
    assert "Version one" in _get(page)

    (project / "seeds/fresh.txt").write_bytes(b"---\npublished: [\n---\nNever good.")
    _wait_for(lambda: "seeds/fresh.txt: has malformed YAML front matter (line 3); left out" in log.read_text(
        encoding="utf-8"), "the error naming a seed that never built")
    assert "Version one" in _get(page)

    (project / "seeds/harbour.txt").write_bytes(FIXED)
    _wait_for(lambda: "Version three" in _get(page), "the fixed seed's page")
    output = log.read_text(encoding="utf-8")
    assert "Traceback" not in output
    assert "An error happened during the rebuild" not in output


def test_serve_rebuilds_when_the_corrections_file_is_saved(served: tuple[Path, str, Path]) -> None:
    project, base, log = served
    _wait_for(lambda: "Version one" in _get(f"{base}/articles/harbour/"), "the first build")
    assert "Harbour Works Agency" not in _get(f"{base}/organisers/")
    (project / "corrections.yml").write_text(
        "articles:\n  harbour.txt:\n    organisations:\n      - add: Harbour Works Agency\n        role: organiser\n",
        encoding="utf-8",
    )
    _wait_for(lambda: "Harbour Works Agency" in _get(f"{base}/organisers/"), "the rebuild after the corrections file was saved")
    assert "nr-corrected" in _get(f"{base}/organisers/")
    assert "Harbour Works Agency added as organiser" in _get(f"{base}/corrections/")
    assert "Traceback" not in log.read_text(encoding="utf-8")


def test_only_serve_falls_back_to_the_last_good_article(tmp_path: Path) -> None:
    seeds = make_project(tmp_path, {"harbour.txt": GOOD}) / "seeds"
    said: list[Message] = []
    serving: dict[str, Article] = {}
    assert [a.title for a in load_folder(seeds, said.append, last_good=serving).articles] == [TITLE]
    (seeds / "harbour.txt").write_bytes(BROKEN)
    kept = load_folder(seeds, said.append, last_good=serving)
    assert ([a.title for a in kept.articles], kept.bad) == ([TITLE], ["seeds/harbour.txt"])
    assert said == [Message("error", f"seeds/harbour.txt: {BROKEN_REASON}; showing its last good version")]
    building = load_folder(seeds, said.append)
    assert (building.articles, building.bad) == ([], ["seeds/harbour.txt"])
    assert said[-1] == Message("error", f"seeds/harbour.txt: {BROKEN_REASON}; left out")
    (seeds / "harbour.txt").unlink()
    assert load_folder(seeds, said.append, last_good=serving).articles == []
    assert serving == {}  # a deleted seed's last good article is forgotten


def test_strict_fails_even_when_serve_shows_the_last_good_article(tmp_path: Path) -> None:
    project = make_project(tmp_path, {"harbour.txt": GOOD})
    config = load_config(str(project / "mkdocs.yml"))  # loads the project's hook, as MkDocs does
    config.plugins.on_startup(command="serve", dirty=False)
    config.plugins.on_files(Files([]), config=config)
    (project / "seeds/harbour.txt").write_bytes(BROKEN)
    assert "articles/harbour.md" in [f.src_uri for f in config.plugins.on_files(Files([]), config=config)]
    config.strict = True
    with pytest.raises(PluginError, match=r"^newsroom: --strict: 1 seed\(s\) cannot be built: seeds/harbour\.txt$"):
        config.plugins.on_files(Files([]), config=config)
