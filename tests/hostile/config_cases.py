"""Bad seeds of the second round: names too long for a file system, links that loop, unreadable folders.

`cases.py` adds these to its catalogue (see its docstring for the outcomes).
A seed over its time budget needs its own `seed_seconds`, which the shared
builds cannot give one case: `tests/test_options.py` builds it.
"""

from __future__ import annotations

from pathlib import Path

from hostile.cases import Case

# An organisation name of 419 characters: its page slug would be a file name over 255 bytes.
_LONG_NAME = "Harbour " + " ".join(
    word.capitalize() for word in ("northern coastal fisheries development and maritime infrastructure " * 6).split()
) + " Authority"
_LONG_ORGANISATION = f"The summit Qz985 was hosted by the {_LONG_NAME} on Monday.\n\nThe {_LONG_NAME} said the port would reopen."
# 80 Chinese characters (244 bytes with `.txt`, near the 255-byte limit); transliterated, over 300 letters.
_CHINESE_STEM = "港口重新开放" * 13 + "新闻"


# A link to itself: resolving it never ends.
def _self_loop(seeds: Path) -> None:
    (seeds / "self-loop.txt").symlink_to("self-loop.txt")


# Two links that point at each other (the second has no seed suffix, so only the first is named).
def _loop_pair(seeds: Path) -> None:
    (seeds / "loop-a.txt").symlink_to("loop-b")
    (seeds / "loop-b").symlink_to("loop-a.txt")


# A sub-folder nobody may list or enter (it is skipped by its kind, so root and others alike never read it).
def _locked_folder(seeds: Path) -> None:
    (seeds / "locked-drafts").mkdir()
    (seeds / "locked-drafts" / "inner.txt").write_text("A locked draft Qz986.", encoding="utf-8")
    (seeds / "locked-drafts").chmod(0)


CASES: list[Case] = [
    Case("organisation-name-over-255-bytes", "builds", {"long-organisation.txt": _LONG_ORGANISATION.encode()},
         shows={"articles/long-organisation/": "The summit Qz985 was hosted by the Harbour Northern",
                "organisers/harbour-northern-coastal-fisheries-development-and-maritime-755469c8/": "Maritime Infrastructure Authority"}),
    Case("long-chinese-file-name", "builds", {f"{_CHINESE_STEM}.txt": "The harbour Qz987 reopened.".encode()},
         shows={"articles/gang-kou-zhong-xin-kai-fang-gang-kou-zhong-xin-kai-fang-gang-kou-zhong-06b30297/":
                "The harbour Qz987 reopened."}),
    Case("link-to-itself", "fails", {}, "is a link that leads back to itself (a loop)", setup=_self_loop,
         subject="self-loop.txt"),
    Case("links-in-a-loop", "fails", {}, "is a link that leads back to itself (a loop)", setup=_loop_pair,
         subject="loop-a.txt"),
    Case("unreadable-sub-folder", "skipped", {}, "a folder", setup=_locked_folder, subject="locked-drafts"),
]
