"""Find seed files and read one into its text, front matter and paragraphs."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass, field
from pathlib import Path

import dateutil.parser

from .filenames import short_slug
from .front_matter import read_front_matter
from .model import FrontMatter, Paragraph
from .seedfiles import SeedError as SeedError
from .seedfiles import blank_controls, decode_seed, read_bytes, scan_seeds
from .vocabulary import DATELINE_KICKERS, MONTHS, UPPER, WEEKDAYS

_BLANK_LINES = re.compile(r"\n[ \t]*\n\s*")
# A dateline: `SANTIAGO, Chile — `, `LONDON (Reuters) - `, `NEW DELHI: `, a wire's
# `NAIROBI, Kenya, Sept. 9 (Xinhua) -- ` or `LISBON, March 12, 2025 /Agency/ -- `, or a press
# release's `Brussels, 4 March 2024 – `, `Oslo/Bergen, 4 March 2024 – ` or `OSLO – March 4, 2024 – `.
# A date with its year stands in for `published`.
_MONTHS = "|".join(MONTHS)
_MONTH = rf"(?:{_MONTHS}|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)"
_DATE = rf"\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?|{_MONTH}\s+\d{{1,2}}(?:,\s+\d{{4}})?"
_AGENCY = r"(?:\s*\([^)\n]{1,40}\)|\s*/[^/\n]{1,40}/)?"
_DATELINE = re.compile(
    rf"(?:(?P<place>[{UPPER}][{UPPER} .'’-]+(?:,\s*(?!{_MONTH}\s+\d)[{UPPER}][\w .'’-]*?)?)(?:,\s*(?P<placedate>{_DATE}))?"
    rf"{_AGENCY}\s*(?:[—–-]{{1,2}}|:)\s+(?:(?P<afterdate>{_DATE})\s*[—–-]{{1,2}}\s+)?"
    rf"|(?P<town>[{UPPER}][\w'’-]+(?:[\s/][{UPPER}][\w'’-]+){{0,3}}),\s+"
    rf"(?P<date>{_DATE}){_AGENCY}\s*[—–-]{{1,2}}\s+)"
)
_DATELINE_YEAR = re.compile(r"\d{4}\Z")
# A byline paragraph: `By Jane Doe`, `By Staff Reporter, in Lima`.
_BYLINE = re.compile(rf"By\s+[{UPPER}][^.\n]{{0,60}}\Z")
# A full date with its year (`Thursday, February 23, 2023`, `20 September 2012`) and a clock time (`13:20 EST`).
_FULL_DATE = rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}})"
_TIME = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?"
# Lines of publication metadata, not of the article: each gives no event, organisation or quote
# (a date line gives the publication date when nothing else does). Name, pattern, examples.
METADATA_LINES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("date", rf"(?:{_TIME},?\s+)?(?:(?:{'|'.join(WEEKDAYS)}),?\s+)?{_FULL_DATE}(?:,?\s+(?:at\s+)?{_TIME})?",
     ("Thursday, February 23, 2023", "13:20 EST, 20 September 2012", "Feb. 15, 2024")),
    ("published", r"(?i:published|updated|last\s+updated|posted)\s*:(?:[^\n]{0,80}\d[^\n]{0,40})?",
     ("PUBLISHED:", "PUBLISHED: 09:12 GMT, 2 May 2024 | UPDATED: 10:01 GMT, 2 May 2024")),
    ("published_on", rf"(?:Published|Updated|Last\s+updated|Posted)(?:\s+on)?\s+{_FULL_DATE}(?:,?\s+(?:at\s+)?{_TIME})?",
     ("Posted on March 3, 2024", "Published 4 June 2023, 10:15 BST")),
    ("release", rf"(?:(?i:for\s+immediate\s+release)|(?:MEDIA|PRESS|NEWS)\s+(?:RELEASE|ADVISORY)"
     rf"|(?:Media|Press|News)\s+(?:[Rr]elease|[Aa]dvisory))(?:[\s:,–—-]+{_FULL_DATE})?",
     ("FOR IMMEDIATE RELEASE", "For Immediate Release", "MEDIA RELEASE 4 March 2024", "Media advisory",
      "NEWS ADVISORY: 2 May 2024")),
    ("embargo", r"(?i:embargoed\s+(?:until|till|to)\b)[^\n]{0,60}", ("EMBARGOED UNTIL 00:01 GMT, 4 March 2024",)),
    ("release_number", r"(?:RELEASE|Release)(?:\s+(?:No\.?|Number|#))?\s*:?\s*[A-Z]{0,4}\d[\w-]*",
     ("RELEASE: J24-003", "Release No. 17-102")),
    ("contact", r"(?:(?:Media|Press|MEDIA|PRESS)\s+)?(?:[Cc]ontacts?|CONTACTS?)(?:\s*:[^\n]{0,120}|\s+Details[^\n]{0,80}|\s*)",
     ("Contact: Ana Ruiz, +51 1 555 0100", "Media contacts", "Contact DetailsAna Ruiz")),
    ("phone", r"(?:(?:Tel|Phone|Mobile|Cell|T|M)\.?\s*:?\s*)?\+?\(?\d[\d\s().-]{6,}\d",
     ("281-555-0199", "Tel: +44 (0)20 7946 0000")),
    ("email", r"(?:E-?mail\s*:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+", ("press@example.org", "Email: a.b@example.co.uk")),
    ("separator", r"[|•·]", ("|",)),
    ("end", r"#{3,}|-+\s*(?:ends?|END|ENDS)\s*-+|ENDS?", ("###", "-ends-", "- END -")),
)
_METADATA = re.compile("|".join(rf"(?P<{name}>{pattern})" for name, pattern, _ in METADATA_LINES))
_FULL_DATE_IN = re.compile(_FULL_DATE)
# Lines after a contact header or an end mark stay metadata while they are short and end no sentence.
_BLOCK_OPENERS = ("contact", "end")
_BLOCK_LINE_WORDS = 10
# A headline or sub-headline: a short first paragraph with no closing full stop.
_HEADLINE_WORDS = 20
_HEADLINES = 2
# A headline line with the lead under it in one paragraph has at least this many words (not `WASHINGTON`).
_LINE_HEADLINE_WORDS = 3


@dataclass
class Source:
    """A seed's text before extraction."""

    seed: str
    stem: str
    slug: str
    text: str
    body_start: int
    paragraphs: list[Paragraph]
    headline: str | None
    published: dt.date | None = None
    source: str | None = None
    place: str | None = None
    dateline_end: int | None = None
    lead_paragraph: int = 0
    warnings: list[str] = field(default_factory=list)
    # Spans of publication metadata lines (bylines, date lines, contact blocks), in text order.
    metadata: list[tuple[int, int]] = field(default_factory=list)
    front_matter: FrontMatter = field(default_factory=FrontMatter)


