"""The catalogue of bad seeds (`hostile/cases.py`) through real `mkdocs build` runs.

Cases that must build or be skipped share one `--strict` build; cases that must
warn or fail share one build without `--strict` (beside a good article, which
must still appear), and each of them also gets a `--strict` build of its own,
which must fail naming it. Both shared sites are scanned for any markup, script,
attribute or URL scheme that came from a seed.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest

from hostile.cases import CASES, Case
from hostile.scan import scan_html, scan_site, visible_text
from projects import fingerprint, make_project, mkdocs_build

GOOD_SEED = {"good-neighbour.txt": b"The good neighbour Qz999 article was built."}
LEVELS = {"warns": "WARNING", "fails": "ERROR", "skipped": "INFO"}
BENIGN = [case for case in CASES if case.outcome in ("builds", "skipped")]
TROUBLED = [case for case in CASES if case.outcome in ("warns", "fails")]
ROOT_READS_ALL = os.geteuid() == 0


@dataclass
class Built:
    """One build of a project: its output and what `docs/` and `seeds/` held before and after."""

    project: Path
    result: subprocess.CompletedProcess[str]
    before: dict[str, dict[str, str]]
    after: dict[str, dict[str, str]]

    @property
    def site(self) -> Path:
        """The built site."""
        return self.project / "site"

    def articles(self) -> set[str]:
        """Every article's seed label in `data/extraction.json`.

        The seed labels the data export lists.
        """
        data = json.loads((self.site / "data/extraction.json").read_text(encoding="utf-8"))
        return {str(article["seed"]) for article in data["articles"]}


# How the hook names a seed in messages: control characters escaped.
def label(case: Case) -> str:
    return "seeds/" + "".join(c if c.isprintable() else repr(c)[1:-1] for c in case.seed)


def _lay_out(folder: Path, cases: list[Case]) -> Path:
    project = make_project(folder, GOOD_SEED)
    for case in cases:
        for name, content in case.files.items():
            (project / "seeds" / name).write_bytes(content)
        if case.setup:
            case.setup(project / "seeds")
    return project


def _build(folder: Path, cases: list[Case], *arguments: str) -> Built:
    project = _lay_out(folder, cases)
    before = {name: fingerprint(project / name) for name in ("docs", "seeds")}
    result = mkdocs_build(project, *arguments)
    after = {name: fingerprint(project / name) for name in ("docs", "seeds")}
    return Built(project, result, before, after)


@pytest.fixture(scope="module")
def benign(tmp_path_factory: pytest.TempPathFactory) -> Built:
    built = _build(tmp_path_factory.mktemp("benign"), BENIGN, "--strict")
    assert built.result.returncode == 0, built.result.stderr
    return built


@pytest.fixture(scope="module")
def troubled(tmp_path_factory: pytest.TempPathFactory) -> Built:
    built = _build(tmp_path_factory.mktemp("troubled"), TROUBLED)
    assert built.result.returncode == 0, built.result.stderr
    return built


def _skip_if_root_reads(case: Case) -> None:
    if case.name == "unreadable-file" and ROOT_READS_ALL:
        pytest.skip("root reads a file whatever its mode; tests/test_seed_files.py simulates the refusal")


# The log lines that name a seed at a level.
def _lines(log: str, level: str, seed: str) -> list[str]:
    return [line for line in log.splitlines() if line.startswith(level) and f"newsroom: {seed}" in line]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_case_outcome(case: Case, request: pytest.FixtureRequest) -> None:
    _skip_if_root_reads(case)
    built: Built = request.getfixturevalue("benign" if case in BENIGN else "troubled")
    log = built.result.stderr
    assert "Traceback" not in log
    seed = label(case)
    if case.outcome == "builds":
        assert not _lines(log, "WARNING", seed) and not _lines(log, "ERROR", seed), log
    else:
        lines = _lines(log, LEVELS[case.outcome], seed)
        assert any(case.message in line for line in lines), f"no {LEVELS[case.outcome]} for {seed}:\n{log}"
    if case.outcome in ("fails", "skipped"):
        assert seed not in built.articles()
    for page, text in case.shows.items():
        path = built.site / page / "index.html"
        assert path.is_file(), f"{page} missing; built: {sorted(p.name for p in (built.site / 'articles').iterdir())}"
        shown = visible_text(path.read_text(encoding="utf-8"))
        assert " ".join(text.split()) in shown, f"{text!r} not shown verbatim on {page}"


def test_bad_seeds_leave_the_rest_of_the_site_built(troubled: Built) -> None:
    assert "good-neighbour.txt" in " ".join(troubled.articles())
    page = (troubled.site / "articles/good-neighbour/index.html").read_text(encoding="utf-8")
    assert "The good neighbour Qz999 article was built." in visible_text(page)
    for listing in ("index.html", "timeline/index.html", "quotes/index.html", "organisers/index.html"):
        assert (troubled.site / listing).is_file()


@pytest.mark.parametrize("case", TROUBLED, ids=[case.name for case in TROUBLED])
def test_strict_build_stops_on(case: Case, tmp_path: Path) -> None:
    _skip_if_root_reads(case)
    result = _build(tmp_path, [case], "--strict").result
    assert result.returncode == 1, result.stderr
    assert any(case.message in line for line in _lines(result.stderr, LEVELS[case.outcome], label(case)))
    output = result.stdout + result.stderr  # MkDocs prints its strict-mode summary on standard output
    assert "Traceback" not in output
    if case.outcome == "fails":
        assert f"ERROR   -  newsroom: --strict: 1 seed(s) cannot be built: {label(case)}\n" in output
    else:
        assert re.search(r"Aborted with \d+ warnings in strict mode!", output), output


@pytest.mark.parametrize("fixture", ["benign", "troubled"])
def test_no_markup_from_any_seed_anywhere_in_the_site(fixture: str, request: pytest.FixtureRequest) -> None:
    built: Built = request.getfixturevalue(fixture)
    problems = scan_site(built.site)
    assert not problems, "\n".join(problems[:40])


@pytest.mark.parametrize("fixture", ["benign", "troubled"])
def test_build_changes_nothing_in_docs_or_seeds(fixture: str, request: pytest.FixtureRequest) -> None:
    built: Built = request.getfixturevalue(fixture)
    assert built.after == built.before
    assert built.before["seeds"] and built.before["docs"]


def test_the_catalogue_is_big_enough_and_every_shown_payload_is_marked() -> None:
    assert len(CASES) >= 40
    assert len({case.name for case in CASES}) == len(CASES)
    for case in CASES:
        if case.outcome != "fails" and case.setup is None:
            assert any(b"Qz9" in content for content in case.files.values()), case.name


# The scan itself must catch what it looks for.
@pytest.mark.parametrize(
    "page",
    [
        '<p><img src="x" onerror="alert(1)"></p>',
        '<p><a href="javascript:alert(1)">x</a></p>',
        '<p><a href="DATA:text/html,x">x</a></p>',
        "<p><script>alert('Qz91')</script></p>",
        "<p><!-- Qz91 --></p>",
        "<div><h4>Qz91</h4></div>",
        "<table><tr><td>Qz91</td></tr></table>",
        "<p><strong>Qz91</strong></p>",
        '<p><span data-x="Qz91">x</span></p>',
        '<p><a href="../Qz91/">x</a></p>',
        "<p><iframe></iframe></p>",
        '<p><svg onload="x"></svg></p>',
        '<script type="application/ld+json">{"name": "Qz91 <b>"}</script>',
        '<script type="application/ld+json">{"name": Qz91}</script>',
    ],
)
def test_scan_catches_seed_markup(page: str) -> None:
    assert scan_html(page, "test")


def test_scan_accepts_escaped_seed_text() -> None:
    page = '<p id="p1"><a href="#p1" title="Qz91">1</a>&lt;script&gt;Qz91&lt;/script&gt; <mark>Qz91</mark></p>'
    assert scan_html(page, "test") == []
    assert scan_html('<script type="application/ld+json">{"name": "Qz91 \\u003cb\\u003e"}</script>', "test") == []
