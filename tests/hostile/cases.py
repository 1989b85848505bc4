"""The catalogue of bad seeds: each case's files and what a build must make of them.

Outcomes:
- `builds`: `mkdocs build --strict` passes and each page in `shows` shows its text verbatim;
- `warns`: a WARNING names the seed (so `--strict` fails); the page is still built;
- `fails`: an ERROR names the seed and the reason; the seed is left out, the rest builds, `--strict` fails;
- `skipped`: an INFO line names the file and why; no page, and `--strict` passes.

Every payload carries a marker (`Qz9` and a number) that the site scan looks for.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

Outcome = Literal["builds", "warns", "fails", "skipped"]


@dataclass(frozen=True)
class Case:
    """One bad seed (or set of files) and the outcome it must have."""

    name: str
    outcome: Outcome
    files: dict[str, bytes]
    message: str = ""
    shows: dict[str, str] = field(default_factory=dict)
    setup: Callable[[Path], None] | None = None
    subject: str | None = None

    @property
    def seed(self) -> str:
        """The file the log line must name (relative to `seeds/`)."""
        return self.subject or next(iter(self.files))


# --- files the table cannot write as plain bytes ---------------------------------------------

# A link out of the seeds folder to a file of the build machine.
def _link_outside(seeds: Path) -> None:
    (seeds.parent / "private.txt").write_text("Private notes Qz980 of the build machine.", encoding="utf-8")
    (seeds / "outside-link.txt").symlink_to(Path("..") / "private.txt")


# A link to a file that does not exist.
def _dangling(seeds: Path) -> None:
    (seeds / "dangling-link.txt").symlink_to(seeds / "never-written.txt")


# A link to another seed in the folder, which is fine.
def _link_inside(seeds: Path) -> None:
    (seeds / "inside-target.txt").write_text("The inside target Qz981 reopened.", encoding="utf-8")
    (seeds / "inside-link.txt").symlink_to("inside-target.txt")


# A file nobody may read (root still can: the test says so and skips).
def _locked(seeds: Path) -> None:
    path = seeds / "locked.txt"
    path.write_text("A locked article Qz982.", encoding="utf-8")
    path.chmod(0)


# A sub-folder holding what looks like a seed.
def _sub_folder(seeds: Path) -> None:
    (seeds / "drafts").mkdir()
    (seeds / "drafts" / "inner.txt").write_text("A draft Qz983 in a sub-folder.", encoding="utf-8")


# A file name that is not UTF-8 (Latin-1 bytes), as an old archive may hold.
def _undecodable_name(seeds: Path) -> None:
    with open(os.fsencode(seeds) + b"/kiosk-caf\xe9.txt", "wb") as stream:
        stream.write("The kiosk Qz984 café reopened.".encode())


# A named pipe: reading it would wait forever.
def _pipe(seeds: Path) -> None:
    os.mkfifo(seeds / "pipe.txt")


def _utf8(text: str) -> bytes:
    return text.encode("utf-8")


_LONG_LINE = ("The council met again after the Qz904 storm and agreed to meet once more. " * 2800)[:200_000]
_FIVE_MB = b"The council met again. " * (5 * 1024 * 1024 // 23 + 1)
_MANY_QUOTES = "\n\n".join(
    " ".join(f"“Quote {p * 10 + q} Qz912 is here,” said Ann Lee." for q in range(10)) for p in range(50)
)
_WHOLE_QUOTE = "“The levee held Qz911 through the night.\n\nThe pumps ran until dawn.\n\nWe are dry now.”"
_BOMB = (
    "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
    "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\ntitle: *c\n---\nThe alias bomb Qz944 stayed small.\n"
)

CASES: list[Case] = [
    # --- encoding and form ---------------------------------------------------------------------
    Case("empty-file", "fails", {"empty.txt": b""}, "has no article text"),
    Case("whitespace-only", "fails", {"blank.txt": b"  \n\t\n\r\n   \n"}, "has no article text"),
    Case("binary-image", "fails", {"photo.txt": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00Qz900"},
         "contains a NUL byte (byte 8): a binary file, not text"),
    Case("nul-bytes", "fails", {"nul.txt": b"The port Qz901\x00 reopened."}, "contains a NUL byte (byte 14)"),
    Case("latin-1", "warns", {"latin.txt": "O café Qz902 de São Paulo reabriu.".encode("latin-1")},
         "is not UTF-8 (byte 5 is 0xE9); read as Windows-1252 (Latin-1)",
         shows={"articles/latin/": "O café Qz902 de São Paulo reabriu."}),
    Case("utf-16", "fails", {"wide.txt": "The port Qz903 reopened.".encode("utf-16")}, "is UTF-16 text"),
    Case("utf-8-bom", "builds", {"bom.txt": b"\xef\xbb\xbfThe bridge Qz905 reopened on Friday."},
         shows={"articles/bom/": "The bridge Qz905 reopened on Friday."}),
    Case("crlf", "builds", {"crlf.txt": b"Ferry back Qz906\r\n\r\nThe ferry sailed again.\r\nIt was late.\r\n"},
         shows={"articles/crlf/": "Ferry back Qz906"}),
    Case("lone-cr", "builds", {"cr.txt": b"Tram back Qz907\r\rThe tram ran again.\rIt was full.\r"},
         shows={"articles/cr/": "The tram ran again. It was full."}),
    Case("control-characters", "warns", {"bell.txt": b"The bell\x07 rang Qz908 twice\x1b[31m."},
         "has 2 control character(s), shown as spaces", shows={"articles/bell/": "rang Qz908 twice [31m."}),
    Case("five-megabytes", "fails", {"huge.txt": _FIVE_MB}, "is larger than 256 KiB"),
    Case("long-single-line", "builds", {"long-line.txt": _utf8(_LONG_LINE)},
         shows={"articles/long-line/": "after the Qz904 storm and agreed to meet once more."}),
    Case("mixed-scripts-rtl", "builds",
         {"scripts.txt": _utf8("مرحبا Qz909 قال أحمد. שלום עולם. Привет, мир. 你好，世界。 Ελληνικά. \u202eevil\u202c.")},
         shows={"articles/scripts/": "שלום עולם. Привет, мир. 你好，世界。 Ελληνικά. \u202eevil\u202c."}),
    Case("emoji", "builds", {"emoji.txt": _utf8("👩‍👩‍👧 🇵🇹 👍🏽 The team Qz910 won 🎉.")},
         shows={"articles/emoji/": "👩‍👩‍👧 🇵🇹 👍🏽 The team Qz910 won 🎉."}),
    Case("zero-width", "builds",
         {"zero-width.txt": _utf8("The\u200b council\u200c met\u200d Qz913\u2060 today\ufeff.")},
         shows={"articles/zero-width/": "The\u200b council\u200c met\u200d Qz913\u2060 today\ufeff."}),
    Case("decomposed-accents", "builds", {"nfd.txt": _utf8("The cafe\u0301 Qz914 reopened.")},
         shows={"articles/nfd/": "The café Qz914 reopened."}),
    # --- structure -----------------------------------------------------------------------------
    Case("quote-never-closed", "builds", {"unclosed.txt": _utf8("“The harbour Qz915 will reopen, said Ann Lee.\n\nMore.")},
         shows={"articles/unclosed/": "“The harbour Qz915 will reopen, said Ann Lee."}),
    Case("quote-never-opened", "builds", {"unopened.txt": _utf8("The harbour Qz916 will reopen,” said Ann Lee.")},
         shows={"articles/unopened/": "The harbour Qz916 will reopen,” said Ann Lee."}),
    Case("quote-spanning-the-article", "builds", {"whole-quote.txt": _utf8(_WHOLE_QUOTE)},
         shows={"articles/whole-quote/": "We are dry now.”"}),
    Case("five-hundred-quotes", "builds", {"quotes.txt": _utf8(_MANY_QUOTES)},
         shows={"articles/quotes/": "“Quote 499 Qz912 is here,”"}),
    Case("no-sentence-end", "builds", {"no-end.txt": _utf8("the council met Qz917 and talked and " * 40)},
         shows={"articles/no-end/": "the council met Qz917 and talked and"}),
    Case("only-a-title", "builds", {"title-only.txt": b"Harbour Qz918 reopens"},
         shows={"articles/title-only/": "Harbour Qz918 reopens"}),
    # --- markup injection ----------------------------------------------------------------------
    Case("script-tag", "builds", {"script.txt": _utf8("<script>alert('Qz920')</script> The port reopened.")},
         shows={"articles/script/": "<script>alert('Qz920')</script> The port reopened."}),
    Case("img-onerror", "builds", {"img.txt": _utf8("<img src=x onerror=alert('Qz921')> The port reopened.")},
         shows={"articles/img/": "<img src=x onerror=alert('Qz921')> The port reopened."}),
    Case("svg-onload", "builds", {"svg.txt": _utf8('<svg onload="alert(`Qz922`)"><circle r=9/></svg> Text.')},
         shows={"articles/svg/": '<svg onload="alert(`Qz922`)"><circle r=9/></svg> Text.'}),
    Case("javascript-link", "builds",
         {"js-link.txt": _utf8("[click Qz923](javascript:alert(1)) and <javascript:alert('Qz923')> here.")},
         shows={"articles/js-link/": "[click Qz923](javascript:alert(1)) and <javascript:alert('Qz923')> here."}),
    Case("data-link", "builds",
         {"data-link.txt": _utf8("[see Qz924](data:text/html;base64,PHNjcmlwdD4=) ![x](data:image/png,Qz924)")},
         shows={"articles/data-link/": "[see Qz924](data:text/html;base64,PHNjcmlwdD4=) ![x](data:image/png,Qz924)"}),
    Case("reference-link", "builds", {"ref-link.txt": _utf8("See [the file][f] Qz925.\n\n[f]: javascript:alert(1)")},
         shows={"articles/ref-link/": "[f]: javascript:alert(1)"}),
    Case("html-comment", "builds", {"comment.txt": _utf8("Before <!-- hidden Qz926 --> after. <!-- open")},
         shows={"articles/comment/": "Before <!-- hidden Qz926 --> after. <!-- open"}),
    Case("markdown-heading", "builds", {"heading.txt": _utf8("The port reopened.\n\n# Heading Qz927\n\n## Sub")},
         shows={"articles/heading/": "# Heading Qz927"}),
    Case("markdown-table", "builds", {"table.txt": _utf8("The port reopened.\n\n| a | Qz928 |\n|---|---|\n| 1 | 2 |")},
         shows={"articles/table/": "| a | Qz928 | |---|---| | 1 | 2 |"}),
    Case("markdown-list", "builds", {"list.txt": _utf8("The port reopened.\n\n- item Qz929\n- two\n\n1. first")},
         shows={"articles/list/": "- item Qz929 - two"}),
    Case("code-fence", "builds",
         {"fence.txt": _utf8("The port reopened.\n\n```python\nprint('Qz930')\n```\n\n~~~\ntilde\n~~~\n\n    indented")},
         shows={"articles/fence/": "```python print('Qz930') ```"}),
    Case("attribute-list", "builds",
         {"attrs.txt": _utf8("The port reopened Qz931.\n{: onclick=\"alert(1)\" #evil .md-header }\n\n# T {: .x }")},
         shows={"articles/attrs/": '{: onclick="alert(1)" #evil .md-header }'}),
    Case("jinja", "builds",
         {"jinja.txt": _utf8("Total {{ 7 * 7 }} Qz932 {% for x in range(3) %}x{% endfor %} {# c #} {{ config }}.")},
         shows={"articles/jinja/": "Total {{ 7 * 7 }} Qz932 {% for x in range(3) %}x{% endfor %} {# c #} {{ config }}."}),
    Case("snippet-absolute", "builds", {"snip-abs.txt": _utf8('The port Qz933 reopened.\n\n--8<-- "/etc/passwd"')},
         shows={"articles/snip-abs/": '--8<-- "/etc/passwd"'}),
    Case("snippet-relative", "builds",
         {"snip-rel.txt": _utf8('The port Qz934 reopened.\n\n--8<-- "mkdocs.yml"\n\n;--8<-- "docs/about.md"\n\n--8<--\nmkdocs.yml\n--8<--')},
         shows={"articles/snip-rel/": '--8<-- "mkdocs.yml"'}),
    Case("pymdown-inline", "builds",
         {"pymdown.txt": _utf8(":smile: ==mark Qz935== ++ctrl+alt+del++ ^^up^^ ~~gone~~ {++add++} $x^2$ H~2~O")},
         shows={"articles/pymdown/": ":smile: ==mark Qz935== ++ctrl+alt+del++ ^^up^^ ~~gone~~ {++add++} $x^2$ H~2~O"}),
    Case("script-end-in-quote-and-name", "builds",
         {"script-end.txt": _utf8("“Safe </script><script>alert('Qz936')</script> now,” said Jane </script> Doe.")},
         shows={"articles/script-end/": "“Safe </script><script>alert('Qz936')</script> now,”"}),
    Case("html-entities", "builds", {"entities.txt": _utf8("Shown as typed: &lt;b&gt; &#60;i&#62; &amp; Qz937.")},
         shows={"articles/entities/": "Shown as typed: &lt;b&gt; &#60;i&#62; &amp; Qz937."}),
    Case("markdown-in-html", "builds",
         {"md-html.txt": _utf8('<div markdown="1">**bold Qz938**</div> <details open><summary>x</summary>y</details>')},
         shows={"articles/md-html/": '<div markdown="1">**bold Qz938**</div> <details open><summary>x</summary>y</details>'}),
    Case("admonition", "builds", {"admonition.txt": _utf8('The port reopened.\n\n!!! danger "Qz939"\n    Boo.\n\n??? note\n    Hi.')},
         shows={"articles/admonition/": '!!! danger "Qz939" Boo.'}),
    Case("head-elements", "builds",
         {"head.txt": _utf8('<meta http-equiv="refresh" content="0;url=javascript:1"><base href="//x"><style>*{}</style> '
                            '<iframe src="file:///etc/passwd"></iframe><form action=//x><input name=Qz940>')},
         shows={"articles/head/": '<base href="//x"><style>*{}</style> <iframe src="file:///etc/passwd"></iframe>'}),
    # --- front matter --------------------------------------------------------------------------
    Case("malformed-yaml", "fails", {"bad-yaml.txt": _utf8("---\ntitle: [Qz941\n---\nThe port reopened.")},
         "has malformed YAML front matter"),
    Case("unknown-keys", "warns", {"keys.txt": _utf8("---\nbyline: Qz942\nlayout: evil\n---\nThe port reopened.")},
         "unknown front matter key 'byline' ignored", shows={"articles/keys/": "The port reopened."}),
    Case("published-not-a-date", "warns", {"not-date.txt": _utf8("---\npublished: soon Qz943\n---\nThe port reopened.")},
         "`published: soon Qz943` is not a YYYY-MM-DD date or an ISO date-time; ignored", shows={"articles/not-date/": "The port reopened."}),
    Case("published-in-the-future", "warns", {"future.txt": _utf8("---\npublished: 2999-01-01\n---\nThe port Qz945 reopened.")},
         "`published: 2999-01-01` is in the future", shows={"articles/future/": "1 January 2999"}),
    Case("title-full-of-markup", "builds",
         {"title-markup.txt": _utf8("---\ntitle: \"<script>alert('Qz946')</script> **b** [x](javascript:1) {{ 1 }}\"\n---\nText.")},
         shows={"articles/title-markup/": "<script>alert('Qz946')</script> **b** [x](javascript:1) {{ 1 }}"}),
    Case("front-matter-keys-full-of-markup", "builds",
         {"keys-markup.txt": _utf8("---\ndate: 2024-01-02T03:04:05Z\nauthor: [\"<script>alert('Qz988')</script> **b** {{ 1 }}\"]\n"
                                   "tags: [\"<img src=x onerror=alert('Qz989')> [x](javascript:1)\"]\n"
                                   "summary: \"<b onclick=alert('Qz990')>Qz990</b> {% raw %}\"\n---\nThe port reopened.")},
         shows={"articles/keys-markup/": "By <script>alert('Qz988')</script> **b** {{ 1 }}"}),
    Case("front-matter-only", "fails", {"meta-only.txt": _utf8("---\ntitle: Qz947\n---\n")}, "has no article text"),
    Case("front-matter-not-a-mapping", "fails", {"list-meta.txt": _utf8("---\n- Qz948\n- b\n---\nText.")},
         "has front matter that is not a set of `key: value` lines"),
    Case("yaml-python-tag", "fails",
         {"python-tag.txt": _utf8('---\ntitle: !!python/object/apply:os.system ["echo Qz949"]\n---\nText.')},
         "has a YAML tag front matter may not use"),
    Case("yaml-alias-bomb", "warns", {"bomb.txt": _utf8(_BOMB)}, "`title` is not a single line of text; ignored",
         shows={"articles/bomb/": "The alias bomb Qz944 stayed small."}),
    Case("yaml-too-deep", "fails", {"deep.txt": _utf8("---\ntitle: " + "[" * 3000 + "]" * 3000 + "\n---\nQz950.")},
         "has front matter nested too deeply to read"),
    # --- files ---------------------------------------------------------------------------------
    Case("name-with-spaces", "builds", {"Harbour news today.txt": b"The harbour Qz951 reopened."},
         shows={"articles/harbour-news-today/": "The harbour Qz951 reopened."}),
    Case("name-with-accents", "builds", {"Café São Tomé.txt": _utf8("The café Qz952 reopened.")},
         shows={"articles/cafe-sao-tome/": "The café Qz952 reopened."}),
    Case("name-with-dots", "builds", {"a..b...txt": b"Dots Qz953 in the name."},
         shows={"articles/a-b/": "Dots Qz953 in the name."}),
    Case("name-with-markup", "builds", {"<img src=x onerror=alert('Qz954')>.txt": b"A markup Qz955 name."},
         shows={"articles/img-src-x-onerror-alert-qz954/": "seeds/<img src=x onerror=alert('Qz954')>.txt"}),
    Case("name-with-newline", "builds", {"line\nbreak.txt": b"A newline Qz956 name."},
         shows={"articles/line-break/": "seeds/line\\nbreak.txt"}),
    Case("name-not-utf-8", "builds", {}, setup=_undecodable_name, subject="kiosk-caf\\udce9.txt",
         shows={"articles/kiosk-caf/": "The kiosk Qz984 café reopened."}),
    Case("upper-case-suffix", "builds", {"LOUD.TXT": b"The loud Qz957 article."},
         shows={"articles/loud/": "The loud Qz957 article."}),
    Case("case-twins", "builds", {"Report.txt": b"The first Qz958 report.", "report.txt": b"The second Qz959 report."},
         shows={"articles/report/": "The first Qz958 report.", "articles/report-2/": "The second Qz959 report."}),
    Case("slug-collision", "builds",
         {"flood maps.txt": b"Maps with a space Qz960.", "flood-maps.txt": b"Maps with a hyphen Qz961."},
         shows={"articles/flood-maps/": "Maps with a space Qz960.", "articles/flood-maps-2/": "Maps with a hyphen Qz961."}),
    Case("reserved-slug", "builds", {"index.txt": b"An article called index Qz962."},
         shows={"articles/index-2/": "An article called index Qz962."}),
    Case("link-outside", "fails", {}, "is a link to a file outside the seeds folder", setup=_link_outside,
         subject="outside-link.txt"),
    Case("dangling-link", "fails", {}, "is a link to a file that does not exist", setup=_dangling,
         subject="dangling-link.txt"),
    Case("link-inside", "builds", {}, setup=_link_inside, subject="inside-link.txt",
         shows={"articles/inside-link/": "The inside target Qz981 reopened."}),
    Case("named-pipe", "fails", {}, "is not a regular file", setup=_pipe, subject="pipe.txt"),
    Case("unreadable-file", "fails", {}, "cannot be read (Permission denied)", setup=_locked, subject="locked.txt"),
    Case("editor-backup-tilde", "skipped", {"story.txt~": b"Backup Qz963."}, "editor backup or temporary file"),
    Case("editor-backup-emacs", "skipped", {"#story.txt#": b"Autosave Qz964."}, "editor backup or temporary file"),
    Case("editor-swap-file", "skipped", {"story.txt.swp": b"Swap Qz965."}, "editor backup or temporary file"),
    Case("editor-backup-bak", "skipped", {"story.txt.bak": b"Bak Qz966."}, "editor backup or temporary file"),
    Case("hidden-file", "skipped", {".draft.txt": b"Hidden Qz967."}, "hidden file"),
    Case("hidden-dotdot-name", "skipped", {"..txt": b"Dot dot Qz968."}, "hidden file"),
    Case("sub-folder", "skipped", {}, "a folder", setup=_sub_folder, subject="drafts"),
    Case("other-suffix", "skipped", {"notes.docx": b"Word Qz969."}, "not a .txt or .md file"),
]

# Second round, kept in their own modules (each imports `Case` from here): names too long, looping links,
# unreadable folders; forged log lines and front matter; shapes that once took super-linear time;
# seeds that amplify the output.
from hostile import config_cases, log_cases, output_cases, time_cases  # noqa: E402

CASES += config_cases.CASES + log_cases.CASES + time_cases.CASES + output_cases.CASES
