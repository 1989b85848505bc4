"""axe-core on every page type in both schemes, and every link reachable by keyboard."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from browsing import AXE, SCHEMES, Scheme, page_types, visit
from playwright.sync_api import Browser

PAGE_TYPES = (
    "home", "article", "timeline", "timeline_year", "organisers", "organisation", "organisation_page", "quotes",
    "quotes_page", "speaker", "speaker_page", "about",
)
BLOCKING_IMPACTS = {"serious", "critical"}

# Run axe on the whole document with the WCAG A/AA rules and best practices.
RUN_AXE = """() => axe.run(document, {
  runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]},
  resultTypes: ["violations"],
})"""


@pytest.fixture(scope="module")
def urls(built_site: Path, site_url: str) -> dict[str, str]:
    if not AXE.is_file():
        pytest.fail(f"{AXE} is missing: run `make axe` (npm ci)")
    return {kind: site_url + path for kind, path in page_types(built_site).items()}


# One line per violation node: rule, impact, element and axe's summary.
def _describe(violations: list[dict[str, Any]]) -> str:
    lines = []
    for violation in violations:
        for node in violation["nodes"][:5]:
            lines.append(f"{violation['id']} ({violation['impact']}): {node['target']} {node['failureSummary']}")
    return "\n".join(lines)


@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("kind", PAGE_TYPES)
def test_no_serious_or_critical_axe_violation(
    browser: Browser, urls: dict[str, str], kind: str, scheme: Scheme
) -> None:
    with visit(browser, urls[kind], 1280, scheme) as opened:
        opened.page.add_script_tag(path=str(AXE))
        result = opened.page.evaluate(RUN_AXE)
    blocking = [v for v in result["violations"] if v["impact"] in BLOCKING_IMPACTS]
    assert not blocking, _describe(blocking)
