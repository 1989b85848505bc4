"""Command line: `python -m newsroom SEED [SEED …]` prints the extraction as JSON."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .export import extraction_json
from .pipeline import load_article
from .read import SeedError


# Arguments: one or more seed files.
def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m newsroom",
        description="Read news article seeds and print what was extracted from them as JSON.",
    )
    parser.add_argument("seeds", nargs="+", type=Path, metavar="SEED", help="a .txt or .md seed file")
    return parser


# Exit status 1 with a one-line message for a seed that cannot be read; warnings go to standard error.
def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    arguments = _parser().parse_args(argv)
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
