"""Command line.

`newsroom extract SEED [SEED …]` (or `newsroom SEED …`) prints the extraction as
JSON; `newsroom export-pages FOLDER` writes every generated page and data file
into FOLDER, for static site generators that run no MkDocs hooks;
`newsroom corrections check` checks the editor's corrections file against the
current seeds and prints what each entry does. `newsroom` is the command
`pip install .` puts on the PATH; `PYTHONPATH=hooks python -m newsroom …` runs
the same from a checkout.

Both read seeds with `newsroom.load`, as the MkDocs hook does, and report on
standard error what the hook logs, in the same words: `error: seeds/x.txt:
<reason>; left out`, `warning: …`, `info: …`. A bad seed is left out, the rest is
still printed or written, and the exit status is then 1 (2 for bad arguments).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

from .corrections import CORRECTIONS_FILE, correct_articles
from .corrections.report import effects
from .data.extraction import extraction_json
from .folder import FolderError, export_pages
from .load import Message, load_files, load_folder, printable
from .options import DEFAULT_SEED_SECONDS, OptionsError, read_options
from .seedfiles import SeedsFolderError


# Arguments: one or more seed files.
def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsroom extract",
        description="Read news article seeds and print what was extracted from them as JSON. "
        "`newsroom export-pages --help` tells how to write the whole site as Markdown into a folder.",
    )
    parser.add_argument("seeds", nargs="+", type=Path, metavar="SEED", help="a .txt or .md seed file")
    _add_seed_seconds(parser)
    return parser


# `--seed-seconds`, shared by both commands: a number of seconds above 0.
def _add_seed_seconds(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--seed-seconds",
        type=_seconds,
        default=DEFAULT_SEED_SECONDS,
        metavar="SECONDS",
        help=f"stop extracting a seed after this long and leave it out (default: {DEFAULT_SEED_SECONDS:g})",
    )


# A time budget given on the command line, refused unless above 0 and finite.
def _seconds(text: str) -> float:
    try:
        return read_options({"newsroom": {"seed_seconds": float(text)}}).seed_seconds
    except (ValueError, OptionsError):
        raise argparse.ArgumentTypeError(f"must be a number of seconds above 0 (got {text!r})") from None


# Arguments of `export-pages`: the folder, where seeds and hand-written pages are, the site's name.
def _export_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newsroom export-pages",
        description="Write every generated page (Markdown) and data file into FOLDER, so a static site "
        "generator without MkDocs hooks can build the same site.",
    )
    parser.add_argument("folder", type=Path, metavar="FOLDER", help="a new, empty or previously exported folder")
    parser.add_argument("--seeds", type=Path, default=Path("seeds"), help="the seeds folder (default: seeds)")
    parser.add_argument("--docs", type=Path, default=None, help="hand-written pages to copy in first (e.g. docs)")
    parser.add_argument("--site-name", default="News microsite", help="the name the home page shows")
    parser.add_argument("--site-url", default=None, help="the published site's URL, for links in data/timeline.json")
    _add_corrections(parser)
    _add_seed_seconds(parser)
    return parser


# `--corrections`, shared by `export-pages` and `corrections check`.
def _add_corrections(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--corrections",
        type=Path,
        default=Path(CORRECTIONS_FILE),
        help=f"the editor's corrections file (default: {CORRECTIONS_FILE}; a missing file means none)",
    )


# Arguments of `corrections check`: the seeds folder and the corrections file.
def _check_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m newsroom corrections check",
        description="Check the corrections file against the current seeds and print what each entry does.",
    )
    parser.add_argument("--seeds", type=Path, default=Path("seeds"), help="the seeds folder (default: seeds)")
    _add_corrections(parser)
    _add_seed_seconds(parser)
    return parser


# `corrections check`: each entry's effect on standard output, each problem on standard error; status 1 on any problem.
def _check(argv: list[str]) -> int:
    arguments = _check_parser().parse_args(argv)
    said: list[Message] = []
    try:
        loaded = load_folder(arguments.seeds, said.append, seconds=arguments.seed_seconds)
    except SeedsFolderError as error:
        _print(Message("error", str(error)))
        return 1
    for message in said:
        if message.level == "error":
            _print(message)
    applied = correct_articles(loaded.articles, arguments.corrections, _print)
    rows = effects(applied)
    for line, effect in rows:
        print(printable(f"{arguments.corrections}:{line}: {effect}"))
    print(f"{len(rows)} correction(s) in force, {len(applied.problems)} problem(s)", file=sys.stderr)
    return 1 if applied.problems or loaded.bad else 0


# One message of the loader on standard error, as `level: text` (never a traceback).
def _print(message: Message) -> None:
    print(f"{message.level}: {message.text}", file=sys.stderr)


# Status 1, with the bad seeds named once more, when any seed was left out; else 0.
def _status(bad: list[str]) -> int:
    if bad:
        print(f"error: {len(bad)} seed(s) cannot be built: {', '.join(bad)}", file=sys.stderr)
    return 1 if bad else 0


# `export-pages`: status 1 with a one-line message when the folder is unusable or a seed was left out.
def _export(argv: list[str]) -> int:
    arguments = _export_parser().parse_args(argv)
    try:
        done = export_pages(
            arguments.folder,
            arguments.seeds,
            _print,
            arguments.docs,
            arguments.site_name,
            arguments.site_url,
            arguments.seed_seconds,
            arguments.corrections,
        )
    except (FolderError, SeedsFolderError) as error:
        _print(Message("error", str(error)))
        return 1
    print(f"{len(done.written)} files written to {printable(str(arguments.folder))}", file=sys.stderr)
    return _status(done.bad)


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    given = sys.argv[1:] if argv is None else argv
    if given[:1] == ["export-pages"]:
        return _export(given[1:])
    if given[:2] == ["corrections", "check"]:
        return _check(given[2:])
    if given[:1] == ["extract"]:
        given = given[1:]
    arguments = _parser().parse_args(given)
    loaded = load_files(arguments.seeds, _print, arguments.seed_seconds)
    try:
        sys.stdout.write(json.dumps(extraction_json(loaded.articles, inline_sentences=True), ensure_ascii=False, indent=2) + "\n")
        sys.stdout.flush()
    except BrokenPipeError:  # `… | head` closed the pipe: not an error worth a traceback
        sys.stdout = open(os.devnull, "w")  # keeps the interpreter's final flush quiet
    return _status(loaded.bad)


if __name__ == "__main__":
    sys.exit(main())
