"""Opening built pages in chromium while recording what went wrong: console errors,
failed requests and any request that would leave 127.0.0.1 (those are blocked)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal
from urllib.parse import urlsplit

from playwright.sync_api import Browser, ConsoleMessage, Page, Request, Route, expect

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SCREENSHOTS = ROOT / "artifacts" / "screenshots"
LOCAL_HOST = "127.0.0.1"

Scheme = Literal["light", "dark"]

# Viewport widths the layout is checked at: a small phone and a desktop.
WIDTHS = {"mobile": 375, "desktop": 1280}
SCHEMES: tuple[Scheme, ...] = ("light", "dark")

# How often, and how far apart, the search result list is read until two readings agree.
SETTLE_TRIES = 30
SETTLE_MS = 300

# Folders whose pages share one template, with the listing page to leave out.
DETAIL_FOLDERS = {"article": "articles", "organisation": "organisers", "speaker": "speakers"}


@dataclass
class Visit:
    """One opened page and everything that went wrong while it loaded."""

    page: Page
    console_errors: list[str] = field(default_factory=list)
    failed_requests: list[str] = field(default_factory=list)
    foreign_requests: list[str] = field(default_factory=list)

    @property
    def problems(self) -> list[str]:
        """Every recorded problem, labelled; empty when the page loaded cleanly."""
        return [
            *(f"console: {text}" for text in self.console_errors),
            *(f"failed: {url}" for url in self.failed_requests),
            *(f"left {LOCAL_HOST}: {url}" for url in self.foreign_requests),
        ]


def site_pages(site: Path) -> list[str]:
    """Return the URL path of every `index.html` under `site` (404.html left out).

    Every page of the built site as a site-relative URL (`""` is the home page).
    """
    pages = [path.parent.relative_to(site).as_posix() for path in site.rglob("index.html")]
    return sorted("" if page == "." else f"{page}/" for page in pages)


def page_types(site: Path) -> dict[str, str]:
    """Return page type → site-relative URL, one page per type.

    One page of each template: home, listings, the first page of each detail folder, a
    timeline year, and the second page of the first paged speaker and organisation.
    """
    types = {
        "home": "",
        "timeline": "timeline/",
        "organisers": "organisers/",
        "quotes": "quotes/",
        "quotes_page": "quotes/page/2/",
        "about": "about/",
    }
    for kind, folder in DETAIL_FOLDERS.items():
        details = sorted(p.parent.name for p in (site / folder).glob("*/index.html"))
        assert details, f"the built site has no {folder}/ pages"
        types[kind] = f"{folder}/{details[0]}/"
    years = sorted(p.parent.name for p in (site / "timeline").glob("[0-9]*/index.html"))
    assert years, "the built site has no timeline year pages"
    types["timeline_year"] = f"timeline/{years[0]}/"
    for kind, folder in (("speaker_page", "speakers"), ("organisation_page", "organisers")):
        paged = sorted(p.parent.relative_to(site).as_posix() for p in site.glob(f"{folder}/*/page/2/index.html"))
        assert paged, f"the built site has no paged {folder}/ page"
        types[kind] = f"{paged[0]}/"
    return types


# Record a request, then let it through only when it stays on 127.0.0.1.
def _guard(visit: Visit) -> object:
    def handle(route: Route, request: Request) -> None:
        host = urlsplit(request.url).hostname
        if request.url.startswith(("data:", "blob:", "file:")) or host == LOCAL_HOST:
            route.continue_()
        else:
            visit.foreign_requests.append(request.url)
            route.abort()

    return handle


@contextmanager
def visit(browser: Browser, url: str, width: int = 1280, scheme: Scheme = "light") -> Iterator[Visit]:
    """Yield a `Visit` of `url` once it has loaded; the context closes afterwards.

    Open `url` in a fresh context with the given width and colour scheme, recording problems.
    """
    context = browser.new_context(viewport={"width": width, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    record = Visit(page)
    context.route("**/*", _guard(record))  # type: ignore[arg-type]

    def on_console(message: ConsoleMessage) -> None:
        if message.type == "error":
            record.console_errors.append(message.text)

    def on_response(response: object) -> None:
        status = getattr(response, "status", 0)
        if status >= 400:
            record.failed_requests.append(f"{getattr(response, 'url', '?')} ({status})")

    page.on("console", on_console)
    page.on("pageerror", lambda error: record.console_errors.append(str(error)))
    page.on("requestfailed", lambda request: record.failed_requests.append(request.url))
    page.on("response", on_response)
    try:
        page.goto(url, wait_until="networkidle")
        yield record
    finally:
        context.close()


def search_for(page: Page, query: str) -> None:
    """Type `query` into Material's header search like a reader; return once the result list settles.

    Material's search reacts to key events, which `fill` does not send. On a busy machine the
    results of a half-typed query can show first, so the list is read until it stops changing.
    """
    page.locator("input.md-search__input").click()
    page.keyboard.type(query, delay=30)
    expect(page.locator(".md-search-result__item").first).to_be_visible(timeout=15_000)
    links = page.locator(".md-search-result__link")
    shown: list[str | None] = []
    for _ in range(SETTLE_TRIES):
        now = links.evaluate_all("links => links.map(link => link.getAttribute('href'))")  # one atomic read
        if now == shown:
            return
        shown = now
        page.wait_for_timeout(SETTLE_MS)
