"""Reading seeds: front matter, paragraphs, datelines and titles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from newsroom import extract_text, load_article
from newsroom.extract.article_title import shorten
from newsroom.read import SeedError, discover_seeds, parse_seed, read_seed


def write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_front_matter_and_paragraph_offsets(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "harbour.txt",
        "---\ntitle: Harbour reopens\npublished: 2022-04-01\nsource: https://example.org/a\nplace: Porto\n---\n"
        "First paragraph.\n\n\nSecond one\nwraps.\n",
    )
    source = read_seed(path, "seeds/harbour.txt")
    assert (source.headline, source.published, source.source, source.place) == (
        "Harbour reopens",
        dt.date(2022, 4, 1),
        "https://example.org/a",
        "Porto",
    )
    assert [source.text[p.start : p.end] for p in source.paragraphs] == ["First paragraph.", "Second one\nwraps."]


def test_dateline_gives_place_and_title_from_lead(tmp_path: Path) -> None:
    path = write(tmp_path, "x.txt", "NAIROBI, Kenya — Farmers planted early this year. More rain is due.")
    assert read_seed(path).place == "Nairobi, Kenya"
    assert load_article(path).title == "Farmers planted early this year"


def test_lead_title_does_not_stop_at_an_honorific() -> None:
    assert extract_text("Talks with Dr. Ana Ruiz ended. Both sides left.").title == "Talks with Dr. Ana Ruiz ended"


def test_long_lead_title_is_shortened() -> None:
    lead = " ".join(["word"] * 30) + "."
    assert shorten(lead).endswith("…")
    assert len(shorten(lead).split()) == 14


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "contains a NUL byte"),
        ("Text.".encode("utf-16"), "is UTF-16 text"),
        (bytes(range(1, 32)) * 20 + b"Text.", "control characters .*: a binary file"),
        ("---\ntitle: [unclosed\n---\nText.", "malformed YAML"),
        ("   \n\n  ", "has no article text"),
    ],
)
def test_unreadable_seeds_raise_a_named_error(tmp_path: Path, content: str | bytes, reason: str) -> None:
    path = write(tmp_path, "bad.txt", content)
    with pytest.raises(SeedError, match=reason) as error:
        read_seed(path, "seeds/bad.txt")
    assert str(error.value).startswith("seeds/bad.txt: ")


def test_bad_front_matter_values_warn_and_are_ignored(tmp_path: Path) -> None:
    path = write(tmp_path, "x.txt", "---\npublished: soon\nsource: javascript:alert(1)\ncolour: red\n---\nText.")
    source = read_seed(path)
    assert source.published is None and source.source is None
    assert len(source.warnings) == 3


def test_discovery_skips_hidden_and_other_files(tmp_path: Path) -> None:
    for name in ("b.txt", "a.md", ".hidden.txt", "notes.docx", "c.txt~"):
        write(tmp_path, name, "Text.")
    assert [p.name for p in discover_seeds(tmp_path)] == ["a.md", "b.txt"]


@pytest.mark.parametrize(
    ("content", "title", "place", "published"),
    [
        ("Dock strike ends\n\nDeal reached overnight\n\nKELBY, England (PA) - Dockers went back.",
         "Dock strike ends", "Kelby, England", None),
        ("GENEVA (Reuters) - Talks ended without a deal.", "Talks ended without a deal", "Geneva", None),
        ("NEW DELHI: The court ruled on Friday.", "The court ruled on Friday", "New Delhi", None),
        ("Brussels, 4 March 2024 – The agency published its report.", "The agency published its report",
         "Brussels", dt.date(2024, 3, 4)),
        ("TARVO, Norway, March 12, 2025 /Wire Service/ -- The port opened a berth.", "The port opened a berth",
         "Tarvo, Norway", dt.date(2025, 3, 12)),
        ("KESTREL BAY, Kenya, Sept. 9 (Agency) -- The firm opened a lab.", "The firm opened a lab",
         "Kestrel Bay, Kenya", None),
        ("OSTRAVIK, Feb. 3, 2026 - The council met.", "The council met", "Ostravik", dt.date(2026, 2, 3)),
        ("KHAN'AR, Nov. 18 (Agency) -- The forum opened.", "The forum opened", "Khan'ar", None),
    ],
    ids=["headline-and-subhead", "agency-in-brackets", "colon", "press-release-date", "wire-date-and-slashes",
         "abbreviated-month-no-year", "place-and-date-only", "apostrophe-in-place"],
)
def test_headlines_and_datelines(
    tmp_path: Path, content: str, title: str, place: str, published: dt.date | None
) -> None:
    path = write(tmp_path, "x.txt", content)
    source = read_seed(path)
    assert (load_article(path).title, source.place, source.published) == (title, place, published)


@pytest.mark.parametrize(
    ("content", "title"),
    [
        ("Glassworks Open Their Doors to Schools\nPupils from four towns visited the furnaces on Monday.",
         "Glassworks Open Their Doors to Schools"),
        ("LORVIK\nThe harbour board met on Monday to discuss the new pier.",
         "LORVIK The harbour board met on Monday to discuss the new pier"),
    ],
    ids=["headline-line-over-the-lead", "one-word-line-is-no-headline"],
)
def test_a_headline_line_over_the_lead_in_one_paragraph(tmp_path: Path, content: str, title: str) -> None:
    assert load_article(write(tmp_path, "x.txt", content)).title == title


def test_deeply_nested_front_matter_is_refused_not_a_crash(tmp_path: Path) -> None:
    # libyaml's loader crashes the whole process on this; the pure-Python one raises, which we report.
    seed = write(tmp_path, "deep.txt", "---\ntitle: " + "[" * 100_000 + "]" * 100_000 + "\n---\nText.")
    with pytest.raises(SeedError, match="nested too deeply"):
        read_seed(seed)


@pytest.mark.parametrize(
    ("front", "title", "place", "warning"),
    [
        ('title: "Nul\\0 and\\e[2J esc"\nplace: Lima', "Nul and[2J esc", "Lima", "`title` has 2 control character(s), removed"),
        ('place: "Pa\\x1bri\\x85s\\x9b"', None, "Pari s", "`place` has 2 control character(s), removed"),
        ("title: !!binary aGVsbG8=", None, None, "`title` is not a single line of text; ignored (binary data, `!!binary`)"),
        ("place: {city: Lima}", None, None, "`place` is not a single line of text; ignored (a mapping)"),
        ("title: no", None, None, "`title` is not a single line of text; ignored (YAML reads it as true or false"),
        ("title: 1984", "1984", None, None),
        ('title: "Two\\nlines"', "Two lines", None, None),
    ],
    ids=["nul-and-escape", "c1-controls", "binary", "mapping", "true-or-false", "number", "line-break"],
)
def test_front_matter_text_values(
    front: str, title: str | None, place: str | None, warning: str | None
) -> None:
    source = parse_seed(f"---\n{front}\n---\nThe port reopened.", "seeds/x.txt", "x")
    assert (source.headline, source.place) == (title, place)
    if warning is None:
        assert source.warnings == []
    else:
        [said] = source.warnings
        assert said.startswith(warning)


@pytest.mark.parametrize(
    ("front", "reason"),
    [
        ("? [a, b]\n: x", "has a front matter key that is not text (a list or mapping) (line 2)"),
        ("{a: 1}: x", "has a front matter key that is not text (a list or mapping) (line 2)"),
        ("<<: x", "is not a set of `key: value` lines (expected a mapping"),
        ("title: !!int abc", "has a front matter value that does not fit its YAML tag"),
        ("title: !!python/name:os.system", "has a YAML tag front matter may not use"),
    ],
    ids=["list-key", "mapping-key", "merge-key", "mistagged-value", "python-tag"],
)
def test_front_matter_yaml_that_is_not_key_value_text_is_named(front: str, reason: str) -> None:
    with pytest.raises(SeedError) as error:
        parse_seed(f"---\n{front}\n---\nThe port reopened.", "seeds/x.txt", "x")
    assert reason in error.value.reason
