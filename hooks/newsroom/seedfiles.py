"""Seed files on disk: which entries of the seeds folder are articles, and their bytes as text.

Everything here distrusts the folder: hidden files, editor backups, other
suffixes and sub-folders are skipped (with a reason for an info message);
links leading out of the folder, broken or looping links and special files
are refused, as is any entry that cannot even be examined (never an exception);
a seed is read only up to a size limit, binary and UTF-16 files are refused,
and text that is not UTF-8 is read as Windows-1252 with a warning.
"""

from __future__ import annotations

import errno
import fnmatch
import os
import re
import stat
import unicodedata
from codecs import BOM_UTF16_BE, BOM_UTF16_LE
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

import ftfy

SEED_SUFFIXES = (".txt", ".md")
# Names editors, sync tools and shells leave beside a file; never articles.
BACKUP_PATTERNS = ("*~", "#*#", "*.swp", "*.swo", "*.swx", "*.bak", "*.orig", "*.tmp", "*.part", "*.crdownload")
# Far longer than any news article; extraction time grows faster than the text.
MAX_SEED_BYTES = 256 * 1024
# Above this share (and count) of control characters a file is taken for binary data, not text.
BINARY_CONTROL_SHARE = 0.02
BINARY_CONTROL_FLOOR = 16
# Control characters that are white space in a text file (`\r` is a line ending, handled elsewhere).
TEXT_CONTROLS = frozenset("\t\n\r\f\v")
# A link that leads back to itself, directly or through other links.
LINK_LOOP = "is a link that leads back to itself (a loop), so it has no file to read"


class SeedError(Exception):
    """A seed that cannot be read as an article; the message names the file."""

    # Keep the seed and the reason apart for callers that want them.
    def __init__(self, seed: str, reason: str) -> None:
        super().__init__(f"{seed}: {reason}")
        self.seed = seed
        self.reason = reason


@dataclass(frozen=True)
class SeedEntry:
    """One entry of the seeds folder and what becomes of it.

    An entry with neither `skipped` nor `refused` is a seed to read.
    """

    path: Path
    skipped: str | None = None
    refused: str | None = None


class SeedsFolderError(Exception):
    """The seeds folder itself cannot be read (missing, not a folder, no permission); the message names its path."""


def scan_seeds(folder: Path) -> list[SeedEntry]:
    """Sort the entries of `folder` into seeds, skipped files (info) and refused files (errors).

    Every entry of the seeds folder, sorted by name, each with its fate; an entry that cannot
    even be examined is refused with the reason. Raises `SeedsFolderError` when the folder
    itself cannot be listed.
    """
    try:
        names = sorted(folder.iterdir())
        root = folder.resolve(strict=True)
    except (OSError, RuntimeError) as error:
        raise SeedsFolderError(f"the seeds folder {folder} {_folder_problem(folder, error)}") from None
    return [_entry(path, root) for path in names]


# Why the seeds folder cannot be listed, in words.
def _folder_problem(folder: Path, error: OSError | RuntimeError) -> str:
    if isinstance(error, FileNotFoundError):
        return "does not exist"
    if isinstance(error, NotADirectoryError):
        return "is not a folder"
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    return f"cannot be read ({reason})"


# One entry's fate; a file system error while examining it refuses it instead of stopping the walk.
def _entry(path: Path, root: Path) -> SeedEntry:
    try:
        return _classify(path, root)
    except OSError as error:
        return SeedEntry(path, refused=f"cannot be examined ({error.strerror or error})")


# Why an entry is skipped or refused, if it is.
def _classify(path: Path, root: Path) -> SeedEntry:
    name = path.name
    if name.startswith("."):
        return SeedEntry(path, skipped="hidden file")
    if any(fnmatch.fnmatchcase(name, pattern) for pattern in BACKUP_PATTERNS):
        return SeedEntry(path, skipped="editor backup or temporary file")
    if path.is_dir():
        return SeedEntry(path, skipped="a folder (seeds are read from the seeds folder itself, not from sub-folders)")
    if path.suffix.lower() not in SEED_SUFFIXES:
        return SeedEntry(path, skipped=f"not a {' or '.join(SEED_SUFFIXES)} file")
    if path.is_symlink():
        try:
            target = path.resolve(strict=True)
        except FileNotFoundError:
            return SeedEntry(path, refused="is a link to a file that does not exist")
        except RuntimeError:  # Python 3.11 and 3.12 say a loop so; later versions raise OSError(ELOOP)
            return SeedEntry(path, refused=LINK_LOOP)
        except OSError as error:
            if error.errno == errno.ELOOP:
                return SeedEntry(path, refused=LINK_LOOP)
            raise
        if not target.is_relative_to(root):
            return SeedEntry(path, refused="is a link to a file outside the seeds folder, which is never read")
    if not stat.S_ISREG(path.stat().st_mode):
        return SeedEntry(path, refused="is not a regular file")
    return SeedEntry(path)


