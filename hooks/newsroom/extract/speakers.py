"""Speaker phrases next to a reporting verb: a name, a pronoun, a description
(`the ECLAC official`, `the company's chief executive`) or an organisation.

`subject_before` reads leftwards from a verb (`X said`), `subject_after` reads
rightwards (`said X`). Both return a `Ref`; `people.py` resolves it to a speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from ..model import Mention, Organisation
from .cues import (
    HONORIFICS,
    NAME_PARTICLES,
    NON_ORGANISATION_HEADS,
    ORGANISATION_HEADS,
    ORGANISATION_SHORT_FORMS,
    PRONOUNS,
    REGION_WORDS,
    SPEAKER_ADVERBS,
    TITLE_MODIFIERS,
    TITLE_NOUNS,
)
from .phrases import CALENDAR
from .text import UPPER, Word, words

RefKind = Literal["name", "pronoun", "description", "organisation"]
_DETERMINERS = frozenset("the a an its their his her".split())
_STOP_AFTER = frozenset("at in on during to before after when while as from with for about".split())
_CLAUSE_BREAK = re.compile(r"[,;:()—–]")


@dataclass(frozen=True)
class Ref:
    """A phrase that names or describes who spoke."""

    kind: RefKind
    text: str
    start: int
    end: int
    title: str | None = None
    organisation: str | None = None


# The speaker phrase that ends right before a reporting verb, if any.
def subject_before(
    text: str,
    begin: int,
    verb: int,
    organisations: list[tuple[Organisation, Mention]],
    quoted: list[tuple[int, int]],
) -> Ref | None:
    """Read leftwards from `verb` to `begin` (the clause start) for the speaker; quoted words are skipped."""
    ws = [w for w in words(text, begin, verb) if not any(a <= w.start < b for a, b in quoted)]
    while ws and ws[-1].lower in SPEAKER_ADVERBS:
        ws.pop()
    if not ws:
        return None
    last = ws[-1]
    gap = text[last.end : verb]
    if "," in gap:
        return _clause_subject(text, begin, ws, organisations)
    if _CLAUSE_BREAK.search(gap) or "”" in gap or '"' in gap:
        return None
    return _phrase_ending(text, begin, ws, organisations)


# The speaker phrase right after a reporting verb (`said Jane Doe, the minister`).
def subject_after(
    text: str, verb_end: int, stop: int, organisations: list[tuple[Organisation, Mention]]
) -> Ref | None:
    """Read rightwards from `verb_end` for an inverted speaker."""
    ws = words(text, verb_end, stop)
    if not ws or _CLAUSE_BREAK.search(text[verb_end : ws[0].start]):
        return None
    first = ws[0]
    if first.lower in PRONOUNS:
        return Ref("pronoun", first.text, first.start, first.end)
    for organisation, mention in organisations:
        if mention.start in (first.start, _after_article(ws)):
            return Ref("organisation", organisation.name, mention.start, mention.end)
    if first.capitalised:
        name = _name_forward(ws)
        if name:
            ref = Ref("name", text[name[0].start : name[-1].end], name[0].start, name[-1].end)
            return _with_apposition(text, ref, stop)
    description = _description_forward(ws)
    if description:
        return Ref("description", text[description[0].start : description[-1].end], description[0].start,
                   description[-1].end)
    return None


def _after_article(ws: list[Word]) -> int:
    return ws[1].start if len(ws) > 1 and ws[0].lower in _DETERMINERS else -1


def _phrase_ending(
    text: str, begin: int, ws: list[Word], organisations: list[tuple[Organisation, Mention]]
) -> Ref | None:
    last = ws[-1]
    if last.lower in PRONOUNS:
        return Ref("pronoun", last.text, last.start, last.end)
    for organisation, mention in organisations:
        if mention.end == last.end and mention.start >= begin:
            return Ref("organisation", organisation.name, mention.start, mention.end)
    if last.capitalised and last.lower not in TITLE_NOUNS:
        return _name_backward(text, begin, ws)
    return _description_backward(text, ws)


# `Executive secretary of the X (ECLAC) Alicia Bárcena`: a name and the title before it.
def _name_backward(text: str, begin: int, ws: list[Word]) -> Ref | None:
    first = len(ws) - 1
    while first > 0 and _joins_name(text, ws[first - 1], ws[first]) and _name_word(ws[first - 1]):
        first -= 1
    name = [w for w in ws[first:] if w.lower.rstrip(".") not in HONORIFICS]
    # Capitalised title words at the front (`Minister of Finance Jane Doe`) belong to the title.
    while name and _title_word(name[0]):
        name = name[1:]
    if not name or any(not_a_name(w) for w in name):
        return None
    prefix_end = name[0].start
    title, organisation = title_of(text[begin:prefix_end])
    return Ref("name", text[name[0].start : name[-1].end], name[0].start, name[-1].end, title, organisation)


def _description_backward(text: str, ws: list[Word]) -> Ref | None:
    first = len(ws) - 1
    while first > 0 and ws[first - 1].lower not in _DETERMINERS and len(ws) - first < 6:
        if _CLAUSE_BREAK.search(text[ws[first - 1].end : ws[first].start]):
            break
        first -= 1
    if first > 0 and ws[first - 1].lower in _DETERMINERS:
        first -= 1
    phrase = ws[first:]
    content = {w.lower.removesuffix("'s") for w in phrase}
    head = phrase[-1].lower
    if head in TITLE_NOUNS or head in ("spokesperson", "official"):
        return Ref("description", text[phrase[0].start : phrase[-1].end], phrase[0].start, phrase[-1].end)
    if head in ORGANISATION_SHORT_FORMS and content & _DETERMINERS:
        return Ref("organisation", text[phrase[0].start : phrase[-1].end], phrase[0].start, phrase[-1].end)
    return None


def _description_forward(ws: list[Word]) -> list[Word] | None:
    if ws[0].lower not in _DETERMINERS and not ws[0].text.endswith(("'s", "’s")):
        return None
    phrase: list[Word] = []
    for word in ws[:6]:
        if word.lower in _STOP_AFTER:
            break
        phrase.append(word)
    if phrase and phrase[-1].lower in TITLE_NOUNS:
        return phrase
    return None


# After `X, stressing that …, said`: the subject is the name that opens the clause.
def _clause_subject(
    text: str, begin: int, ws: list[Word], organisations: list[tuple[Organisation, Mention]]
) -> Ref | None:
    comma = text.find(",", begin)
    if comma < 0:
        return None
    head = [w for w in ws if w.end <= comma]
    if not head:
        return None
    ref = _phrase_ending(text, begin, head, organisations)
    if ref is None:
        return None
    apposition = text[comma + 1 :].split(",", 1)[0]
    title, organisation = title_of(apposition)
    if title and ref.kind == "name":
        return Ref(ref.kind, ref.text, ref.start, ref.end, title, organisation)
    return ref


def _with_apposition(text: str, ref: Ref, stop: int) -> Ref:
    match = re.match(r",\s*([^,.;]{3,80}?)\s*[,.;]", text[ref.end : stop])
    if match:
        title, organisation = title_of(match.group(1))
        if title:
            return Ref(ref.kind, ref.text, ref.start, ref.end, title, organisation)
    return ref


# `the minister of finance`, `ECLAC's executive secretary`: the title and its organisation.
def title_of(phrase: str) -> tuple[str | None, str | None]:
    """Split a title phrase into the title and the organisation it names, if it is one."""
    phrase = " ".join(phrase.split()).strip(" ,")
    phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.IGNORECASE)
    owner = re.match(r"^(.+?)['’]s\s+(.+)$", phrase)
    if owner and _is_title(owner.group(2)):
        return owner.group(2), owner.group(1)
    title, organisation = _split_title(phrase)
    if not _is_title(title):
        return None, None
    return title, organisation or None


def _split_title(phrase: str) -> tuple[str, str]:
    match = re.match(r"^(.*?)\s+(?:of|at|for)\s+(?:the\s+)?(.+)$", phrase)
    if match and _is_title(match.group(1)):
        return match.group(1), match.group(2)
    return phrase, ""


def _is_title(phrase: str) -> bool:
    tokens = phrase.lower().split()
    return bool(tokens) and len(tokens) <= 5 and all(
        t in TITLE_NOUNS or t in TITLE_MODIFIERS or t in ("of", "and") for t in tokens
    ) and any(t in TITLE_NOUNS for t in tokens)


def _name_forward(ws: list[Word]) -> list[Word]:
    name: list[Word] = []
    for word in ws:
        if word.lower.rstrip(".") in HONORIFICS and not name:
            continue
        if word.capitalised or (name and word.lower in NAME_PARTICLES):
            if word.capitalised and not_a_name(word):
                break
            name.append(word)
            if len(name) >= 5:
                break
        else:
            break
    while name and not name[-1].capitalised:
        name.pop()
    return name


def _joins_name(text: str, left: Word, right: Word) -> bool:
    return text[left.end : right.start].isspace()


def _name_word(word: Word) -> bool:
    return word.capitalised or word.lower in NAME_PARTICLES or word.lower.rstrip(".") in HONORIFICS


def _title_word(word: Word) -> bool:
    return word.lower in TITLE_NOUNS or word.lower in TITLE_MODIFIERS or word.lower in ("of", "the")


def not_a_name(word: Word) -> bool:
    """Tell whether a capitalised word cannot be part of a person's name."""
    lower = word.lower
    return (
        lower in ORGANISATION_HEADS
        or lower in NON_ORGANISATION_HEADS
        or lower in REGION_WORDS
        or (len(word.text) > 1 and all(c in UPPER for c in word.text))
        or lower in TITLE_NOUNS
        or lower in CALENDAR
        or any(c.isdigit() for c in lower)
        or lower in ("the", "it", "this", "that", "we", "i", "in", "on")
    )
