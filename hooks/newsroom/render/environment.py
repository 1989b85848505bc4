"""The Jinja environment for page templates: seed text is escaped unless marked safe."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import jinja2
import yaml
from markupsafe import Markup, escape

from .escape import md_text

TEMPLATES = Path(__file__).parent / "templates"
# libyaml's safe emitter when PyYAML has it (four times faster per page), else the pure-Python one.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


# Every `{{ value }}` that is not already Markup goes through the Markdown-aware escape.
def _escape_output(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, Markup) or not isinstance(value, str):
        return value
    return md_text(value)


# Page front matter: the title is HTML-escaped because Material prints it unescaped.
def front_matter(title: str) -> Markup:
    """Return a YAML front matter block whose `title` is inert in HTML."""
    data = {"title": str(escape(" ".join(title.split())))}
    return Markup("---\n" + yaml.dump(data, Dumper=_DUMPER, allow_unicode=True, width=10_000) + "---\n")


# One shared environment; templates live beside this module.
def make_environment() -> jinja2.Environment:
    """Return the template environment (autoescape on, strict undefined names)."""
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
