"""A seed's YAML front matter: the keys it may carry, each checked, and a warning for the rest.

Keys people already use in other generators and content systems are read: `title`,
`published` (or `date`), `updated`, `author` (one or a list), `tags`, `image`, `summary`,
`source` and `place`. A value that does not fit its key is a warning and is ignored; an
unknown key is a warning naming the key.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml

from .model import FrontMatter
from .seedfiles import SeedError

FRONT_MATTER_KEYS = ("title", "published", "date", "updated", "author", "tags", "image", "summary", "source", "place")
# The keys whose value is one line of text.
_TEXT_KEYS = ("title", "place", "source", "summary", "image")
# The keys whose value is one line of text or a list of them.
_LIST_KEYS = ("author", "tags")
# The keys whose value is a date or a date-time.
_DATE_KEYS = ("published", "date", "updated")
# How a warning names a YAML value that is not text.
_YAML_KINDS: dict[type, str] = {
    bytes: "binary data, `!!binary`",
    list: "a list",
    dict: "a mapping",
    set: "a set",
    bool: "YAML reads it as true or false: put it in quotes",
}
# Control characters that are not white space (NUL, bell, escape, delete, C1 controls): YAML's
# `"\0"`, `"\e"` and `"\x07"` escapes put them into a value even when the seed's text holds none.
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f]")
_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)
# `2024-03-05`, `2024-03-05T09:30`, `2024-03-05 09:30:00+01:00`, `2024-03-05T09:30:00Z`.
_ISO_MOMENT = re.compile(r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?(?:Z|[+-]\d{2}:?\d{2})?)?\Z")
_HTTP_URL = re.compile(r"https?://[^\s<>\"'`]+\Z")
# An image path under `docs/`: plain names in folders (no `..`, no spaces), with an image suffix.
_DOCS_IMAGE = re.compile(r"(?:[\w-][\w.-]*/)*[\w-][\w.-]*\.(?:png|jpe?g|gif|webp|avif|svg)\Z", re.IGNORECASE)


class _FrontMatterLoader(yaml.SafeLoader):
    """Safe YAML loading that keeps timestamps as text (pure Python).

    YAML's safe loader, less its date reading: `published: 2024-02-30` is then a warning, not a crash.
    """


class _ShortFrontMatterLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """Safe YAML loading that keeps timestamps as text (libyaml when PyYAML has it).

    The same with libyaml's parser, four times faster. libyaml crashes the process (segmentation fault)
    on YAML nested tens of thousands deep, where the pure-Python one raises RecursionError; front matter
    short enough that it cannot nest that deep is given to libyaml, the rest is not.
    """


# Longest front matter libyaml reads: even nested one level per character, far from its limit.
LIBYAML_LIMIT = 2048

_FrontMatterLoader.yaml_implicit_resolvers = _ShortFrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_front_matter(text: str, label: str, warnings: list[str]) -> tuple[dict[str, Any], FrontMatter, int]:
    """Return the checked `title`, `published` (a date), `source` and `place`, the rest of the front
    matter, and where the body starts (0 without front matter).

    Warnings about values that are ignored are added to `warnings`; YAML that is not a mapping of
    keys to values raises `SeedError`.
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, FrontMatter(), 0
    data = _yaml(match.group(1) or "", label)
    if not isinstance(data, dict):
        raise SeedError(label, "has front matter that is not a set of `key: value` lines")
    given: dict[str, Any] = {}
    for key, value in data.items():
        if key not in FRONT_MATTER_KEYS:
            warnings.append(f"unknown front matter key {str(key)!r} ignored")
        elif value is not None:
            given[key] = value
    for key in _TEXT_KEYS:
        if key in given:
            given[key] = _line_of_text(key, given[key], warnings)
    for key in _LIST_KEYS:
        given[key] = _lines_of_text(key, given.get(key), warnings)
    for key in _DATE_KEYS:
        if key in given:
            given[key] = _moment(key, given[key], warnings)
    if "date" in given and "published" in given:
        warnings.append("`date` ignored: `published` is given")
    published = given.get("published", given.get("date"))
    meta: dict[str, Any] = {key: given[key] for key in ("title", "source", "place") if key in given}
    if published is not None:
        meta["published"] = published.date() if isinstance(published, dt.datetime) else published
    if given.get("source"):
        meta["source"] = _http_url("source", given["source"], warnings)
    front = FrontMatter(
        published_at=published if isinstance(published, dt.datetime) else None,
        updated=given.get("updated"),
        authors=given["author"],
        tags=given["tags"],
        image=_image(given["image"], warnings) if given.get("image") else None,
        summary=given.get("summary"),
    )
    return meta, front, match.end()