def discover_seeds(folder: Path) -> list[Path]:
    """Return the readable `.txt` and `.md` files directly in `folder`, sorted by name.

    Seed files in a folder, in a stable order; see `scan_seeds` for what is skipped or refused.
    """
    return [entry.path for entry in scan_seeds(folder) if not entry.skipped and not entry.refused]


def read_seed(path: Path, label: str | None = None) -> Source:
    """Read and decode a seed file; raise `SeedError` when it is not an article.

    Read one seed; `label` is how messages and the data export name it.
    """
    label = label or path.as_posix()
    return source_from_bytes(read_bytes(path, label), label, path.stem)


def source_from_bytes(raw: bytes, label: str, stem: str) -> Source:
    """Decode and parse seed bytes; raise `SeedError` when they are not an article.

    A seed's bytes as already read (the cache hashes the same bytes it extracts from).
    """
    text, warnings = decode_seed(raw, label)
    stem = stem.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    source = parse_seed(normalise(text), label, stem)
    source.warnings[:0] = warnings
    return source


def normalise(text: str) -> str:
    """Normalise line endings, control characters and Unicode composition of decoded seed text.

    The text offsets index: `\n` line endings, NFC so `é` is one character however the file spelled it,
    and stray control characters as spaces.
    """
    return blank_controls(unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n")))


def parse_seed(text: str, label: str, stem: str) -> Source:
    """Build a `Source` from already decoded text (newlines normalised).

    Split decoded seed text into front matter, paragraphs and derived fields.
    """
    warnings: list[str] = []
    meta, front_matter, body_start = read_front_matter(text, label, warnings)
    paragraphs = split_paragraphs(text, body_start)
    if not paragraphs:
        raise SeedError(label, "has no article text")
    metadata = metadata_lines(text, paragraphs)
    covered = {p.index for p in paragraphs if not _without(text, p, metadata).strip()}
    headlines, lead = _headlines(text, paragraphs, metadata, covered)
    dateline = _DATELINE.match(text, lead.start)
    if dateline and (dateline.group("place") or "").strip().lower() in DATELINE_KICKERS:
        dateline = None  # `UPDATE: …` is a label, not a place
    place = meta.get("place")
    if dateline and not place:
        place = _place_name(dateline.group("place")) if dateline.group("place") else dateline.group("town")
    dateline_date = (dateline.group("date") or dateline.group("placedate") or dateline.group("afterdate")) \
        if dateline else None
    if dateline_date and _DATELINE_YEAR.search(dateline_date) and "published" not in meta:
        meta["published"] = _dateline_date(dateline_date, warnings)
    dated = next((m for start, end in metadata if (m := _FULL_DATE_IN.search(text, start, end))), None)
    if dated and "published" not in meta:
        meta["published"] = _dateline_date(dated.group(), warnings)
    return Source(
        seed=label,
        stem=stem,
        slug=short_slug(stem, "article"),
        text=text,
        body_start=body_start,
        paragraphs=paragraphs,
        headline=meta.get("title") or (headlines[0] if headlines else None),
        published=meta.get("published"),
        source=meta.get("source"),
        place=place,
        dateline_end=dateline.end() if dateline else None,
        lead_paragraph=lead.index,
        warnings=warnings,
        metadata=metadata,
        front_matter=front_matter,
    )


# The headline and sub-headline lines an article may open with (never the whole article), their
# metadata lines left out, and the lead paragraph after them and after any byline or date line. A
# headline on the first line of the lead's own paragraph (no blank line after it) counts too.
def _headlines(
    text: str, paragraphs: list[Paragraph], metadata: list[tuple[int, int]], covered: set[int]
) -> tuple[list[str], Paragraph]:
    found: list[str] = []
    lead = paragraphs[0]
    for paragraph in paragraphs:
        last = paragraph.index == len(paragraphs) - 1
        if paragraph.index in covered and not last:
            lead = paragraphs[paragraph.index + 1]
            continue
        if len(found) == _HEADLINES:
            break
        line = " ".join(_without(text, paragraph, metadata).split())
        if last or not _headline_like(line):
            first, _, rest = _without(text, paragraph, metadata).strip().partition("\n")
            if not found and rest.strip() and _headline_like(" ".join(first.split()), _LINE_HEADLINE_WORDS):
                found.append(" ".join(first.split()))
            break
        found.append(line)
        lead = paragraphs[paragraph.index + 1]
    return found, lead


# Whether a line reads as a headline: short, with letters, no closing punctuation, no dateline.
def _headline_like(line: str, least_words: int = 1) -> bool:
    return (
        least_words <= len(line.split()) <= _HEADLINE_WORDS
        and line[-1] not in ".!?\"”’'»:"
        and any(c.isalnum() for c in line)
        and not _DATELINE.match(line)
    )


# A paragraph's text with its metadata lines left out (`Feb. 15, 2024` under a headline).
def _without(text: str, paragraph: Paragraph, metadata: list[tuple[int, int]]) -> str:
    return " ".join(text[piece.start : piece.end] for piece in readable_pieces(text, paragraph, metadata))


def readable_pieces(text: str, paragraph: Paragraph, metadata: list[tuple[int, int]]) -> list[Paragraph]:
    """Return the stretches of a paragraph outside its metadata lines, each trimmed of outer white
    space and keeping the paragraph's index (none when the paragraph is all metadata)."""
    first = bisect_left(metadata, (paragraph.start, paragraph.start))
    inside = metadata[first : bisect_left(metadata, (paragraph.end + 1, paragraph.end + 1))]
    bounds = [paragraph.start, *(b for span in inside for b in span), paragraph.end]
    pieces = []
    for start, end in zip(bounds[::2], bounds[1::2], strict=True):
        piece = text[start:end]
        if piece.strip():
            begin = start + len(piece) - len(piece.lstrip())
            pieces.append(Paragraph(paragraph.index, begin, start + len(piece.rstrip())))
    return pieces


def metadata_lines(text: str, paragraphs: list[Paragraph]) -> list[tuple[int, int]]:
    """Return the spans of publication metadata in the paragraphs, in text order.

    Byline paragraphs, and lines that `METADATA_LINES` match whole (with the short lines
    of a contact block after a contact header or an end mark), each as (start, end).
    """
    spans: list[tuple[int, int]] = []
    block = False
    for paragraph in paragraphs:
        if _BYLINE.match(text, paragraph.start, paragraph.end):
            spans.append((paragraph.start, paragraph.end))
            continue
        position = paragraph.start
        while position < paragraph.end:
            stop = text.find("\n", position, paragraph.end)
            stop = paragraph.end if stop < 0 else stop
            line = text[position:stop]
            start, end = position + len(line) - len(line.lstrip()), position + len(line.rstrip())
            match = _METADATA.fullmatch(text, start, end)
            if match:
                block = match.lastgroup in _BLOCK_OPENERS or block
            else:
                words = text[start:end].split()
                block = block and 0 < len(words) <= _BLOCK_LINE_WORDS and text[end - 1] not in ".!?\"”’"
            if (match or block) and end > start:
                spans.append((start, end))
            position = stop + 1
    return spans


def split_paragraphs(text: str, start: int = 0) -> list[Paragraph]:
    """Return the paragraphs of `text[start:]` with offsets into `text`.

    Paragraphs are runs of text between blank lines, trimmed of outer white space.
    """
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


# `SANTIAGO, Chile` as `Santiago, Chile`.
def _place_name(dateline: str) -> str:
    city, _, rest = dateline.rstrip(" -").partition(",")  # `SALT LAKE CITY -– …`: the dash is no part of it
    city = " ".join(_capitalised(word) for word in city.split()) if city.isupper() else city.strip()
    return f"{city}, {rest.strip()}" if rest.strip() else city


# `XI'AN` as `Xi'an` and `PORT-AU-PRINCE` as `Port-Au-Prince` (str.title would give `Xi'An`).
def _capitalised(word: str) -> str:
    return "-".join(part.capitalize() for part in word.split("-"))


# A dateline's date with its year (`12 March 2025`, `Sept. 9, 2025`), if it is a real date.
def _dateline_date(text: str, warnings: list[str]) -> dt.date | None:
    try:
        return dateutil.parser.parse(text, default=dt.datetime(1, 1, 1)).date()
    except (ValueError, OverflowError):
        warnings.append(f"the dateline's date `{text}` is not a calendar date; ignored")
        return None
