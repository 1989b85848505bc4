"""Find seed files and read one into its text, front matter and paragraphs."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from slugify import slugify

from .model import Paragraph
from .vocabulary import MONTHS, UPPER

SEED_SUFFIXES = (".txt", ".md")
FRONT_MATTER_KEYS = ("title", "published", "source", "place")

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?---[ \t]*(?:\n|\Z)", re.DOTALL)
_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
# A dateline: `SANTIAGO, Chile — `, `LONDON (Reuters) - `, `NEW DELHI: ` or a press
# release's `Brussels, 4 March 2024 – ` (whose date stands in for `published`).
_MONTHS = "|".join(MONTHS)
_DATELINE = re.compile(
    rf"(?:(?P<place>[{UPPER}][{UPPER} .'’-]+(?:,\s*[{UPPER}][\w .'’-]*?)?)(?:\s*\([^)]{{1,40}}\))?\s*(?:[—–-]{{1,2}}|:)\s+"
    rf"|(?P<town>[{UPPER}][\w'’-]+(?:\s[{UPPER}][\w'’-]+)?),\s+"
    rf"(?P<date>\d{{1,2}}\s+(?:{_MONTHS})\s+\d{{4}}|(?:{_MONTHS})\s+\d{{1,2}},\s+\d{{4}})\s*[—–-]{{1,2}}\s+)"
)
_DATELINE_DATES = ("%d %B %Y", "%B %d, %Y")
# Capitalised labels that open a lead like a dateline but name no place.
KICKERS = frozenset("update updated breaking exclusive analysis opinion editorial correction watch live".split())
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
# A headline or sub-headline: a short first paragraph with no closing full stop.
_HEADLINE_WORDS = 20
_HEADLINES = 2
_TITLE_WORDS = 14
# Words a shortened title should not end on.
_WEAK_ENDINGS = frozenset("a an the of to and or for in on at with that by from as".split())


# libyaml's safe loader when PyYAML was built with it (several times faster), else the pure-Python one.
_SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


# YAML's safe loader, less its date reading: `published: 2024-02-30` is then a warning, not a crash.
class _FrontMatterLoader(_SAFE_LOADER):  # type: ignore[misc]  # its base depends on the PyYAML build
    """Safe YAML loading that keeps timestamps as text."""


_FrontMatterLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


class SeedError(Exception):
    """A seed that cannot be read as an article; the message names the file."""

    # Keep the seed and the reason apart for callers that want them.
    def __init__(self, seed: str, reason: str) -> None:
        super().__init__(f"{seed}: {reason}")
        self.seed = seed
        self.reason = reason


@dataclass
class Source:
    """A seed's text before extraction."""

    seed: str
    slug: str
    text: str
    body_start: int
    paragraphs: list[Paragraph]
    title: str
    title_given: bool
    published: dt.date | None = None
    source: str | None = None
    place: str | None = None
    dateline_end: int | None = None
    warnings: list[str] = field(default_factory=list)


# Seed files in a folder, in a stable order; hidden files and other suffixes are skipped.
def discover_seeds(folder: Path) -> list[Path]:
    """Return the `.txt` and `.md` files directly in `folder`, sorted by name."""
    if not folder.is_dir():
        return []
    return sorted(
        path
        for path in folder.iterdir()
        if path.is_file() and path.suffix.lower() in SEED_SUFFIXES and not path.name.startswith(".")
    )


# Read one seed; `label` is how messages and the data export name it.
def read_seed(path: Path, label: str | None = None) -> Source:
    """Read and decode a seed file; raise `SeedError` when it is not an article."""
    label = label or path.as_posix()
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise SeedError(label, f"cannot be read ({error.strerror or error})") from error
    return decode_seed(raw, label, path.stem)


# A seed's bytes as already read (the cache hashes the same bytes it extracts from).
def decode_seed(raw: bytes, label: str, stem: str) -> Source:
    """Decode and parse seed bytes; raise `SeedError` when they are not an article."""
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SeedError(label, f"is not UTF-8 text (byte {error.start})") from error
    return parse_seed(normalise(text), label, stem)


# The text offsets index: `\n` line endings, and NFC so `é` is one character however the file spelled it.
def normalise(text: str) -> str:
    """Normalise line endings and Unicode composition of decoded seed text."""
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


# Split decoded seed text into front matter, paragraphs and derived fields.
def parse_seed(text: str, label: str, stem: str) -> Source:
    """Build a `Source` from already decoded text (newlines normalised)."""
    warnings: list[str] = []
    meta, body_start = _front_matter(text, label, warnings)
    paragraphs = split_paragraphs(text, body_start)
    if not paragraphs:
        raise SeedError(label, "has no article text")
    headlines = _headlines(text, paragraphs)
    lead = paragraphs[len(headlines)]
    dateline = _DATELINE.match(text, lead.start)
    if dateline and (dateline.group("place") or "").strip().lower() in KICKERS:
        dateline = None  # `UPDATE: …` is a label, not a place
    place = meta.get("place")
    if dateline and not place:
        place = _place_name(dateline.group("place")) if dateline.group("place") else dateline.group("town")
    if dateline and dateline.group("date") and "published" not in meta:
        meta["published"] = _dateline_date(dateline.group("date"), warnings)
    lead_start = dateline.end() if dateline else lead.start
    title = meta.get("title") or (headlines[0] if headlines else None)
    title = title or derive_title(text[lead_start : lead.end]) or stem
    return Source(
        seed=label,
        slug=slugify(stem) or "article",
        text=text,
        body_start=body_start,
        paragraphs=paragraphs,
        title=title,
        title_given="title" in meta or bool(headlines),
        published=meta.get("published"),
        source=meta.get("source"),
        place=place,
        dateline_end=dateline.end() if dateline else None,
        warnings=warnings,
    )


