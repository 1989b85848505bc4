"""The throw-away MkDocs projects the benchmark builds, all from one generated corpus.

- *hooks*: the real project (its `mkdocs.yml`, `docs/` and `hooks/`) over the corpus,
  with the benchmark's timing hook (`bench/timing_hook.py`) listed after the site's.
- *plain*: the same theme, plugins and Markdown extensions with no hooks and a
  one-entry nav, over the very pages and data files the hooks generate, written out as
  ordinary Markdown files: same number of pages, same sizes. This is the floor.
- *floor*: plain MkDocs with the same theme, plugins and extensions over one page per
  article holding its text, with a one-entry nav: what any site of these articles costs,
  the honest floor.
- *full-nav*: the hooks project with every article page listed in the nav one
  folder deep, as a new user would first write it (the nav cost the design avoids).
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml
from mkdocs.utils.yaml import yaml_load

from bench.corpus import write_corpus
from newsroom import discover_seeds, load_folder
from newsroom.load import Message
from newsroom.site import site_files

ROOT = Path(__file__).resolve().parent.parent
TIMING_HOOK = Path(__file__).resolve().parent / "timing_hook.py"
SITE_NAME = "News microsite"


# The project's own config as a mapping, its `!ENV` values resolved (MkDocs' own loader).
def _config() -> dict[str, Any]:
    config: dict[str, Any] = yaml_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    return config


# Write a config next to a project's docs.
def _write_config(project: Path, config: dict[str, Any]) -> Path:
    path = project / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def corpus(work: Path, size: int) -> Path:
    """Write (once) and return the seeds folder of a corpus of `size` articles.

    The corpus of `size` articles, shared by every project of that size.
    """
    seeds = work / "seeds"
    if not seeds.is_dir():
        write_corpus(seeds, size)
    return seeds


def hooks_project(work: Path, seeds: Path, name: str = "hooks", nav_articles: bool = False) -> Path:
    """Create a copy of the project whose seeds folder is the corpus; return its config path.

    The real project over the corpus; `nav_articles` lists every article page in the nav.
    """
    project = work / name
    if project.exists():
        shutil.rmtree(project)
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copytree(ROOT / "overrides", project / "overrides")
    shutil.copytree(ROOT / "hooks", project / "hooks", ignore=shutil.ignore_patterns("__pycache__"))
    config = _config()
    config["extra"]["newsroom"]["seeds"] = str(seeds)
    config["watch"] = [str(seeds)]
    config["hooks"] = [*config["hooks"], str(TIMING_HOOK)]
    if nav_articles:
        pages = [f"articles/{path.stem}.md" for path in discover_seeds(seeds)]
        config["nav"] = [*config["nav"], {"Articles": pages}]
        config["not_in_nav"] = "\n".join(line for line in config["not_in_nav"].splitlines() if "articles" not in line)
    return _write_config(project, config)


# The generated corpus has no bad seeds; if one were, the plain project would not match the hooks one.
def _refuse(message: Message) -> None:
    if message.level == "error":
        raise RuntimeError(message.text)


def plain_project(work: Path, seeds: Path) -> Path:
    """Render the corpus once with the core and write the pages as a hook-free project.

    Plain MkDocs over the hooks' own output, written as files: no hooks, a one-entry nav.
    """
    project = work / "plain"
    if project.exists():
        shutil.rmtree(project)
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copytree(ROOT / "overrides", project / "overrides")
    pages = site_files(load_folder(seeds, _refuse).articles, site_name=SITE_NAME)
    for page, content in pages.items():
        target = project / "docs" / page
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8")
    config = _config()
    for key in ("hooks", "watch"):
        config.pop(key, None)
    config["extra"].pop("newsroom", None)
    config["nav"] = [{"Home": "index.md"}]
    config["not_in_nav"] = "/*\n"
    return _write_config(project, config)


def floor_project(work: Path, seeds: Path) -> Path:
    """Write a hook-free project with one Markdown page per seed holding the article's text; return its config.

    The honest floor: the same number of articles as plain pages, a one-entry nav.
    """
    project = work / "floor"
    if project.exists():
        shutil.rmtree(project)
    shutil.copytree(ROOT / "docs", project / "docs")
    shutil.copytree(ROOT / "overrides", project / "overrides")
    (project / "docs" / "index.md").write_text(f"# {SITE_NAME}\n", encoding="utf-8")
    for article in load_folder(seeds, _refuse).articles:
        page = project / "docs" / "articles" / f"{article.slug}.md"
        page.parent.mkdir(parents=True, exist_ok=True)
        paragraphs = [article.text[p.start : p.end].strip() for p in article.paragraphs]
        page.write_text(f"# {article.title}\n\n" + "\n\n".join(p for p in paragraphs if p) + "\n", encoding="utf-8")
    config = _config()
    for key in ("hooks", "watch"):
        config.pop(key, None)
    config["extra"].pop("newsroom", None)
    config["nav"] = [{"Home": "index.md"}]
    config["not_in_nav"] = "/*\n"
    return _write_config(project, config)
