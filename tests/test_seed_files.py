"""The seeds folder on disk: what is read, skipped or refused, and how bytes become text."""

from __future__ import annotations

import datetime as dt
import os
import signal
from pathlib import Path

import pytest

from newsroom.read import SeedError, read_seed
from newsroom.seedfiles import (
    LINK_LOOP,
    MAX_SEED_BYTES,
    SeedsFolderError,
    decode_seed,
    read_bytes,
    scan_seeds,
)


# The fate of every entry of a folder: name → "seed", the skip reason or the refusal.
def fates(folder: Path) -> dict[str, str]:
    return {e.path.name: e.skipped or e.refused or "seed" for e in scan_seeds(folder)}


def test_scan_sorts_seeds_and_gives_every_skip_a_reason(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("b.txt", "A.md", ".hidden.txt", "c.txt~", "#c.txt#", ".c.txt.swp", "c.txt.bak", "c.docx"):
        (seeds / name).write_text("The port reopened.", encoding="utf-8")
    (seeds / "drafts").mkdir()
    found = fates(seeds)
    assert [name for name, fate in found.items() if fate == "seed"] == ["A.md", "b.txt"]
    assert found[".hidden.txt"] == found[".c.txt.swp"] == "hidden file"
    assert found["c.txt~"] == found["#c.txt#"] == found["c.txt.bak"] == "editor backup or temporary file"
    assert found["drafts"].startswith("a folder")
    assert found["c.docx"] == "not a .txt or .md file"


def test_links_may_point_inside_the_folder_only(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "real.txt").write_text("The port reopened.", encoding="utf-8")
    (tmp_path / "secret.txt").write_text("Not an article.", encoding="utf-8")
    (seeds / "alias.txt").symlink_to(seeds / "real.txt")
    (seeds / "outside.txt").symlink_to(tmp_path / "secret.txt")
    (seeds / "dotdot.txt").symlink_to(Path("..") / "secret.txt")
    (seeds / "dangling.txt").symlink_to(seeds / "missing.txt")
    found = fates(seeds)
    assert found["alias.txt"] == found["real.txt"] == "seed"
    assert found["outside.txt"] == found["dotdot.txt"] == (
        "is a link to a file outside the seeds folder, which is never read"
    )
    assert found["dangling.txt"] == "is a link to a file that does not exist"


def test_a_named_pipe_is_refused_not_read(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    assert fates(tmp_path) == {"pipe.txt": "is not a regular file"}


def test_links_that_loop_are_refused_not_followed(tmp_path: Path) -> None:
    (tmp_path / "self.txt").symlink_to("self.txt")
    (tmp_path / "a.txt").symlink_to("b.txt")
    (tmp_path / "b.txt").symlink_to("a.txt")
    assert fates(tmp_path) == {"a.txt": LINK_LOOP, "b.txt": LINK_LOOP, "self.txt": LINK_LOOP}


def test_an_unreadable_sub_folder_is_skipped_never_entered(tmp_path: Path) -> None:
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "inner.txt").write_text("Draft.", encoding="utf-8")
    (tmp_path / "locked").chmod(0)
    try:
        assert fates(tmp_path)["locked"].startswith("a folder")
    finally:
        (tmp_path / "locked").chmod(0o700)


def test_an_entry_that_cannot_be_examined_is_refused_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text("The port reopened.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("The port reopened.", encoding="utf-8")
    real = Path.is_symlink

    def failing(self: Path) -> bool:
        if self.name == "a.txt":
            raise OSError(5, "Input/output error")
        return real(self)

    monkeypatch.setattr(Path, "is_symlink", failing)
    assert fates(tmp_path) == {"a.txt": "cannot be examined (Input/output error)", "b.txt": "seed"}


@pytest.mark.parametrize(("make", "problem"), [("missing", "does not exist"), ("file", "is not a folder")])
def test_an_unusable_seeds_folder_is_one_error_naming_its_path(tmp_path: Path, make: str, problem: str) -> None:
    folder = tmp_path / "seeds"
    if make == "file":
        folder.write_text("not a folder", encoding="utf-8")
    with pytest.raises(SeedsFolderError, match=f"^the seeds folder {folder} {problem}$"):
        scan_seeds(folder)


def test_an_unreadable_seeds_folder_is_one_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: Path) -> object:
        raise PermissionError(13, "Permission denied", str(self))

    # Root lists any folder whatever its mode, so the refusal is simulated.
    monkeypatch.setattr(Path, "iterdir", refuse)
    with pytest.raises(SeedsFolderError, match=rf"^the seeds folder {tmp_path} cannot be read \(Permission denied\)$"):
        scan_seeds(tmp_path)


def test_reading_a_named_pipe_never_waits(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    signal.alarm(10)  # a blocking open would hang the test run; this ends it instead
    try:
        with pytest.raises(SeedError, match=r"^seeds/pipe\.txt: is not a regular file$"):
            read_bytes(tmp_path / "pipe.txt", "seeds/pipe.txt")
    finally:
        signal.alarm(0)


def test_unreadable_file_names_the_reason(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seed = tmp_path / "locked.txt"
    seed.write_text("The port reopened.", encoding="utf-8")

    opened = os.open

    def refuse(path: str | Path, *args: int) -> int:
        if Path(path) == seed:
            raise PermissionError(13, "Permission denied", str(path))
        return opened(path, *args)

    # Root reads any file whatever its mode, so the refusal is simulated.
    monkeypatch.setattr(os, "open", refuse)
    with pytest.raises(SeedError, match=r"^seeds/locked\.txt: cannot be read \(Permission denied\)$"):
        read_seed(seed, "seeds/locked.txt")


def test_oversized_seed_is_refused(tmp_path: Path) -> None:
    seed = tmp_path / "huge.txt"
    seed.write_bytes(b"The port reopened. " * (MAX_SEED_BYTES // 19 + 2))
    with pytest.raises(SeedError, match="is larger than 256 KiB"):
        read_seed(seed, "seeds/huge.txt")


@pytest.mark.parametrize(
    ("raw", "text", "warning"),
    [
        ("Café “naïve”".encode("cp1252"), "Café “naïve”", "is not UTF-8 (byte 3 is 0xE9); read as Windows-1252"),
        ("Mañana".encode("latin-1"), "Mañana", "is not UTF-8 (byte 2 is 0xF1)"),
        (b"\xef\xbb\xbfWith a BOM", "With a BOM", None),
        (b"Bell\x07 and escape\x1b[31m", "Bell\x07 and escape\x1b[31m", "has 2 control character(s)"),
    ],
    ids=["windows-1252", "latin-1", "utf-8-bom", "stray-controls"],
)
def test_decoding(raw: bytes, text: str, warning: str | None) -> None:
    decoded, warnings = decode_seed(raw, "seeds/x.txt")
    assert decoded == text
    if warning is None:
        assert warnings == []
    else:
        assert any(warning in w for w in warnings), warnings


def test_control_characters_become_spaces_and_offsets_hold(tmp_path: Path) -> None:
    seed = tmp_path / "bell.txt"
    seed.write_bytes(b"The port\x07 reopened.\x0c\n\nIt rang\x1b twice.")
    source = read_seed(seed)
    assert source.text == "The port  reopened. \n\nIt rang  twice."
    assert [source.text[p.start : p.end] for p in source.paragraphs] == ["The port  reopened.", "It rang  twice."]
    assert source.warnings == ["has 2 control character(s), shown as spaces"]  # a form feed is white space


def test_future_publication_date_warns_but_is_kept(tmp_path: Path) -> None:
    seed = tmp_path / "soon.txt"
    later = dt.date.today() + dt.timedelta(days=400)
    seed.write_text(f"---\npublished: {later.isoformat()}\n---\nThe port reopened.", encoding="utf-8")
    source = read_seed(seed)
    assert source.published == later
    assert source.warnings == [f"`published: {later.isoformat()}` is in the future"]


def test_undecodable_file_name_still_gives_a_slug(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(name, "wb") as stream:
        stream.write(b"The port reopened.")
    [entry] = scan_seeds(tmp_path)
    assert read_seed(entry.path, "seeds/caf\\udce9.txt").slug == "caf"
