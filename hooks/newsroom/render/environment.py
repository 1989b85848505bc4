"""The Jinja environment for page templates: seed text is escaped unless marked safe."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
import yaml
from markupsafe import Markup, escape

from .escape import md_text

TEMPLATES = Path(__file__).parent / "templates"
# Long enough that YAML never folds a value (JSON-LD can be long) over several lines.
YAML_WIDTH = 1_000_000_000
# Open Graph page types a generated page may declare.
OG_TYPES = ("website", "article")
# libyaml's safe emitter when PyYAML has it (four times faster per page), else the pure-Python one.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


# Every `{{ value }}` that is not already Markup goes through the Markdown-aware escape.
def _escape_output(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, Markup) or not isinstance(value, str):
        return value
    return md_text(value)


def front_matter(title: str, meta: dict[str, Any] | None = None) -> Markup:
    """Return a YAML front matter block whose values are inert in HTML.

    Title, description and tags are HTML-escaped because Material prints them unescaped (tags drive
    Material's `tags` plugin: chips and the tag index); `json_ld` is already script-safe (see
    `structured.json_ld`); `og_type` is a fixed word; `image` an http(s) URL or a checked path
    under `docs/`, which `main.html` escapes; `search: exclude` keeps the page out of the search index.
    """
    data: dict[str, Any] = {"title": str(escape(" ".join(title.split())))}
    given = meta or {}
    if given.get("description"):
        data["description"] = str(escape(" ".join(given["description"].split())))
    if given.get("og_type") in OG_TYPES:
        data["og_type"] = given["og_type"]
    if given.get("search") == "exclude":
        data["search"] = {"exclude": True}
    if given.get("json_ld"):
        data["json_ld"] = given["json_ld"]
    if given.get("tags"):
        data["tags"] = [str(escape(tag)) for tag in given["tags"]]
    if given.get("image"):
        data["image"] = given["image"]
    return Markup("---\n" + yaml.dump(data, Dumper=_DUMPER, allow_unicode=True, width=YAML_WIDTH) + "---\n")


def make_environment() -> jinja2.Environment:
    """Return the one shared template environment (autoescape on, strict undefined names); the
    templates live beside this module."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        auto_reload=False,  # templates do not change during a build; no file check per page
        autoescape=True,
        finalize=_escape_output,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.globals["front_matter"] = front_matter
    return environment
