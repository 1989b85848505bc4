"""Publishing: the GitHub Pages workflow, the site's address and name from the environment, sitemap, 404."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from projects import CORPUS_SITE_URL, ROOT

WORKFLOW = ROOT / ".github/workflows/publish.yml"


def workflow() -> dict[Any, Any]:
    data = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


# Every step of every job, in order.
def steps() -> list[dict[str, Any]]:
    return [step for job in workflow()["jobs"].values() for step in job["steps"]]


def test_workflow_is_yaml_that_runs_on_push_with_pages_permissions() -> None:
    data = workflow()
    triggers = data.get("on", data.get(True))  # YAML 1.1 reads a bare `on` as true
    assert "push" in triggers and "workflow_dispatch" in triggers
    assert data["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    assert data["jobs"]["deploy"]["needs"] == "build"
    assert data["jobs"]["deploy"]["environment"]["name"] == "github-pages"


def test_workflow_builds_with_make_and_deploys_site_folder() -> None:
    uses = [step.get("uses", "").split("@")[0] for step in steps()]
    assert uses.index("actions/checkout") < uses.index("actions/setup-python") < uses.index("actions/upload-pages-artifact")
    assert uses[-1] == "actions/deploy-pages"
    build = next(step for step in steps() if step.get("run"))
    assert build["run"].strip() == "make build"
    assert set(build["env"]) == {"SITE_URL", "SITE_NAME"}
    upload = next(step for step in steps() if step.get("uses", "").startswith("actions/upload-pages-artifact"))
    assert upload["with"]["path"] == "site"
    assert all(re.fullmatch(r"[\w-]+/[\w-]+@v\d+", step["uses"]) for step in steps() if "uses" in step)


def test_mkdocs_config_reads_name_and_address_from_the_environment() -> None:
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    assert re.search(r"^site_name: !ENV \[SITE_NAME, ", config, re.MULTILINE)
    assert re.search(r"^site_url: !ENV \[SITE_URL, ", config, re.MULTILINE)


def test_sitemap_lists_every_page_at_the_site_address(corpus_site: Path) -> None:
    sitemap = (corpus_site / "sitemap.xml").read_text(encoding="utf-8")
    locations = set(re.findall(r"<loc>([^<]+)</loc>", sitemap))
    pages = {
        CORPUS_SITE_URL + page.parent.relative_to(corpus_site).as_posix() + "/"
        for page in corpus_site.rglob("index.html")
    }
    pages = {url.replace(f"{CORPUS_SITE_URL}./", CORPUS_SITE_URL) for url in pages}
    assert locations == pages
    assert f"{CORPUS_SITE_URL}organisers/pac/" in locations


def test_not_found_page_uses_the_site_name_and_address(corpus_site: Path) -> None:
    page = (corpus_site / "404.html").read_text(encoding="utf-8")
    assert "<title>Fisheries desk</title>" in page
    assert "<h1>Page not found</h1>" in page
    path = "/" + CORPUS_SITE_URL.split("/", 3)[3]
    assets = re.findall(r'(?:href|src)="([^"#]+\.(?:css|js))"', page)
    assert assets and all(asset.startswith(path) for asset in assets)
    body = page.split("<h1>Page not found</h1>", 1)[1].split("</article>", 1)[0]
    links = re.findall(r'href="([^"]+)"', body)
    assert links == [CORPUS_SITE_URL, f"{path}timeline/", f"{path}organisers/", f"{path}quotes/"]
    for link in links[1:]:
        assert (corpus_site / link.removeprefix(path) / "index.html").is_file()