# The front matter's YAML as Python data, or a `SeedError` saying what is wrong with it.
def _yaml(front: str, label: str) -> Any:
    try:
        loader = _ShortFrontMatterLoader if len(front) <= LIBYAML_LIMIT else _FrontMatterLoader
        return yaml.load(front, Loader=loader) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        if not isinstance(error, yaml.constructor.ConstructorError):
            raise SeedError(label, f"has malformed YAML front matter{where}") from error
        problem = error.problem or ""
        if problem.startswith("could not determine a constructor"):  # `!!python/object…`: never run, never built
            raise SeedError(label, f"has a YAML tag front matter may not use{where}") from error
        if problem == "found unhashable key":  # `? [a, b]` or `{a: 1}: x`
            raise SeedError(label, f"has a front matter key that is not text (a list or mapping){where}") from error
        raise SeedError(label, f"has front matter that is not a set of `key: value` lines ({problem}){where}") from error
    except RecursionError as error:
        raise SeedError(label, "has front matter nested too deeply to read") from error
    except (ValueError, TypeError) as error:  # an explicit tag its value does not fit: `!!int abc`
        raise SeedError(label, "has a front matter value that does not fit its YAML tag") from error


# A front matter value that must be one line of text: numbers read as written, anything else
# (a list, a mapping, `!!binary` bytes) ignored, control characters dropped, white space one space.
def _line_of_text(key: str, value: Any, warnings: list[str]) -> str | None:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        warnings.append(f"`{key}` is not a single line of text; ignored ({_YAML_KINDS.get(type(value), 'a YAML value')})")
        return None
    text = str(value)
    controls = _CONTROL.findall(text)
    if controls:
        warnings.append(f"`{key}` has {len(controls)} control character(s), removed")
        text = _CONTROL.sub("", text)
    return " ".join(text.split()) or None


# One line of text or a list of them (`author: Ana Ruiz`, `tags: [ports, fishing]`), each once.
def _lines_of_text(key: str, value: Any, warnings: list[str]) -> tuple[str, ...]:
    if value is None:
        return ()
    items = value if isinstance(value, list) else [value]
    lines = (_line_of_text(key, item, warnings) for item in items if item is not None)
    return tuple(dict.fromkeys(line for line in lines if line))


# A date (`2024-03-05`) or an ISO date-time (`2024-03-05T09:30:00+01:00`) that is a real one;
# a date in the future is kept with a warning.
def _moment(key: str, value: Any, warnings: list[str]) -> dt.date | None:
    text = str(value).strip()
    if _ISO_MOMENT.match(text):
        try:
            moment = dt.datetime.fromisoformat(text) if len(text) > len("YYYY-MM-DD") else dt.date.fromisoformat(text)
        except ValueError:
            pass
        else:
            day = moment.date() if isinstance(moment, dt.datetime) else moment
            if day > dt.date.today():
                warnings.append(f"`{key}: {text}` is in the future")
            return moment
    warnings.append(f"`{key}: {text}` is not a YYYY-MM-DD date or an ISO date-time; ignored")
    return None


# An http(s) URL, or None with a warning.
def _http_url(key: str, value: str, warnings: list[str]) -> str | None:
    if _HTTP_URL.match(value):
        return value
    warnings.append(f"`{key}` is not an http(s) URL; ignored")
    return None


# An http(s) URL or a path under `docs/` (a leading `/` dropped), or None with a warning.
def _image(value: str, warnings: list[str]) -> str | None:
    if _HTTP_URL.match(value):
        return value
    path = value.removeprefix("/")
    if _DOCS_IMAGE.match(path):
        return path
    warnings.append("`image` is neither an http(s) URL nor an image path under `docs/` (`images/photo.jpg`); ignored")
    return None
