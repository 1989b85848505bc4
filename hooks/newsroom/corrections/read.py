"""Read `corrections.yml`: its entries with their line numbers, and a problem for each bad one.

The file is parsed with PyYAML's safe composer, whose nodes keep the line
each value starts on, so every problem names its line. A bad entry is left
out with a `Problem` (what is wrong, and what to do); the others are kept, so
one bad line never hides the rest. The shape is the one the README documents
("Correcting the extraction").
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, cast

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from ..merge import KindSteering, NameList, Steering
from ..model import ROLES

# The file's name, next to `mkdocs.yml`, unless `extra: newsroom: corrections:` names another.
CORRECTIONS_FILE = "corrections.yml"

Kind = Literal["quotes", "organisations", "events", "people"]
Action = Literal["speaker", "role", "date", "remove", "add"]

# Per kind of item: the key that picks it, and the keys that say what to do with it.
PICKERS: dict[str, str] = {"quotes": "quote", "organisations": "name", "events": "event", "people": "name"}
ACTIONS: dict[str, tuple[str, ...]] = {
    "quotes": ("speaker", "remove"),
    "organisations": ("role", "remove"),
    "events": ("date", "remove"),
    "people": ("remove",),
}
# How each kind's items are called in messages: one, and several.
ITEM_NAMES: dict[str, tuple[str, str]] = {
    "quotes": ("quote or statement", "quotes or statements"),
    "organisations": ("organisation", "organisations"),
    "events": ("event", "events"),
    "people": ("person", "people"),
}
TOP_LEVEL = ("articles", "people", "organisations")
STEERING_KEYS = ("same", "different")
# Dates an editor may give an event, as the extractors write them.
_DATE = re.compile(r"\A(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}-\d{2})\Z")
DATE_FORMS = "YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or null"


@dataclass(frozen=True)
class Problem:
    """A bad entry: its line (1-based) and one sentence saying what is wrong and what to do."""

    line: int
    text: str


@dataclass(frozen=True)
class Fix:
    """One correction of one article's item: pick it by `pick` (or add it), then do `action` with `value`."""

    line: int
    kind: Kind
    pick: str
    action: Action
    value: str | None = None


@dataclass(frozen=True)
class ArticleFixes:
    """The corrections of one seed, named by its file name, with the line that names it."""

    seed: str
    line: int
    fixes: tuple[Fix, ...]


@dataclass(frozen=True)
class Corrections:
    """Everything a corrections file asks for, and the problems of the entries left out."""

    articles: tuple[ArticleFixes, ...] = ()
    steering: Steering = field(default_factory=Steering)
    problems: tuple[Problem, ...] = ()


class _Bad(Exception):
    """One entry that cannot be used: raised while reading it, caught where it is left out."""

    def __init__(self, node: Node, text: str) -> None:
        super().__init__(text)
        self.problem = Problem(node.start_mark.line + 1, text)


def read_corrections(path: Path) -> Corrections:
    """Return the corrections in the file at `path`; a missing file means none."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Corrections()
    except (OSError, UnicodeDecodeError) as error:
        return Corrections(problems=(Problem(1, f"cannot be read ({error}); save it as UTF-8 text"),))
    return parse_corrections(text)


def parse_corrections(text: str) -> Corrections:
    """Return the corrections written in `text` (the contents of a corrections file)."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line = mark.line + 1 if mark else 1
        return Corrections(problems=(Problem(line, f"is not valid YAML ({error.problem or 'cannot be read'}); fix the syntax there"),))
    if root is None or _is_null(root):
        return Corrections()
    problems: list[Problem] = []
    articles: list[ArticleFixes] = []
    steering: dict[str, KindSteering] = {}
    try:
        entries = _mapping(root, "the file", TOP_LEVEL)
    except _Bad as bad:
        return Corrections(problems=(bad.problem,))
    for key, _, value in entries:
        if key == "articles":
            articles.extend(_articles(value, problems))
        else:
            steering[key] = _steering(value, key, problems)
    return Corrections(tuple(articles), Steering(**steering), tuple(problems))


# `articles:`: seed file name → its corrections.
def _articles(node: Node, problems: list[Problem]) -> Iterator[ArticleFixes]:
    try:
        seeds = _mapping(node, "`articles:`", None)
    except _Bad as bad:
        problems.append(bad.problem)
        return
    for seed, seed_node, value in seeds:
        fixes: list[Fix] = []
        try:
            kinds = _mapping(value, f"`{seed}:`", tuple(PICKERS))
        except _Bad as bad:
            problems.append(bad.problem)
            continue
        for kind, _, items in kinds:
            for item in _items(items, f"`{kind}:`", problems):
                try:
                    fixes.append(_fix(item, kind))
                except _Bad as bad:
                    problems.append(bad.problem)
        yield ArticleFixes(seed, seed_node.start_mark.line + 1, tuple(fixes))