# The headline and sub-headline lines an article may open with (never the whole article).
def _headlines(text: str, paragraphs: list[Paragraph]) -> list[str]:
    found: list[str] = []
    for paragraph in paragraphs[: min(_HEADLINES, len(paragraphs) - 1)]:
        line = " ".join(text[paragraph.start : paragraph.end].split())
        if (
            len(line.split()) > _HEADLINE_WORDS
            or line[-1] in ".!?\"”’'»:"
            or not any(c.isalnum() for c in line)
            or _DATELINE.match(line)
        ):
            break
        found.append(line)
    return found


# Paragraphs are runs of text between blank lines, trimmed of outer white space.
def split_paragraphs(text: str, start: int = 0) -> list[Paragraph]:
    """Return the paragraphs of `text[start:]` with offsets into `text`."""
    paragraphs: list[Paragraph] = []
    position = start
    for match in [*_BLANK_LINES.finditer(text, start), None]:
        end = match.start() if match else len(text)
        chunk = text[position:end]
        stripped = chunk.strip()
        if stripped:
            first = position + len(chunk) - len(chunk.lstrip())
            paragraphs.append(Paragraph(len(paragraphs), first, first + len(stripped)))
        if match:
            position = match.end()
    return paragraphs


# A title from the lead: its first sentence, shortened at a word boundary.
def derive_title(lead: str) -> str:
    """Return a readable title from the first paragraph of an article."""
    if not any(c.isalnum() for c in lead):
        return ""  # nothing readable: the caller falls back to the file name
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-Z“\"])", " ".join(lead.split()), maxsplit=1)[0]
    sentence = sentence.rstrip(".")
    words = sentence.split()
    if len(words) <= _TITLE_WORDS:
        return sentence
    kept = words[:_TITLE_WORDS]
    while len(kept) > 1 and kept[-1].lower() in _WEAK_ENDINGS:
        kept.pop()
    return " ".join(kept).rstrip(",;:—–-") + "…"


# `SANTIAGO, Chile` as `Santiago, Chile`.
def _place_name(dateline: str) -> str:
    city, _, rest = dateline.partition(",")
    city = city.strip().title() if city.isupper() else city.strip()
    return f"{city}, {rest.strip()}" if rest.strip() else city


# The front matter's known keys, checked, and where the body starts.
def _front_matter(text: str, label: str, warnings: list[str]) -> tuple[dict[str, Any], int]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    try:
        data = yaml.load(match.group(1) or "", Loader=_FrontMatterLoader) or {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        where = f" (line {mark.line + 2})" if mark is not None else ""
        raise SeedError(label, f"has malformed YAML front matter{where}") from error
    if not isinstance(data, dict):
        raise SeedError(label, "has front matter that is not a set of `key: value` lines")
    meta: dict[str, Any] = {}
    for key, value in data.items():
        if key not in FRONT_MATTER_KEYS:
            warnings.append(f"unknown front matter key {str(key)!r} ignored")
        elif value is not None:
            meta[key] = value
    for key in ("title", "place"):
        if isinstance(meta.get(key), (list, dict)):
            warnings.append(f"`{key}` is not a single line of text; ignored")
            del meta[key]
        elif key in meta:
            meta[key] = " ".join(str(meta[key]).split()) or None
    if "published" in meta:
        meta["published"] = _published(meta["published"], warnings)
    if "source" in meta:
        meta["source"] = _source_url(str(meta["source"]), warnings)
    return meta, match.end()


# `published` must be a real YYYY-MM-DD date (front matter keeps dates as text, see below).
def _published(value: Any, warnings: list[str]) -> dt.date | None:
    text = str(value).strip()
    try:
        if _ISO_DATE.match(text):
            return dt.date.fromisoformat(text)
    except ValueError:
        pass
    warnings.append(f"`published: {text}` is not a YYYY-MM-DD date; ignored")
    return None


# A press release's dateline date, if it is a real date.
def _dateline_date(text: str, warnings: list[str]) -> dt.date | None:
    for form in _DATELINE_DATES:
        with suppress(ValueError):
            return dt.datetime.strptime(text, form).date()
    warnings.append(f"the dateline's date `{text}` is not a calendar date; ignored")
    return None


# An http(s) source URL, or None with a warning.
def _source_url(value: str, warnings: list[str]) -> str | None:
    if re.match(r"https?://[^\s<>\"']+\Z", value.strip()):
        return value.strip()
    warnings.append("`source` is not an http(s) URL; ignored")
    return None
