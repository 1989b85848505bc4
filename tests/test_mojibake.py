"""Mojibake (UTF-8 text once read as Windows-1252) is repaired with a warning; clean seeds are left alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsroom.read import read_seed
from newsroom.seedfiles import decode_seed

ROOT = Path(__file__).resolve().parent.parent
CLEAN = "The mayor said “the quay opens in June” — and the café agreed. It’s ‘done’, she added."
REPAIRED = "has UTF-8 text read as Windows-1252 (mojibake such as `â€œ` or `Ã©`); repaired"
# Every article kept in the repository as a file: the seeds, the test corpus and the evaluation set.
TEST_ARTICLES = sorted(
    path
    for folder in ("seeds", "tests/corpus", "tests/eval/articles")
    for path in (ROOT / folder).iterdir()
    if path.suffix in (".txt", ".md")
)


def test_mojibake_is_repaired_with_a_warning_and_curly_quotes_kept(tmp_path: Path) -> None:
    garbled = CLEAN.encode("utf-8").decode("cp1252", errors="ignore")
    assert "â€œ" in garbled and "Ã©" in garbled
    path = tmp_path / "garbled.txt"
    path.write_text(garbled, encoding="utf-8")
    source = read_seed(path, "seeds/garbled.txt")
    assert "the quay opens in June" in source.text
    assert "“the quay" in source.text and "café" in source.text and "It’s ‘done’" in source.text
    assert REPAIRED in source.warnings


def test_a_clean_seed_gives_no_warning_and_keeps_its_quotes() -> None:
    text, warnings = decode_seed(CLEAN.encode("utf-8"), "seeds/clean.txt")
    assert (text, warnings) == (CLEAN, [])


def test_windows_1252_bytes_are_read_without_a_repair() -> None:
    text, warnings = decode_seed(CLEAN.encode("cp1252"), "seeds/old.txt")
    assert text == CLEAN
    assert REPAIRED not in warnings


@pytest.mark.parametrize("path", TEST_ARTICLES, ids=lambda path: path.relative_to(ROOT).as_posix())
def test_every_test_article_is_unchanged_byte_for_byte(path: Path) -> None:
    raw = path.read_bytes()
    text, warnings = decode_seed(raw, path.name)
    assert text.encode("utf-8") == raw.removeprefix(b"\xef\xbb\xbf")
    assert REPAIRED not in warnings
