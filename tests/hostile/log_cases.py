"""Bad seeds aimed at whoever reads the build's log, and front matter values that are not text.

A seed's values, its file name and YAML escapes try to forge a log line
(`\\nERROR …` naming another seed), drive the reader's terminal (`\\x1b[2J`
clears the screen, `\\x1b]0;…\\x07` retitles the window), put NUL and ESC into
a title, show bytes as `b'…'`, crash the front matter reader with a key that is
not text, give the article's h1 a paragraph anchor's id, or date an event to
end before it starts. `tests/test_clean_logs.py` reads the logs they produce.
`cases.py` adds these cases to its own at its end: import `hostile.cases` first.
"""

from __future__ import annotations

from .cases import Case

# What an attacker wants a log line of their own to say: a bad seed that is not bad.
FORGED = "ERROR   -  newsroom: seeds/victim.txt: has no article text; left out"
# The same in a file name, which cannot hold a `/`.
FORGED_NAME = "ERROR   -  newsroom: victim.txt has no article text; left out"
# Escape sequences that clear the screen, retitle the window and ring the bell.
TERMINAL = "\x1b[2J\x1b[H\x1b]0;pwned\x07"


def _seed(front_matter: str, body: str) -> bytes:
    return f"---\n{front_matter}\n---\n{body}\n".encode()


CASES: list[Case] = [
    Case("forged-log-line-in-title", "builds",
         {"forged-title.txt": _seed('title: "Harbour Qz9701\\nERROR   -  newsroom: seeds/victim.txt: left out"',
                                    "The harbour reopened.")},
         shows={"articles/forged-title/": "Harbour Qz9701 ERROR - newsroom: seeds/victim.txt: left out"}),
    Case("forged-log-line-in-place", "builds",
         {"forged-place.txt": _seed('place: "Lima\\nERROR   -  newsroom: seeds/victim.txt: left out"',
                                    "The Qz9702 port reopened.")},
         shows={"articles/forged-place/": "Lima ERROR - newsroom: seeds/victim.txt: left out"}),
    Case("forged-log-line-in-published", "warns",
         {"forged-date.txt": _seed(f'published: "soon\\n{FORGED}"', "The Qz9703 port reopened.")},
         f"`published: soon\\n{FORGED}` is not a YYYY-MM-DD date or an ISO date-time; ignored",
         shows={"articles/forged-date/": "The Qz9703 port reopened."}),
    Case("forged-log-line-in-file-name", "warns",
         {f"forged\n{FORGED_NAME}.txt": _seed("by: someone", "The Qz9704 port reopened.")},
         "unknown front matter key 'by' ignored"),
    Case("terminal-escapes-in-file-name", "warns",
         {f"screen{TERMINAL}.txt": _seed("by: someone", "The Qz9705 port reopened.")},
         "unknown front matter key 'by' ignored"),
    Case("terminal-escapes-in-title", "warns",
         {"escapes-title.txt": _seed('title: "Harbour\\e[2J\\e]0;pwned\\a Qz9706"', "The harbour reopened.")},
         "`title` has 3 control character(s), removed", shows={"articles/escapes-title/": "Harbour[2J]0;pwned Qz9706"}),
    Case("nul-and-esc-in-title", "warns",
         {"nul-title.txt": _seed('title: "Nul\\0 and esc\\e Qz9707"\nplace: "Pa\\x1bris"', "The harbour reopened.")},
         "`title` has 2 control character(s), removed",
         shows={"articles/nul-title/": "Nul and esc Qz9707"}),
    Case("terminal-escapes-in-source", "warns",
         {"escapes-source.txt": _seed('source: "https://example.org/news\\e[2J"', "The Qz9708 port reopened.")},
         "`source` has 1 control character(s), removed", shows={"articles/escapes-source/": "Original source"}),
    Case("binary-title", "warns", {"binary-title.txt": _seed("title: !!binary UXo5TDA5", "The Qz9710 port reopened.")},
         "`title` is not a single line of text; ignored (binary data, `!!binary`)",
         shows={"articles/binary-title/": "The Qz9710 port reopened."}),
    Case("true-or-false-title", "warns", {"yes-title.txt": _seed("title: yes", "The Qz9711 port reopened.")},
         "`title` is not a single line of text; ignored (YAML reads it as true or false: put it in quotes)",
         shows={"articles/yes-title/": "The Qz9711 port reopened."}),
    Case("unhashable-key-list", "fails", {"list-key.txt": _seed("? [a, b]\n: Qz9712", "The port reopened.")},
         "has a front matter key that is not text (a list or mapping) (line 2)"),
    Case("unhashable-key-mapping", "fails", {"map-key.txt": _seed("{a: 1}: Qz9713", "The port reopened.")},
         "has a front matter key that is not text (a list or mapping) (line 2)"),
    Case("merge-key-not-a-mapping", "fails", {"merge-key.txt": _seed("<<: Qz9714", "The port reopened.")},
         "has front matter that is not a set of `key: value` lines (expected a mapping"),
    Case("value-not-fitting-its-tag", "fails", {"int-tag.txt": _seed("title: !!int Qz9715", "The port reopened.")},
         "has a front matter value that does not fit its YAML tag"),
    Case("title-like-a-paragraph-anchor", "builds", {"p-one.txt": _seed("title: P1", "The Qz9716 port reopened.")},
         shows={"articles/p-one/": "P1"}),
    Case("inverted-date-range", "builds",
         {"inverted.txt": b"The Qz9717 fair ran from 12 to 3 March 1987 in the old port."},
         shows={"timeline/1987/": "12 March"}),  # a year of its own: the page holds only this event
]
