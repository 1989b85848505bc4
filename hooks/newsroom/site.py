"""The whole site as files, for the hook and for `export-pages` alike.

One site model (`newsroom.catalogue`) feeds both the pages (`newsroom.render`)
and the data files (`newsroom.data`). `build_site` isolates failures: a seed
whose pages cannot be made (a renderer bug) is reported and left out, as a
seed that cannot be read is, and the site is made from the others; with no
failure it is exactly `site_files`.
"""

from __future__ import annotations

import traceback
from dataclasses import dataclass

from .catalogue import build_catalogue
from .catalogue.paging import DEFAULT_PAGE_SIZES, PageSizes
from .data import data_files
from .load import Message, Report
from .merge import NO_STEERING, Steering
from .model import Article
from .render.environment import make_environment
from .render.feed import FEED_PATH, atom_feed
from .render.pages import PageError, render_pages


def render_site(articles: list[Article], site_name: str = "News microsite") -> dict[str, str]:
    """Return the home page, the listings and every detail page as docs-relative path → Markdown
    source, without the data files; pages link to each other with relative directory URLs."""
    return render_pages(make_environment(), build_catalogue(articles), site_name)


def site_files(
    articles: list[Article],
    site_name: str = "News microsite",
    site_url: str | None = None,
    workers: int | None = None,
    steering: Steering = NO_STEERING,
    sizes: PageSizes = DEFAULT_PAGE_SIZES,
) -> dict[str, str]:
    """Return every generated file as docs-relative path → text (Markdown pages, then JSON and CSV,
    then the Atom feed); pages are rendered in `workers` processes (None: one per core, see
    `newsroom.workers`), the articles merged as the editor's `steering` says, listings cut into
    pages of `sizes`."""
    catalogue = build_catalogue(articles, steering)
    files = render_pages(make_environment(), catalogue, site_name, workers, sizes)
    files.update(data_files(catalogue, site_name, site_url))
    files[FEED_PATH] = atom_feed(catalogue, site_name, site_url)
    return files


@dataclass(frozen=True)
class Site:
    """Every generated file (as `site_files` returns them), the articles in it and the labels of the seeds left out."""

    files: dict[str, str]
    articles: list[Article]
    bad: list[str]


def build_site(
    articles: list[Article],
    report: Report,
    site_name: str = "News microsite",
    site_url: str | None = None,
    workers: int | None = None,
    steering: Steering = NO_STEERING,
    sizes: PageSizes = DEFAULT_PAGE_SIZES,
) -> Site:
    """Return `site_files` of the articles, leaving out each seed whose pages cannot be made.

    Such a seed is told to `report` in the loader's words (`seeds/x.txt: <reason>; left out`,
    the traceback as detail) and the site is made again without it.
    """
    kept, bad = list(articles), list[str]()
    while True:
        try:
            return Site(site_files(kept, site_name, site_url, workers, steering, sizes), kept, bad)
        except Exception as error:  # a renderer bug: find the seeds that cause it
            if not kept:
                raise
            culprits = _culprits(error, kept, site_name, site_url, sizes)
        for article, (reason, trace) in culprits:
            report(Message("error", f"{article.seed}: its pages cannot be made ({reason}); "
                           "please report it with the seed; left out", f"rendering {article.seed} failed:\n{trace}"))
            bad.append(article.seed)
        kept = [a for a in kept if all(a is not culprit for culprit, _ in culprits)]


# The seeds to leave out for `error`: the one seed of its page, else those whose site alone
# fails, else (a failure of several seeds together) the last of them; never none.
def _culprits(
    error: Exception, articles: list[Article], site_name: str, site_url: str | None, sizes: PageSizes
) -> list[tuple[Article, tuple[str, str]]]:
    if isinstance(error, PageError):
        articles = [article for article in articles if article.seed in error.seeds] or articles
    if len(articles) == 1:
        return [(articles[0], _why(error))]
    alone: list[tuple[Article, tuple[str, str]]] = []
    for article in articles:
        try:
            site_files([article], site_name, site_url, workers=1, sizes=sizes)
        except Exception as solo:  # this seed fails on its own
            alone.append((article, _why(solo)))
    return alone or [(articles[-1], _why(error))]


# The reason and the traceback of a failure to make pages.
def _why(error: Exception) -> tuple[str, str]:
    if isinstance(error, PageError):
        return error.reason, error.trace
    return repr(error), "".join(traceback.format_exception(error))
