"""Command line.

`python -m newsroom SEED [SEED …]` prints the extraction as JSON;
`python -m newsroom export-pages FOLDER` writes every generated page and data
file into FOLDER, for static site generators that run no MkDocs hooks.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .data.extraction import extraction_json
from .folder import FolderError, export_pages
from .pipeline import load_article
from .read import SeedError


# Arguments: one or more seed files.
def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m newsroom",
        description="Read news article seeds and print what was extracted from them as JSON. "
        "`python -m newsroom export-pages --help` tells how to write the whole site as Markdown into a folder.",
    )
    parser.add_argument("seeds", nargs="+", type=Path, metavar="SEED", help="a .txt or .md seed file")
    return parser


# Arguments of `export-pages`: the folder, where seeds and hand-written pages are, the site's name.
def _export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m newsroom export-pages",
        description="Write every generated page (Markdown) and data file into FOLDER, so a static site "
        "generator without MkDocs hooks can build the same site.",
    )
    parser.add_argument("folder", type=Path, metavar="FOLDER", help="a new, empty or previously exported folder")
    parser.add_argument("--seeds", type=Path, default=Path("seeds"), help="the seeds folder (default: seeds)")
    parser.add_argument("--docs", type=Path, default=None, help="hand-written pages to copy in first (e.g. docs)")
    parser.add_argument("--site-name", default="News microsite", help="the name the home page shows")
    parser.add_argument("--site-url", default=None, help="the published site's URL, for links in data/timeline.json")
    return parser


# `export-pages`: status 1 with a one-line message when the folder or a seed is unusable.
def _export(argv: list[str]) -> int:
    arguments = _export_parser().parse_args(argv)
    try:
        written = export_pages(arguments.folder, arguments.seeds, arguments.docs, arguments.site_name, arguments.site_url)
    except (FolderError, SeedError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"{len(written)} files written to {arguments.folder}", file=sys.stderr)
    return 0


# Exit status 1 with a one-line message for a seed that cannot be read; warnings go to standard error.
def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    given = sys.argv[1:] if argv is None else argv
    if given[:1] == ["export-pages"]:
        return _export(given[1:])
    arguments = _parser().parse_args(given)
    articles = []
    for path in arguments.seeds:
        try:
            article = load_article(path, path.as_posix())
        except SeedError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
        except Exception as error:  # an extractor bug: name the seed rather than print a traceback
            print(f"error: {path.as_posix()}: extraction failed ({error!r}); please report it with the seed",
                  file=sys.stderr)
            return 1
        for warning in article.warnings:
            print(f"warning: {path.as_posix()}: {warning}", file=sys.stderr)
        articles.append(article)
    try:
        sys.stdout.write(json.dumps(extraction_json(articles), ensure_ascii=False, indent=2) + "\n")
        sys.stdout.flush()
    except BrokenPipeError:  # `… | head` closed the pipe: not an error worth a traceback
        sys.stdout = open(os.devnull, "w")  # keeps the interpreter's final flush quiet
    return 0


if __name__ == "__main__":
    sys.exit(main())