def read_bytes(path: Path, label: str) -> bytes:
    """Read `path`, refusing files over `MAX_SEED_BYTES`.

    A seed's bytes, at most the size limit; `label` names it in errors.
    """
    try:
        # Non-blocking, so a named pipe put there after the folder was scanned cannot stall the read.
        with open(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb") as stream:
            if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
                raise SeedError(label, "is not a regular file")
            raw = stream.read(MAX_SEED_BYTES + 1)
    except OSError as error:
        raise SeedError(label, f"cannot be read ({error.strerror or error})") from error
    if len(raw) > MAX_SEED_BYTES:
        raise SeedError(label, f"is larger than {MAX_SEED_BYTES // 1024} KiB, far longer than a news article")
    return raw


def decode_seed(raw: bytes, label: str) -> tuple[str, list[str]]:
    """Return the decoded text and the warnings its encoding deserves.

    Bytes to text: UTF-8 (BOM or not), else Windows-1252 with a warning; UTF-16 and binary data are
    refused. Mojibake (UTF-8 once read as Windows-1252: `â€œ` for `“`) is repaired with a warning by
    ftfy's encoding fix alone (its other fixes would straighten curly quotes).
    """
    warnings: list[str] = []
    if raw.startswith((BOM_UTF16_LE, BOM_UTF16_BE)):
        raise SeedError(label, "is UTF-16 text (it starts with a UTF-16 byte order mark): please save it as UTF-8")
    nul = raw.find(b"\x00")
    if nul >= 0:
        raise SeedError(label, f"contains a NUL byte (byte {nul}): a binary file, not text")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        text = _windows_1252(raw)
        warnings.append(
            f"is not UTF-8 (byte {error.start} is 0x{raw[error.start]:02X}); read as Windows-1252 (Latin-1): "
            "please save it as UTF-8"
        )
    repaired = ftfy.fix_encoding(text)
    if repaired != text:
        text = repaired
        warnings.append("has UTF-8 text read as Windows-1252 (mojibake such as `â€œ` or `Ã©`); repaired")
    controls = len(_STRAY_CONTROL.findall(text))
    if controls > max(BINARY_CONTROL_FLOOR, BINARY_CONTROL_SHARE * len(text)):
        raise SeedError(label, f"has {controls} control characters in {len(text)}: a binary file, not text")
    if controls:
        warnings.append(f"has {controls} control character(s), shown as spaces")
    return text, warnings


# Windows-1252 is what non-UTF-8 English text nearly always is; its five unused bytes read as Latin-1.
def _windows_1252(raw: bytes) -> str:
    return raw.decode("latin-1").translate(_CP1252_HIGH)


# Bytes 0x80-0x9F mean curly quotes, dashes and the like in Windows-1252, control characters in Latin-1.
def _cp1252_high() -> dict[int, str]:
    table: dict[int, str] = {}
    for byte in range(0x80, 0xA0):
        with suppress(UnicodeDecodeError):
            table[byte] = bytes([byte]).decode("cp1252")
    return table


_CP1252_HIGH = _cp1252_high()


# Control characters (Unicode category Cc) that are not white space in a text file, and those
# plus form feed and vertical tab, which the text shows as spaces; one regex pass, not a loop per character.
_CONTROLS = [chr(c) for c in range(0x110000) if unicodedata.category(chr(c)) == "Cc"]
_STRAY_CONTROL = re.compile("[" + "".join(re.escape(c) for c in _CONTROLS if c not in TEXT_CONTROLS) + "]")
_BLANKED = re.compile("[" + "".join(re.escape(c) for c in _CONTROLS if c not in "\t\n\r") + "]")


def blank_controls(text: str) -> str:
    """Replace control characters other than tab and newline with spaces.

    Stray control characters become spaces (same length, so offsets hold).
    """
    return _BLANKED.sub(" ", text)
