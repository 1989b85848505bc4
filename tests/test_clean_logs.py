"""Seed values never forge a log line or reach a terminal raw: the hook's log, the CLI and `export-pages`.

The seeds of `hostile/log_cases.py` put `\\n` + a fake `ERROR` line and terminal
escape codes into front matter values and file names; every consumer of the
loader's messages must print them escaped, on the line that names their seed.
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest

from hostile.cases import CASES as CATALOGUE  # first: `cases.py` imports `log_cases.py` at its end
from hostile.log_cases import CASES, FORGED, FORGED_NAME
from newsroom.load import Message, printable
from projects import element_ids, make_project, mkdocs_build, run_cli

# Characters that must never reach a terminal from a seed: escape, bell, carriage return, NUL, C1 CSI.
RAW_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# How each consumer starts a line at a level: MkDocs' log, and the command line's `level: text`.
LEVEL_LINE = re.compile(r"(?:ERROR|WARNING|INFO|DEBUG) +-  |(?:error|warning|info): ")
SEED_FILES = {name: content for case in CASES for name, content in case.files.items()}


def _assert_clean(output: str, level_prefix: str) -> None:
    assert not RAW_CONTROLS.search(output), repr(RAW_CONTROLS.findall(output))
    lines = output.splitlines()
    for forged in (FORGED, FORGED_NAME):
        assert not [line for line in lines if line.startswith(forged)]
        assert not [line for line in lines if line.startswith(f"error: {forged.split('newsroom: ', 1)[1]}")]
    # Every line that carries the forged text is one of the loader's own lines, naming its seed.
    for line in lines:
        if "victim.txt" in line:
            assert line.startswith(f"{level_prefix}seeds/"), line
    assert any("\\nERROR   -  newsroom: " in line for line in lines), output


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("logs") / "seeds"
    folder.mkdir()
    for name, content in SEED_FILES.items():
        (folder / name).write_bytes(content)
    return folder


@pytest.fixture(scope="module")
def hook_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, subprocess.CompletedProcess[str]]:
    project = make_project(tmp_path_factory.mktemp("hook"), SEED_FILES)
    result = mkdocs_build(project)
    assert result.returncode == 0, result.stderr
    return project / "site", result


def test_the_log_cases_are_in_the_catalogue() -> None:
    assert CASES and all(case in CATALOGUE for case in CASES)


def test_message_text_is_one_printable_line() -> None:
    message = Message("warning", f"seeds/a.txt: `published: x\n{FORGED}\x1b[2J\r\x07\u2028`", "trace\nline\x1b")
    assert message.text == "seeds/a.txt: `published: x\\nERROR   -  newsroom: seeds/victim.txt: has no article text; " \
                           "left out\\x1b[2J\\r\\x07\\u2028`"
    assert message.detail == "trace\nline\\x1b"
    assert printable(message.text) == message.text  # escaping twice changes nothing


def test_the_hook_log_names_no_forged_seed_and_holds_no_control_character(
    hook_build: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    _, result = hook_build
    log = result.stdout + result.stderr
    _assert_clean(log, "WARNING -  newsroom: ")
    assert all(LEVEL_LINE.match(line) for line in result.stderr.splitlines() if line.strip()), result.stderr


def test_the_command_line_prints_escaped_messages(seeds: Path) -> None:
    result = run_cli(*(str(path) for path in sorted(seeds.iterdir())))
    assert result.returncode == 1  # the unhashable keys and the mistagged value are left out
    _assert_clean(result.stderr, "warning: ")
    assert all(LEVEL_LINE.match(line) for line in result.stderr.splitlines()), result.stderr


def test_export_pages_prints_escaped_messages(seeds: Path, tmp_path: Path) -> None:
    result = run_cli("export-pages", str(tmp_path / "out"), "--seeds", str(seeds))
    assert result.returncode == 1
    _assert_clean(result.stderr, "warning: ")
    [other] = [line for line in result.stderr.splitlines() if not LEVEL_LINE.match(line)]
    assert re.fullmatch(rf"\d+ files written to {re.escape(str(tmp_path / 'out'))}", other)


def test_export_pages_escapes_a_folder_it_refuses(seeds: Path, tmp_path: Path) -> None:
    folder = tmp_path / f"out\n{FORGED_NAME}\x1b[2J"
    folder.mkdir()
    (folder / "mine.txt").write_text("someone's file", encoding="utf-8")
    result = run_cli("export-pages", str(folder), "--seeds", str(seeds))
    assert result.returncode == 1
    assert not RAW_CONTROLS.search(result.stderr)
    [line] = result.stderr.splitlines()
    assert line.startswith("error: ") and "\\nERROR   -  newsroom: victim.txt" in line and "\\x1b[2J" in line


def test_a_title_like_a_paragraph_anchor_leaves_the_anchor_to_the_paragraph(
    hook_build: tuple[Path, subprocess.CompletedProcess[str]],
) -> None:
    site, _ = hook_build
    page = (site / "articles/p-one/index.html").read_text(encoding="utf-8")
    assert re.search(r'<h1 id="article-title">P1', page), page[page.find("<h1"):][:200]
    assert page.count('id="p1"') == 1 and '<p id="p1">' in page
    assert "p1" in element_ids(site / "articles/p-one/index.html")


def test_an_inverted_range_dates_the_event_by_its_start(hook_build: tuple[Path, subprocess.CompletedProcess[str]]) -> None:
    site, _ = hook_build
    data = json.loads((site / "data/extraction.json").read_text(encoding="utf-8"))
    [article] = [a for a in data["articles"] if a["seed"] == "seeds/inverted.txt"]
    assert [(event["date"], event["end_date"]) for event in article["events"]] == [("1987-03-12", None)]
