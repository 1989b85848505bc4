"""Configuration is checked: the seeds folder, misspelt options, `workers` and `seed_seconds`, in the hook and the CLI."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from newsroom.catalogue.paging import PageSizes
from newsroom.load import Message
from newsroom.options import DEFAULT_SEED_SECONDS, OptionsError, read_options
from newsroom.workers import default_workers
from projects import make_project, mkdocs_build, run_cli

GOOD = {"bridge.txt": b"The bridge reopened on Friday."}
# Long enough that extraction reaches its first deadline check.
SLOW = ("The harbour council met on 3 March 2025. " * 40 + "\n\n“We will dredge,” said Ana Ruiz.\n").encode()


# `extra: newsroom:` of a copied project replaced by `lines`.
def _configure(project: Path, *lines: str) -> None:
    config = project / "mkdocs.yml"
    text, count = re.subn(r"^  newsroom:\n(?:    .*\n)+", "  newsroom:\n" + "".join(f"    {line}\n" for line in lines),
                          config.read_text(encoding="utf-8"), flags=re.MULTILINE)
    assert count == 1
    config.write_text(text, encoding="utf-8")


def test_defaults() -> None:
    options = read_options({"newsroom": {"seeds": "seeds"}})
    assert (options.seeds, options.workers, options.seed_seconds, options.messages) == ("seeds", None, 3.0, ())
    assert DEFAULT_SEED_SECONDS == 3.0


@pytest.mark.parametrize(
    ("key", "hint"),
    [
        ("workrs", "did you mean `workers`?"),
        ("seed_second", "did you mean `seed_seconds`?"),
        ("seed", "did you mean `seeds`?"),
        ("colour", "the options are `seeds`, `workers`, `seed_seconds`, `corrections`, `speaker_page_size`, "
                   "`organisation_page_size`, `timeline_page_size`, `directory_page_size`"),
    ],
)
def test_an_unknown_option_is_a_warning_naming_the_closest_known_one(key: str, hint: str) -> None:
    options = read_options({"newsroom": {key: 4}})
    assert options.messages == (Message("warning", f"unknown option '{key}' under `extra: newsroom:` is ignored; {hint}"),)
    assert options.workers is None


def test_an_option_name_with_control_characters_is_escaped() -> None:
    [message] = read_options({"newsroom": {"x\x1b[31m": 1}}).messages
    assert "\x1b" not in message.text and "'x\\x1b[31m'" in message.text


def test_more_workers_than_cores_are_lowered_to_the_cores_with_a_note() -> None:
    cores = default_workers()
    options = read_options({"newsroom": {"workers": 10_000}})
    assert options.workers == cores
    assert options.messages == (
        Message("info", f"`workers: 10000` is more than the {cores} core(s) available; using {cores}"),
    )
    assert read_options({"newsroom": {"workers": cores}}).messages == ()


@pytest.mark.parametrize(
    ("given", "message"),
    [
        ({"seeds": None}, r"`seeds` must be the path of the seeds folder \(got None\)"),
        ({"seeds": ""}, r"\(got ''\)"),
        ({"seeds": ["a"]}, r"\(got \['a'\]\)"),
        ({"seed_seconds": 0}, r"`seed_seconds` must be a number of seconds above 0 \(got 0\)"),
        ({"seed_seconds": -1.5}, r"\(got -1.5\)"),
        ({"seed_seconds": "3"}, r"\(got '3'\)"),
        ({"seed_seconds": True}, r"\(got True\)"),
        ({"seed_seconds": float("inf")}, r"\(got inf\)"),
        ({"seed_seconds": float("nan")}, r"\(got nan\)"),
        ({"speaker_page_size": 0}, r"`speaker_page_size` must be a whole number of items per page, 1 or more \(got 0\)"),
        ({"timeline_page_size": 2.5}, r"`timeline_page_size` .* \(got 2.5\)"),
        ({"directory_page_size": True}, r"`directory_page_size` .* \(got True\)"),
    ],
)
def test_unusable_values_are_refused(given: dict[str, Any], message: str) -> None:
    with pytest.raises(OptionsError, match=message):
        read_options({"newsroom": given})


def test_seed_seconds_takes_any_positive_number() -> None:
    assert read_options({"newsroom": {"seed_seconds": 1}}).seed_seconds == 1.0
    assert read_options({"newsroom": {"seed_seconds": 0.25}}).seed_seconds == 0.25


def test_page_sizes_have_defaults_and_each_can_be_set() -> None:
    assert read_options({"newsroom": {}}).page_sizes == PageSizes(speaker=20, organisation=20, timeline=100, directory=50)
    options = read_options({"newsroom": {"speaker_page_size": 5, "organisation_page_size": 6,
                                         "timeline_page_size": 7, "directory_page_size": 8}})
    assert options.page_sizes == PageSizes(speaker=5, organisation=6, timeline=7, directory=8)
    assert options.messages == ()


def test_a_misspelt_option_warns_and_fails_strict(tmp_path: Path) -> None:
    project = make_project(tmp_path, GOOD)
    _configure(project, "seeds: seeds", "wokers: 2")
    relaxed = mkdocs_build(project)
    assert relaxed.returncode == 0, relaxed.stderr
    assert ("WARNING -  newsroom: unknown option 'wokers' under `extra: newsroom:` is ignored; "
            "did you mean `workers`?") in relaxed.stderr
    assert (project / "site/articles/bridge/index.html").is_file()
    assert mkdocs_build(project, "--strict").returncode == 1


@pytest.mark.parametrize(
    ("setting", "problem"),
    [("seeds: typo", "does not exist"), ("seeds: mkdocs.yml", "is not a folder")],
)
def test_an_unusable_seeds_folder_is_an_error_naming_the_path(tmp_path: Path, setting: str, problem: str) -> None:
    project = make_project(tmp_path, GOOD)
    _configure(project, setting)
    path = project / setting.split(": ")[1]
    relaxed = mkdocs_build(project)
    assert relaxed.returncode == 0, relaxed.stderr
    assert f"ERROR   -  newsroom: the seeds folder {path} {problem}\n" in relaxed.stderr
    strict = mkdocs_build(project, "--strict")
    assert strict.returncode == 1
    assert f"newsroom: --strict: the seeds folder {path} {problem}" in strict.stdout + strict.stderr
    assert "Traceback" not in relaxed.stderr + strict.stdout + strict.stderr


def test_a_null_seeds_option_stops_the_build(tmp_path: Path) -> None:
    project = make_project(tmp_path, GOOD)
    _configure(project, "seeds: null")
    result = mkdocs_build(project)
    assert result.returncode == 1
    assert "newsroom: `seeds` must be the path of the seeds folder (got None)" in result.stdout + result.stderr


def test_a_huge_workers_option_still_builds_strict(tmp_path: Path) -> None:
    project = make_project(tmp_path, GOOD)
    _configure(project, "seeds: seeds", "workers: 10000")
    result = mkdocs_build(project, "--strict")
    assert result.returncode == 0, result.stderr
    assert f"INFO    -  newsroom: `workers: 10000` is more than the {default_workers()} core(s) available" in result.stderr


def test_a_seed_over_its_time_budget_is_left_out_by_the_hook(tmp_path: Path) -> None:
    project = make_project(tmp_path, {**GOOD, "slow.txt": SLOW})
    _configure(project, "seeds: seeds", "seed_seconds: 0.000001")
    relaxed = mkdocs_build(project)
    assert relaxed.returncode == 0, relaxed.stderr
    assert "ERROR   -  newsroom: seeds/slow.txt: took more than 1e-06 s to extract, so it was stopped" in relaxed.stderr
    assert not (project / "site/articles/slow").exists()
    strict = mkdocs_build(project, "--strict")
    assert strict.returncode == 1
    assert "newsroom: --strict: 2 seed(s) cannot be built: seeds/bridge.txt, seeds/slow.txt" in strict.stderr
    _configure(project, "seeds: seeds")
    assert mkdocs_build(project, "--strict").returncode == 0  # the default budget is ample


def test_the_command_line_takes_a_time_budget(tmp_path: Path) -> None:
    seed = tmp_path / "seeds" / "slow.txt"
    seed.parent.mkdir()
    seed.write_bytes(SLOW)
    stopped = run_cli(str(seed), "--seed-seconds", "0.000001")
    assert stopped.returncode == 1
    assert stopped.stderr.startswith("error: seeds/slow.txt: took more than 1e-06 s to extract, so it was stopped")
    export = run_cli("export-pages", str(tmp_path / "out"), "--seeds", str(seed.parent), "--seed-seconds", "1e-6")
    assert export.returncode == 1 and "seeds/slow.txt: took more than 1e-06 s" in export.stderr
    assert run_cli(str(seed)).returncode == 0
    for bad in ("0", "-1", "soon", "inf"):
        refused = run_cli(str(seed), "--seed-seconds", bad)
        assert refused.returncode == 2
        assert f"must be a number of seconds above 0 (got '{bad}')" in refused.stderr


@pytest.mark.parametrize("name", ["typo", "file.txt"])
def test_export_pages_refuses_an_unusable_seeds_folder_in_one_line(tmp_path: Path, name: str) -> None:
    (tmp_path / "file.txt").write_text("not a folder", encoding="utf-8")
    result = run_cli("export-pages", str(tmp_path / "out"), "--seeds", str(tmp_path / name))
    problem = "does not exist" if name == "typo" else "is not a folder"
    assert result.returncode == 1
    assert result.stderr == f"error: the seeds folder {tmp_path / name} {problem}\n"
    assert not (tmp_path / "out").exists()


def test_a_missing_seed_file_on_the_command_line_is_one_line(tmp_path: Path) -> None:
    result = run_cli(str(tmp_path / "typo.txt"))
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"error: {tmp_path.name}/typo.txt: cannot be read (No such file or directory); left out",
        f"error: 1 seed(s) cannot be built: {tmp_path.name}/typo.txt",
    ]