# One correction of an item of `kind`.
def _fix(node: Node, kind: str) -> Fix:
    picker = PICKERS[kind]
    known = (picker, *ACTIONS[kind], *(("add",) if kind == "organisations" else ()))
    given = {key: value for key, _, value in _mapping(node, f"a `{kind}:` entry", known)}
    line = node.start_mark.line + 1
    if kind == "organisations" and "add" in given:
        if picker in given or "remove" in given:
            raise _Bad(node, f"`add:` names a new organisation and takes only `role:`, not `{picker}:`; "
                       "write a separate entry to change an extracted one")
        if "role" not in given:
            raise _Bad(node, "`add:` needs a `role:` (" + ", ".join(ROLES) + ")")
        return Fix(line, "organisations", _text(given["add"], "`add:`"), "add", _role(given["role"]))
    if picker not in given:
        raise _Bad(node, f"this entry needs `{picker}:` with a few words of the {ITEM_NAMES[kind][0]} to correct")
    actions = [key for key in ACTIONS[kind] if key in given]
    if len(actions) != 1:
        choices = " or ".join(f"`{key}:`" for key in ACTIONS[kind])
        raise _Bad(node, f"this entry needs exactly one of {choices}")
    action = actions[0]
    pick = _text(given[picker], f"`{picker}:`")
    if action == "remove":
        if not _is_true(given["remove"]):
            raise _Bad(given["remove"], "`remove:` takes only `true`; delete the entry to keep the item")
        return Fix(line, cast(Kind, kind), pick, "remove")
    if action == "speaker":
        return Fix(line, "quotes", pick, "speaker", _text(given["speaker"], "`speaker:`"))
    if action == "role":
        return Fix(line, "organisations", pick, "role", _role(given["role"]))
    return Fix(line, "events", pick, "date", _date(given["date"]))


# Top-level `people:` or `organisations:`: a list of `same:` or `different:` lists of names.
def _steering(node: Node, kind: str, problems: list[Problem]) -> KindSteering:
    lists: dict[str, list[NameList]] = {"same": [], "different": []}
    for item in _items(node, f"`{kind}:`", problems):
        try:
            entries = _mapping(item, f"a `{kind}:` entry", STEERING_KEYS)
            if len(entries) != 1:
                raise _Bad(item, "each entry is one `same:` or one `different:` list")
            key, _, names = entries[0]
            if not isinstance(names, SequenceNode) or len(names.value) < 2:
                raise _Bad(names, f"`{key}:` takes a list of two names or more, as `[Name One, Name Two]`")
            texts = tuple(_text(name, "a name") for name in names.value)
        except _Bad as bad:
            problems.append(bad.problem)
            continue
        lists[key].append(NameList(item.start_mark.line + 1, texts))
    return KindSteering(tuple(lists["same"]), tuple(lists["different"]))


# The items of a list; a value that is not a list is one problem.
def _items(node: Node, where: str, problems: list[Problem]) -> list[Node]:
    if _is_null(node):
        return []
    if not isinstance(node, SequenceNode):
        problems.append(Problem(node.start_mark.line + 1, f"{where} must be a list of entries, each starting with `- `"))
        return []
    return list(node.value)


# A mapping's `(key, key node, value node)` triples; a key outside `known` (None: any) or twice is an error.
def _mapping(node: Node, where: str, known: tuple[str, ...] | None) -> list[tuple[str, Node, Node]]:
    if not isinstance(node, MappingNode):
        raise _Bad(node, f"{where} must be a mapping of `key: value` lines")
    found: list[tuple[str, Node, Node]] = []
    seen: set[str] = set()
    for key_node, value in node.value:
        key = _text(key_node, "a key")
        if known is not None and key not in known:
            close = difflib.get_close_matches(key, known, n=1)
            hint = f"did you mean `{close[0]}`?" if close else "the keys are " + ", ".join(f"`{k}`" for k in known)
            raise _Bad(key_node, f"unknown key `{key}` in {where}; {hint}")
        if key in seen:
            raise _Bad(key_node, f"`{key}` is given twice in {where}; keep one")
        seen.add(key)
        found.append((key, key_node, value))
    return found


# A scalar as text (a date or number as written); anything else is an error.
def _text(node: Node, what: str) -> str:
    if not isinstance(node, ScalarNode) or _is_null(node) or not node.value.strip():
        raise _Bad(node, f"{what} must be some text")
    return " ".join(node.value.split())


# A role word.
def _role(node: Node) -> str:
    role = _text(node, "`role:`")
    if role not in ROLES:
        raise _Bad(node, f"`role: {role}` is not a role; use " + ", ".join(ROLES))
    return role


# A date as the extractors write one, checked against the calendar; None for `null`.
def _date(node: Node) -> str | None:
    if _is_null(node):
        return None
    value = _text(node, "`date:`")
    if not _is_date(value):
        raise _Bad(node, f"`date: {value}` is not a date; use {DATE_FORMS}")
    return value


# Whether `value` has a date's shape and the calendar has it (`--02-29`: any leap year's).
def _is_date(value: str) -> bool:
    if not _DATE.match(value):
        return False
    digits = ["2000", *value[2:].split("-")] if value.startswith("--") else value.split("-")
    year, month, day = (int(part) for part in [*digits, "1", "1"][:3])
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


# A `null`, `~` or empty value.
def _is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == "tag:yaml.org,2002:null"


# A `true` (YAML's booleans, as the safe loader reads them).
def _is_true(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == "tag:yaml.org,2002:bool" and node.value.lower() in ("true", "yes", "on")
