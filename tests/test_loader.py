"""One seed loader: the hook, `python -m newsroom` and `export-pages` report seeds in the same words."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

import newsroom.pipeline
from newsroom.__main__ import main
from newsroom.load import Message, load_files, load_folder, seed_label
from newsroom.model import Article
from newsroom.read import Source
from projects import make_project, mkdocs_build, run_cli

GOOD = b"The bridge reopened on Friday."
WARNED = b"---\ntitle: Ferry returns\nbyline: someone\n---\nThe ferry returned on Monday.\n"
BAD = {
    "yaml": (b"---\ntitle: [unclosed\n---\nText.\n", "has malformed YAML front matter (line 3)"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00IHDR", "contains a NUL byte (byte 8): a binary file, not text"),
}
# A log line of the hook, or a line the command line writes: level and text about a seed.
HOOK_LINE = re.compile(r"(INFO|WARNING|ERROR) +-  newsroom: (seeds/.*)")
CLI_LINE = re.compile(r"(info|warning|error): (seeds/.*)")


# The `(level, text)` of every line about a seed, in order.
def seed_lines(output: str, pattern: re.Pattern[str]) -> list[tuple[str, str]]:
    return [(m[1].lower(), m[2]) for m in map(pattern.fullmatch, output.splitlines()) if m]


@pytest.mark.parametrize("kind", sorted(BAD))
def test_hook_cli_and_export_report_a_bad_seed_alike(tmp_path: Path, kind: str) -> None:
    raw, reason = BAD[kind]
    project = make_project(tmp_path, {"bad.txt": raw, "good.txt": GOOD, "notes.docx": b"x", "warned.txt": WARNED})
    seeds = project / "seeds"
    build = mkdocs_build(project)
    cli = run_cli(*(str(seeds / name) for name in ("bad.txt", "good.txt", "warned.txt")))
    export = run_cli("export-pages", str(tmp_path / "out"), "--seeds", str(seeds))
    error = ("error", f"seeds/bad.txt: {reason}; left out")
    skipped = ("info", "seeds/notes.docx skipped: not a .txt or .md file")
    hook_lines = seed_lines(build.stderr, HOOK_LINE)
    assert hook_lines == seed_lines(export.stderr, CLI_LINE)
    [warning] = [line for line in hook_lines if line[0] == "warning"]
    assert warning[1].startswith("seeds/warned.txt: ") and "byline" in warning[1]
    assert hook_lines == [error, skipped, warning]
    assert seed_lines(cli.stderr, CLI_LINE) == [error, warning]  # files named one by one: nothing to skip
    assert "Traceback" not in build.stderr + cli.stderr + export.stderr

    assert build.returncode == 0  # MkDocs' way: the error is shown, `--strict` makes it fatal
    assert (project / "site/articles/good/index.html").is_file() and not (project / "site/articles/bad").exists()
    assert cli.returncode == export.returncode == 1
    assert cli.stderr.splitlines()[-1] == export.stderr.splitlines()[-1] == (
        "error: 1 seed(s) cannot be built: seeds/bad.txt"
    )
    assert [a["seed"] for a in json.loads(cli.stdout)["articles"]] == ["seeds/good.txt", "seeds/warned.txt"]
    assert sorted(p.name for p in (tmp_path / "out/articles").iterdir()) == ["good.md", "index.md", "warned.md"]

    strict = mkdocs_build(project, "--strict")
    assert strict.returncode == 1
    assert "ERROR   -  newsroom: --strict: 1 seed(s) cannot be built: seeds/bad.txt\n" in strict.stderr


# Replace the extractors with one that crashes on every seed, as a bug in one of them would.
@pytest.fixture
def crashing(monkeypatch: pytest.MonkeyPatch) -> None:
    def crash(source: Source, seconds: float | None = None) -> Article:
        raise RuntimeError("boom")

    monkeypatch.setattr(newsroom.pipeline, "extract", crash)


def test_an_extractor_crash_is_one_line_with_the_trace_kept_apart(
    tmp_path: Path, crashing: None, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "seeds").mkdir()
    seed = tmp_path / "seeds/bridge.txt"
    seed.write_bytes(GOOD)
    said: list[Message] = []
    loaded = load_folder(tmp_path / "seeds", said.append)
    assert (loaded.articles, loaded.bad) == ([], ["seeds/bridge.txt"])
    [message] = said
    text = "seeds/bridge.txt: extraction failed (RuntimeError('boom')); please report it with the seed; left out"
    assert (message.level, message.text) == ("error", text)
    assert message.detail is not None and message.detail.startswith("extracting seeds/bridge.txt failed:\nTraceback")
    assert main([str(seed)]) == 1
    assert capsys.readouterr().err.splitlines() == [f"error: {text}", "error: 1 seed(s) cannot be built: seeds/bridge.txt"]


def test_labels_are_folder_and_name_with_control_characters_escaped(tmp_path: Path) -> None:
    assert seed_label(Path("seeds/a\x1b[31m\u202e.txt")) == "seeds/a\\x1b[31m\\u202e.txt"
    assert seed_label(tmp_path / "news" / ".." / "seeds" / "b.txt") == "seeds/b.txt"
    assert seed_label(Path("/c.txt")) == "c.txt"


def test_a_folder_or_a_pipe_named_on_the_command_line_is_refused_not_read(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    os.mkfifo(tmp_path / "seeds/pipe.txt")
    said: list[Message] = []
    loaded = load_files([tmp_path / "seeds", tmp_path / "seeds/pipe.txt"], said.append)
    assert (loaded.articles, loaded.bad) == ([], [f"{tmp_path.name}/seeds", "seeds/pipe.txt"])
    assert said == [
        Message("error", f"{tmp_path.name}/seeds: is not a regular file; left out"),
        Message("error", "seeds/pipe.txt: is not a regular file; left out"),
    ]


def test_progress_is_said_before_a_long_load(tmp_path: Path) -> None:
    (tmp_path / "seeds").mkdir()
    for number in range(100):
        (tmp_path / f"seeds/s{number:03d}.txt").write_bytes(b"The port reopened on Friday.")
    said: list[Message] = []
    assert len(load_folder(tmp_path / "seeds", said.append, workers=1).articles) == 100
    assert said == [Message("info", "reading 100 seeds")]
